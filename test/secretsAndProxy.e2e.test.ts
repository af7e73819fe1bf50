/**
 * Black-box: the built CLI (`npm run build` first) against its embedded simulator.
 * - The leak scan: the simulator's documented credentials (user `fake`, password `simulator`) are
 *   words the report uses itself and must not raise an alarm; the same password echoed by the server
 *   into the report (the `echo-password` / `echo-token` defects) must stop the run: exit 2,
 *   PTVR_SECRET_LEAK, no manifest.
 * - The proxy: with HTTP_PROXY set (and NO_PROXY empty, so loopback is proxied too) a real forward
 *   proxy sees every request the run recorded, including the login and the teardown.
 * - Passwords in URLs are refused before anything runs.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { EvidenceEntry } from '../src/core/evidenceEntry.js';
import { startForwardProxy } from './support/forwardProxy.js';
import { createSimulator } from '../src/simulator/index.js';
import { readModel, runCli, tempDir } from './cliHarness.js';

/** No proxy from the machine's environment unless a test sets one. */
const NO_PROXY_ENV = { HTTP_PROXY: '', http_proxy: '', HTTPS_PROXY: '', https_proxy: '' };
const CREDS = { PTV_USERNAME: 'fake', PTV_PASSWORD: 'simulator' };

interface Ran {
  code: number | null;
  stdout: string;
  stderr: string;
  runDir: string | undefined;
}

async function run(args: string[], env: Record<string, string> = {}): Promise<Ran> {
  const out = tempDir('netsec');
  const r = await runCli(['run', '--out', out, '--formats', 'md,junit,html', ...args], {
    env: { ...NO_PROXY_ENV, ...CREDS, ...env },
  });
  const name = existsSync(out) ? readdirSync(out)[0] : undefined;
  return { ...r, runDir: name && join(out, name) };
}

describe('secret scan', () => {
  it('user fake / password simulator: no false alarm, a manifest, exit 0', async () => {
    const r = await run(['--suites', 'conn,t1']);
    expect(r.stderr).not.toContain('PTVR_SECRET_LEAK');
    expect(r.code).toBe(0);
    expect(existsSync(join(r.runDir!, 'manifest.json'))).toBe(true);
  });

  it.each(['echo-password', 'echo-token'])(
    'a server that echoes a credential into the report (%s): PTVR_SECRET_LEAK, exit 2, no manifest',
    async (defect) => {
      const r = await run(['--suites', 'conn', '--defect', defect]);
      expect(r.code).toBe(2);
      expect(r.stderr).toContain('PTVR_SECRET_LEAK');
      expect(existsSync(join(r.runDir!, 'manifest.json'))).toBe(false);
      const m = readModel(r.runDir!);
      expect(m.status).toBe('error');
      expect(m.errors.map((e) => e.code)).toContain('PTVR_SECRET_LEAK');
      // The error names files, never the secret.
      expect(r.stderr).not.toContain('simulator)');
    },
  );
});

