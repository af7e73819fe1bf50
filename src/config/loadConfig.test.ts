import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadConfigFile } from './loadConfigFile.js';
import { effectiveEnv, secretsFromEnv } from './loadSecrets.js';
import { configViolations } from './validateUserConfig.js';

const dir = (): string => mkdtempSync(join(tmpdir(), 'ptvr-config-'));

describe('loadConfigFile', () => {
  it('is optional when not named, required when named', () => {
    const d = dir();
    expect(loadConfigFile(d)).toEqual({ config: {} });
    expect(() => loadConfigFile(d, 'missing.json')).toThrow(
      expect.objectContaining({ code: 'PTVR_CONFIG_NOT_FOUND' }),
    );
  });

  it('reads a valid file', () => {
    const d = dir();
    writeFileSync(
      join(d, 'ptv-readiness.config.json'),
      JSON.stringify({ target: 'cte', organization: { name: 'Kunta' } }),
    );
    expect(loadConfigFile(d).config).toEqual({ target: 'cte', organization: { name: 'Kunta' } });
  });

  it('lists every violation in one PTVR_CONFIG_INVALID', () => {
    const d = dir();
    writeFileSync(
      join(d, 'c.json'),
      JSON.stringify({
        target: 'qa',
        seed: -1,
        tester: { email: 'not-an-email' },
        password: 'x',
        organization: { businessId: '123' },
      }),
    );
    let err: { code?: string; message?: string } = {};
    try {
      loadConfigFile(d, 'c.json');
    } catch (e) {
      err = e as typeof err;
    }
    expect(err.code).toBe('PTVR_CONFIG_INVALID');
    for (const part of [
      '/target',
      '/seed',
      '/tester/email',
      'unknown key "password"',
      '/organization/businessId',
    ]) {
      expect(err.message).toContain(part);
    }
  });

  it('reports broken JSON as PTVR_CONFIG_INVALID', () => {
    const d = dir();
    writeFileSync(join(d, 'ptv-readiness.config.json'), '{ "target": ');
    expect(() => loadConfigFile(d)).toThrow(expect.objectContaining({ code: 'PTVR_CONFIG_INVALID' }));
  });
});

describe('configViolations', () => {
  it('accepts an empty config and rejects unknown suite ids', () => {
    expect(configViolations({})).toEqual([]);
    expect(configViolations({ suites: ['t9'] })).toHaveLength(1);
  });
});

describe('effectiveEnv', () => {
  it('ranks --secrets-file over the environment over .env, and keeps only PTV_* keys', () => {
    const d = dir();
    writeFileSync(join(d, '.env'), 'PTV_USERNAME=dotenv-user\nPTV_PASSWORD=dotenv-pw\nOTHER=1\n');
    writeFileSync(join(d, 'secrets.json'), JSON.stringify({ PTV_PASSWORD: 'file-pw' }));
    const env = effectiveEnv({ PTV_USERNAME: 'env-user', HOME: '/root' }, d, 'secrets.json');
    expect(env).toEqual({ PTV_USERNAME: 'env-user', PTV_PASSWORD: 'file-pw' });
    expect(secretsFromEnv(env)).toEqual({ username: 'env-user', password: 'file-pw' });
  });

  it('reads dotenv-style secrets files and refuses a missing one', () => {
    const d = dir();
    writeFileSync(join(d, 's.env'), 'PTV_PASSWORD="quoted pw"\n');
    expect(effectiveEnv({}, d, 's.env').PTV_PASSWORD).toBe('quoted pw');
    expect(() => effectiveEnv({}, d, 'nope.env')).toThrow(
      expect.objectContaining({ code: 'PTVR_CONFIG_NOT_FOUND' }),
    );
  });

  it('never echoes a broken JSON secrets file', () => {
    const d = dir();
    writeFileSync(join(d, 's.json'), '{"PTV_PASSWORD": "leaky-secret-value"');
    expect(() => effectiveEnv({}, d, 's.json')).toThrow(
      expect.not.objectContaining({ message: expect.stringContaining('leaky') }),
    );
  });
});
