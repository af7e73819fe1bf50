import { describe, expect, it } from 'vitest';
import { compareEntity } from './compareEntity.js';
import { storedForm } from './storedForm.js';

const long = 'Organisaatio '.repeat(10); // 130 characters

describe('storedForm: the read-back is compared with what PTV stores, not with the raw body', () => {
  it('a 130-character organisation name read back as its first 100 is a match (organization-name-100)', () => {
    const sent = { organizationNames: [{ type: 'Name', language: 'fi', value: long }] };
    const read = { organizationNames: [{ type: 'Name', language: 'fi', value: long.slice(0, 100) }] };
    expect(compareEntity('organization', sent, read).findings).toHaveLength(1);
    const stored = storedForm('organization', sent, 'post', 'live2026');
    expect(compareEntity('organization', stored, read).findings).toEqual([]);
    // A read that kept the whole name (PTV did not cut it) is the mismatch now.
    const kept = { organizationNames: sent.organizationNames };
    expect(compareEntity('organization', stored, kept).findings).toHaveLength(1);
  });

  it('a property name in another case is compared under its real name', () => {
    const names = [{ type: 'Name', language: 'fi', value: 'Kirjasto' }];
    const stored = storedForm('service', { ServiceNames: names }, 'post', 'live2026');
    expect(stored).toEqual({ serviceNames: names });
    const cmp = compareEntity('service', stored, { serviceNames: [{ ...names[0], value: 'Muu' }] });
    expect(cmp.findings.map((f) => f.path)).toEqual(['ServiceNames']);
  });

  it('a body that binds unchanged is compared as sent', () => {
    const sent = { serviceNames: [{ type: 'Name', language: 'fi', value: 'Kirjasto' }] };
    expect(storedForm('service', sent, 'post', 'ptv34')).toBe(sent);
  });
});