describe('secrets in URLs', () => {
  it('refuses --api-url with user:password@ (exit 2, no run directory, secret not echoed)', async () => {
    const r = await run([
      '--api-url',
      'http://u:Hunter2-x@127.0.0.1:9',
      '--token-url',
      'http://127.0.0.1:9/x',
    ]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('PTVR_SECRET_ON_ARGV');
    expect(r.stderr).toContain('hint:');
    expect(r.stderr + r.stdout).not.toContain('Hunter2-x');
    expect(r.runDir).toBeUndefined();
  });
});

function filesUnder(d: string): string[] {
  return readdirSync(d).flatMap((x) =>
    statSync(join(d, x)).isDirectory() ? filesUnder(join(d, x)) : [join(d, x)],
  );
}

describe('secret-named URL parameters', () => {
  it('are sent but written nowhere: evidence, run.json, report.json, views, terminal show [REDACTED]', async () => {
    const sim = await createSimulator({ host: '127.0.0.1', port: 0 });
    try {
      const r = await run(
        [
          '--api-url',
          `${sim.apiUrl}/?apikey=K3y-7f2a91`,
          '--token-url',
          `${sim.tokenUrl}?Token=T0k-5c8e44&lang=fi`,
          '--suites',
          'conn',
        ],
        { PTV_USERNAME: sim.credentials.username, PTV_PASSWORD: sim.credentials.password },
      );
      expect(r.code, r.stderr).toBe(0);
      expect(r.stdout).toContain('apikey=[REDACTED]');
      const evidence = readFileSync(join(r.runDir!, 'evidence.ndjson'), 'utf8');
      // The login really went to the URL with its parameters, and was recorded redacted.
      expect(evidence).toContain('api-login?Token=[REDACTED]&lang=fi');
      const runJson = readFileSync(join(r.runDir!, 'run.json'), 'utf8');
      expect(runJson).toContain('apikey=[REDACTED]');
      for (const f of filesUnder(r.runDir!)) {
        const text = readFileSync(f, 'latin1');
        for (const secret of ['K3y-7f2a91', 'T0k-5c8e44'])
          expect(text, `${secret} in ${f}`).not.toContain(secret);
      }
      for (const secret of ['K3y-7f2a91', 'T0k-5c8e44']) expect(r.stdout + r.stderr).not.toContain(secret);
    } finally {
      await sim.close();
    }
  });
});

describe('HTTP_PROXY', () => {
  it('a local forward proxy sees every request of a run, login and teardown included', async () => {
    const proxy = await startForwardProxy();
    try {
      const r = await run(['--suites', 'conn,t1'], {
        HTTP_PROXY: proxy.url,
        http_proxy: proxy.url,
        NO_PROXY: '',
        no_proxy: '',
      });
      expect(r.code, r.stderr).toBe(0);
      const evidence = readFileSync(join(r.runDir!, 'evidence.ndjson'), 'utf8')
        .trim()
        .split('\n')
        .map((l) => JSON.parse(l) as EvidenceEntry);
      const recorded = evidence.map((e) => `${e.method} ${e.url}`).sort();
      const proxied = proxy.seen.map((s) => `${s.method} ${s.target}`).sort();
      expect(recorded.some((x) => x.startsWith('POST ') && x.endsWith('/api/auth/api-login'))).toBe(true);
      expect(evidence.some((e) => e.method === 'PUT')).toBe(true); // teardown's archive PUTs
      expect(proxied).toEqual(recorded);
    } finally {
      await proxy.close();
    }
  });

  it('cleanup goes through the proxy too', async () => {
    const proxy = await startForwardProxy();
    const out = tempDir('netsec-cleanup');
    const env = {
      ...NO_PROXY_ENV,
      ...CREDS,
      HTTP_PROXY: proxy.url,
      http_proxy: proxy.url,
      NO_PROXY: '',
      no_proxy: '',
    };
    try {
      const kept = await runCli(
        [
          'run',
          '--out',
          out,
          '--formats',
          'md',
          '--suites',
          'conn',
          '--keep',
          '--sim-db',
          join(out, 'sim.db'),
        ],
        { env },
      );
      expect(kept.code, kept.stderr).toBe(0);
      const runDir = join(
        out,
        readdirSync(out).find((x) => x !== 'sim.db' && !x.startsWith('sim.db'))!,
      );
      proxy.seen.length = 0;
      const c = await runCli(['cleanup', runDir], { env });
      expect(c.code, c.stderr).toBe(0);
      // The archive PUT of the material the run kept reached the simulator through the proxy.
      expect(proxy.seen.some((s) => s.method === 'PUT' && s.target.includes('/api/v11/'))).toBe(true);
      expect(proxy.seen.some((s) => s.method === 'POST' && s.target.endsWith('/api/auth/api-login'))).toBe(
        true,
      );
    } finally {
      await proxy.close();
    }
  });
});
