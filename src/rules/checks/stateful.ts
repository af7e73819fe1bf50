import { msg } from '../messages.js';
import { channelTypeOfKind } from '../../core/vocabulary.js';
import type { StateLookup } from '../types.js';
import { add, items, text, type CheckCtx, type Obj } from './context.js';

/** Stateful rules reported in ValidationResult.notChecked when no StateLookup is given. */
export const STATEFUL_RULES = [
  'uniqueNames',
  'organizationExists',
  'organizationLanguages',
  'publishedReferences',
  'serviceAreaNotWiderThanOrganization',
  'connectionTargets',
] as const;

const GUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

function strings(o: Obj, name: string): string[] {
  const v = o[name];
  return Array.isArray(v) ? v.filter((x): x is string => typeof x === 'string') : [];
}

/** Rules that need stored state, through the simulator's StateLookup (§4.1–4.3, §4.10, §4.11, §5.1). */
export function statefulRules(c: CheckCtx, body: Obj, requestLangs: readonly string[]): void {
  const lookup = c.lookup;
  if (!lookup) {
    for (const r of STATEFUL_RULES) c.notChecked.add(r);
    return;
  }
  const channel = channelTypeOfKind(c.kind);
  const orgField =
    c.kind === 'service'
      ? 'mainResponsibleOrganization'
      : c.kind === 'organization'
        ? undefined
        : 'organizationId';
  const orgId = (orgField && text(body, orgField)) || c.current?.organizationId;

  if (orgField && text(body, orgField)) {
    const id = text(body, orgField)!;
    // OwnOrganizationValidator.cs:64-91 (ptv-release-3_4): no published organisation → RecordNotFound;
    // a published one that is not the caller's → the service's exception text (OrganizationService.cs:1418).
    if (!lookup.organization(id)) add(c, [orgField], msg.recordNotFound(), 'organizationExists');
    else if (!lookup.isOwnOrganization(id))
      add(c, [orgField], msg.noRightsToUpdateOrCreate(), 'organizationExists');
  }
  // ServiceValidator.cs:163-206 (ptv-release-3_4): an id that names no general description the caller
  // can read → RecordNotFound under GeneralDescriptionId.
  const gdId = c.kind === 'service' ? text(body, 'generalDescriptionId') : undefined;
  if (gdId && !lookup.generalDescriptionExists) c.notChecked.add('generalDescriptionExists');
  // A non-GUID id is refused first by the model's GUID attribute (schema `format`), so only GUIDs get here.
  else if (gdId && GUID.test(gdId) && !lookup.generalDescriptionExists?.(gdId))
    add(c, ['generalDescriptionId'], msg.recordNotFound(), 'generalDescriptionExists');
  if (c.kind === 'organization') {
    // OidValidator.cs:80-97 (ptv-release-3_4): no other organisation may hold the OID, in any version.
    const oid = text(body, 'oid');
    if (oid && !lookup.oidTaken) c.notChecked.add('uniqueOid');
    else if (oid && lookup.oidTaken?.(oid, c.current?.id)) add(c, ['oid'], msg.oidExists(oid), 'uniqueOid');
    const parent = text(body, 'parentOrganizationId');
    if (parent && !lookup.organization(parent))
      add(c, ['parentOrganizationId'], msg.recordNotFound(), 'organizationExists');
  }
  const org = orgId ? lookup.organization(orgId) : undefined;

  // §3.4 rule 4: publishing needs the organisation in every language of the item.
  if (org && orgField && body.publishingStatus === 'Published' && c.kind !== 'servicecollection') {
    for (const l of requestLangs)
      if (!org.publishedLanguages.includes(l))
        add(c, [orgField], msg.orgLanguageMissing(l), 'organizationLanguages');
  }

  // Unique names: services within the main organisation, channels per channel type.
  const scope = c.kind === 'service' ? 'service' : channel;
  const namesList = c.kind === 'service' ? 'serviceNames' : channel ? 'serviceChannelNames' : undefined;
  if (scope && namesList && orgId) {
    for (const n of items(body, namesList)) {
      const type = text(n, 'type');
      if (type !== undefined && type !== 'Name') continue;
      const value = text(n, 'value');
      const language = text(n, 'language');
      if (!value || !language) continue;
      const taken = lookup.nameTaken({
        scope,
        organizationId: orgId,
        language,
        value,
        excludeId: c.current?.id,
      });
      if (taken) add(c, [namesList], msg.nameNotUnique(value, language), 'uniqueNames');
    }
  }

  if (c.kind === 'service') {
    for (const id of strings(body, 'otherResponsibleOrganizations'))
      if (!lookup.organization(id))
        add(c, ['otherResponsibleOrganizations'], msg.recordNotFound(), 'organizationExists');
    const orgArea = org?.areaType;
    const area = text(body, 'areaType');
    if (orgArea === 'LimitedType' && (area === 'Nationwide' || area === 'NationwideExceptAlandIslands'))
      add(c, ['areas'], msg.areaTooWide(area), 'serviceAreaNotWiderThanOrganization');
    if (orgArea === 'NationwideExceptAlandIslands' && area === 'Nationwide')
      add(c, ['areas'], msg.areaTooWide(area), 'serviceAreaNotWiderThanOrganization');
    publishedChannels(c, lookup, strings(body, 'serviceChannels'), orgId);
  }
  if (channel || c.kind === 'servicecollection') publishedServices(c, lookup, strings(body, 'services'));
  if (c.kind === 'connections') connectionTargets(c, lookup, body);
}

