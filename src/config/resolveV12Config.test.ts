import { describe, expect, it } from 'vitest';
import { resolveConfig, type ResolveInputs } from './resolveConfig.js';
import { isProductionUrl } from './targets.js';

const base = (over: Partial<ResolveInputs> = {}): ResolveInputs => ({
  flags: {},
  env: {},
  file: {},
  cwd: '/work/x',
  ...over,
});

describe('resolveConfig: the v12 read path (v12-migration.md §4.2)', () => {
  it('reads v11 only by default; --read-api v12 adds v12 and keeps v11 (DVV evidence)', () => {
    expect(resolveConfig(base()).readApis).toEqual(['v11']);
    expect(resolveConfig(base({ flags: { api: { read: ['v12'] } } })).readApis).toEqual(['v11', 'v12']);
  });

  it('per-target gateway: CTE test host, production host is production, sim none', () => {
    const cte = resolveConfig(base({ flags: { target: 'cte' } })).v12.apiUrl;
    const prod = resolveConfig(base({ flags: { target: 'prod' } })).v12.apiUrl;
    expect(cte).toBe('https://api-gw.palvelutietovaranto.trn.suomi.fi');
    expect(prod).toBe('https://api-gw.palvelutietovaranto.suomi.fi');
    expect(isProductionUrl(cte)).toBe(false);
    expect(isProductionUrl(`${prod}/x`)).toBe(true);
    expect(resolveConfig(base()).v12.apiUrl).toBeUndefined();
  });

  it('--v12-api-url > PTV_V12_API_URL > file', () => {
    const env = { PTV_V12_API_URL: 'https://env.example/' };
    const file = { target: 'cte' as const, v12: { apiUrl: 'https://file.example/' } };
    expect(resolveConfig(base({ env, file })).v12.apiUrl).toBe('https://env.example/');
    expect(resolveConfig(base({ file })).v12.apiUrl).toBe('https://file.example/');
    const flags = { v12: { apiUrl: 'https://flag.example/' } };
    expect(resolveConfig(base({ flags, env, file })).v12.apiUrl).toBe('https://flag.example/');
  });

  it('a custom target reading v12 must name its gateway', () => {
    const flags = {
      apiUrl: 'https://ptv.example',
      tokenUrl: 'https://ptv.example/login',
      api: { read: ['v12' as const] },
    };
    expect(() => resolveConfig(base({ flags }))).toThrow(/needs --v12-api-url/);
  });

  it('durations: sim defaults 30s / 250ms, remote 120m / 5m, flags parsed', () => {
    expect(resolveConfig(base()).v12).toMatchObject({ waitMs: 30_000, pollMs: 250, defer: false });
    expect(resolveConfig(base({ flags: { target: 'cte' } })).v12).toMatchObject({
      waitMs: 7_200_000,
      pollMs: 300_000,
    });
    const flags = { v12: { wait: '5s', poll: '100ms', defer: true }, sim: { v12Delay: '3s' } };
    const c = resolveConfig(base({ flags }));
    expect(c.v12).toMatchObject({ waitMs: 5000, pollMs: 100, defer: true });
    expect(c.sim.v12DelayMs).toBe(3000);
  });

  it('PTV_API_KEY is a secret from the environment; a v12 URL with user:password@ is refused', () => {
    expect(resolveConfig(base({ env: { PTV_API_KEY: 'k-1' } })).secrets.apiKey).toBe('k-1');
    const flags = { v12: { apiUrl: 'https://u:p@gw.example' } };
    expect(() => resolveConfig(base({ flags }))).toThrow(
      expect.objectContaining({ code: 'PTVR_SECRET_ON_ARGV' }),
    );
  });
});
