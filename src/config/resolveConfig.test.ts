import { describe, expect, it } from 'vitest';
import { resolveConfig, type ResolveInputs } from './resolveConfig.js';
import { defaults } from './defaults.js';
import { knownTargets } from './targets.js';
import type { UserConfig } from './types.js';

const base = (over: Partial<ResolveInputs> = {}): ResolveInputs => ({
  flags: {},
  env: {},
  file: {},
  cwd: '/work/x',
  ...over,
});

describe('resolveConfig precedence: flags > env > file > defaults', () => {
  const ORG_FLAG = '11111111-1111-4111-8111-111111111111';
  const ORG_ENV = '22222222-2222-4222-8222-222222222222';
  const ORG_FILE = '33333333-3333-4333-8333-333333333333';
  it.each([
    [
      'flag beats env and file',
      { organizationId: ORG_FLAG },
      { PTV_ORGANIZATION_ID: ORG_ENV },
      { organizationId: ORG_FILE },
      ORG_FLAG,
    ],
    ['env beats file', {}, { PTV_ORGANIZATION_ID: ORG_ENV }, { organizationId: ORG_FILE }, ORG_ENV],
    ['file when nothing else', {}, {}, { organizationId: ORG_FILE }, ORG_FILE],
    ['undefined when nobody sets it (token decides)', {}, {}, {}, undefined],
  ])('organizationId: %s', (_name, flags, env, file, expected) => {
    expect(resolveConfig(base({ flags, env, file })).organizationId).toBe(expected);
  });

  it.each([
    ['seed', { seed: 7 }, { seed: 8 }, 7],
    ['seed from file', {}, { seed: 8 }, 8],
    ['seed default', {}, {}, defaults.seed],
  ] as const)('%s', (_n, flags, file, expected) => {
    expect(resolveConfig(base({ flags, file })).seed).toBe(expected);
  });

  it('takes keep=false from the flags over keep=true in the file', () => {
    expect(resolveConfig(base({ flags: { keep: false }, file: { keep: true } })).keep).toBe(false);
    expect(resolveConfig(base({ file: { keep: true } })).keep).toBe(true);
  });

  it('resolves out against cwd and keeps absolute paths', () => {
    expect(resolveConfig(base()).out).toBe('/work/x/reports');
    expect(resolveConfig(base({ file: { out: '/abs/r' } })).out).toBe('/abs/r');
  });

  it('merges organisation and tester per key, flags first', () => {
    const c = resolveConfig(
      base({ flags: { tester: { name: 'Flag' } }, file: { tester: { name: 'File', email: 'a@b.fi' } } }),
    );
    expect(c.tester).toEqual({ name: 'Flag', email: 'a@b.fi' });
  });

  it('returns a frozen object', () => {
    const c = resolveConfig(base());
    expect(Object.isFrozen(c)).toBe(true);
    expect(Object.isFrozen(c.target)).toBe(true);
  });
});

describe('resolveConfig targets', () => {
  it('defaults to the embedded simulator without URLs', () => {
    expect(resolveConfig(base()).target).toEqual({ name: 'sim', authShape: 'cte' });
  });

  it('knows the CTE and production hosts and auth shapes', () => {
    expect(resolveConfig(base({ flags: { target: 'cte' } })).target).toEqual({
      name: 'cte',
      ...knownTargets.cte,
    });
    expect(resolveConfig(base({ file: { target: 'prod' } })).target).toEqual({
      name: 'prod',
      ...knownTargets.prod,
    });
  });

  it('calls explicit URLs a custom target', () => {
    const t = resolveConfig(
      base({ flags: { apiUrl: 'http://127.0.0.1:9', tokenUrl: 'http://127.0.0.1:9/api/auth/api-login' } }),
    ).target;
    expect(t).toMatchObject({ name: 'custom', apiUrl: 'http://127.0.0.1:9', authShape: 'cte' });
  });

  it('treats a custom URL on a production host as production', () => {
    const t = resolveConfig(
      base({
        flags: { apiUrl: 'https://api.palvelutietovaranto.suomi.fi', tokenUrl: 'http://127.0.0.1:9/x' },
      }),
    ).target;
    expect(t.name).toBe('prod');
    expect(t.authShape).toBe('prod');
  });

  it('gives a remote target both URLs and the simulator none', () => {
    const cte = resolveConfig(base({ flags: { target: 'cte' } })).target;
    if (cte.name === 'sim') throw new Error('expected a remote target');
    expect([cte.apiUrl, cte.tokenUrl]).toEqual([knownTargets.cte.apiUrl, knownTargets.cte.tokenUrl]);
    expect(Object.keys(resolveConfig(base()).target).sort()).toEqual(['authShape', 'name']);
  });

  it('refuses only one of --api-url / --token-url', () => {
    expect(() => resolveConfig(base({ flags: { apiUrl: 'http://127.0.0.1:9' } }))).toThrow(
      expect.objectContaining({ code: 'PTVR_USAGE' }),
    );
  });
});

describe('resolveConfig secrets and validation', () => {
  it('reads credentials from the environment only', () => {
    const c = resolveConfig(
      base({ env: { PTV_USERNAME: 'u@x.fi', PTV_PASSWORD: 'pw-123', PTV_API_USER_ORGANISATION: 'p1' } }),
    );
    expect(c.secrets).toEqual({ username: 'u@x.fi', password: 'pw-123', apiUserOrganisation: 'p1' });
  });

  it('rejects a PTV_ORGANIZATION_ID that is not a UUID', () => {
    expect(() => resolveConfig(base({ env: { PTV_ORGANIZATION_ID: 'nope' } }))).toThrow(
      expect.objectContaining({ code: 'PTVR_CONFIG_INVALID' }),
    );
  });

  it('validates the flags with the config schema', () => {
    expect(() => resolveConfig(base({ flags: { concurrency: 0 } }))).toThrow(
      expect.objectContaining({ code: 'PTVR_CONFIG_INVALID' }),
    );
  });
});

