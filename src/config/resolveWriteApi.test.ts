import { describe, expect, it } from 'vitest';
import { flagsToUserConfig } from '../cli/commands/run.js';
import { resolveConfig, type ResolveInputs } from './resolveConfig.js';
import type { UserConfig } from './types.js';

const base = (over: Partial<ResolveInputs> = {}): ResolveInputs => ({
  flags: {},
  env: {},
  file: {},
  cwd: '/work/x',
  ...over,
});
const fromFlags = (flags: UserConfig, over: Partial<ResolveInputs> = {}) =>
  resolveConfig(base({ flags, ...over }));
const code = (f: () => unknown): string | undefined => {
  try {
    f();
  } catch (e) {
    return (e as { code?: string }).code;
  }
  return undefined;
};

describe('resolveConfig: the v12 write profile (v12-migration.md §4.1, §4.8, §6 item 9)', () => {
  it('writes v11 by default; --write-api v12 implies v12 reads only', () => {
    expect(resolveConfig(base()).writeApi).toBe('v11');
    const c = fromFlags(flagsToUserConfig({ writeApi: 'v12' }));
    expect([c.writeApi, c.readApis]).toEqual(['v12', ['v12']]);
  });

  it('--api v12 is the shorthand for --write-api v12 --read-api v12; --api v11 changes nothing', () => {
    expect(flagsToUserConfig({ api: 'v12' }).api).toEqual({ read: ['v12'], write: 'v12' });
    const c = fromFlags(flagsToUserConfig({ api: 'v12' }));
    expect([c.writeApi, c.readApis]).toEqual(['v12', ['v12']]);
    const v11 = fromFlags(flagsToUserConfig({ api: 'v11' }));
    expect([v11.writeApi, v11.readApis]).toEqual(['v11', ['v11']]);
  });

  it('refuses v12 writes with v11 reads, a contradicting --api, and --v12-defer', () => {
    expect(code(() => fromFlags(flagsToUserConfig({ writeApi: 'v12', readApi: 'v11' })))).toBe('PTVR_USAGE');
    expect(code(() => flagsToUserConfig({ api: 'v12', writeApi: 'v11' }))).toBe('PTVR_USAGE');
    expect(code(() => fromFlags(flagsToUserConfig({ api: 'v12', v12Defer: true })))).toBe('PTVR_USAGE');
    // A config file asking for v11 reads loses to nothing: the run cannot be both.
    expect(code(() => fromFlags({ api: { write: 'v12' } }, { file: { api: { read: ['v11'] } } }))).toBe(
      'PTVR_USAGE',
    );
  });

  it('refuses v12 writes to the production v12 gateway before anything starts, on any target', () => {
    const prodGw = 'https://api-gw.palvelutietovaranto.suomi.fi';
    for (const over of [
      { flags: flagsToUserConfig({ writeApi: 'v12', v12ApiUrl: prodGw }) },
      { flags: flagsToUserConfig({ api: 'v12' }), env: { PTV_V12_API_URL: `${prodGw}/` } },
      { flags: flagsToUserConfig({ api: 'v12', target: 'cte' }), file: { v12: { apiUrl: prodGw } } },
      { flags: flagsToUserConfig({ api: 'v12', target: 'prod' }) },
    ]) {
      expect(code(() => resolveConfig(base(over)))).toBe('PTVR_PRODUCTION_WRITE_REFUSED');
    }
    // The same URL only read from (v11 writes, v12 read-back) is allowed: reads are not refused.
    expect(
      fromFlags(flagsToUserConfig({ readApi: 'v12', target: 'cte', v12ApiUrl: prodGw })).v12.apiUrl,
    ).toBe(prodGw);
    // The CTE gateway is a test host.
    expect(fromFlags(flagsToUserConfig({ api: 'v12', target: 'cte' })).v12.apiUrl).toBe(
      'https://api-gw.palvelutietovaranto.trn.suomi.fi',
    );
  });

  it('--v12-routes resolves against the working directory; the file key the same way', () => {
    expect(fromFlags(flagsToUserConfig({ api: 'v12', v12Routes: 'maps/r.json' })).v12.routes).toBe(
      '/work/x/maps/r.json',
    );
    expect(resolveConfig(base({ file: { v12: { routes: '/abs/r.json' } } })).v12.routes).toBe('/abs/r.json');
    expect(resolveConfig(base()).v12.routes).toBeUndefined();
  });
});
