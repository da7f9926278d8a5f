/**
 * The OpenAPI 3.1 document of the REST contract, generated from the route table and the zod
 * schemas (the same objects the http adapter and the handler validate with), so the document
 * cannot drift from the code. `scripts/openapi.mjs` writes it to `openapi.json`; the handler
 * serves it at `{basePath}/openapi.json`.
 */
import { STATUS_OF } from './problem.js';
import * as z from 'zod/mini';
import { PARTNER_ACCOUNT_HEADER, ROUTES, type Route } from '../adapter/http/routes.js';
import * as schemas from '../adapter/schemas.js';
import { MAX_LENGTH } from '../adapter/schemas.js';

type Json = Record<string, unknown>;

const PROBLEM = 'Problem';

/** Every exported zod schema of `schemas.ts`, by its name without the `Schema` suffix. */
function namedSchemas(): Map<z.core.$ZodType, string> {
  const names = new Map<z.core.$ZodType, string>();
  for (const [exported, value] of Object.entries(schemas)) {
    if (!exported.endsWith('Schema') || typeof value !== 'object' || value === null) continue;
    if (!('_zod' in value)) continue;
    const schema = value as z.core.$ZodType;
    if (!names.has(schema)) names.set(schema, exported.slice(0, -'Schema'.length));
  }
  return names;
}

const ERRORS: ReadonlyArray<[status: string, description: string]> = [
  [
    '400',
    'The body is not valid JSON, nests too deep, or the path has a malformed percent-escape (`code: validation`).',
  ],
  ['401', 'No valid session (`code: unauthorized`).'],
  [
    '403',
    'The user may not do this: owner-only operations for members, anything for an invited user who has not accepted (`code: forbidden`).',
  ],
  ['404', 'No such resource (`code: not_found`).'],
  [
    '409',
    'Conflict: the Idempotency-Key was used with another request, a new change was made for another partner account than the current one (X-Partner-Account), or the state forbids the change, e.g. demoting the last owner (`code: conflict`).',
  ],
  ['408', 'The request body did not arrive within the body timeout (`code: timeout`).'],
  ['413', 'The request body is over the size limit (`code: validation`).'],
  [
    '415',
    'The body is not of the type the operation takes: JSON, or the file for an upload (`code: validation`).',
  ],
  [
    '422',
    'Invalid input; `errors` names each field: a wrong value, a string over its `maxLength` or not well-formed, or a field or query parameter the contract does not know (`code: validation`).',
  ],
  ['429', 'Too many requests; `Retry-After` says when to retry (`code: rate_limited`).'],
  [
    '503',
    'Unavailable (`code: unavailable`): the hub is down, the resource does not exist for this billing mode, or a change under this Idempotency-Key is still being applied, so its outcome is not known yet (retry with the same key). `Retry-After` when known.',
  ],
  [
    '504',
    'The backend did not answer within the call timeout (`code: timeout`). A change may still complete: retry it with the same Idempotency-Key, which replays it rather than running it again.',
  ],
];

function errorResponses(route: Route): Json {
  const wanted = new Set(['401', '429', '503', '504']);
  if (route.body !== undefined || route.query !== undefined || route.mutation) wanted.add('422');
  if (route.body !== undefined || route.mutation) wanted.add('408').add('413');
  if (route.body !== undefined) wanted.add('415');
  if ((route.body !== undefined && route.body !== 'binary') || route.params?.length) {
    wanted.add('400');
  }
  if (route.ownerOnly) wanted.add('403');
  if (route.params?.length || route.mutation) wanted.add('404');
  if (route.mutation) wanted.add('409');
  const out: Json = {};
  for (const [status] of ERRORS) {
    if (wanted.has(status)) out[status] = { $ref: `#/components/responses/${status}` };
  }
  if (route.capability) out['501'] = { $ref: '#/components/responses/501' };
  out['default'] = { $ref: '#/components/responses/default' };
  return out;
}

function ref(names: Map<z.core.$ZodType, string>, schema: z.core.$ZodType): Json {
  const name = names.get(schema);
  if (!name) throw new Error('A route uses a schema that schemas.ts does not export by name.');
  return { $ref: `#/components/schemas/${name}` };
}

