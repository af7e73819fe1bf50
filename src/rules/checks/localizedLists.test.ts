import { describe, expect, it } from 'vitest';
import { example } from '../../../test/support/examples.js';
import { toPtvErrorBody } from '../toPtvErrorBody.js';
import { validatePayload } from '../validatePayload.js';

/** Rules checked against ptv-release-3_4's attributes (paths in localizedLists.ts / addresses.ts). */
describe('list attributes as PTV 3.4 has them', () => {
  it('unique (type, language) names the property: "Localized duplicates of \'Type\' …" (CoreMessages.cs:84)', () => {
    const b = example('organization');
    b.organizationDescriptions.push({ ...b.organizationDescriptions[0] });
    const body = toPtvErrorBody(validatePayload(b, { kind: 'organization', op: 'post' }).findings);
    expect(body.OrganizationDescriptions).toEqual(["Localized duplicates of 'Type' are not allowed!"]);
  });

  it('≤ 1 per language keeps the bare text (CoreMessages.cs:83)', () => {
    const b = example('echannel');
    b.serviceChannelNames.push({ ...b.serviceChannelNames[0] });
    const body = toPtvErrorBody(validatePayload(b, { kind: 'echannel', op: 'post' }).findings);
    expect(body.ServiceChannelNames).toEqual(['Localized duplicates are not allowed!']);
  });

  it('connection descriptions have no duplicity attribute: a warning, the body is valid', () => {
    const b = example('connections');
    const first = b[0].description[0];
    b[0].description.push({ ...first, value: `${first.value} (toinen)` });
    const r = validatePayload(b, { kind: 'connections', op: 'post' });
    expect(r.valid).toBe(true);
    expect(r.findings).toContainEqual(
      expect.objectContaining({
        path: '[0].Description',
        rule: 'connectionDescriptionDuplicates',
        severity: 'warning',
      }),
    );
  });

  it('ListRequiredIf refuses an empty list for its sub-type (ListRequiredIfAttribute.cs:67-85)', () => {
    const b = example('organization');
    const a = b.addresses[0];
    delete a.streetAddress;
    Object.assign(a, { type: 'Visiting', subType: 'Foreign', foreignAddress: [] });
    const body = toPtvErrorBody(validatePayload(b, { kind: 'organization', op: 'post' }).findings);
    expect(body['Addresses[0].ForeignAddress']).toEqual([
      "The field is required when 'SubType' has value 'Foreign'.",
    ]);
    a.foreignAddress = [{ value: 'Unter den Linden 1, 10117 Berlin', language: 'fi' }];
    const ok = validatePayload(b, { kind: 'organization', op: 'post' });
    expect(ok.findings.filter((f) => f.path.startsWith('Addresses[0]') && f.severity === 'error')).toEqual(
      [],
    );
  });

  it('fax numbers need a prefix unless a Finnish service number (V4VmOpenApiPhoneSimple.cs:38)', () => {
    const b = example('servicelocation');
    b.faxNumbers = [{ number: '123456', language: 'fi', isFinnishServiceNumber: false }];
    const body = toPtvErrorBody(validatePayload(b, { kind: 'servicelocation', op: 'post' }).findings);
    expect(body['FaxNumbers[0].PrefixNumber']).toEqual([
      "The field is required when 'IsFinnishServiceNumber' has value 'False'.",
    ]);
    b.faxNumbers[0].isFinnishServiceNumber = true;
    const ok = validatePayload(b, { kind: 'servicelocation', op: 'post' });
    expect(ok.findings.filter((f) => f.path.startsWith('FaxNumbers') && f.severity === 'error')).toEqual([]);
  });
});
