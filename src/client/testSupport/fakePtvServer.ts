/**
 * A small PTV stand-in for the client's own integration tests: login with JWTs, entity POST/PUT by id,
 * the list/lookup reads the recovery uses, and scriptable faults (before or after the write). It is
 * deliberately not the simulator: it lets a test decide exactly which attempt fails and how.
 */
import { createHmac, randomUUID } from 'node:crypto';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo, Socket } from 'node:net';

export type Fault = 'none' | '429' | '503-before' | '503-after' | 'reset-before' | 'reset-after';

export interface FakeEntity {
  id: string;
  kind: string;
  sourceId?: string;
  organizationId: string;
  publishingStatus: string;
  [k: string]: unknown;
}

export interface FakePtv {
  url: string;
  organizationId: string;
  username: string;
  password: string;
  entities: FakeEntity[];
  logins: string[];
  /** Every token minted (secret tests assert none of them leaks). */
  tokens: string[];
  /** Every request seen: method, path, whether it carried a valid token. */
  seen: Array<{ method: string; path: string; auth: 'valid' | 'invalid' | 'none' }>;
  maxInFlight: number;
  connections: number;
  /** Decide a fault per API request (login is never faulted). */
  fault: (method: string, path: string) => Fault;
  revokeAll(): void;
  tokenTtlSeconds: number;
  /** Delay before answering API requests (to observe concurrency). */
  delayMs: number;
  close(): Promise<void>;
}

const b64 = (v: unknown): string => Buffer.from(JSON.stringify(v)).toString('base64url');

