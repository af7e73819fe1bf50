import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { onlyRunDir, readModel, runCli, tempDir } from './cliHarness.js';

const USER = 'secret-user-5b7e@kunta.example';
const PASSWORD = 'S3cret-Pw-c41d-"quoted" & more';
const JWT = /eyJ[A-Za-z0-9_-]{5,}\.eyJ[A-Za-z0-9_-]{5,}\.[A-Za-z0-9_-]*/;
const BEARER = /Bearer\s+(?!\[REDACTED\])[A-Za-z0-9._~+/-]{12,}/i;

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((n) => {
    const p = join(dir, n);
    return statSync(p).isDirectory() ? files(p) : [p];
  });
}

describe('secrets never reach an artefact or the console', () => {
  it('custom simulator user and password: absent from every run file and from stdout/stderr', async () => {
    const out = tempDir('secrets');
    const r = await runCli(
      ['run', '--suites', 'conn,t1,t2', '--out', out, '--formats', 'html,md,junit', '--langs', 'fi,en'],
      {
        env: { PTV_USERNAME: USER, PTV_PASSWORD: PASSWORD },
      },
    );
    // 0 or 1 (checks may fail); 2 would include PTVR_SECRET_LEAK.
    expect([0, 1]).toContain(r.code);
    expect(r.stderr).not.toContain('PTVR_SECRET_LEAK');
    const dir = onlyRunDir(out);
    const m = readModel(dir);
    // The custom credentials really were used: the run logged in and created material.
    expect(m.cases.find((c) => c.id.startsWith('CONN'))?.status).toBe('passed');
    expect(m.material.length).toBeGreaterThan(0);
    const all = files(dir);
    expect(all.map((f) => f.slice(dir.length + 1))).toEqual(
      expect.arrayContaining(['report.json', 'evidence.ndjson', 'ledger.ndjson', 'run.json']),
    );
    const forms = [
      USER,
      PASSWORD,
      JSON.stringify(PASSWORD).slice(1, -1),
      encodeURIComponent(PASSWORD),
      encodeURIComponent(USER),
    ];
    for (const f of all) {
      const text = readFileSync(f, 'latin1');
      for (const s of forms) expect(text.includes(s), `${s} in ${f}`).toBe(false);
      expect(JWT.test(text), `JWT in ${f}`).toBe(false);
      expect(BEARER.test(text), `bearer in ${f}`).toBe(false);
    }
    for (const text of [r.stdout, r.stderr]) {
      for (const s of forms) expect(text).not.toContain(s);
      expect(text).not.toMatch(JWT);
    }
  });
});
