import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { setTimeout as sleep } from 'node:timers/promises';
import { PtvrError } from '../core/errors.js';
import { resolveSimConfig } from './config.js';
import type { SimRole, Simulator, SimulatorOptions } from './options.js';
import type { SimClaims } from './auth/jwt.js';
import { SimState } from './store/simState.js';
import { openSqlitePersistence } from './store/persistence.js';
import { createGroupCommit } from './store/groupCommit.js';
import { loadRules } from './rulesAdapter.js';
import { createRouter } from './http/router.js';
import type { HttpMethod, RouteContext, RouteDef, SimRequest, SimResponse } from './http/types.js';
import { readBearer, UNAUTHORIZED_HEADERS } from './auth/bearer.js';
import { serverError, TOO_MANY } from './http/responses.js';
import { unmatched } from './http/legacy.js';
import { unauthorized } from './http/echoDefects.js';
import { createFaults } from './http/faults.js';
import { throttles } from './http/throttles.js';
import { parseJsonBody } from './http/parseJsonBody.js';
import { createOverrides, type OverrideReply } from './http/overrides.js';
import { isJsonMediaType } from './http/jsonMediaType.js';
import { writePaddedJson } from './http/padStrings.js';
import { seedState } from './seedState.js';
import { authRoutes } from './routes/auth.js';
import { organizationRoutes } from './routes/organization.js';
import { serviceRoutes } from './routes/service.js';
import { serviceChannelRoutes } from './routes/serviceChannel.js';
import { connectionRoutes } from './routes/connection.js';
import { serviceCollectionRoutes } from './routes/serviceCollection.js';
import { commonRoutes } from './routes/common.js';
import { lookupRoutes } from './routes/lookups.js';
import { areaLookupRoutes } from './routes/areaLookups.js';
import { classificationLookupRoutes } from './routes/classificationLookups.js';
import { hierarchyRoutes } from './routes/hierarchy.js';
import { serviceWithGdRoutes } from './routes/serviceWithGd.js';
import { codeListRoutes } from './routes/codeList.js';
import { generalDescriptionRoutes } from './routes/generalDescription.js';
import { controlRoutes } from './routes/control.js';
import { isApiPath } from '../core/apiPaths.js';
import { v12Routes } from './v12/routes.js';
import { problem, unauthorizedV12 } from './v12/problem.js';
import { v12WriteRoutes } from './v12/writes/v12WriteRoutes.js';
import { readDefaultRouteMap } from '../v12/defaultRouteMap.js';

/** v12 paths: below /api/v12/ (the health routes are not, and need no key [SPEC: no security]). */
const isV12Path = (path: string): boolean => path.toLowerCase().startsWith('/api/v12/');

const API_ROUTES: RouteDef[] = [
  ...authRoutes,
  ...organizationRoutes,
  ...serviceRoutes,
  ...serviceChannelRoutes,
  ...connectionRoutes,
  ...serviceCollectionRoutes,
  ...commonRoutes,
  ...lookupRoutes,
  ...areaLookupRoutes,
  ...classificationLookupRoutes,
  ...hierarchyRoutes,
  ...serviceWithGdRoutes,
  ...codeListRoutes,
  ...generalDescriptionRoutes,
  ...v12Routes,
];

const MAX_BODY = 16 * 1024 * 1024;

