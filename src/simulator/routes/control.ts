import type { RouteDef, SimResponse } from '../http/types.js';
import { errorMessage, ok } from '../http/responses.js';
import type { EntityRecord } from '../store/simState.js';
import { verifyJwt } from '../auth/jwt.js';
import { randomUUID } from 'node:crypto';

const cpuMicros = (): number => {
  const u = process.cpuUsage();
  return u.user + u.system;
};

const find = (
  id: string | undefined,
  get: (id: string) => EntityRecord | undefined,
): EntityRecord | SimResponse => (id && get(id)) || errorMessage(404, `Entity '${id}' not found.`);

/**
 * Test control surface (off unless `--control`): what a PTV UI user or DVV could do to the state
 * behind the integration's back. Documented in docs/simulator.md.
 */
export const controlRoutes: RouteDef[] = [
  {
    method: 'GET',
    path: '/control/state',
    auth: 'control',
    handle: (_req, ctx) =>
      ok({
        entities: [...ctx.state.entities.values()]
          .sort((a, b) => a.seq - b.seq)
          .map((e) => ({
            id: e.id,
            objectType: e.objectType,
            channelType: e.channelType ?? null,
            organizationId: e.organizationId,
            status: e.latest.status,
            hasPublishedVersion: e.published !== undefined,
            modified: e.latest.modified,
            archivedAt: e.archivedAt ?? null,
            lockedBy: e.lockedBy ?? null,
            sourceIds: ctx.state
              .allSources()
              .filter((s) => s.id === e.id)
              .map((s) => ({ user: s.user, sourceId: s.sourceId })),
          })),
        connections: [...ctx.state.connections.values()].flatMap((m) => [...m.values()]),
      }),
  },
  {
    // A UI user saves a newer unpublished version: latest becomes Modified, the published copy stays.
    method: 'POST',
    path: '/control/modified/{id}',
    auth: 'control',
    handle: (req, ctx) => {
      const rec = find(req.params.id, (id) => ctx.state.get(id));
      if (!('objectType' in rec)) return rec;
      const now = ctx.now().toISOString();
      ctx.state.put({
        ...rec,
        latest: { status: 'Modified', data: structuredClone(rec.latest.data), modified: now },
      });
      return ok({ id: rec.id, status: 'Modified' });
    },
  },
  {
    method: 'POST',
    path: '/control/lock/{id}',
    auth: 'control',
    handle: (req, ctx) => {
      const rec = find(req.params.id, (id) => ctx.state.get(id));
      if (!('objectType' in rec)) return rec;
      const user = (req.body as { user?: string } | null)?.user ?? 'ui.editor@simulator.test';
      ctx.state.put({ ...rec, lockedBy: user });
      return ok({ id: rec.id, lockedBy: user });
    },
  },
  {
    method: 'POST',
    path: '/control/unlock/{id}',
    auth: 'control',
    handle: (req, ctx) => {
      const rec = find(req.params.id, (id) => ctx.state.get(id));
      if (!('objectType' in rec)) return rec;
      const next = { ...rec };
      delete next.lockedBy;
      ctx.state.put(next);
      return ok({ id: rec.id, lockedBy: null });
    },
  },
  {
    // Body `{"token": "<jwt>"}` revokes that token; an empty body revokes every token issued so far.
    method: 'POST',
    path: '/control/revoke',
    auth: 'control',
    handle: (req, ctx) => {
      const token = (req.body as { token?: string } | null)?.token;
      if (token) {
        const claims = verifyJwt(token, ctx.state.secret!);
        if (!claims) return errorMessage(400, 'Not a token issued by this simulator.');
        ctx.state.revoke(claims.jti);
        return ok({ revoked: 1 });
      }
      // An epoch, not a time: a token issued after this call stays valid even within the same second.
      ctx.state.revokeAll();
      return ok({ revoked: 'all' });
    },
  },
  {
    // Bench/load helper: `{"count": n}` published services straight into the store (no validation).
    method: 'POST',
    path: '/control/generate',
    auth: 'control',
    handle: (req, ctx) => {
      const count = Math.max(
        0,
        Math.min(1_000_000, Number((req.body as { count?: number } | null)?.count ?? 0)),
      );
      const org = ctx.config.organizations[0]!.id;
      const now = ctx.now().toISOString();
      const ids: string[] = [];
      for (let i = 0; i < count; i++) {
        const id = randomUUID();
        const data = {
          type: 'Service',
          fundingType: 'PubliclyFunded',
          mainResponsibleOrganization: org,
          serviceNames: [{ type: 'Name', language: 'fi', value: `Generoitu palvelu ${id}` }],
          serviceDescriptions: [
            { type: 'Summary', language: 'fi', value: 'Generoitu tiivistelmä' },
            {
              type: 'Description',
              language: 'fi',
              value: 'Generoitu kuvaus simulaattorin kuormitustestiä varten.',
            },
          ],
          languages: ['fi'],
          areaType: 'Nationwide',
        };
        const version = { status: 'Published' as const, data, modified: now };
        ctx.state.put({
          id,
          objectType: 'Service',
          organizationId: org,
          created: now,
          seq: ctx.state.nextSeq(),
          latest: version,
          published: version,
        });
        if (i < 1000) ids.push(id);
      }
      return ok({ created: count, sampleIds: ids });
    },
  },
  {
    // `{"count": n}`: the next n API requests answer PTV's 429 (as with the in-flight cap full), so a
    // test meets a 429 by instruction, not by racing concurrent requests. With `"method"` and `"path"`
    // only those requests count: the test's own, while other tests' requests run beside it.
    method: 'POST',
    path: '/control/throttle',
    auth: 'control',
    handle: (req, ctx) => {
      const body = (req.body ?? {}) as { count?: unknown; method?: unknown; path?: unknown };
      const count = Number(body.count ?? 0);
      if (!Number.isInteger(count) || count < 0 || count > 10_000) {
        return errorMessage(400, 'count must be an integer from 0 to 10000.');
      }
      if ((body.method === undefined) !== (body.path === undefined)) {
        return errorMessage(400, 'method and path go together: give both or neither.');
      }
      if (
        body.method !== undefined &&
        (typeof body.method !== 'string' || !/^[A-Za-z]{1,10}$/.test(body.method))
      ) {
        return errorMessage(400, 'method must be an HTTP method such as GET.');
      }
      if (
        body.path !== undefined &&
        (typeof body.path !== 'string' || !/^\/[^?#\s]{0,500}$/.test(body.path))
      ) {
        return errorMessage(400, 'path must start with / and carry no query (at most 500 characters).');
      }
      ctx.throttle.remaining = count;
      if (typeof body.method === 'string' && typeof body.path === 'string') {
        ctx.throttle.method = body.method.toUpperCase();
        ctx.throttle.path = body.path;
      } else {
        delete ctx.throttle.method;
        delete ctx.throttle.path;
      }
      return ok({
        remaining: count,
        ...(ctx.throttle.path !== undefined && { method: ctx.throttle.method, path: ctx.throttle.path }),
      });
    },
  },
  {
    // `{"on": true}`: API requests that pass the in-flight cap wait (held in flight) until `{"on": false}`.
    method: 'POST',
    path: '/control/hold',
    auth: 'control',
    handle: (req, ctx) => {
      const on = (req.body as { on?: unknown } | null)?.on;
      if (typeof on !== 'boolean') return errorMessage(400, 'on must be true or false.');
      ctx.hold.on = on;
      const released = on ? 0 : ctx.hold.waiting.length;
      if (!on) for (const resume of ctx.hold.waiting.splice(0)) resume();
      return ok({ on, released });
    },
  },
  {
    method: 'GET',
    path: '/control/stats',
    auth: 'control',
    handle: (_req, ctx) =>
      ok({
        entities: ctx.state.entities.size,
        rssBytes: process.memoryUsage().rss,
        held: ctx.hold.waiting.length,
        // CPU time of the simulator's process so far (user + system), for bench:sim's CPU per request.
        cpuMicros: cpuMicros(),
      }),
  },
];