describe('resolveConfig rule profile and simulator profile', () => {
  it.each([
    ['sim: the rule profile follows --profile', { sim: { profile: 'ptv34' } }, {}, 'ptv34', 'ptv34'],
    ['sim: ... and sim.profile from the file', {}, { sim: { profile: 'ptv34' } }, 'ptv34', 'ptv34'],
    [
      'sim: an explicit ruleProfile flag wins',
      { sim: { profile: 'ptv34' }, ruleProfile: 'live2026' },
      {},
      'ptv34',
      'live2026',
    ],
    [
      'sim: an explicit ruleProfile in the file wins',
      { sim: { profile: 'ptv34' } },
      { ruleProfile: 'live2026' },
      'ptv34',
      'live2026',
    ],
    ['sim: ruleProfile alone also sets the simulator', {}, { ruleProfile: 'ptv34' }, 'ptv34', 'ptv34'],
    ['sim: defaults', {}, {}, 'live2026', 'live2026'],
    [
      'cte: sim.profile does not move the rules',
      { target: 'cte' },
      { sim: { profile: 'ptv34' } },
      'ptv34',
      'live2026',
    ],
  ] as const)('%s', (_n, flags, file, simProfile, ruleProfile) => {
    const c = resolveConfig(base({ flags: flags as UserConfig, file: file as UserConfig }));
    expect(c.sim.profile).toBe(simProfile);
    expect(c.ruleProfile).toBe(ruleProfile);
  });

  it('renders every format by default (pdf included)', () => {
    expect(resolveConfig(base()).formats).toEqual(['html', 'pdf', 'md', 'junit']);
  });
});

describe('resolveConfig parses the simulator options once', () => {
  it('parses latency and faults from flags or file, flags first', () => {
    const c = resolveConfig(
      base({
        flags: { sim: { latency: '150±50' } },
        file: { sim: { latency: '9', faults: '5xx=0.1, 429=0.05,reset=0' } },
      }),
    );
    expect(c.sim.latency).toEqual({ ms: 150, jitterMs: 50 });
    expect(c.sim.faults).toEqual({ '5xx': 0.1, '429': 0.05, reset: 0 });
    expect(resolveConfig(base({ file: { sim: { latency: '9' } } })).sim.latency).toEqual({ ms: 9 });
  });

  it('leaves latency and faults out when nobody sets them, and defects empty', () => {
    const { sim } = resolveConfig(base());
    expect(sim).toEqual({ profile: 'live2026', defects: [], v12DelayMs: 0 });
  });

  it.each([
    ['faults', { sim: { faults: '5xx=2' } }, /--faults entry '5xx=2'/],
    ['faults', { sim: { faults: 'teapot=0.1' } }, /--faults entry 'teapot=0.1'/],
    ['defects', { sim: { defects: ['archive-ignored', 'no-such'] } }, /unknown --defect 'no-such'/],
  ] as const)('refuses bad %s with PTVR_USAGE before anything starts', (_n, flags, message) => {
    expect(() => resolveConfig(base({ flags: flags as UserConfig }))).toThrow(
      expect.objectContaining({ code: 'PTVR_USAGE', message: expect.stringMatching(message) }),
    );
  });
});

describe('resolveConfig refuses passwords in URLs', () => {
  const refused = expect.objectContaining({ code: 'PTVR_SECRET_ON_ARGV' });
  it.each<[string, Partial<ResolveInputs>]>([
    ['--api-url', { flags: { apiUrl: 'https://u:S3cret@api.example/x', tokenUrl: 'https://t.example/x' } }],
    ['--token-url', { flags: { apiUrl: 'https://api.example', tokenUrl: 'http://u:S3cret@127.0.0.1:9/x' } }],
    ['apiUrl in', { file: { apiUrl: 'https://u:S3cret@api.example', tokenUrl: 'https://t.example' } }],
    ['tokenUrl in', { file: { apiUrl: 'https://api.example', tokenUrl: 'https://:S3cret@t.example' } }],
    ['PTV_API_URL', { env: { PTV_API_URL: 'https://u:S3cret@api.example' } }],
  ])('%s with user:password@', (where, over) => {
    let err: unknown;
    try {
      resolveConfig(base(over));
    } catch (e) {
      err = e;
    }
    expect(err).toEqual(refused);
    expect((err as Error).message).toContain(where);
    // The message names where, never the secret itself.
    expect((err as Error).message).not.toContain('S3cret');
  });

  it('accepts a URL with a user but no password, and secret-named query parameters', () => {
    const c = resolveConfig(
      base({ flags: { apiUrl: 'https://u@api.example', tokenUrl: 'https://t.example/login?apikey=k-123' } }),
    );
    expect(c.target.name).toBe('custom');
  });

  it('classifies disguised production hosts as production', () => {
    for (const apiUrl of [
      'https://api.palvelutietovaranto.suomi.fi../',
      'https://api%2epalvelutietovaranto.suomi.fi',
      'https://API.Palvelutietovaranto.Suomi.FI:443',
      'https://suomi.fi.',
      'https://api-gw.palvelutietovaranto.suomi.fi',
    ]) {
      expect(resolveConfig(base({ flags: { apiUrl, tokenUrl: 'http://127.0.0.1:9/x' } })).target.name).toBe(
        'prod',
      );
    }
  });
});