function operation(route: Route, names: Map<z.core.$ZodType, string>): Json {
  const parameters: Json[] = [];
  for (const name of route.params ?? []) {
    parameters.push({
      name,
      in: 'path',
      required: true,
      schema: { type: 'string', minLength: 1, maxLength: MAX_LENGTH.id },
    });
  }
  for (const [name, type] of Object.entries(route.query ?? {})) {
    parameters.push({
      name,
      in: 'query',
      required: route.method === 'quotePlanChange' && name === 'planId',
      schema:
        type === 'string'
          ? { type, maxLength: 500 }
          : name === 'limit'
            ? { type, minimum: 1, description: 'At most 500 are returned, whatever is asked.' }
            : { type },
    });
  }
  if (route.mutation) parameters.push({ $ref: '#/components/parameters/IdempotencyKey' });
  if (route.mutation && route.method !== 'switchPartnerAccount') {
    parameters.push({ $ref: '#/components/parameters/PartnerAccount' });
  }

  const op: Json = {
    operationId: route.method,
    summary: route.summary,
    tags: [route.path.split('/')[1]!],
  };
  if (parameters.length > 0) op['parameters'] = parameters;
  if (route.body === 'binary') {
    op['requestBody'] = {
      required: true,
      description: 'The image file itself; its type in Content-Type.',
      content: Object.fromEntries(
        ['image/png', 'image/jpeg', 'image/svg+xml', 'image/webp'].map((t) => [t, {}]),
      ),
    };
  } else if (route.body) {
    op['requestBody'] = {
      required: true,
      content: { 'application/json': { schema: ref(names, route.body) } },
    };
  }
  let ok: Json;
  if (route.response === null) ok = { '204': { description: 'Done; no content.' } };
  else if (route.response === 'pdf') {
    ok = {
      '200': {
        description: 'The PDF, or a link to it where the hub keeps it elsewhere.',
        content: {
          'application/pdf': {},
          'application/json': {
            schema: {
              type: 'object',
              required: ['url'],
              properties: { url: { type: 'string', format: 'uri' } },
            },
          },
        },
      },
    };
  } else {
    ok = {
      '200': {
        description: 'OK',
        content: { 'application/json': { schema: ref(names, route.response) } },
      },
    };
  }
  op['responses'] = { ...ok, ...errorResponses(route) };
  const notes: string[] = [];
  if (route.ownerOnly) notes.push('Owners only: a member gets 403.');
  if (route.mutation) {
    notes.push(
      'Idempotent: the same Idempotency-Key with the same request returns the stored response without applying the change again; with another request, 409.',
    );
  }
  if (route.capability) notes.push('Optional capability: a server may answer 501.');
  if (notes.length > 0) op['description'] = notes.join(' ');
  return op;
}

const DESCRIPTION = `The REST contract behind the Partner Hub elements' http adapter. Every operation maps one-to-one onto a method of the adapter contract (\`operationId\` = method name).

Conventions:
- JSON bodies; money is \`{ amount, currency }\` with \`amount\` an integer in the currency's minor units (never a float) and \`currency\` an ISO 4217 code.
- Every mutation requires an \`Idempotency-Key\` header, unique per logical change and reused on its retries. The same key with the same request returns the stored response (same status, same body) for 24 hours without applying anything again; the same key with another request is a 409. Failed payments do not use up their key.
- Requests are strict: a body field or query parameter the contract does not name is refused by name (422); every string has a \`maxLength\` and must be well-formed Unicode; JSON bodies are at most 64 KiB and 16 levels deep; a body must arrive within 10 seconds (408).
- Errors are \`application/problem+json\` (RFC 9457) with a \`code\` member carrying the adapter error code, for validation errors \`errors: { field: message }\`, and for a refusal that says why, \`reasonCode\` (e.g. \`insufficient_funds\`). 429 and 503 send \`Retry-After\` (seconds) when known.
- Live changes: \`GET /events\` is a Server-Sent Events stream; each \`data:\` line is one LiveEvent, e.g. \`{"resource":"balances","data":[…]}\` or \`{"resource":"invoices"}\` (re-read that resource).
- Authentication is the partner backend's own session (cookie or token); it is not part of this document. Without one every operation answers 401; an invited user who has not accepted answers 403 everywhere. The reference server's \`X-Demo-User\` header (or \`?demoUser=\` on /events) is a demo-only stand-in for a session.
- \`GET /events\` streams are capped per user (429 beyond); a client that stops reading is dropped.`;

