import { describe, expect, it } from 'vitest';
import { bundleName, helsinkiDate, slug } from './bundleName.js';

describe('bundleName', () => {
  it('slugs the organisation name to ASCII and dates the run in Helsinki time', () => {
    expect(slug('Testikunta Äänekoski / Hyvinvointialue Oy')).toBe('testikunta-aanekoski-hyvinvointialue-oy');
    // 23:30 UTC on the 26th is already the 27th in Helsinki.
    expect(helsinkiDate('2026-11-26T23:30:00Z')).toBe('2026-11-27');
    expect(bundleName({ name: 'Åland kommun' }, '2026-11-26T10:00:00Z')).toBe(
      'ptv-readiness-aland-kommun-2026-11-26.zip',
    );
  });

  it('falls back to the PTV organisation id, then to "organisation"', () => {
    expect(bundleName({ ptvOrganizationId: '5D1B8F5E-9a52' }, '2026-11-26T10:00:00Z')).toBe(
      'ptv-readiness-5d1b8f5e-9a52-2026-11-26.zip',
    );
    expect(bundleName({ name: '!!!' }, '2026-11-26T10:00:00Z')).toBe(
      'ptv-readiness-organisation-2026-11-26.zip',
    );
  });
});
