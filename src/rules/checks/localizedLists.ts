import { msg } from '../messages.js';
import { add, items, text, type CheckCtx, type Obj, type Seg } from './context.js';

/** True when two items share the given fields (lists are short: pairwise compare, no allocation). */
function hasDuplicate(list: readonly Obj[], typed: boolean): boolean {
  for (let i = 1; i < list.length; i++) {
    const a = list[i]!;
    for (let j = 0; j < i; j++) {
      const b = list[j]!;
      if (a.language === b.language && (!typed || a.type === b.type)) return true;
    }
  }
  return false;
}

/**
 * `[LocalizedListPropertyDuplicityForbidden("Type")]`: one item per (type, language), keyed by the list
 * (`src/PTV.Framework/Attributes/ValidationAttributes/LocalizedListPropertyDuplicityForbiddenAttribute.cs`,
 * message `CoreMessages.cs:84`; on OrganizationNames/Descriptions `VmOpenApiOrganizationBase.cs:78, :124`,
 * ServiceNames/Descriptions `VmOpenApiServiceBase.cs:68, :92`, channel descriptions
 * `VmOpenApiServiceChannelBase.cs:60`, service-location names `VmOpenApiServiceLocationChannelInVersionBase.cs:66`,
 * collection descriptions `VmOpenApiServiceCollectionBase.cs:69`; all ptv-release-3_4, src/PTV.Domain.Model/Models/OpenApi/).
 */
export function uniqueTypeLanguage(c: CheckCtx, o: Obj, list: string, base: readonly Seg[] = []): void {
  if (hasDuplicate(items(o, list), true))
    add(c, [...base, list], msg.localizedDuplicatesOf('Type'), 'uniqueTypeLanguage');
}

/**
 * Connection descriptions carry no duplicity attribute (`V11/V11VmOpenApiServiceAndChannelIn.cs:68-73`,
 * `V11VmOpenApiServiceChannelServiceInBase.cs:60-65`, `V11VmOpenApiServiceAndChannelRelationBySource.cs:66-70`),
 * so PTV accepts two items of one (type, language): a warning, never a refusal.
 */
export function connectionDescriptionDuplicates(c: CheckCtx, o: Obj, base: readonly Seg[]): void {
  if (hasDuplicate(items(o, 'description'), true))
    add(
      c,
      [...base, 'description'],
      'Two descriptions share a type and language: PTV accepts this (no duplicity rule on connection descriptions), but which one a reader shows is not defined',
      'connectionDescriptionDuplicates',
      'warning',
    );
}

/**
 * `[LocalizedListLanguageDuplicityForbidden]`: ≤ 1 item per language, keyed by the list
 * (`LocalizedListLanguageDuplicityForbiddenAttribute.cs`, message `CoreMessages.cs:83`; on names of
 * e-/phone/printable/web-page channels and collections, `webPage`, `accessibilityClassification`,
 * `formIdentifier`, `requirements`, legislation names and web pages, producers' and e-invoicing
 * `additionalInformation`, and the address lists: `VmOpenApi*InVersionBase.cs`, `V4/V4VmOpenApiLaw.cs:43-51`,
 * `VmOpenApiAddressStreetIn.cs:45`, `VmOpenApiAddressPostOfficeBoxIn.cs:44`, `VmOpenApiAddressLocalIn.cs:61`,
 * `VmOpenApiAddressInVersionBase.cs:74`, `V9/V9VmOpenApiAddressLocationIn.cs:77`, `V8/V8VmOpenApiAddressDeliveryIn.cs:64-71`).
 */
export function onePerLanguage(c: CheckCtx, o: Obj, list: string, base: readonly Seg[] = []): void {
  if (hasDuplicate(items(o, list), false))
    add(c, [...base, list], msg.localizedDuplicates(), 'onePerLanguage');
}

/**
 * `displayNameType` (organisations, service locations): every pair must name an existing name, and
 * every name language needs a pair (§4.1, §4.8, §7.3).
 */
export function displayNameTypes(c: CheckCtx, o: Obj, namesList: string): void {
  if (!Array.isArray(o.displayNameType)) return;
  const names = new Set(items(o, namesList).map((n) => `${text(n, 'language')}/${text(n, 'type')}`));
  const pairs = items(o, 'displayNameType');
  const missing: string[] = [];
  for (const p of pairs) {
    const key = `${text(p, 'language')}/${text(p, 'type')}`;
    if (names.has(key)) continue;
    // PUT: the pair may be satisfied by the stored names.
    const stored = c.current?.names?.some((n) => `${n.language}/${n.type}` === key);
    const knowable = c.op === 'post' || Array.isArray(o[namesList]) || c.current?.names !== undefined;
    if (!stored && knowable) missing.push(key);
  }
  if (missing.length && c.kind === 'servicelocation' && c.op === 'put') {
    // Service-location PUT words it per pair (§4.8).
    for (const m of missing) {
      const [lang, type] = m.split('/');
      add(c, ['displayNameType'], msg.locationMissingName(type ?? '', lang ?? ''), 'displayNameType');
    }
  } else if (missing.length) {
    add(c, ['displayNameType'], msg.displayNameTypeMissing(missing.join(', ')), 'displayNameType');
  }
  const pairLangs = new Set(pairs.map((p) => text(p, 'language')));
  const nameLangs = [...new Set(items(o, namesList).map((n) => text(n, 'language') ?? ''))];
  const noPair = nameLangs.filter((l) => l && !pairLangs.has(l));
  if (noPair.length)
    add(c, ['displayNameType'], msg.displayNameTypeLanguages(noPair.join(', ')), 'displayNameType');
}