export async function startFakePtv(
  init: { username?: string; password?: string; tokenTtlSeconds?: number; tokenField?: string } = {},
): Promise<FakePtv> {
  const organizationId = randomUUID();
  const key = 'fake-signing-key';
  const valid = new Set<string>();
  let inFlight = 0;
  const sockets = new Set<Socket>();

  const fake: FakePtv = {
    url: '',
    organizationId,
    username: init.username ?? 'api@fake.test',
    password: init.password ?? 'fake-password',
    entities: [],
    logins: [],
    tokens: [],
    seen: [],
    maxInFlight: 0,
    connections: 0,
    fault: () => 'none',
    revokeAll: () => valid.clear(),
    tokenTtlSeconds: init.tokenTtlSeconds ?? 3600,
    delayMs: 0,
    close: async () => {
      for (const s of sockets) s.destroy();
      await new Promise<void>((r) => server.close(() => r()));
    },
  };

  const mint = (): string => {
    const now = Math.floor(Date.now() / 1000);
    const head = `${b64({ alg: 'HS256', typ: 'JWT' })}.${b64({ email: fake.username, activeOrganizationId: organizationId, iat: now, exp: now + fake.tokenTtlSeconds, jti: randomUUID() })}`;
    const token = `${head}.${createHmac('sha256', key).update(head).digest('base64url')}`;
    valid.add(token);
    fake.tokens.push(token);
    return token;
  };

  const send = (res: ServerResponse, status: number, body: unknown): void => {
    const text = typeof body === 'string' ? body : JSON.stringify(body);
    res.writeHead(status, { 'content-type': typeof body === 'string' ? 'text/plain' : 'application/json' });
    res.end(text);
  };

  const out = (e: FakeEntity, authed: boolean): Record<string, unknown> => ({
    ...e,
    sourceId: authed ? (e.sourceId ?? null) : null,
  });

  const handleApi = (
    method: string,
    url: URL,
    body: Record<string, unknown>,
    authed: boolean,
  ): [number, unknown] => {
    const p = url.pathname.replace(/^\/api\/v11/, '');
    const seg = p.split('/').filter(Boolean);
    const write = method !== 'GET';
    if (write && !authed) return [401, ''];
    const kindOf = (s: string[]): string | undefined =>
      s[0] === 'ServiceChannel' ? `ServiceChannel/${s[1]}` : s[0];
    if (method === 'POST' && (seg.length === 1 || (seg[0] === 'ServiceChannel' && seg.length === 2))) {
      const kind = kindOf(seg)!;
      const ns = kind.startsWith('ServiceChannel') ? 'ServiceChannel' : kind;
      const sid = typeof body.sourceId === 'string' ? body.sourceId : undefined;
      if (sid && fake.entities.some((e) => e.sourceId === sid && e.kind.split('/')[0] === ns)) {
        return [400, { SourceId: ['Cannot create new content with sourceId that already exists'] }];
      }
      const org =
        (body.organizationId as string | undefined) ??
        (body.mainResponsibleOrganization as string | undefined) ??
        (body.parentOrganizationId as string | undefined) ??
        organizationId;
      const e: FakeEntity = {
        ...body,
        id: randomUUID(),
        kind,
        organizationId: org,
        publishingStatus: String(body.publishingStatus ?? 'Draft'),
        ...(sid && { sourceId: sid }),
      };
      if (kind === 'Organization') e.parentOrganizationId = body.parentOrganizationId ?? organizationId;
      fake.entities.push(e);
      return [200, out(e, true)];
    }
    if (method === 'PUT') {
      const id = seg[seg.length - 1];
      const e = fake.entities.find((x) => x.id === id);
      if (!e) return [404, { errorMessage: `Entity with id '${id}' not found.` }];
      Object.assign(e, body, { id: e.id, kind: e.kind, sourceId: e.sourceId });
      return [200, out(e, true)];
    }
    if (method === 'GET') {
      if (seg[1] === 'list' && seg[2] === 'organization') {
        const org = url.searchParams.get('organizationId');
        const page = Number(url.searchParams.get('page') ?? '1');
        const items = fake.entities.filter(
          (e) =>
            e.kind.split('/')[0] === seg[0] && e.organizationId === org && e.publishingStatus === 'Published',
        );
        const pageSize = 2; // tiny pages so paging is exercised
        const pageCount = Math.ceil(items.length / pageSize);
        const slice = items.slice((page - 1) * pageSize, page * pageSize).map((e) => out(e, authed));
        return [200, { pageNumber: page, pageSize, pageCount, itemList: slice.length ? slice : null }];
      }
      if (seg[0] === 'Organization' && seg.length === 2) {
        const id = seg[1];
        const subs = fake.entities.filter((e) => e.kind === 'Organization' && e.parentOrganizationId === id);
        if (id === organizationId) {
          return [
            200,
            {
              id,
              sourceId: null,
              publishingStatus: 'Published',
              subOrganizations: subs.map((s) => ({ id: s.id })),
            },
          ];
        }
        const e = fake.entities.find((x) => x.id === id && x.publishingStatus === 'Published');
        return e
          ? [200, { ...out(e, authed), subOrganizations: subs.map((s) => ({ id: s.id })) }]
          : [404, { errorMessage: 'not found' }];
      }
      const id = seg[seg.length - 1];
      const e = fake.entities.find((x) => x.id === id && x.publishingStatus !== 'Deleted');
      return e ? [200, out(e, authed)] : [404, { errorMessage: `Service with id '${id}' not found.` }];
    }
    return [404, 'not found'];
  };

  const server = createServer((req: IncomingMessage, res: ServerResponse) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      void (async () => {
        const url = new URL(req.url ?? '/', 'http://x');
        const text = Buffer.concat(chunks).toString('utf8');
        const body = (text ? JSON.parse(text) : {}) as Record<string, unknown>;
        const method = req.method ?? 'GET';
        if (url.pathname === '/api/auth/api-login') {
          fake.logins.push(text);
          if (body.username !== fake.username || body.password !== fake.password) {
            return send(res, 401, { message: 'credentails are wrong' });
          }
          return send(res, 200, { [init.tokenField ?? 'ptvToken']: mint() });
        }
        const authz = req.headers.authorization;
        const token = authz?.replace(/^bearer\s+/i, '');
        const auth = token === undefined ? 'none' : valid.has(token) ? 'valid' : 'invalid';
        fake.seen.push({ method, path: url.pathname + url.search, auth });
        if (auth === 'invalid') {
          res.writeHead(401, { 'www-authenticate': 'Bearer error="invalid_token"' });
          return res.end();
        }
        inFlight++;
        fake.maxInFlight = Math.max(fake.maxInFlight, inFlight);
        try {
          if (fake.delayMs) await new Promise((r) => setTimeout(r, fake.delayMs));
          const f = fake.fault(method, url.pathname);
          if (f === '429') return send(res, 429, 'Too many requests sent to server, try again later');
          if (f === '503-before')
            return send(res, 503, { errorMessage: 'An unexpected error occurred. Trace id: x' });
          if (f === 'reset-before') return req.socket.destroy();
          const [status, out_] = handleApi(method, url, body, auth === 'valid');
          if (f === '503-after')
            return send(res, 503, { errorMessage: 'An unexpected error occurred. Trace id: y' });
          if (f === 'reset-after') return req.socket.destroy();
          if (status === 401) {
            res.writeHead(401, { 'www-authenticate': 'Bearer' });
            return res.end();
          }
          return send(res, status, out_);
        } finally {
          inFlight--;
        }
      })();
    });
  });
  server.on('connection', (s: Socket) => {
    fake.connections++;
    sockets.add(s);
    s.on('close', () => sockets.delete(s));
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', () => r()));
  fake.url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return fake;
}
