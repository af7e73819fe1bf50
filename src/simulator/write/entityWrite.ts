import { randomUUID } from 'node:crypto';
import type { PublishingStatus } from '../../rules/types.js';
import {
  errorMessage,
  GUID_MESSAGE,
  GUID_RE,
  modelState,
  ok,
  REQUEST_IS_NULL,
  serverError,
  SOURCE_ID_RE,
  ZERO_GUID,
} from '../http/responses.js';
import type { RouteContext, SimRequest, SimResponse } from '../http/types.js';
import type { KindSpec } from '../kinds.js';
import { createLookup, currentVersionOf, isOwnOrganization } from '../store/lookup.js';
import type { EntityRecord, StoredData } from '../store/simState.js';
import { errorFindings } from '../rulesAdapter.js';
import { initialData, mergePut } from './mergePut.js';
import { toOut } from '../out/toOut.js';
import { connectOnCreate } from './connectOnCreate.js';
import { bindBody } from './bindBody.js';

/** Name limit used by the `truncate-long-names` defect (PTV names are max 100 characters). */
const NAME_LIMIT = 100;

export const SOURCE_ID_MESSAGE = "The field sourceId must match the regular expression '^[A-Za-z0-9-.]*$'.";

function asBody(req: SimRequest): StoredData | undefined {
  const b = req.body;
  return b && typeof b === 'object' && !Array.isArray(b) ? (b as StoredData) : undefined;
}

function truncateNames(body: StoredData, spec: KindSpec): void {
  const list = body[spec.namesKey];
  if (!Array.isArray(list)) return;
  for (const item of list as { value?: unknown }[]) {
    if (item && typeof item.value === 'string' && item.value.length > NAME_LIMIT)
      item.value = item.value.slice(0, NAME_LIMIT);
  }
}

function ownerOf(spec: KindSpec, data: StoredData, fallback: string): string {
  const v = spec.orgField ? data[spec.orgField] : undefined;
  return typeof v === 'string' && GUID_RE.test(v) ? v.toLowerCase() : fallback;
}

/** Rules-engine model + business validation (incl. the §6.2 transition table); a 400 or undefined. */
function validate(
  spec: KindSpec,
  body: StoredData,
  req: SimRequest,
  ctx: RouteContext,
  rec?: EntityRecord,
): SimResponse | undefined {
  const result = ctx.rules.validatePayload(body, {
    kind: spec.kind,
    op: rec ? 'put' : 'post',
    profile: ctx.config.profile,
    lookup: createLookup(ctx.state, req.claims),
    ...(rec ? { current: currentVersionOf(rec) } : {}),
    now: ctx.now(),
  });
  const errors = errorFindings(result.findings);
  return errors.length ? modelState(ctx.rules.toPtvErrorBody(errors)) : undefined;
}

/**
 * How a write is judged: `v11` runs the rules engine (the v11 API); `judged` skips it because the
 * caller already validated the body against its own API's schema (v12 writes, v12/writes/).
 */
export interface WriteOptions {
  rules?: 'v11' | 'judged';
}

/** POST /<Entity>: null body → validation (400) → sourceId (500/400) → save (200). */
export function postEntity(
  spec: KindSpec,
  req: SimRequest,
  ctx: RouteContext,
  opts: WriteOptions = {},
): SimResponse {
  const sent = asBody(req);
  if (!sent) return REQUEST_IS_NULL;
  if (ctx.config.defects.has('truncate-long-names')) truncateNames(sent, spec);
  // Judge and store what PTV's model holds: Newtonsoft's coercions and the silent normalisations.
  const bound = bindBody(spec.kind, 'post', sent, ctx);
  const body = bound.body as StoredData;
  const invalid = opts.rules === 'judged' ? undefined : validate(spec, body, req, ctx);
  if (invalid) return invalid;
  const claims = req.claims!;
  if (
    spec.objectType === 'Organization' &&
    !body.parentOrganizationId &&
    !claims.roles.includes('Vrkadmin')
  ) {
    return modelState({ Organization: ['User has no rights to create this entity!'] });
  }
  const sourceId = typeof body.sourceId === 'string' && body.sourceId !== '' ? body.sourceId : undefined;
  if (sourceId && ctx.state.findBySource(claims.email, spec.objectType, sourceId)) {
    // PTV 3.4 throws (500 with the raw text); live 2026 answers 400 [LIVE LIPAS ecdb3a47]. The 400
    // body shape was not recorded; a ModelState under `SourceId` is assumed [INF].
    return ctx.config.profile === 'ptv34'
      ? errorMessage(500, `The external source '${sourceId}' already exists. Please use update endpoint!`)
      : modelState({ SourceId: ['Cannot create new content with sourceId that already exists'] });
  }
  const now = ctx.now().toISOString();
  const id = randomUUID();
  const data = initialData(bound.stored as StoredData);
  const status = body.publishingStatus as PublishingStatus;
  const version = { status, data, modified: now };
  const rec: EntityRecord = {
    id,
    objectType: spec.objectType,
    ...(spec.channelType ? { channelType: spec.channelType } : {}),
    organizationId:
      spec.objectType === 'Organization' ? id : ownerOf(spec, data, claims.activeOrganizationId),
    created: now,
    seq: ctx.state.nextSeq(),
    latest: version,
    ...(status === 'Published' ? { published: version } : {}),
  };
  ctx.state.put(rec);
  if (sourceId) ctx.state.setSource(claims.email, spec.objectType, sourceId, id);
  connectOnCreate(rec, ctx, now);
  return ok(toOut(rec, rec.latest, ctx.state, claims.email));
}

