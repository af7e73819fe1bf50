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

/** Organisation type / area rules (§4.1). */
export function organizationAreaRules(c: CheckCtx, body: Obj): void {
  const orgType = text(body, 'organizationType');
  const areaType = text(body, 'areaType');
  const sub = text(body, 'subAreaType');
  const areas = Array.isArray(body.areas) ? body.areas : [];
  const muni = text(body, 'municipality');
  if (orgType === 'Municipality' && !muni)
    add(c, ['municipality'], msg.requiredWhen('OrganizationType', 'Municipality'), 'organizationType');
  if (orgType && orgType !== 'Municipality' && muni)
    add(c, ['municipality'], msg.noMunicipalityAccepted(orgType), 'organizationType');
  if (c.op === 'post' && orgType && orgType !== 'Municipality' && !areaType)
    add(c, ['areaType'], msg.required('AreaType'), 'required');
  if (!orgType && c.op === 'post' && (areaType || sub || areas.length))
    add(c, ['organizationType'], msg.required('OrganizationType'), 'required');
  if (orgType === 'Municipality') {
    if (areaType && areaType !== 'Nationwide')
      add(c, ['areaType'], msg.enum(['Nationwide']), 'organizationType');
    if (sub) add(c, ['subAreaType'], msg.noAreasAccepted(areaType ?? 'Nationwide'), 'organizationType');
    if (areas.length) add(c, ['areas'], msg.noAreasAccepted(areaType ?? 'Nationwide'), 'organizationType');
    return;
  }
  if (orgType === 'RegionalOrganization' && areaType && areaType !== 'LimitedType')
    add(c, ['areaType'], msg.enum(['LimitedType']), 'organizationType');
  if (areaType === 'LimitedType') {
    if (!sub) add(c, ['subAreaType'], msg.requiredWhen('AreaType', 'LimitedType'), 'areaTypeAreas');
    if (!areas.length) add(c, ['areas'], msg.requiredWhen('AreaType', 'LimitedType'), 'areaTypeAreas');
  } else if (areaType) {
    if (sub || areas.length) add(c, ['areas'], msg.noAreasAccepted(areaType), 'areaTypeAreas');
  }
  if (sub) {
    areas.forEach((code, n) => {
      if (typeof code !== 'string') return;
      const ok = sub === 'Municipality' ? municipalities().has(code) : codeExists(sub, code);
      if (!ok) add(c, ['areas', n], msg.codeNotFound(code), 'codeList');
    });
  }
}
