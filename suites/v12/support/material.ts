/**
 * Test material of the v12 profile: the v11 fixture builders' bodies translated by `toV12Request` (the
 * same seeded data as the v11 run, v12-migration.md §4.8), created and replaced through the route map,
 * and read back through v12 by neutral key. v12 PUT is a full replace [INF]: callers keep the whole
 * current body and send it whole.
 */
import {
  type ChannelType,
  compareNeutral,
  fromV12Out,
  fromV12Request,
  ORG_ROLE,
  type StepContext,
  toV12Request,
  type V12ChannelType,
  type V12Kind,
  type V12RouteKey,
} from '#ptvr';
import { organizationIdOf } from '../../support/context.js';
import { createdId, writeV12 } from './routes.js';

type Obj = Record<string, unknown>;

/** The v12 kind and route channel type of each v11 channel type. */
export const V12_CHANNEL: Record<ChannelType, { kind: V12Kind; type: V12ChannelType }> = {
  EChannel: { kind: 'eservice-channel', type: 'EService' },
  Phone: { kind: 'telephone-channel', type: 'Telephone' },
  WebPage: { kind: 'webpage-channel', type: 'WebPage' },
  PrintableForm: { kind: 'printableform-channel', type: 'PrintableForm' },
  ServiceLocation: { kind: 'servicelocation-channel', type: 'ServiceLocation' },
};

export type EntityKind = 'service' | 'sub-organization' | ChannelType;

const kindOf = (k: EntityKind): V12Kind =>
  k === 'service' || k === 'sub-organization' ? k : V12_CHANNEL[k].kind;

const ROUTES: Record<
  'service' | 'sub-organization' | 'channel',
  { create: V12RouteKey; update: V12RouteKey }
> = {
  service: { create: 'service.create', update: 'service.update' },
  'sub-organization': { create: 'organization.createSub', update: 'organization.update' },
  channel: { create: 'channel.create', update: 'channel.update' },
};
const routesOf = (k: EntityKind) => ROUTES[k === 'service' || k === 'sub-organization' ? k : 'channel'];
const typeOf = (k: EntityKind) =>
  k === 'service' || k === 'sub-organization' ? {} : { type: V12_CHANNEL[k].type };

/**
 * The v12 request for a v11 body. What v12 cannot carry is recorded as `info`: a fact of the profile
 * (§4.4), not a fault of the integration.
 */
export function toV12(ctx: StepContext, kind: EntityKind, v11: object, op: 'post' | 'put'): Obj {
  const t = toV12Request(kindOf(kind), v11, { op });
  for (const f of t.dropped) ctx.record.finding({ ...f, severity: 'info' });
  return t.body as Obj;
}

export interface Written {
  id: string;
  kind: EntityKind;
  /** The v12 body as last sent (the full state after a full-replace PUT). */
  body: Obj;
}

/** Creates from a v11 fixture body; returns the id and the v12 body sent. */
export async function createV12(ctx: StepContext, kind: EntityKind, v11: object): Promise<Written> {
  const body = toV12(ctx, kind, v11, 'post');
  const res = await writeV12(ctx, routesOf(kind).create, typeOf(kind), body);
  return { id: createdId(res), kind, body };
}

/** Replaces the whole entity with `body` (a v12 PUT body). */
export async function replaceV12(ctx: StepContext, w: Written, body: Obj): Promise<Written> {
  await writeV12(ctx, routesOf(w.kind).update, { ...typeOf(w.kind), contentId: w.id }, body);
  return { ...w, body };
}

const READ_PATH = (w: Written): string =>
  w.kind === 'service'
    ? `/api/v12/service/${w.id}`
    : w.kind === 'sub-organization'
      ? `/api/v12/organization/${w.id}`
      : `/api/v12/service-channel/${w.id}`;

/** The v12 response's channel type of each route channel type (requests carry none, responses do). */
const RESPONSE_CHANNEL_TYPE: Record<V12ChannelType, string> = {
  EService: 'EService',
  Telephone: 'TelephoneService',
  WebPage: 'WebPage',
  PrintableForm: 'PrintableForm',
  ServiceLocation: 'ServiceLocation',
};

/**
 * What was sent, as the neutral model reads a body: a channel request names no channel type (the
 * route does), so the response's spelling is added, or the body would neutralise to nothing.
 */
function sentState(w: Written, roleOf: (id: string) => string) {
  const body =
    w.kind === 'service' || w.kind === 'sub-organization'
      ? w.body
      : { ...w.body, serviceChannelType: RESPONSE_CHANNEL_TYPE[V12_CHANNEL[w.kind].type] };
  return fromV12Request(body, { roleOf });
}

/**
 * Reads the entity through v12 and compares it with what was sent, by neutral key: a key sent and
 * read differently, or sent and not read, is a `readback.mismatch`; v12-only keys are shown, not judged.
 */
export async function readBackV12(ctx: StepContext, w: Written): Promise<Obj> {
  const path = READ_PATH(w);
  const res = await ctx.client.request({ method: 'GET', path, api: 'v12' });
  if (res.status !== 200) {
    ctx.record.finding({
      path: path.replace(w.id, '{contentId}'),
      rule: 'http.status',
      severity: 'error',
      message: `GET ${path} answered ${res.status}; expected 200`,
      expected: 200,
      actual: res.status,
    });
    throw new Error(`GET ${path}: HTTP ${res.status}`);
  }
  // The configured organisation is `ORG` as in every read-back, so `diff` lines the runs up by role.
  const org = (await organizationIdOf(ctx)).toLowerCase();
  const roleOf = (id: string) => (id.toLowerCase() === org ? ORG_ROLE : id.toLowerCase());
  const cmp = compareNeutral(sentState(w, roleOf), fromV12Out(res.body, { roleOf }));
  // A comparison of nothing would pass whatever was stored: at least the sent keys must be compared.
  const compared = cmp.fields.filter((f) => f.mapping === 'exact' || f.mapping === 'transform').length;
  if (compared === 0)
    ctx.record.finding({
      path: path.replace(w.id, '{contentId}'),
      rule: 'readback.nothingCompared',
      severity: 'error',
      message: 'the read-back compared no field with what was sent',
    });
  ctx.record.readBack({
    endpoint: `GET ${path.replace(w.id, '{contentId}')}`,
    entityId: w.id,
    fields: cmp.fields,
  });
  for (const f of cmp.findings) ctx.record.finding(f);
  return res.body as Obj;
}

/** A v11 body without any localized item in `lang`, at any depth (names, texts, links, vouchers…). */
export function withoutLanguage<T>(body: T, lang: string): T {
  const strip = (v: unknown): unknown => {
    if (Array.isArray(v))
      return v.filter((i) => !(i && typeof i === 'object' && (i as Obj).language === lang)).map(strip);
    if (v && typeof v === 'object')
      return Object.fromEntries(Object.entries(v).map(([k, x]) => [k, strip(x)]));
    return v;
  };
  return strip(body) as T;
}