/** The OpenAPI 3.1 document of every route in ROUTES. */
export function buildOpenApiDocument(): Json {
  const names = namedSchemas();
  const registry = z.registry<{ id: string }>();
  for (const [schema, name] of names) registry.add(schema, { id: name });
  const generated = z.toJSONSchema(registry, {
    io: 'input',
    uri: (id) => `#/components/schemas/${id}`,
  }) as { schemas: Record<string, Json> };
  const componentSchemas: Record<string, Json> = {};
  for (const name of [...names.values()].sort()) {
    const { $schema: _s, $id: _i, ...rest } = generated.schemas[name]!;
    componentSchemas[name] = rest;
  }
  componentSchemas[PROBLEM] = {
    type: 'object',
    description: 'RFC 9457 problem details, with the adapter error code.',
    properties: {
      type: { type: 'string', description: 'A URI naming the problem type.' },
      title: { type: 'string' },
      status: { type: 'integer' },
      detail: { type: 'string', description: 'What went wrong, in words a user can read.' },
      code: {
        type: 'string',
        enum: Object.keys(STATUS_OF),
      },
      reasonCode: {
        type: 'string',
        description:
          'Why a change was refused, when the hub says (a declined payment’s `insufficient_funds`, a card removal’s `default_with_others`): for an interface to say more than `code` does. Also sent as the `X-Reason-Code` header.',
      },
      errors: {
        type: 'object',
        description: 'For validation errors: a message per field, keyed by the field name.',
        additionalProperties: { type: 'string' },
      },
    },
    required: ['type', 'title', 'status', 'code'],
  };

  const problem = (description: string, retryAfter = false): Json => ({
    description,
    ...(retryAfter
      ? {
          headers: {
            'Retry-After': {
              description: 'Seconds to wait before retrying.',
              schema: { type: 'integer', minimum: 0 },
            },
          },
        }
      : {}),
    content: {
      'application/problem+json': { schema: { $ref: `#/components/schemas/${PROBLEM}` } },
    },
  });
  const responses: Json = {};
  for (const [status, description] of ERRORS) {
    responses[status] = problem(description, status === '429' || status === '503');
  }
  responses['501'] = problem('This optional capability is not offered by this server.');
  responses['default'] = problem('Any other error.');

  const paths: Record<string, Json> = {};
  for (const route of ROUTES) {
    paths[route.path] ??= {};
    paths[route.path]![route.http.toLowerCase()] = operation(route, names);
  }
  paths['/events'] = {
    get: {
      operationId: 'subscribe',
      summary: 'Live changes as Server-Sent Events',
      tags: ['events'],
      description:
        'Each `data:` line is one LiveEvent as JSON. The stream starts with the current balances (partner-paid accounts).',
      responses: {
        '200': {
          description: 'An event stream.',
          content: { 'text/event-stream': { schema: { type: 'string' } } },
        },
        '401': { $ref: '#/components/responses/401' },
        '403': { $ref: '#/components/responses/403' },
        '429': { $ref: '#/components/responses/429' },
      },
    },
  };

  return {
    openapi: '3.1.0',
    info: {
      title: 'Partner Hub REST contract',
      version: '1.0.0',
      description: DESCRIPTION,
      license: { name: 'MIT', identifier: 'MIT' },
    },
    servers: [
      { url: '/api/v1', description: 'Relative to the partner backend that serves the portal.' },
    ],
    paths,
    components: {
      schemas: componentSchemas,
      parameters: {
        IdempotencyKey: {
          name: 'Idempotency-Key',
          in: 'header',
          required: true,
          description:
            'Unique per logical change, reused on every retry of that change (at most 255 characters).',
          schema: { type: 'string', minLength: 1, maxLength: 255 },
        },
        PartnerAccount: {
          name: PARTNER_ACCOUNT_HEADER,
          in: 'header',
          required: false,
          description:
            'The partner account this change is made for: the one the last session answer named. When it is another than the caller’s current one (switched since, in another tab), nothing runs: a retry of a change made there (same Idempotency-Key, the user still one of its users) gets its stored response, as any retry does; anything else is refused with 409, so a change never lands on an account it was not made for. Absent: the current one.',
          schema: { type: 'string', minLength: 1, maxLength: MAX_LENGTH.id },
        },
      },
      responses,
    },
  };
}
