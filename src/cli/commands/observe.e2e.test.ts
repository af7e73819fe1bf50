import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { request } from 'undici';
import { describe, expect, it } from 'vitest';
import { onlyRunDir, readModel, runCli, spawnCli, tempDir, waitForOutput } from '../../../test/cliHarness.js';
import { runScriptedIntegration } from '../../../test/support/scriptedIntegration.js';

/** The URLs and simulator user observe prints for the integration. */
function printed(stdout: string): {
  apiUrl: string;
  tokenUrl: string;
  username: string;
  password: string;
  runDir: string;
} {
  const get = (label: string): string => new RegExp(`${label}:\\s+(\\S+)`).exec(stdout)![1]!;
  return {
    apiUrl: get('API base URL'),
    tokenUrl: get('Token URL'),
    username: get('Username'),
    password: get('Password'),
    runDir: get('Run directory'),
  };
}

// Black-box: the built CLI (npm run build first) as the proxy, our own client as the integration.
describe('observe: the CLI in front of the embedded simulator', () => {
  it('--until covered stops by itself once a complete integration ran, exits 0 READY with items', async () => {
    const out = tempDir('observe');
    const cli = spawnCli([
      'observe',
      '--target',
      'sim',
      '--port',
      '0',
      '--until',
      'covered',
      '--out',
      out,
      '--formats',
      'md,junit',
      '--langs',
      'en',
    ]);
    const p = printed(await waitForOutput(cli, (s) => s.includes('Stops when')));
    await runScriptedIntegration({ ...p, tag: 'e2e' });
    const { code } = await cli.exit;
    expect(code, cli.stderr()).toBe(0);
    const m = readModel(onlyRunDir(out));
    expect(m.actor).toBe('observed');
    expect(m.status).toBe('passed');
    expect(m.items!.filter((i) => i.id !== 'PIT').every((i) => i.status === 'passed')).toBe(true);
    // Not a TTY: one plain line per change of the board, then the verdict.
    expect(cli.stdout()).toMatch(/^T3 PrintableForm channel created: demonstrated$/m);
    expect(cli.stdout()).toMatch(/^READY: \d+ passed, 0 failed, 0 skipped$/m);
    expect(readFileSync(join(onlyRunDir(out), 'report.md'), 'utf8')).toContain('READY');
  });

  it('SIGTERM stops and writes the report of what was seen: not ready, exit 1', async () => {
    const out = tempDir('observe-term');
    const cli = spawnCli([
      'observe',
      '--target',
      'sim',
      '--port',
      '0',
      '--out',
      out,
      '--formats',
      'junit',
      '--langs',
      'en',
    ]);
    const p = printed(await waitForOutput(cli, (s) => s.includes('Stop with Ctrl-C')));
    await runScriptedIntegration({ ...p, tag: 'term', defects: ['no-archive'] });
    await waitForOutput(cli, (s) => /^T4: demonstrated$/m.test(s));
    cli.child.kill('SIGTERM');
    const { code } = await cli.exit;
    expect(code, cli.stderr()).toBe(1);
    const m = readModel(p.runDir);
    expect(m.status).toBe('partial');
    expect(m.items!.find((i) => i.id === 'T6')).toMatchObject({ status: 'not-demonstrated' });
    expect(cli.stdout()).toMatch(/^ {2}T6 not-demonstrated: not demonstrated: material archived$/m);
  });

  it('after SIGKILL, `report <dir>` builds the report from what was recorded', async () => {
    const out = tempDir('observe-kill');
    const cli = spawnCli(['observe', '--target', 'sim', '--port', '0', '--out', out]);
    const p = printed(await waitForOutput(cli, (s) => s.includes('Stop with Ctrl-C')));
    const login = await request(p.tokenUrl, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ username: p.username, password: p.password }),
    });
    expect(login.statusCode).toBe(200);
    await login.body.dump();
    await waitForOutput(cli, (s) => /^CONN login .*: demonstrated$/m.test(s));
    cli.child.kill('SIGKILL');
    await cli.exit;
    expect(existsSync(join(p.runDir, 'report.json'))).toBe(false);
    const r = await runCli(['report', p.runDir, '--format', 'md,junit', '--lang', 'en']);
    expect(r.code, r.stderr).toBe(0);
    const m = readModel(p.runDir);
    expect(m.actor).toBe('observed');
    expect(m.cases.map((c) => c.title)).toEqual(['Login (api-login)']);
    expect(m.warnings?.[0]?.message).toMatch(/rebuilt from the recorded log/);
    expect(readFileSync(join(p.runDir, 'evidence.ndjson'), 'utf8')).not.toContain(p.password);
  });

  it('refuses production with PTVR_PRODUCTION_WRITE_REFUSED and a bad --until with PTVR_USAGE', async () => {
    const prod = await runCli(['observe', '--target', 'prod', '--port', '0']);
    expect(prod.code).toBe(2);
    expect(prod.stderr).toMatch(/^PTVR_PRODUCTION_WRITE_REFUSED: /m);
    const url = await runCli([
      'observe',
      '--api-url',
      'https://api.palvelutietovaranto.suomi.fi',
      '--token-url',
      'https://palveluhallinta.suomi.fi/api/auth/api-login',
      '--port',
      '0',
    ]);
    expect(url.code).toBe(2);
    expect(url.stderr).toMatch(/^PTVR_PRODUCTION_WRITE_REFUSED: /m);
    const until = await runCli(['observe', '--target', 'sim', '--until', 'soon']);
    expect(until.code).toBe(2);
    expect(until.stderr).toMatch(/^PTVR_USAGE: --until/m);
  });
});
