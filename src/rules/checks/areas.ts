import { areaCodes, municipalities } from '../codeLists/finnishCodes.js';
import { msg } from '../messages.js';
import { add, items, text, type CheckCtx, type Obj } from './context.js';

const AREA_CODE = /^[0-9]{1,6}$/;

function codeExists(type: string, code: string): boolean {
  const set = areaCodes(type);
  return set ? set.has(code) : AREA_CODE.test(code);
}

/** Services and channels (§4.2, §4.3): area type / areas combinations and code lookups. */
export function areaRules(c: CheckCtx, body: Obj): void {
  const areaType = text(body, 'areaType');
  const areas = items(body, 'areas');
  if (areaType === 'LimitedType' && areas.length === 0)
    add(c, ['areas'], msg.requiredWhen('AreaType', 'LimitedType'), 'areaTypeAreas');
  if ((areaType === 'Nationwide' || areaType === 'NationwideExceptAlandIslands') && areas.length > 0)
    add(c, ['areas'], msg.noAreasAccepted(areaType), 'areaTypeAreas');
  areas.forEach((a, n) => {
    const type = text(a, 'type');
    if (!type) return;
    const codes = Array.isArray(a.areaCodes) ? a.areaCodes : [];
    codes.forEach((code, m) => {
      if (typeof code === 'string' && !codeExists(type, code))
        add(c, ['areas', n, 'areaCodes', m], msg.codeNotFound(code), 'codeList');
    });
  });
}

/**
 * Organisation type / area rules (§4.1). The RequiredIf attributes are model state
 * (`VmOpenApiOrganizationInVersionBase.cs:63`, `V9/V9VmOpenApiOrganizationInBase.cs:53-58`, POST:
 * `V9/V9VmOpenApiOrganizationIn.cs` AreaType); the rest is the data validator, verbatim from
 * `src/PTV.Application.OpenApi/DataValidators/OrganizationValidator.cs:115-201` (ptv-release-3_4),
 * which reads the organizationType as sent: a PUT without it is judged as type null.
 */
export function organizationAreaRules(c: CheckCtx, body: Obj): void {
  const orgType = text(body, 'organizationType');
  const areaType = text(body, 'areaType');
  const sub = text(body, 'subAreaType');
  const areas = Array.isArray(body.areas) ? body.areas : [];
  const muni = text(body, 'municipality');
  if (orgType === 'Municipality' && !muni)
    add(c, ['municipality'], msg.requiredWhen('OrganizationType', 'Municipality'), 'organizationType');
  if (c.op === 'post' && orgType && orgType !== 'Municipality' && !areaType)
    add(c, ['areaType'], msg.requiredWhen('OrganizationType', orgType), 'organizationType');
  if (areaType === 'LimitedType') {
    if (!sub) add(c, ['subAreaType'], msg.requiredWhen('AreaType', 'LimitedType'), 'areaTypeAreas');
    if (!areas.length) add(c, ['areas'], msg.requiredWhen('AreaType', 'LimitedType'), 'areaTypeAreas');
  }
  // OrganizationValidator.cs:116-119: any type but Municipality, null included.
  if (orgType !== 'Municipality' && muni)
    add(c, ['municipality'], msg.noMunicipalityAccepted(orgType ?? ''), 'organizationType');
  switch (orgType) {
    case 'Municipality': // :155-171
      if (areaType && areaType !== 'Nationwide')
        add(c, ['areaType'], msg.areaTypeNotAcceptedFor(areaType, orgType), 'organizationType');
      if (sub) add(c, ['subAreaType'], msg.noneAcceptedForType('SubAreaType', orgType), 'organizationType');
      if (areas.length) add(c, ['areas'], msg.noneAcceptedForType('Areas', orgType), 'organizationType');
      return;
    case 'RegionalOrganization': // :172-182
      if (areaType !== 'LimitedType')
        add(c, ['areaType'], msg.areaTypeRequiredFor('LimitedType', orgType), 'organizationType');
      break;
    case undefined: // :183-188
      if (areaType || sub || areas.length)
        add(c, ['organizationType'], msg.organizationTypeRequiredForAreas(), 'organizationType');
      break;
    default: // :189-200
      if (areaType !== 'LimitedType' && sub)
        add(c, ['subAreaType'], msg.noSubAreaTypeAccepted(areaType ?? ''), 'areaTypeAreas');
      if (areaType !== 'LimitedType' && areas.length)
        add(c, ['areas'], msg.noAreasAccepted(areaType ?? ''), 'areaTypeAreas');
  }
  if (sub) {
    areas.forEach((code, n) => {
      if (typeof code !== 'string') return;
      const ok = sub === 'Municipality' ? municipalities().has(code) : codeExists(sub, code);
      if (!ok) add(c, ['areas', n], msg.codeNotFound(code), 'codeList');
    });
  }
}
