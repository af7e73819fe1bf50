/* eslint-disable @typescript-eslint/no-explicit-any -- parsed CLI JSON */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { packageRoot } from '../core/toolVersion.js';

// Spawns the built CLI (npm run build first), as a user would.
const root = packageRoot();
const bin = join(root, 'dist', 'src', 'bin.js');
const examples = join(root, 'fixtures', 'examples');
const cli = (args: string[], input?: string) =>
  spawnSync(process.execPath, [bin, 'validate', ...args], { cwd: root, encoding: 'utf8', input });

describe('ptv-readiness validate (built CLI)', () => {
  it('exits 0 for every bundled example and prints the kind inference', () => {
    const r = cli([examples]);
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
    expect(r.stdout).toContain('service.json#0: kind inferred as service');
    expect(r.stdout).toContain('stateful rules not checked');
  });

  it('exits 1 with the expected PTV key for mutated copies', () => {
    const dir = mkdtempSync(join(tmpdir(), 'ptvr-validate-'));
    const svc = JSON.parse(readFileSync(join(examples, 'service.json'), 'utf8'));
    svc.serviceDescriptions[0].value = 'x'.repeat(151);
    writeFileSync(join(dir, 'service.json'), JSON.stringify(svc));
    const loc = JSON.parse(readFileSync(join(examples, 'servicelocation.json'), 'utf8'));
    loc.addresses[0].streetAddress.postalCode = '29170';
    writeFileSync(join(dir, 'loc.json'), JSON.stringify(loc));
    const r = cli([dir, '--json']);
    expect(r.status).toBe(1);
    const out = JSON.parse(r.stdout);
    const byFile = Object.fromEntries(out.entities.map((e: any) => [e.source.split('/').pop(), e]));
    expect(byFile['service.json'].findings).toContainEqual(
      expect.objectContaining({
        path: 'ServiceDescriptions',
        message: "Maximum length of property 'Value' for 'Summary' must be '150'.",
      }),
    );
    expect(byFile['loc.json'].findings).toContainEqual(
      expect.objectContaining({
        path: 'Addresses[0].StreetAddress.PostalCode',
        message: "The code '29170' was not found!",
      }),
    );
  });

  it('exits 2 for malformed JSON, reported with line and column, without a stack trace', () => {
    const bad = cli(['-'], '{\n  "a": ,\n}');
    expect(bad.status).toBe(2);
    expect(bad.stderr).toMatch(/PTVR_INPUT_INVALID_JSON: stdin:2:\d+/);
    expect(bad.stderr).not.toMatch(/\n\s+at /);
  });

  it('exits 2 for a missing file', () => {
    const missing = cli(['/nonexistent/x.json']);
    expect(missing.status).toBe(2);
    expect(missing.stderr).toContain('PTVR_INPUT_UNREADABLE');
  });

  it('exits 2 when the kind cannot be inferred', () => {
    const unknown = cli(['-'], '{"publishingStatus":"Deleted"}');
    expect(unknown.status).toBe(2);
    expect(unknown.stderr).toContain('PTVR_UNKNOWN_KIND');
  });

  // Issue #13 acceptance: PTV's Newtonsoft reader turns JSON numbers into strings (bindLikeNewtonsoft.ts).
  it('exits 0 for numbers in string fields (coordinates, street number), with json.coerced warnings', () => {
    const dir = mkdtempSync(join(tmpdir(), 'ptvr-validate-'));
    const loc = JSON.parse(readFileSync(join(examples, 'servicelocation.json'), 'utf8'));
    Object.assign(loc.addresses[0].streetAddress, {
      latitude: 6673056,
      longitude: 384467.25,
      streetNumber: 1,
    });
    writeFileSync(join(dir, 'loc.json'), JSON.stringify(loc));
    const r = cli([join(dir, 'loc.json'), '--json']);
    expect(r.status).toBe(0);
    const findings = JSON.parse(r.stdout).entities[0].findings as any[];
    expect(findings.filter((f) => f.severity === 'error')).toEqual([]);
    expect(
      findings
        .filter((f) => f.rule === 'json.coerced')
        .map((f) => f.path)
        .sort(),
    ).toEqual([
      'Addresses[0].StreetAddress.Latitude',
      'Addresses[0].StreetAddress.Longitude',
      'Addresses[0].StreetAddress.StreetNumber',
    ]);
  });
});
