/**
 * The v12 read API on the simulator's origin (v12-migration.md §4.7): the 32 GET paths of the spec,
 * serving the v11 state through the v12 projection (out/*.ts) after the configured copy delay. The
 * x-api-key gate is in server.ts (it covers every /api/v12/ path, matched or not).
 */
import type { RouteContext, RouteDef, SimRequest, SimResponse } from '../http/types.js';
import { ok } from '../http/responses.js';
import type { ConnectionRecord, EntityRecord, EntityVersion } from '../store/simState.js';
import { badRequestV12, notFoundV12, problem } from './problem.js';
import { channelV12, V12_CHANNEL_TYPE } from './out/channelV12.js';
import { connectionV12 } from './out/connectionV12.js';
import { organizationV12 } from './out/organizationV12.js';
import { serviceV12 } from './out/serviceV12.js';
import { referenceRoutes } from './referenceData.js';
import { listParam, pageEnvelope, paging } from './paging.js';
import { localized, arr, type Json } from './out/common.js';

export const API_V12 = '/api/v12';
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** What the v12 side shows of an entity now: a published version, archived, or nothing yet. */
type Visible = { version: EntityVersion; at: string } | { archived: true; at: string } | undefined;

function visibleEntity(rec: EntityRecord, ctx: RouteContext): Visible {
  const now = ctx.now().getTime();
  const history = rec.publishedHistory;
  if (!history || history.length === 0) {
    // A record from a database of an older build: its current state.
    if (rec.archivedAt) return { archived: true, at: rec.archivedAt };
    return rec.published ? { version: rec.published, at: rec.published.modified } : undefined;
  }
  // Seeded content existed before the run: not "in flight", visible at once.
  if (isSeeded(rec, ctx)) {
    const last = history[history.length - 1]!;
    return last.version ? { version: last.version, at: last.at } : { archived: true, at: last.at };
  }
  const candidates = ctx.config.defects.has('v12-never-propagate') ? history.slice(0, 1) : history;
  for (let i = candidates.length - 1; i >= 0; i--) {
    const s = candidates[i]!;
    if (Date.parse(s.at) + ctx.config.v12DelayMs > now) continue;
    return s.version ? { version: s.version, at: s.at } : { archived: true, at: s.at };
  }
  return undefined;
}

const isSeeded = (rec: EntityRecord, ctx: RouteContext): boolean =>
  rec.objectType === 'Organization' && ctx.config.organizations.some((o) => o.id.toLowerCase() === rec.id);

function publishedOnV12(id: string, ctx: RouteContext): boolean {
  const rec = ctx.state.get(id);
  const v = rec && visibleEntity(rec, ctx);
  return v !== undefined && 'version' in v;
}

function visibleConnection(
  c: { serviceId: string; channelId: string },
  ctx: RouteContext,
): ConnectionRecord | null {
  const history = ctx.state.connectionHistory.get(`${c.serviceId}|${c.channelId}`);
  const current = ctx.state.connectionsOfService(c.serviceId).get(c.channelId) ?? null;
  if (ctx.config.defects.has('drop-connection')) return null;
  // PTV keeps an archived item's connections (CommonService.cs:1625-1635) but reads show only
  // published partners (ServiceService.cs:1211-1245): the v12 side answers as if there were none.
  if (!publishedOnV12(c.serviceId, ctx) || !publishedOnV12(c.channelId, ctx)) return null;
  if (!history) return current;
  const now = ctx.now().getTime();
  const candidates = ctx.config.defects.has('v12-never-propagate') ? history.slice(0, 1) : history;
  for (let i = candidates.length - 1; i >= 0; i--) {
    const s = candidates[i]!;
    if (Date.parse(s.at) + ctx.config.v12DelayMs <= now) return s.connection;
  }
  return null;
}

/**
 * The `v12-truncate-sv-summary` defect: `languageVersions.sv.summary` cut to 20 characters on every
 * entity that has one (organisations, services, channels; §4.7).
 */
function cutSvSummary(body: Json, ctx: RouteContext): Json {
  if (!ctx.config.defects.has('v12-truncate-sv-summary')) return body;
  const sv = (body.languageVersions as Record<string, Json> | undefined)?.sv;
  if (sv && typeof sv.summary === 'string') sv.summary = sv.summary.slice(0, 20);
  return body;
}

