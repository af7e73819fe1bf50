import { describe, expect, it } from 'vitest';
import { KINDS } from '../kinds.js';
import { mergePut } from './mergePut.js';

const current = {
  serviceNames: [
    { type: 'Name', language: 'fi', value: 'Nimi' },
    { type: 'Name', language: 'sv', value: 'Namn' },
  ],
  serviceDescriptions: [{ type: 'Summary', language: 'fi', value: 'Tiivis' }],
  keywords: [{ language: 'sv', value: 'ord' }],
  serviceChargeType: 'Chargeable',
  fundingType: 'PubliclyFunded',
};

describe('mergePut', () => {
  it('keeps omitted fields, ignores empty lists without their flag, clears with the flag', () => {
    expect(
      mergePut(current, { publishingStatus: 'Published', keywords: [] }, KINDS.service).keywords,
    ).toEqual(current.keywords);
    const cleared = mergePut(
      current,
      { keywords: [], deleteAllKeywords: true, deleteServiceChargeType: true },
      KINDS.service,
    );
    expect(cleared).toMatchObject({ keywords: [], serviceChargeType: null, fundingType: 'PubliclyFunded' });
    expect(cleared).not.toHaveProperty('deleteAllKeywords');
  });
  it('a sent required list sets the language set and drops other languages everywhere', () => {
    const out = mergePut(
      current,
      { serviceNames: [{ type: 'Name', language: 'fi', value: 'Uusi' }] },
      KINDS.service,
    );
    expect(out.serviceNames).toEqual([{ type: 'Name', language: 'fi', value: 'Uusi' }]);
    expect(out.keywords).toEqual([]);
  });
  it('service location deleteAllWebPages only works when webPages is absent', () => {
    const loc = { webPages: [{ url: 'https://a.fi', language: 'fi' }] };
    expect(mergePut(loc, { deleteAllWebPages: true }, KINDS.servicelocation).webPages).toEqual([]);
    expect(mergePut(loc, { deleteAllWebPages: true, webPages: [] }, KINDS.servicelocation).webPages).toEqual(
      loc.webPages,
    );
  });
  it('ignore-field-change defect keeps descriptions', () => {
    const out = mergePut(
      current,
      { serviceDescriptions: [{ type: 'Summary', language: 'fi', value: 'Muu' }] },
      KINDS.service,
      { ignoreDescriptions: true },
    );
    expect(out.serviceDescriptions).toEqual(current.serviceDescriptions);
  });
});
