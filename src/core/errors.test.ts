import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { errorCodes, PtvrError } from './errors.js';
import { packageRoot } from './toolVersion.js';

describe('error codes', () => {
  it('every code has a row in the README error table (docs cannot drift)', () => {
    const readme = readFileSync(join(packageRoot(), 'README.md'), 'utf8');
    const missing = Object.keys(errorCodes).filter((code) => !readme.includes(`| \`${code}\` |`));
    expect(missing).toEqual([]);
  });

  it('carries code, hint and cause', () => {
    const cause = new Error('ECONNREFUSED');
    const e = new PtvrError('PTVR_TARGET_UNREACHABLE', 'cannot reach x', {
      hint: 'check the firewall',
      cause,
    });
    expect(e.code).toBe('PTVR_TARGET_UNREACHABLE');
    expect(e.hint).toBe('check the firewall');
    expect(e.cause).toBe(cause);
  });
});
