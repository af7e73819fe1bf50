import { describe, expect, it } from 'vitest';
import { toPtvErrorBody, toPtvKey } from './index.js';

describe('toPtvKey / toPtvErrorBody', () => {
  it('builds PascalCase ModelState keys', () => {
    expect(toPtvKey(['serviceNames', 0, 'value'])).toBe('ServiceNames[0].Value');
    expect(toPtvKey(['addresses', 1, 'streetAddress', 'postalCode'])).toBe(
      'Addresses[1].StreetAddress.PostalCode',
    );
    expect(toPtvKey([0, 'serviceChannelId'])).toBe('[0].ServiceChannelId');
  });
  it('groups error findings by key in order and leaves warnings out', () => {
    expect(
      toPtvErrorBody([
        { path: 'A', message: 'one', rule: 'r', severity: 'error' },
        { path: 'B', message: 'two', rule: 'r', severity: 'warning' },
        { path: 'A', message: 'three', rule: 'r', severity: 'error' },
      ]),
    ).toEqual({ A: ['one', 'three'] });
  });
});
