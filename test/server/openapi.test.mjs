// The OpenAPI document: generated from ROUTES and the schemas, committed up to date, served.
import assert from 'node:assert/strict';
import { mkdirSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { checkOpenApi } from '../../scripts/openapi.mjs';
import { server, start, tempDir } from './support.mjs';

describe('the OpenAPI document', () => {
  let s;
  before(async () => {
    s = await start();
  });
  after(() => s.stop());

  it('the committed openapi.json is up to date (openapi.mjs --check)', async () => {
    const result = await checkOpenApi();
    assert.ok(result.upToDate, result.message);
  });

  it('names every error code the server answers with, and the statuses it sends', () => {
    const doc = server.buildOpenApiDocument();
    const problem = Object.values(doc.components.schemas).find((s) => s.properties?.errors);
    assert.deepEqual(
      [...problem.properties.code.enum].sort(),
      Object.keys(server.STATUS_OF).sort(),
    );
    for (const route of server.ROUTES) {
      const op = doc.paths[route.path][route.http.toLowerCase()];
      assert.ok(op.responses['504'], `504 for ${route.method}: the backend's call timed out`);
      if (route.body !== undefined) assert.ok(op.responses['415'], `415 for ${route.method}`);
    }
    // Why a change was refused, for the user interface to say more than the code does.
    assert.equal(problem.properties.reasonCode.type, 'string');
    assert.ok(!problem.required.includes('reasonCode'));
    const list = doc.paths['/invoices'].get.parameters.find((p) => p.name === 'limit');
    assert.equal(list.schema.minimum, 1);
  });

  it('has every route of ROUTES with its operationId, parameters and responses', () => {
    const doc = server.buildOpenApiDocument();
    assert.equal(doc.openapi, '3.1.0');
    for (const route of server.ROUTES) {
      const op = doc.paths[route.path]?.[route.http.toLowerCase()];
      assert.ok(op, `${route.http} ${route.path}`);
      assert.equal(op.operationId, route.method);
      const params = op.parameters ?? [];
      for (const name of route.params ?? [])
        assert.ok(params.some((p) => p.name === name && p.in === 'path'));
      assert.equal(
        params.some((p) => p.$ref === '#/components/parameters/IdempotencyKey'),
        route.mutation,
      );
      if (route.ownerOnly) assert.ok(op.responses['403']);
      assert.ok(op.responses['200'] || op.responses['204']);
      assert.ok(op.responses.default);
    }
    const refs = JSON.stringify(doc).match(/#\/components\/schemas\/\w+/g);
    for (const ref of new Set(refs)) assert.ok(doc.components.schemas[ref.split('/').pop()], ref);
  });

  it('caps every string of the contract, and request bodies allow no other fields', () => {
    const doc = server.buildOpenApiDocument();
    const uncapped = [];
    const walk = (node, where) => {
      if (Array.isArray(node)) return node.forEach((n, i) => walk(n, `${where}[${i}]`));
      if (node === null || typeof node !== 'object') return;
      const types = [node.type].flat();
      if (types.includes('string') && !where.includes('Problem') && !where.includes('/events')) {
        const bounded =
          node.maxLength !== undefined ||
          node.enum !== undefined ||
          node.const !== undefined ||
          node.format !== undefined ||
          /^\^.*\$$/.test(node.pattern ?? '');
        if (!bounded) uncapped.push(where);
      }
      for (const [k, v] of Object.entries(node)) walk(v, `${where}.${k}`);
    };
    walk(doc.components.schemas, 'schemas');
    walk(doc.paths, 'paths');
    assert.deepEqual(uncapped, []);
    for (const route of server.ROUTES) {
      if (route.body === undefined || route.body === 'binary') continue;
      const ref = doc.paths[route.path][route.http.toLowerCase()].requestBody.content[
        'application/json'
      ].schema.$ref
        .split('/')
        .pop();
      assert.equal(doc.components.schemas[ref].additionalProperties, false, ref);
    }
    assert.equal(doc.components.schemas.UserList.items.$ref.split('/').pop(), 'User');
    assert.equal(doc.components.schemas.User.properties.name.maxLength, 200);
  });

  it('is served at /api/v1/openapi.json', async () => {
    const res = await fetch(`${s.apiBase}/openapi.json`);
    assert.equal(res.status, 200);
    assert.deepEqual(await res.json(), server.buildOpenApiDocument());
  });
});

describe('static files', () => {
  let s;
  let dir;
  before(async () => {
    dir = tempDir();
    const site = join(dir, 'site');
    mkdirSync(join(site, 'assets'), { recursive: true });
    writeFileSync(join(site, 'index.html'), '<!doctype html><title>Portal</title>');
    writeFileSync(join(site, 'assets', 'app.js'), 'export {};');
    writeFileSync(join(dir, 'secret.txt'), 'secret');
    symlinkSync(join(dir, 'secret.txt'), join(site, 'link.txt'));
    s = await start({ staticDir: site });
  });
  after(async () => {
    await s.stop();
    rmSync(dir, { recursive: true, force: true });
  });

  it('serves files with their content types beside the API', async () => {
    let res = await fetch(`${s.url}/`);
    assert.equal(res.status, 200);
    assert.match(res.headers.get('content-type'), /^text\/html/);
    res = await fetch(`${s.url}/assets/app.js`);
    assert.match(res.headers.get('content-type'), /^text\/javascript/);
    const session = await fetch(`${s.apiBase}/session`, { headers: { 'x-demo-user': 'usr_lena' } });
    assert.equal(session.status, 200);
  });

  it('never serves anything outside the directory', async () => {
    for (const path of [
      '/../secret.txt',
      '/%2e%2e/secret.txt',
      '/assets/..%2f..%2fsecret.txt',
      '/link.txt',
      '/%00',
      '/nope.html',
    ]) {
      const res = await fetch(`${s.url}${path}`);
      assert.equal(res.status, 404, path);
      assert.doesNotMatch(await res.text(), /secret/);
    }
  });
});