/** The projection of one visible entity (by its object type). */
function project(rec: EntityRecord, v: { version: EntityVersion; at: string }, ctx: RouteContext): Json {
  const d = v.version.data;
  if (rec.objectType === 'Service') return cutSvSummary(serviceV12(rec, d, v.at), ctx);
  if (rec.objectType === 'ServiceChannel') return cutSvSummary(channelV12(rec, d, v.at), ctx);
  if (rec.objectType === 'Organization')
    return cutSvSummary(organizationV12(rec, d, v.at, isSeeded(rec, ctx) ? v.at : undefined), ctx);
  const languageVersions: Record<string, Json> = {};
  const names = localized(d.serviceCollectionNames);
  for (const [l, name] of Object.entries(names)) {
    const desc = (type: string) =>
      (arr(d.serviceCollectionDescriptions).find((x) => x.language === l && x.type === type)
        ?.value as string) ?? null;
    languageVersions[l] = { name, summary: desc('Summary'), description: desc('Description') };
  }
  return {
    contentId: rec.id,
    organizationContentId: String(d.organizationId ?? rec.organizationId),
    languageVersions,
    items: [
      ...(Array.isArray(d.services) ? d.services : []).map((id) => ({
        itemType: 'Service',
        contentId: String(id),
      })),
      ...(Array.isArray(d.serviceChannels) ? d.serviceChannels : []).map((id) => ({
        itemType: 'Channel',
        contentId: String(id),
      })),
    ],
  };
}

const dateParam = (req: SimRequest, name: string): number | SimResponse | undefined => {
  const raw = req.query[name.toLowerCase()];
  if (raw === undefined || raw === '') return undefined;
  const t = Date.parse(raw);
  return Number.isNaN(t)
    ? badRequestV12(req.path, [{ path: `/${name}`, message: 'must be a date-time' }])
    : t;
};

type Kind = 'Service' | 'ServiceChannel' | 'Organization' | 'ServiceCollection';

function byId(kind: Kind, segment: string): RouteDef {
  return {
    method: 'GET',
    path: `${API_V12}/${segment}/{contentId}`,
    auth: 'A',
    handle(req, ctx) {
      const id = req.params.contentId!;
      if (!UUID.test(id)) return badRequestV12(req.path, [{ path: '/contentId', message: 'must be a uuid' }]);
      const rec = ctx.state.get(id);
      if (!rec || rec.objectType !== kind) return notFoundV12(req.path, 'Unknown');
      const v = visibleEntity(rec, ctx);
      // Not copied yet: Unknown; archived on the v12 side: NotPublished [INF, §1.5].
      if (!v) return notFoundV12(req.path, 'Unknown');
      if ('archived' in v) return notFoundV12(req.path, 'NotPublished');
      return ok(project(rec, v, ctx));
    },
  };
}

function search(
  kind: Kind,
  segment: string,
  filter: (rec: EntityRecord, req: SimRequest, body: Json) => boolean,
): RouteDef {
  return {
    method: 'GET',
    path: `${API_V12}/${segment}/search`,
    auth: 'A',
    handle(req, ctx) {
      const p = paging(req);
      if ('status' in p) return p;
      const since = dateParam(req, 'publishedAtOrAfter');
      if (typeof since === 'object') return since;
      const orgs = listParam(req, 'organizationContentIds')?.map((s) => s.toLowerCase());
      const items: Json[] = [];
      for (const rec of ctx.state.entities.values()) {
        if (rec.objectType !== kind) continue;
        const v = visibleEntity(rec, ctx);
        if (!v || 'archived' in v) continue;
        if (since !== undefined && Date.parse(v.at) < since) continue;
        const body = project(rec, v, ctx);
        const owner = String(body.organizationContentId ?? body.contentId).toLowerCase();
        if (orgs && !orgs.includes(owner)) continue;
        if (!filter(rec, req, body)) continue;
        items.push(body);
      }
      return ok(pageEnvelope(items, p));
    },
  };
}

function archived(kind: Kind | 'Connection' | 'GeneralDescription', segment: string): RouteDef {
  return {
    method: 'GET',
    path: `${API_V12}/${segment}/archived`,
    auth: 'A',
    handle(req, ctx) {
      const p = paging(req);
      if ('status' in p) return p;
      const since = dateParam(req, 'archivedAtOrAfter');
      if (since === undefined)
        return badRequestV12(req.path, [{ path: '/archivedAtOrAfter', message: 'is required' }]);
      if (typeof since === 'object') return since;
      const items: Json[] = [];
      if (kind === 'Connection') {
        // [INF] which id `contentId` names for a connection: the service's.
        for (const [key, history] of ctx.state.connectionHistory) {
          const [serviceId, channelId] = key.split('|') as [string, string];
          const last = history[history.length - 1];
          if (last && last.connection === null && Date.parse(last.at) >= since) {
            if (visibleConnection({ serviceId, channelId }, ctx) === null)
              items.push({ contentId: serviceId });
          }
        }
      } else if (kind !== 'GeneralDescription') {
        for (const rec of ctx.state.entities.values()) {
          if (rec.objectType !== kind) continue;
          const v = visibleEntity(rec, ctx);
          if (v && 'archived' in v && Date.parse(v.at) >= since) items.push({ contentId: rec.id });
        }
      }
      return ok(pageEnvelope(items, p));
    },
  };
}

const inList = (values: string[] | undefined, v: unknown): boolean => !values || values.includes(String(v));