function publishedServices(c: CheckCtx, lookup: StateLookup, ids: string[]): void {
  const missing = ids.filter((id) => !lookup.publishedService(id));
  if (missing.length) add(c, ['services'], msg.servicesNotFound(missing.join(', ')), 'publishedReferences');
  const foreign = ids.filter((id) => {
    const s = lookup.publishedService(id);
    return s && !lookup.isOwnOrganization(s.organizationId);
  });
  if (foreign.length && c.kind !== 'servicecollection')
    add(c, ['services'], msg.noAccessToServices(foreign.join(', ')), 'publishedReferences');
}

function publishedChannels(c: CheckCtx, lookup: StateLookup, ids: string[], orgId?: string): void {
  ids.forEach((id, n) => {
    const ch = lookup.publishedChannel(id);
    if (!ch) add(c, `[${n}].ServiceChannels`, msg.recordNotFound(), 'publishedReferences');
    else if (
      !ch.isVisibleForAll &&
      !lookup.isOwnOrganization(ch.organizationId) &&
      ch.organizationId !== orgId
    )
      add(c, `[${n}].ServiceChannels`, msg.channelRestricted(id), 'publishedReferences');
  });
}

/** POST /Connection: published, own services; published channels that are own or shared (§4.11). */
function connectionTargets(c: CheckCtx, lookup: StateLookup, body: Obj): void {
  const list = Array.isArray(body.items) ? (body.items as Obj[]) : [];
  const missing: string[] = [];
  const foreign: string[] = [];
  list.forEach((it, n) => {
    const sid = text(it, 'serviceId');
    const cid = text(it, 'serviceChannelId');
    if (sid) {
      const s = lookup.publishedService(sid);
      if (!s) missing.push(sid);
      else if (!lookup.isOwnOrganization(s.organizationId)) foreign.push(sid);
    }
    if (cid) {
      const ch = lookup.publishedChannel(cid);
      if (!ch) add(c, `[${n}].ServiceChannelId`, msg.recordNotFound(), 'connectionTargets');
      else if (!ch.isVisibleForAll && !lookup.isOwnOrganization(ch.organizationId))
        add(c, `[${n}].ServiceChannelId`, msg.channelRestricted(cid), 'connectionTargets');
    }
  });
  if (missing.length) add(c, 'Services', msg.servicesNotFound(missing.join(', ')), 'connectionTargets');
  if (foreign.length) add(c, 'Services', msg.noAccessToServices(foreign.join(', ')), 'connectionTargets');
}
