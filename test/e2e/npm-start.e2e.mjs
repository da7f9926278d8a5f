// `npm start` as a user runs it: the script prints one line with the portal's URL, serves the
// portal and the API there, and exits 0 on SIGTERM. It reuses the demo build the other e2e tests
// made (the build is skipped when its inputs have not changed), so this takes a second or two.
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { join } from 'node:path';
import { test } from 'node:test';
import { root } from '../../scripts/ensure.mjs';
import { tempDataDir } from './support.mjs';

const urlLine = /demo portal: (http:\/\/127\.0\.0\.1:\d+\/)/;

/** Resolves to the URL the script prints; rejects if it exits first or takes too long. */
function waitForUrl(child, output, ms) {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(
      () => reject(new Error(`no URL after ${ms} ms:\n${output.join('')}`)),
      ms,
    );
    child.stdout.on('data', () => {
      const match = urlLine.exec(output.join(''));
      if (match) {
        clearTimeout(timer);
        resolve(match[1]);
      }
    });
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`npm start exited (${code}) before printing a URL:\n${output.join('')}`));
    });
  });
}

test('npm start prints the URL, serves the portal and stops cleanly on SIGTERM', async () => {
  const data = tempDataDir();
  const output = [];
  const child = spawn(process.execPath, [join(root, 'scripts', 'start.mjs')], {
    cwd: root,
    env: { ...process.env, PORT: '0', PH_DATA_DIR: data.dir },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  child.stdout.setEncoding('utf8').on('data', (chunk) => output.push(chunk));
  child.stderr.setEncoding('utf8').on('data', (chunk) => output.push(chunk));
  try {
    // A fresh machine builds the demo first; here the build is normally reused.
    const url = await waitForUrl(child, output, 120_000);

    const page = await fetch(url);
    assert.equal(page.status, 200);
    assert.match(await page.text(), /Acme Messaging/);
    // The demo's identity is the X-Demo-User header (its stand-in for a session): none is a 401.
    assert.equal((await fetch(`${url}api/v1/session`)).status, 401);
    const session = await fetch(`${url}api/v1/session`, { headers: { 'X-Demo-User': 'usr_lena' } });
    assert.equal(session.status, 200);
    assert.equal((await session.json()).partner.name, 'Acme Messaging GmbH');
    assert.doesNotMatch(output.join(''), /memory adapter only/);

    child.kill('SIGTERM');
    const [code, signal] = await once(child, 'exit');
    assert.equal(signal, null);
    assert.equal(code, 0, output.join(''));
    await assert.rejects(fetch(url), 'the port is closed after the stop');
  } finally {
    if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
    data.remove();
  }
});