export const v12Routes: RouteDef[] = [
  { method: 'GET', path: '/health/liveness', auth: 'A', handle: () => ok('healthy') },
  { method: 'GET', path: '/health/readiness', auth: 'A', handle: () => ok('healthy') },
  byId('Service', 'service'),
  search('Service', 'service', (_r, req, body) => inList(listParam(req, 'serviceTypes'), body.serviceType)),
  archived('Service', 'service'),
  byId('ServiceChannel', 'service-channel'),
  search('ServiceChannel', 'service-channel', (_r, req, body) =>
    inList(listParam(req, 'channelTypes'), body.serviceChannelType),
  ),
  archived('ServiceChannel', 'service-channel'),
  byId('Organization', 'organization'),
  search('Organization', 'organization', (_r, req, body) => {
    return (
      inList(listParam(req, 'businessIds'), body.businessId) &&
      inList(listParam(req, 'organizationTypes'), body.organizationType)
    );
  }),
  archived('Organization', 'organization'),
  {
    method: 'GET',
    path: `${API_V12}/organization/hierarchy/{contentId}`,
    auth: 'A',
    handle(req, ctx) {
      const root = ctx.state.get(req.params.contentId ?? '');
      const rv = root && root.objectType === 'Organization' ? visibleEntity(root, ctx) : undefined;
      if (!root || !rv || 'archived' in rv)
        return problem(404, 'Not Found', 'Organization not found.', req.path);
      const edges: Json[] = [];
      const walk = (parentId: string): void => {
        for (const rec of ctx.state.entities.values()) {
          if (rec.objectType !== 'Organization') continue;
          const v = visibleEntity(rec, ctx);
          if (!v || 'archived' in v) continue;
          const parent = v.version.data.parentOrganizationId;
          if (typeof parent === 'string' && parent.toLowerCase() === parentId && edges.length < 10_000) {
            edges.push({ childContentId: rec.id, parentContentId: parentId });
            walk(rec.id);
          }
        }
      };
      walk(root.id);
      return ok({ edges });
    },
  },
  {
    method: 'GET',
    path: `${API_V12}/connection/{serviceContentId}/{channelContentId}`,
    auth: 'A',
    handle(req, ctx) {
      const s = req.params.serviceContentId!;
      const c = req.params.channelContentId!;
      const errors = [
        ...(UUID.test(s) ? [] : [{ path: '/serviceContentId', message: 'must be a uuid' }]),
        ...(UUID.test(c) ? [] : [{ path: '/channelContentId', message: 'must be a uuid' }]),
      ];
      if (errors.length) return badRequestV12(req.path, errors);
      const conn = visibleConnection({ serviceId: s.toLowerCase(), channelId: c.toLowerCase() }, ctx);
      if (!conn) return notFoundV12(req.path, 'Unknown');
      return ok(connectionV12(conn, conn.modified));
    },
  },
  {
    method: 'GET',
    path: `${API_V12}/connection/search`,
    auth: 'A',
    handle(req, ctx) {
      const p = paging(req);
      if ('status' in p) return p;
      const services = listParam(req, 'serviceContentIds')?.map((x) => x.toLowerCase());
      const channels = listParam(req, 'channelContentIds')?.map((x) => x.toLowerCase());
      const tooMany = [
        ...((services?.length ?? 0) > 20
          ? [{ path: '/serviceContentIds', message: 'must have at most 20 items' }]
          : []),
        ...((channels?.length ?? 0) > 20
          ? [{ path: '/channelContentIds', message: 'must have at most 20 items' }]
          : []),
      ];
      if (tooMany.length) return badRequestV12(req.path, tooMany);
      const since = dateParam(req, 'publishedAtOrAfter');
      if (typeof since === 'object') return since;
      const items: Json[] = [];
      const keys = new Set(ctx.state.connectionHistory.keys());
      for (const [serviceId, m] of ctx.state.connections)
        for (const channelId of m.keys()) keys.add(`${serviceId}|${channelId}`);
      for (const key of keys) {
        const [serviceId, channelId] = key.split('|') as [string, string];
        if (services && !services.includes(serviceId)) continue;
        if (channels && !channels.includes(channelId)) continue;
        const conn = visibleConnection({ serviceId, channelId }, ctx);
        if (!conn || (since !== undefined && Date.parse(conn.modified) < since)) continue;
        items.push(connectionV12(conn, conn.modified));
      }
      return ok(pageEnvelope(items, p));
    },
  },
  archived('Connection', 'connection'),
  {
    method: 'GET',
    path: `${API_V12}/general-description/{contentId}`,
    auth: 'A',
    // The simulator holds no general descriptions [INF]: every id is unknown.
    handle: (req) => notFoundV12(req.path, 'Unknown'),
  },
  {
    method: 'GET',
    path: `${API_V12}/general-description/search`,
    auth: 'A',
    handle(req) {
      const p = paging(req);
      return 'status' in p ? p : ok(pageEnvelope([], p));
    },
  },
  archived('GeneralDescription', 'general-description'),
  byId('ServiceCollection', 'service-collection'),
  search('ServiceCollection', 'service-collection', () => true),
  archived('ServiceCollection', 'service-collection'),
  ...referenceRoutes,
];

export { V12_CHANNEL_TYPE };
