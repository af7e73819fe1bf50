import type { SimOrganizationSeed } from './options.js';

export const DEFAULT_USERNAME = 'api@simulator.test';
/** Built-in default only; `simulate` prints it only when it is still in use. */
export const DEFAULT_PASSWORD = 'simulator';
/** The simulator's built-in v12 x-api-key (public, printed by `simulate`; v12-migration.md §4.7). */
export const DEFAULT_API_KEY = 'simulator-api-key';

/**
 * The seeded main organisation: a municipality published in fi, sv and en. Business id 0201256-6
 * has a valid Y-tunnus check digit (weights 7,9,10,5,8,4,2; 11 - sum mod 11); municipality code
 * 091 (Helsinki) is in the municipality list.
 */
export const DEFAULT_ORGANIZATION: SimOrganizationSeed = {
  id: '5d1b8f5e-9a52-4c0e-8c1d-3f0e2a7b6c01',
  pahaId: '7fe1d2c4-5e93-4e6a-9b1f-0c2d3e4f5a60',
  organizationType: 'Municipality',
  businessCode: '0201256-6',
  municipality: '091',
  names: { fi: 'Simulaattorin kunta', sv: 'Simulatorns kommun', en: 'Simulator Municipality' },
};

/** The IN-shaped stored data of a seeded organisation. */
export function organizationSeedData(o: SimOrganizationSeed): Record<string, unknown> {
  const langs = Object.keys(o.names);
  return {
    organizationType: o.organizationType ?? 'Municipality',
    businessCode: o.businessCode ?? null,
    municipality:
      (o.organizationType ?? 'Municipality') === 'Municipality' ? (o.municipality ?? '091') : null,
    parentOrganizationId: o.parentOrganizationId ?? null,
    organizationNames: langs.map((l) => ({ type: 'Name', language: l, value: o.names[l] })),
    displayNameType: langs.map((l) => ({ type: 'Name', language: l })),
    organizationDescriptions: langs.flatMap((l) => [
      { type: 'Summary', language: l, value: `${o.names[l]} (simulator)` },
      { type: 'Description', language: l, value: `${o.names[l]}: seeded by the ptv-readiness simulator.` },
    ]),
    areaType: 'Nationwide',
  };
}
