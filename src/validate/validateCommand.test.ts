import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../cli/main.js';
import { packageRoot } from '../core/toolVersion.js';

/** Runs the real CLI in-process with captured streams. */
async function cli(args: string[], stdin = '') {
  let out = '';
  let err = '';
  const code = await runCli(['validate', ...args], {
    io: {
      stdout: { write: (s: string) => (out += s) },
      stderr: { write: (s: string) => (err += s) },
      readStdin: async () => stdin,
    },
    signal: new AbortController().signal,
    env: {},
    cwd: packageRoot(),
  });
  return { code, out, err };
}

const examples = join(packageRoot(), 'fixtures', 'examples');

describe('validate command', () => {
  it('prints file#index, key and message; exit 1 on an error', async () => {
    const r = await cli(['-', '--kind', 'service'], JSON.stringify({ publishingStatus: 'draft' }));
    expect(r.code).toBe(1);
    expect(r.out).toContain('stdin#0  FundingType  The FundingType field is required.');
    expect(r.out).toContain(
      "stdin#0  PublishingStatus  'draft' is not allowed value of 'PublishingStatus'! Please use one of these: 'Draft, Published'.",
    );
    expect(r.out).not.toContain('kind inferred');
  });

  it('reads NDJSON from stdin, infers kinds and says which stateful rules were not checked', async () => {
    const lines = ['service', 'phone']
      .map((k) => JSON.stringify(JSON.parse(readFileSync(join(examples, `${k}.json`), 'utf8'))))
      .join('\n');
    const r = await cli(['-'], lines);
    expect(r.err).toBe('');
    expect(r.code).toBe(0);
    expect(r.out).toContain('stdin#0: kind inferred as service');
    expect(r.out).toContain('stdin#1: kind inferred as phone');
    expect(r.out).toMatch(/note: stateful rules not checked offline .*uniqueNames/);
    expect(r.out).toContain('2 entities: 2 valid, 0 invalid');
  });

  it('--profile ptv34 applies the 2,500 limit; --json prints verdicts', async () => {
    const svc = JSON.parse(readFileSync(join(examples, 'service.json'), 'utf8'));
    svc.serviceDescriptions[3].value = 'a'.repeat(3000);
    const live = await cli(['-', '--json'], JSON.stringify(svc));
    expect(live.code).toBe(0);
    const old = await cli(['-', '--json', '--profile', 'ptv34'], JSON.stringify(svc));
    expect(old.code).toBe(1);
    const parsed = JSON.parse(old.out) as {
      valid: boolean;
      entities: { findings: { path: string; message: string }[] }[];
    };
    expect(parsed.valid).toBe(false);
    expect(parsed.entities[0]!.findings[0]).toMatchObject({
      path: 'ServiceDescriptions',
      message: "Maximum length of property 'Value' for 'Description' must be '2500'.",
    });
  });

  it('an unknown --kind is a usage error (exit 2)', async () => {
    const r = await cli(['-', '--kind', 'channel'], '{}');
    expect(r.code).toBe(2);
    expect(r.err).toContain('PTVR_USAGE');
  });
});