/** Starts the embedded PTV simulator; resolves once it listens. */
export async function createSimulator(options: SimulatorOptions = {}): Promise<Simulator> {
  const config = resolveSimConfig(options);
  // Before any state is opened: a bad route map is a usage error, not a half-started simulator. Only
  // a named map is checked here (loading Ajv); the bundled one is validated by its unit test.
  const routeMap =
    options.v12Routes === undefined
      ? readDefaultRouteMap()
      : (await import('../v12/loadRouteMap.js')).loadRouteMap(options.v12Routes).map;
  const writeRoutes = v12WriteRoutes(routeMap);
  const rules = await loadRules();
  const state = new SimState(config.dbPath ? openSqlitePersistence(config.dbPath) : undefined);
  if (!state.secret) state.setSecret(config.fallbackSecret);
  seedState(state, config);
  state.commit();

  const apiRoutes = [...API_ROUTES, ...writeRoutes];
  const router = createRouter(config.control ? [...apiRoutes, ...controlRoutes] : apiRoutes);
  const faults = createFaults(config);
  const commit = createGroupCommit(state, config.dbPath !== undefined);
  const inFlight = new Map<string, number>();
  let total = 0;
  const tokenUses = new Map<string, number>();
  const tokenCache = new Map<string, { claims: SimClaims; role: SimRole }>();
  let origin = '';
  /** The last token api-login issued (only the `echo-token` defect uses it). */
  let lastToken: string | undefined;
  const ctx: RouteContext = {
    state,
    config,
    now: config.clock,
    rules,
    origin: '',
    throttle: { remaining: 0 },
    hold: { on: false, waiting: [] },
  };

  const overrides = createOverrides({ recordCalls: options.recordCalls ?? false });

  /** Overrides first (msw-style, in-process only), then the simulator itself. */
  async function onRequest(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const rawUrl = req.url ?? '/';
    const q = rawUrl.indexOf('?');
    const path = q < 0 ? rawUrl : rawUrl.slice(0, q);
    const method = req.method ?? 'GET';
    const body = lazyBody(req);
    const handler = overrides.take(method, path);
    if (!handler && !options.recordCalls) return write(res, await simulate(req, res, body));
    const text = method === 'POST' || method === 'PUT' ? await body() : undefined;
    const call = overrides.record({
      method,
      path,
      rawQuery: q < 0 ? '' : rawUrl.slice(q + 1),
      headers: req.headers,
      bodyText: text ?? undefined,
    });
    if (!handler) return write(res, await simulate(req, res, body));
    let ran: Promise<Reply> | undefined;
    const next = async (): Promise<OverrideReply> => {
      const r = await (ran ??= simulate(req, res, body));
      return typeof r === 'object' && 'padded' in r ? r.padded : r;
    };
    await write(res, (await handler.resolve(call, next)) ?? (await (ran ??= simulate(req, res, body))));
  }

  /** The simulated PTV: what it answers to one request (written by `write`). */
  async function simulate(
    req: IncomingMessage,
    res: ServerResponse,
    body: () => Promise<string | undefined>,
  ): Promise<Reply> {
    const rawUrl = req.url ?? '/';
    const q = rawUrl.indexOf('?');
    const path = q < 0 ? rawUrl : rawUrl.slice(0, q);
    const method = req.method ?? 'GET';
    // PTV keys the per-IP limit on the first X-Forwarded-For entry, else the remote address (§1.5).
    const xff = req.headers['x-forwarded-for'];
    const ip = (typeof xff === 'string' && xff.split(',')[0]?.trim()) || req.socket.remoteAddress || '';
    const nowSec = Math.floor(config.clock().getTime() / 1000);
    const bearer = readBearer(
      req.headers.authorization,
      state.secret!,
      nowSec,
      (j, iat, c) => state.isRevoked(j, iat, c.rev),
      tokenCache,
    );

    const isV12 = isV12Path(path);
    const isApi = isApiPath(path) || isV12;
    // Deterministic 429s from the control surface: as if PTV's in-flight cap were full (§1.5).
    if (isApi && throttles(ctx.throttle, method, path)) {
      ctx.throttle.remaining--;
      return isV12 ? TOO_MANY_V12 : TOO_MANY;
    }
    // PTV's limiter counts requests in flight, not requests per second (in-api-v11 §1.5). The test
    // control surface is not PTV: it is not counted, so a test can release a hold on a full cap.
    if (!path.toLowerCase().startsWith('/control/')) {
      const key = bearer.kind === 'ok' ? `u:${bearer.claims.email.toLowerCase()}` : `a:${ip}`;
      const limit = bearer.kind === 'ok' ? config.maxRequestsPerUser : config.maxAnonymousRequestsPerIp;
      const current = inFlight.get(key) ?? 0;
      if (current >= limit || total >= config.maxRequestsTotal) return TOO_MANY;
      inFlight.set(key, current + 1);
      total++;
      res.once('close', () => {
        total--;
        const n = (inFlight.get(key) ?? 1) - 1;
        if (n <= 0) inFlight.delete(key);
        else inFlight.set(key, n);
      });
    }
    if (method === 'OPTIONS') return { status: 204, headers: CORS_PREFLIGHT };

    if (isApi && ctx.hold.on) await new Promise<void>((resolve) => ctx.hold.waiting.push(resolve));
    const fault = isApi ? faults.decide(method) : 'none';
    if (fault === 'reset') return 'reset';
    if (isApi) {
      const delay = faults.latencyMs();
      if (delay > 0) await sleep(delay);
    }
    if (fault === '429') return isV12 ? TOO_MANY_V12 : TOO_MANY;
    // The v12 gateway's key check, before routing: an unknown v12 path without a key is still a 401 [INF].
    if (isV12 && config.apiKey !== undefined && req.headers['x-api-key'] !== config.apiKey) {
      return unauthorizedV12(path);
    }

    const match = router.match(method, path);
    if (match === undefined) {
      return isV12 ? problem(404, 'Not Found', 'No such route.', path) : unmatched(path, origin);
    }
    if (match === 'method') return { status: 405 };
    const { route, params } = match;

    if (route.auth === 'W' || route.auth === 'R') {
      if (bearer.kind !== 'ok') {
        // v12 writes whose route map asks for the login token: a gateway-style problem body [INF].
        return isV12
          ? problem(401, 'Unauthorized', 'Missing or invalid bearer token', path)
          : unauthorized(config, lastToken);
      }
      if (config.revokeTokensAfter !== undefined) {
        const uses = (tokenUses.get(bearer.claims.jti) ?? 0) + 1;
        tokenUses.set(bearer.claims.jti, uses);
        if (uses > config.revokeTokensAfter) {
          state.revoke(bearer.claims.jti);
          state.commit();
          return { status: 401, headers: UNAUTHORIZED_HEADERS };
        }
      }
      // Basic users (Shirley) may not write or read restricted lists; PTV answers a bare 403.
      if (bearer.role === 'Shirley')
        return isV12 ? problem(403, 'Forbidden', 'The user may not write.', path) : { status: 403 };
    } else if (
      route.auth === 'A' &&
      !isV12 &&
      bearer.kind === 'invalid' &&
      bearer.reason === 'malformed' &&
      config.profile === 'live2026'
    ) {
      // Live behaviour: a malformed bearer on an anonymous GET gives 500 [LIVE ptv-mcp, 2026-09-16].
      return serverError(config.profile, 'IDX12741: JWT is not well formed.');
    }

    let parsedBody: unknown = null;
    if (method === 'POST' || method === 'PUT' || method === 'PATCH') {
      const text = await body();
      if (text === undefined) return { status: 413 };
      // A body PTV's JSON formatter cannot read is a bare 415 (jsonMediaType.ts); an empty one still
      // binds to null (RequestIsNull). The login and control routes are not PTV's Open API.
      if (route.auth === 'W' && text.trim() !== '' && !isJsonMediaType(req.headers['content-type']))
        return isV12
          ? problem(415, 'Unsupported Media Type', 'Send application/json.', path)
          : { status: 415 };
      const parsed = parseJsonBody(text);
      if ('refused' in parsed)
        return isV12 ? problem(400, 'Bad Request', 'The body is not valid JSON.', path) : parsed.refused;
      parsedBody = parsed.body;
    }
    const simReq: SimRequest = {
      method: method as HttpMethod,
      path,
      params,
      query: parseQuery(q < 0 ? '' : rawUrl.slice(q + 1), isV12),
      body: parsedBody,
      ...(bearer.kind === 'ok' ? { claims: bearer.claims } : {}),
      ip,
    };
    if (fault === '5xx-before') return serverError(config.profile, 'Injected fault (before the write).');
    let response: SimResponse;
    try {
      response = await route.handle(simReq, ctx);
      await commit();
      if (route.auth === 'login' && response.status === 200) {
        const j = response.json as { ptvToken?: string; serviceToken?: string };
        lastToken = j.ptvToken ?? j.serviceToken;
      }
    } catch (err) {
      response = serverError(config.profile, (err as Error).message);
    }
    if (fault === '5xx-after') response = serverError(config.profile, 'Injected fault (after the write).');
    // Defect `pad-strings` (hostile server): API answers only, not the login, which is another service.
    if (config.defects.has('pad-strings') && isApi && response.json !== undefined) {
      return { padded: response };
    }
    return response;
  }

  const server = createServer((req, res) => {
    onRequest(req, res).catch((err: unknown) => {
      if (!res.headersSent) send(res, serverError(config.profile, (err as Error).message));
    });
  });
  server.keepAliveTimeout = 5_000;
  await new Promise<void>((resolve, reject) => {
    server.once('error', (err: NodeJS.ErrnoException) => {
      state.close();
      reject(
        err.code === 'EADDRINUSE'
          ? new PtvrError('PTVR_PORT_IN_USE', `port ${config.port} on ${config.host} is already in use`, {
              hint: 'choose another --port or use --port 0 for a free one',
            })
          : err,
      );
    });
    server.listen(config.port, config.host, () => resolve());
  });
  const addr = server.address() as AddressInfo;
  const hostPart = addr.family === 'IPv6' ? `[${addr.address}]` : addr.address;
  origin = `http://${hostPart}:${addr.port}`;
  ctx.origin = origin;

  let closed: Promise<void> | undefined;
  return {
    url: origin,
    apiUrl: origin,
    tokenUrl: `${origin}/api/auth/api-login`,
    ...(config.control ? { controlUrl: `${origin}/control` } : {}),
    organizationId: config.organizations[0]!.id,
    credentials: { username: config.mainUser.username, password: config.mainUser.password },
    v12ApiUrl: origin,
    apiKey: config.advertisedApiKey,
    use: (...handlers) => overrides.use(...handlers),
    reset: () => overrides.reset(),
    get calls() {
      return overrides.calls;
    },
    close: () =>
      (closed ??= new Promise<void>((resolve) => {
        server.close(() => {
          state.close();
          resolve();
        });
        server.closeAllConnections();
      })),
  };
}

