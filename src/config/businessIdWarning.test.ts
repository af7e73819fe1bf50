import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { packageRoot } from '../core/toolVersion.js';
import type { UserConfig } from './types.js';
import { configViolations } from './validateUserConfig.js';
import { businessIdWarning } from './businessIdWarning.js';

describe('businessIdWarning', () => {
  it('warns about a business id whose check digit is wrong, naming it', () => {
    const w = businessIdWarning({ organization: { businessId: '1234567-8' } });
    expect(w?.code).toBe('PTVR_CONFIG_INVALID');
    expect(w?.message).toContain('"1234567-8"');
    expect(w?.message).toMatch(/check digit/);
  });

  it('is silent for a valid business id and for none', () => {
    expect(businessIdWarning({ organization: { businessId: '1234567-1' } })).toBeUndefined();
    expect(businessIdWarning({ organization: { businessId: '0201256-6' } })).toBeUndefined();
    expect(businessIdWarning({ organization: {} })).toBeUndefined();
  });
});

describe('the example configs', () => {
  it('examples/ptv-readiness.config.json and the docs example are valid and their business id passes the check digit', () => {
    const example = JSON.parse(
      readFileSync(join(packageRoot(), 'examples', 'ptv-readiness.config.json'), 'utf8'),
    ) as UserConfig;
    const doc = readFileSync(join(packageRoot(), 'docs', 'configuration.md'), 'utf8');
    const fromDocs = JSON.parse(
      /## `ptv-readiness\.config\.json`[\s\S]*?```json\n([\s\S]*?)```/.exec(doc)![1]!,
    ) as UserConfig;
    for (const config of [example, fromDocs]) {
      expect(configViolations(config)).toEqual([]);
      expect(config.organization?.businessId).toBeDefined();
      expect(businessIdWarning({ organization: config.organization ?? {} })).toBeUndefined();
    }
  });
});