export type EntityRef = { id: string } | { sourceId: string };

/** Resolves the path reference; a 400/404 response when it cannot. */
function resolve(
  spec: KindSpec,
  ref: EntityRef,
  req: SimRequest,
  ctx: RouteContext,
): EntityRecord | SimResponse {
  let id: string;
  if ('id' in ref) {
    if (!GUID_RE.test(ref.id)) return modelState({ id: [GUID_MESSAGE] });
    if (ref.id === ZERO_GUID)
      return serverError(ctx.config.profile, "Value cannot be null. (Parameter 'id')");
    id = ref.id;
  } else {
    if (!SOURCE_ID_RE.test(ref.sourceId)) return modelState({ sourceId: [SOURCE_ID_MESSAGE] });
    const found = ctx.state.findBySource(req.claims!.email, spec.objectType, ref.sourceId);
    if (!found) return errorMessage(404, `${spec.label} with source id '${ref.sourceId}' not found.`);
    id = found;
  }
  const rec = ctx.state.get(id);
  const sameType =
    rec && rec.objectType === spec.objectType && (!spec.channelType || rec.channelType === spec.channelType);
  if (!rec || !sameType) {
    return 'id' in ref
      ? errorMessage(404, `${spec.label} with id '${id}' not found.`)
      : errorMessage(404, `${spec.label} with source id '${ref.sourceId}' not found.`);
  }
  return rec;
}

/**
 * PUT by id or sourceId, in PTV's order (in-api-v11 §14.1 item 4): null body → path → lock and
 * ownership (404) → model + business validation (400) → save (200) or exception (500).
 */
export function putEntity(
  spec: KindSpec,
  ref: EntityRef,
  req: SimRequest,
  ctx: RouteContext,
  opts: WriteOptions = {},
): SimResponse {
  const sent = asBody(req);
  if (!sent) return REQUEST_IS_NULL;
  const found = resolve(spec, ref, req, ctx);
  if (!('objectType' in found)) return found;
  const rec = found;
  const claims = req.claims!;
  if (rec.lockedBy) {
    const what =
      spec.objectType === 'ServiceChannel'
        ? spec.label
        : spec.objectType === 'Service'
          ? 'Service'
          : spec.label;
    return errorMessage(404, `${what} is locked by '${rec.lockedBy}'.`);
  }
  if (!isOwnOrganization(ctx.state, claims, rec.organizationId)) return errorMessage(404, spec.noRights);
  if (ctx.config.defects.has('truncate-long-names')) truncateNames(sent, spec);
  const bound = bindBody(spec.kind, 'put', sent, ctx);
  const body = bound.body as StoredData;
  const invalid = opts.rules === 'judged' ? undefined : validate(spec, body, req, ctx, rec);
  if (invalid) return invalid;

  const requested = body.publishingStatus as PublishingStatus;
  const now = ctx.now().toISOString();
  if (requested === 'Deleted') return archive(spec, rec, ctx, now, claims.email);

  const sourceId = typeof body.sourceId === 'string' && body.sourceId !== '' ? body.sourceId : undefined;
  if (sourceId && 'id' in ref) {
    const other = ctx.state.findBySource(claims.email, spec.objectType, sourceId);
    if (other && other !== rec.id) {
      return serverError(
        ctx.config.profile,
        `The external source '${sourceId}' already exists for entity '${other}'. Please use another sourceId!`,
      );
    }
  }
  if (spec.objectType === 'Organization' && typeof body.parentOrganizationId === 'string') {
    const cycle = parentCycle(rec.id, body.parentOrganizationId, ctx);
    if (cycle) return cycle;
  }
  const restored = rec.latest.status === 'Deleted';
  const data = mergePut(rec.latest.data, bound.stored as StoredData, spec, {
    ignoreDescriptions: ctx.config.defects.has('ignore-field-change'),
  });
  // Fields PTV's translators empty on this PUT without a deleteAll flag (normalisations.ts).
  for (const field of bound.clear) data[field] = [];
  const version = { status: requested, data, modified: now };
  const next: EntityRecord = {
    ...rec,
    organizationId: spec.objectType === 'Organization' ? rec.id : ownerOf(spec, data, rec.organizationId),
    latest: version,
  };
  if (requested === 'Published') next.published = version;
  if (restored) {
    delete next.archivedAt;
    delete next.archivingType;
  }
  ctx.state.put(next);
  if (sourceId && 'id' in ref) ctx.state.setSource(claims.email, spec.objectType, sourceId, rec.id);
  if (spec.objectType === 'ServiceChannel' && requested === 'Published' && data.isVisibleForAll !== true) {
    removeForeignConnections(next, ctx);
  }
  return ok(toOut(next, next.latest, ctx.state, claims.email));
}