/** A simulated answer, a dropped connection, or (defect `pad-strings`) a response to write padded. */
type Reply = OverrideReply | { padded: SimResponse };

async function write(res: ServerResponse, reply: Reply): Promise<void> {
  if (reply === 'reset') {
    res.socket?.destroy();
    return;
  }
  if ('padded' in reply) {
    const r = reply.padded;
    if (res.headersSent || res.destroyed) return;
    res.writeHead(r.status, {
      'access-control-allow-origin': '*',
      ...r.headers,
      'content-type': 'application/json; charset=utf-8',
    });
    return writePaddedJson(res, r.json);
  }
  send(res, reply);
}

/** Reads the body once, on first use (undefined when it exceeds MAX_BODY). */
function lazyBody(req: IncomingMessage): () => Promise<string | undefined> {
  let read: Promise<string | undefined> | undefined;
  return () => (read ??= readBody(req));
}

function readBody(req: IncomingMessage): Promise<string | undefined> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    req.on('data', (c: Buffer) => {
      size += c.length;
      if (size > MAX_BODY) {
        resolve(undefined);
        req.destroy();
        return;
      }
      chunks.push(c);
    });
    req.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    req.on('error', reject);
  });
}

/** Query parameters, names lower-cased; on v12 a repeated array parameter is joined with commas. */
function parseQuery(qs: string, joinRepeated = false): Record<string, string> {
  const out: Record<string, string> = {};
  if (!qs) return out;
  for (const [k, v] of new URLSearchParams(qs)) {
    const key = k.toLowerCase();
    out[key] = joinRepeated && out[key] !== undefined ? `${out[key]},${v}` : v;
  }
  return out;
}

/** 429 on the v12 gateway: ProblemDetails with `Retry-After: 1` [INF], which the client honours. */
const TOO_MANY_V12: SimResponse = {
  ...problem(429, 'Too Many Requests', 'Too many requests sent to server, try again later', '/api/v12/'),
  headers: { 'retry-after': '1' },
};

/** PTV allows any origin, header and method (in-api-v11 §1.6). */
const CORS_PREFLIGHT = {
  'access-control-allow-methods': 'GET, POST, PUT, OPTIONS',
  'access-control-allow-headers': 'authorization, content-type',
};

function send(res: ServerResponse, r: SimResponse): void {
  if (res.headersSent || res.destroyed) return;
  const headers: Record<string, string> = { 'access-control-allow-origin': '*', ...r.headers };
  let payload: string | undefined;
  if (r.json !== undefined) {
    payload = JSON.stringify(r.json);
    headers['content-type'] = 'application/json; charset=utf-8';
  } else if (r.text !== undefined) {
    payload = r.text;
    headers['content-type'] = 'text/plain; charset=utf-8';
  }
  headers['content-length'] = String(payload === undefined ? 0 : Buffer.byteLength(payload));
  res.writeHead(r.status, headers);
  res.end(payload);
}
