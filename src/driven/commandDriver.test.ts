import { chmodSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createRedactor } from '../core/redactor.js';
import { createCommandDriver, DEFAULT_CAPABILITIES, parseCapabilities } from './commandDriver.js';
import type { ChangeRequest } from './drivenTypes.js';

const dir = mkdtempSync(join(tmpdir(), 'ptvr-adapter-'));
/** A real executable adapter: a node script with a #! line. */
function adapter(name: string, body: string): string {
  const path = join(dir, name);
  writeFileSync(path, `#!/usr/bin/env node\n${body}\n`);
  chmodSync(path, 0o755);
  return path;
}
const driver = (path: string, timeoutMs = 10_000) =>
  createCommandDriver({
    adapter: path,
    cwd: dir,
    env: { ...process.env, SECRET_PW: 'hunter2-secret' },
    timeoutMs,
    syncTimeoutMs: timeoutMs,
    killGraceMs: 200,
    redactor: createRedactor(['hunter2-secret']),
    stepEnv: (step) => ({ PTVR_STEP: step }),
  });
const req: ChangeRequest = {
  contract: 1,
  operation: 'create',
  kind: 'service',
  step: 'T2.create',
  runId: 'r1',
  marker: 'r1',
  sourceSystemId: null,
  refs: {},
  material: {},
  ptvBody: {},
};

describe('the command driver', () => {
  it('passes the operation and kind as argv, the document on stdin, the step in the environment', async () => {
    const echo = adapter(
      'echo.mjs',
      `import { readFileSync } from 'node:fs';
const doc = JSON.parse(readFileSync(0, 'utf8'));
process.stderr.write('log ' + process.env.SECRET_PW + '\\n');
process.stdout.write(JSON.stringify({ sourceSystemId: process.argv.slice(2).join(' ') + '|' + doc.step + '|' + process.env.PTVR_STEP }));`,
    );
    const r = await driver(echo).change(req);
    expect(r.answer).toEqual({ sourceSystemId: 'create service|T2.create|T2.create' });
    // stderr is kept, with the secrets the tool knows redacted.
    expect(r.stderrTail).toContain('log ');
    expect(r.stderrTail).not.toContain('hunter2-secret');
  });

  it('non-zero exit, malformed output, a create without sourceSystemId, a hang, a missing file: coded errors', async () => {
    const exit3 = adapter('exit3.mjs', `process.stderr.write('locked'); process.exitCode = 3;`);
    await expect(driver(exit3).change(req)).rejects.toMatchObject({
      code: 'PTVR_ADAPTER_FAILED',
      message: 'create service exited 3',
      stderrTail: 'locked',
    });
    const chatty = adapter('chatty.mjs', `console.log('ok!');`);
    await expect(driver(chatty).change(req)).rejects.toMatchObject({ code: 'PTVR_ADAPTER_OUTPUT_INVALID' });
    const empty = adapter('empty.mjs', `console.log('{}');`);
    await expect(driver(empty).change(req)).rejects.toMatchObject({
      code: 'PTVR_ADAPTER_OUTPUT_INVALID',
      message: 'create service: a create answer needs sourceSystemId',
    });
    const hang = adapter('hang.mjs', `setInterval(() => {}, 1000);`);
    await expect(driver(hang, 1000).sync('T2.create', 'r1')).rejects.toMatchObject({
      code: 'PTVR_ADAPTER_TIMEOUT',
    });
    await expect(driver(join(dir, 'nope')).change(req)).rejects.toMatchObject({
      code: 'PTVR_ADAPTER_NOT_FOUND',
    });
  }, 30_000);

  it('Ctrl-C stops a running adapter and ends the call as an interrupt', async () => {
    const hang = adapter('hang2.mjs', `setInterval(() => {}, 1000);`);
    const ac = new AbortController();
    const d = createCommandDriver({
      adapter: hang,
      cwd: dir,
      env: process.env,
      timeoutMs: 60_000,
      syncTimeoutMs: 60_000,
      killGraceMs: 200,
      redactor: createRedactor(),
      signal: ac.signal,
    });
    const call = d.sync('T2.create', 'r1');
    ac.abort();
    await expect(call).rejects.toMatchObject({ code: 'PTVR_INTERRUPTED' });
  }, 30_000);

  it('capabilities: a valid answer is taken, a failing one means the defaults, a wrong shape is refused', async () => {
    const caps = adapter(
      'caps.mjs',
      `console.log(JSON.stringify({ contract: 1, name: 'X', kinds: ['service'], notMapped: { service: ['requirements'] }, sync: 'scheduled' }));`,
    );
    expect((await driver(caps).capabilities()).answer).toEqual({
      contract: 1,
      name: 'X',
      kinds: ['service'],
      notMapped: { service: ['requirements'] },
      sync: 'scheduled',
      declared: true,
    });
    const none = adapter('none.mjs', `process.exitCode = 2;`);
    expect((await driver(none).capabilities()).answer).toEqual(DEFAULT_CAPABILITIES);
    expect(parseCapabilities({ contract: 1, kinds: ['channel/fax'] })).toBeUndefined();
    expect(parseCapabilities({ contract: 2, kinds: [] })).toBeUndefined();
  }, 30_000);
});