/** A parent change that would make the organisation its own ancestor fails at save time (500, §4.1). */
function parentCycle(id: string, parent: string, ctx: RouteContext): SimResponse | undefined {
  let cur: string | undefined = parent.toLowerCase();
  for (let depth = 0; cur && depth < 64; depth++) {
    if (cur === id) {
      // The tail of PTV's message is not recorded in the reference [INF].
      return serverError(
        ctx.config.profile,
        `You cannot use ${parent} as a parent organization. A cycling dependency is not allowed.`,
      );
    }
    const next: unknown = ctx.state.get(cur)?.latest.data.parentOrganizationId;
    cur = typeof next === 'string' ? next.toLowerCase() : undefined;
  }
  return undefined;
}

/**
 * Publishing a channel that is not shared removes other organisations' connections to it
 * (`ChannelService.SaveServiceChannel` → `RemoveNotCommonConnections`, in-api-v11 §4.3).
 */
function removeForeignConnections(channel: EntityRecord, ctx: RouteContext): void {
  for (const c of ctx.state.servicesOfChannel(channel.id)) {
    const service = ctx.state.get(c.serviceId);
    if (service && service.organizationId !== channel.organizationId)
      ctx.state.removeConnection(c.serviceId, channel.id);
  }
}

/** Archive (`Deleted`): the body is not applied and a sourceId change is ignored (§6.3). */
function archive(
  spec: KindSpec,
  rec: EntityRecord,
  ctx: RouteContext,
  now: string,
  user: string,
): SimResponse {
  if (spec.objectType === 'Organization') {
    for (const e of ctx.state.entities.values()) {
      if (
        e.id !== rec.id &&
        e.organizationId === rec.id &&
        e.latest.status !== 'Deleted' &&
        e.objectType !== 'Organization'
      ) {
        return serverError(
          ctx.config.profile,
          `You cannot delete organization ${rec.id}. Services or service channels attached!`,
        );
      }
    }
    if (ctx.config.users.some((u) => u.organizationIds.some((o) => o.toLowerCase() === rec.id))) {
      return serverError(
        ctx.config.profile,
        `You cannot delete organization ${rec.id}. Users are attached to the organization!`,
      );
    }
  }
  const version = { status: 'Deleted' as const, data: rec.latest.data, modified: now };
  const next: EntityRecord = {
    ...rec,
    latest: version,
    archivedAt: rec.archivedAt ?? now,
    archivingType: 'Manual',
  };
  delete next.published;
  // Defect `archive-ignored`: answer as if archived, store nothing.
  if (!ctx.config.defects.has('archive-ignored')) {
    // Connections are kept (ptv-release-3_4): archiving a service only changes its versions
    // (ServiceService.cs:111-114 → CommonService.ChangeEntityToDeleted, CommonService.cs:838-868);
    // archiving a channel removes only its general-description links, "connection data between
    // service and channel is not removed because when user returns entity from archive … she wants
    // to see the data that was there prior to archiving" (ChannelService.cs:1852-1859,
    // CommonService.cs:1625-1635). Reads list published partners only (out/serviceOut.ts,
    // out/channelOut.ts), so the connection disappears from the partner's read and comes back when
    // the archived item is published again.
    ctx.state.put(next);
  }
  return ok(toOut(next, next.latest, ctx.state, user));
}
