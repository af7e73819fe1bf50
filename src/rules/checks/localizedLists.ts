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
 * `displayNameType` (organisations and service locations; no other v11 IN model has one). Two checks
 * on `ptv-release-3_4`:
 * - the `[ListRequiredToMatchDisplayNameTypes("DisplayNameType")]` attribute on the *names* list
 *   (`V11/V11VmOpenApiServiceLocationChannelInBase.cs:45`, `V9/V9VmOpenApiOrganizationInBase.cs:52`), so
 *   model state keyed by the names list, POST and PUT alike, and only when names are sent and at least
 *   one pair is (`src/PTV.Framework/Attributes/ValidationAttributes/ListRequiredToMatchDisplayNameTypes.cs:67-130`):
 *   the first pair without a name of that language and type, else the name languages without a pair.
 *   One message at most.
 * - service-location PUT only, data validator: each pair against the stored names plus the sent ones,
 *   keyed `DisplayNameType` (`DataValidators/ServiceLocationChannelValidator.cs:85-99`); an organisation
 *   PUT without names is not checked at all.
 */
export function displayNameTypes(c: CheckCtx, o: Obj, namesList: string): void {
  const pairs = items(o, 'displayNameType');
  if (!pairs.length) return;
  const pairKey = (p: Obj) => `${text(p, 'language') ?? ''}/${text(p, 'type') ?? ''}`;
  if (Array.isArray(o[namesList])) {
    const names = items(o, namesList);
    const have = new Set(names.map(pairKey));
    const missing = pairs.find((p) => !have.has(pairKey(p)));
    if (missing) {
      add(c, [namesList], msg.displayNameTypeMissing(pairKey(missing)), 'displayNameType');
      return;
    }
    const pairLangs = new Set(pairs.map((p) => text(p, 'language')));
    const noPair = [...new Set(names.map((n) => text(n, 'language')))].filter((l) => !pairLangs.has(l));
    if (noPair.length)
      add(c, [namesList], msg.displayNameTypeLanguages(noPair.join(', ')), 'displayNameType');
    return;
  }
  if (c.kind !== 'servicelocation' || c.op !== 'put') return;
  const stored = c.current?.names;
  if (!stored?.length) {
    if (!c.current) c.notChecked.add('displayNameTypeStoredNames');
    return;
  }
  for (const p of pairs) {
    const hit = stored.some((n) => n.language === text(p, 'language') && n.type === text(p, 'type'));
    if (!hit)
      add(
        c,
        ['displayNameType'],
        msg.locationMissingName(text(p, 'type') ?? '', text(p, 'language') ?? ''),
        'displayNameType',
      );
  }
}
