/**
 * V12 — the v12 read-back pre-check (v12-migration.md §4.5; not part of DVV's v11 list, never counted for
 * READY). After the v11 suites, everything the run wrote is read through the v12 API-key gateway and
 * compared, by neutral key, with its final v11 state; the copy delay is polled out (`--v12-wait`,
 * `--v12-poll`) and "not copied yet" (`v12.notPropagated`) is told from "copied wrong"
 * (`readback.mismatch`). What the run wrote comes from its ledger; the expected state is the v11 public
 * read of each entity at this point (the state v11 serves after every write of the run).
 */
import { existsSync, readFileSync } from 'node:fs';
import {
  compareNeutral,
  compareV12Connections,
  connectedIds,
  flow,
  fromV11Out,
  fromV12Out,
  isOlderV12Copy,
  kindOfChannelType,
  type LedgerEntry,
  type NeutralState,
  ORG_ROLE,
  parseProblemDetails,
  problemFindings,
  type PtvResponse,
  type ReadBackKind,
  rolesOf,
  runFile,
  step,
  type StepContext,
} from '#ptvr';
import { check } from './support/http.js';
import { organizationIdOf } from './support/context.js';
import { paths } from './support/paths.js';

type Obj = Record<string, unknown>;
type Kind = 'organization' | 'service' | 'channel';

/** One entity the run wrote, by its last ledger event. */
interface Written {
  id: string;
  kind: Kind;
  v11Kind: ReadBackKind;
  role: string;
  lastWrite: number;
  archived: boolean;
}

/** How one entity ended on the v12 side. */
interface Outcome {
  state: 'settled' | 'stale' | 'diverged';
  delayMs?: number;
  expected?: NeutralState;
  read?: NeutralState;
  status?: number;
  body?: unknown;
  reason?: string;
}

const V12_PATH: Record<Kind, string> = {
  organization: '/api/v12/organization',
  service: '/api/v12/service',
  channel: '/api/v12/service-channel',
};
const PAGE = { page: 1, pageSize: 100 };

let written: Written[] = [];
const outcomes = new Map<string, Outcome>();
/** v11's public read of each live entity when V12-00 started: the version the v12 copy must reach. */
const v11Reads = new Map<string, unknown>();
let runStart = '';

function v12Settings(ctx: StepContext): { waitMs: number; pollMs: number } {
  const v = ctx.settings.v12;
  if (!ctx.settings.v12ApiUrl || !v) return ctx.skip('v12 read-back not requested (run --read-api v12)');
  if (v.defer) return ctx.skip('pending v12 read-back (readback <run-dir>)');
  return v;
}

/** What the run wrote, from ledger.ndjson: the last event per entity decides live or archived. */
function readLedger(runDir: string): Written[] {
  const file = runFile(runDir, 'ledger');
  if (!existsSync(file)) return [];
  const byId = new Map<string, Written>();
  const created: LedgerEntry[] = [];
  for (const line of readFileSync(file, 'utf8').split('\n')) {
    if (!line.trim()) continue;
    const e = JSON.parse(line) as LedgerEntry;
    if (e.event === 'created' && !created.some((c) => c.id === e.id)) created.push(e);
    if (e.objectType === 'ServiceCollection') continue;
    const kind: Kind =
      e.objectType === 'Organization' ? 'organization' : e.objectType === 'Service' ? 'service' : 'channel';
    byId.set(e.id, {
      id: e.id,
      kind,
      v11Kind:
        kind === 'channel' ? kindOfChannelType(e.channelType ?? 'ServiceLocation') : (kind as ReadBackKind),
      role: '',
      lastWrite: Date.parse(e.at),
      archived: e.event === 'archived',
    });
  }
  // Roles named as `diff` names them from report.json's material (the same entities, in creation order).
  const { roleOf } = rolesOf(created);
  return [...byId.values()].map((w) => ({ ...w, role: roleOf(w.id) }));
}

const v11Path = (w: Written): string =>
  w.kind === 'organization'
    ? paths.organization.get(w.id)
    : w.kind === 'service'
      ? paths.service.get(w.id)
      : paths.channel.get(w.id);

function roleOfFor(orgId: string): (id: string) => string {
  const roles = new Map(written.map((w) => [w.id.toLowerCase(), w.role]));
  return (id) => (id.toLowerCase() === orgId.toLowerCase() ? ORG_ROLE : (roles.get(id.toLowerCase()) ?? id));
}

const v12Get = (ctx: StepContext, path: string, query?: Record<string, string | number>) =>
  ctx.client.request({ method: 'GET', path, api: 'v12', ...(query && { query }) });

/** Every `contentId` of a paged `…/archived` list since the run started. */
async function archivedIds(ctx: StepContext, kind: Kind): Promise<Set<string>> {
  const ids = new Set<string>();
  for (let page = 1; page <= 50; page++) {
    const res = await v12Get(ctx, `${V12_PATH[kind]}/archived`, {
      ...PAGE,
      page,
      archivedAtOrAfter: runStart,
    });
    if (res.status !== 200) break;
    const body = res.body as { items?: { contentId?: string }[]; totalPages?: number };
    for (const i of body.items ?? []) if (i.contentId) ids.add(i.contentId.toLowerCase());
    if (page >= (body.totalPages ?? 1)) break;
  }
  return ids;
}

/** One look at an entity on v12: settled (matches v11), stale (not there yet or older), or diverged. */
async function observe(
  ctx: StepContext,
  w: Written,
  expected: NeutralState | undefined,
  archived: Set<string>,
) {
  const res = await v12Get(ctx, `${V12_PATH[w.kind]}/${w.id}`);
  if (w.archived) {
    const gone = res.status === 404 && archived.has(w.id.toLowerCase());
    return { state: gone ? 'settled' : 'stale', status: res.status, body: res.body } satisfies Outcome;
  }
  if (res.status === 404) return { state: 'stale', status: 404, body: res.body } satisfies Outcome;
  if (res.status !== 200) return { state: 'stale', status: res.status, body: res.body } satisfies Outcome;
  const read = fromV12Out(res.body, { roleOf: roleOfFor(await organizationIdOf(ctx)) });
  const cmp = compareNeutral(expected ?? {}, read);
  if (cmp.same) return { state: 'settled', status: 200, read, body: res.body } satisfies Outcome;
  // [INF] A copy of an older version than v11 serves is not wrong yet, only late.
  const older = isOlderV12Copy(res.body, v11Reads.get(w.id));
  return { state: older ? 'stale' : 'diverged', status: 200, read, body: res.body } satisfies Outcome;
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

function recordEntity(ctx: StepContext, w: Written): void {
  const o = outcomes.get(w.id);
  if (!o) return void check(ctx, false, { path: w.role, message: `${w.role} was never read on v12` });
  if (o.state === 'stale') {
    ctx.record.finding({
      path: w.role,
      rule: 'v12.notPropagated',
      severity: 'error',
      message: `${w.role} (${w.id}) did not reach v12 before the deadline: last answer ${o.status}${
        parseProblemDetails(o.body)?.reason ? ` ${parseProblemDetails(o.body)!.reason}` : ''
      }`,
      actual: o.status,
    });
    return;
  }
  if (w.archived) {
    const reason = parseProblemDetails(o.body)?.reason;
    // `NotPublished` for an archived item is [INF]: another value is worth a look, not a failure.
    if (reason !== 'NotPublished') {
      ctx.record.finding({
        path: w.role,
        rule: 'v12.archiveReason',
        severity: 'warning',
        message: `archived ${w.role} answers 404 with reason ${reason ?? '(none)'}; NotPublished was expected [INF]`,
        actual: reason,
      });
    }
    return;
  }
  const cmp = compareNeutral(o.expected ?? {}, o.read ?? {});
  ctx.record.readBack({
    endpoint: `GET ${V12_PATH[w.kind]}/{contentId}`,
    entityId: w.id,
    fields: cmp.fields,
  });
  for (const f of cmp.findings) ctx.record.finding({ ...f, path: `${w.role} ${f.path}` });
  if (o.delayMs !== undefined) {
    ctx.record.finding({
      path: w.role,
      rule: 'v12.observedDelay',
      severity: 'info',
      message: `${w.role}: on v12 ${o.delayMs} ms after its last v11 write`,
      actual: o.delayMs,
    });
  }
}

flow('V12 read-back through the v12 API', () => {
  step(
    { id: 'V12-CONN-01', dvv: 'V12', title: 'v12 gateway health: GET /health/readiness answers healthy' },
    async (ctx) => {
      v12Settings(ctx);
      const res = await ctx.client.request({
        method: 'GET',
        path: '/health/readiness',
        api: 'v12',
        auth: 'none',
      });
      check(ctx, res.status === 200 && res.body === 'healthy', {
        path: '/health/readiness',
        rule: 'v12.health',
        message: `GET /health/readiness answered ${res.status} ${JSON.stringify(res.body)}; expected 200 "healthy"`,
        actual: res.status,
      });
    },
  );

  step(
    { id: 'V12-CONN-02', dvv: 'V12', title: 'read the organisation through v12 with the API key' },
    async (ctx) => {
      v12Settings(ctx);
      const org = await organizationIdOf(ctx);
      const res = await v12Get(ctx, `/api/v12/organization/${org}`);
      for (const f of res.status === 200 ? [] : problemFindings(res.status, res.body)) ctx.record.finding(f);
      check(ctx, res.status === 200 && (res.body as Obj)?.contentId === org, {
        path: '/api/v12/organization/{id}',
        rule: 'v12.read',
        message: `GET /api/v12/organization/${org} answered ${res.status}; expected 200 with contentId ${org}`,
        actual: res.status,
      });
    },
  );

  const refused = (id: string, title: string, auth: 'none' | { apiKey: string }) =>
    step({ id, dvv: 'V12', title }, async (ctx) => {
      v12Settings(ctx);
      const org = await organizationIdOf(ctx);
      const res = await ctx.client.request({
        method: 'GET',
        path: `/api/v12/organization/${org}`,
        api: 'v12',
        auth,
      });
      // 401/403 is [INF]: the spec documents neither, so only "not 2xx" is judged; the status is recorded.
      ctx.record.finding({
        path: 'x-api-key',
        rule: 'v12.keyRefusal',
        severity: 'info',
        message: `without a valid key the gateway answered ${res.status}`,
        actual: res.status,
      });
      check(ctx, res.status < 200 || res.status >= 300, {
        path: 'x-api-key',
        rule: 'v12.keyRequired',
        message: `GET /api/v12/organization/{id} answered ${res.status} with ${auth === 'none' ? 'no' : 'a wrong'} key`,
        actual: res.status,
      });
    });
  refused('V12-CONN-03', 'the same read without x-api-key is refused', 'none');
  refused('V12-CONN-04', 'the same read with a wrong x-api-key is refused', { apiKey: 'ptvr-wrong-api-key' });

  step(
    {
      id: 'V12-CONN-05',
      dvv: 'V12',
      title: "the run's service classes and target groups exist in v12's reference data",
    },
    async (ctx) => {
      v12Settings(ctx);
      written = readLedger(ctx.settings.runDir);
      const codes = { 'service-classes': new Set<string>(), 'target-groups': new Set<string>() };
      for (const w of written.filter((x) => x.kind === 'service' && !x.archived).slice(0, 10)) {
        const res = await ctx.client.get(v11Path(w));
        const body = (res.body ?? {}) as Obj;
        const code = (c: Obj) => String(c.code ?? c.uri ?? '').replace(/^.*\/code\//, '');
        for (const c of (body.serviceClasses as Obj[] | undefined) ?? [])
          codes['service-classes'].add(code(c));
        for (const c of (body.targetGroups as Obj[] | undefined) ?? []) codes['target-groups'].add(code(c));
      }
      for (const [list, set] of Object.entries(codes)) {
        const all = [...set].filter(Boolean);
        for (let i = 0; i < all.length; i += 20) {
          const chunk = all.slice(i, i + 20); // at most 20 codes per call [SPEC]
          const res = await v12Get(ctx, `/api/v12/${list}`, { ...PAGE, codes: chunk.join(',') });
          const found = new Map(
            ((res.body as { items?: { code: string; isValid: boolean }[] })?.items ?? []).map((x) => [
              x.code,
              x.isValid,
            ]),
          );
          for (const c of chunk) {
            check(ctx, found.get(c) === true, {
              path: `${list}/${c}`,
              rule: 'v12.referenceCode',
              message: `code ${c} is ${found.has(c) ? 'not valid' : 'missing'} in /api/v12/${list}`,
              expected: true,
              actual: found.get(c) ?? null,
            });
          }
        }
      }
    },
  );

  step(
    { id: 'V12-00', dvv: 'V12', title: 'wait for the v11 → v12 copy and record the observed delay' },
    async (ctx) => {
      const { waitMs, pollMs } = v12Settings(ctx);
      written = readLedger(ctx.settings.runDir);
      runStart = new Date(Math.min(...written.map((w) => w.lastWrite), Date.now()) - 60_000).toISOString();
      const org = await organizationIdOf(ctx);
      // The expected state: v11's own public read of each live entity now.
      const expected = new Map<string, NeutralState>();
      for (const w of written.filter((x) => !x.archived)) {
        const res: PtvResponse = await ctx.client.get(v11Path(w));
        if (res.status !== 200) continue;
        expected.set(w.id, fromV11Out(w.v11Kind, res.body, { roleOf: roleOfFor(org) }));
        v11Reads.set(w.id, res.body);
      }
      const lastWrite = Math.max(...written.map((w) => w.lastWrite), 0);
      const deadline = Math.max(lastWrite + waitMs, Date.now() + pollMs);
      let pending = [...written];
      for (;;) {
        const archived = new Map<Kind, Set<string>>();
        for (const k of ['organization', 'service', 'channel'] as const) {
          if (pending.some((w) => w.kind === k && w.archived)) archived.set(k, await archivedIds(ctx, k));
        }
        const still: Written[] = [];
        for (const w of pending) {
          const o: Outcome = {
            ...(await observe(ctx, w, expected.get(w.id), archived.get(w.kind) ?? new Set())),
          };
          const exp = expected.get(w.id);
          if (exp) o.expected = exp;
          if (o.state === 'settled') o.delayMs = Math.max(0, Date.now() - w.lastWrite);
          outcomes.set(w.id, o);
          if (o.state !== 'settled') still.push(w);
        }
        pending = still;
        if (pending.length === 0 || Date.now() >= deadline) break;
        await sleep(Math.min(pollMs, Math.max(0, deadline - Date.now())));
      }
      const delays = [...outcomes.values()]
        .flatMap((o) => (o.delayMs === undefined ? [] : [o.delayMs]))
        .sort((a, b) => a - b);
      if (delays.length) {
        ctx.record.finding({
          path: 'propagation',
          rule: 'v12.observedDelay',
          severity: 'info',
          message: `observed v11 → v12 delay: min ${delays[0]} ms, median ${delays[Math.floor(delays.length / 2)]} ms, max ${delays[delays.length - 1]} ms over ${delays.length} entities (resolution ${pollMs} ms; DVV states about 1–1.5 h)`,
          actual: {
            min: delays[0],
            median: delays[Math.floor(delays.length / 2)],
            max: delays[delays.length - 1],
          },
        });
      }
      // A copy that arrived but differs is `readback.mismatch` in its own case, not "not copied yet".
      const late = pending.filter((w) => outcomes.get(w.id)?.state !== 'diverged');
      check(ctx, late.length === 0, {
        path: 'propagation',
        rule: 'v12.notPropagated',
        message: `${late.length} of ${written.length} entities had not reached v12 when the wait ended: ${late
          .slice(0, 10)
          .map((w) => w.role)
          .join(', ')}`,
        actual: late.length,
      });
    },
  );
});

// One flow per case: a group that did not settle fails its own case; it does not block the others.
const group = (id: string, title: string, pick: (w: Written) => boolean) =>
  flow(`V12 ${id}`, () =>
    step({ id, dvv: 'V12', title }, async (ctx) => {
      v12Settings(ctx);
      const mine = written.filter(pick);
      if (mine.length === 0) return ctx.skip('the run wrote no such entity');
      for (const w of mine) {
        recordEntity(ctx, w);
        ctx.record.entity(w.id);
      }
    }),
  );
group(
  'V12-ORG',
  'sub-organisations read back through v12 match v11',
  (w) => w.kind === 'organization' && !w.archived,
);
group('V12-SRV', 'services read back through v12 match v11', (w) => w.kind === 'service' && !w.archived);
group(
  'V12-CH',
  'service channels read back through v12 match v11',
  (w) => w.kind === 'channel' && !w.archived,
);
group('V12-ARC', 'archived entities are gone on v12 and listed as archived', (w) => w.archived);

flow('V12 connections on the v12 side', () => {
  step(
    { id: 'V12-CON', dvv: 'V12', title: "each service's connections on v12 are the ones v11 shows" },
    async (ctx) => {
      v12Settings(ctx);
      const services = written.filter((w) => w.kind === 'service' && !w.archived);
      if (services.length === 0) return ctx.skip('the run wrote no live service');
      for (const s of services) {
        const v11 = await ctx.client.get(paths.service.get(s.id));
        const want = new Set(connectedIds(v11.body, 'service').map((x) => x.toLowerCase()));
        const res = await v12Get(ctx, '/api/v12/connection/search', { ...PAGE, serviceContentIds: s.id });
        const got = new Set(
          ((res.body as { items?: { channelContentId: string }[] })?.items ?? []).map((i) =>
            i.channelContentId.toLowerCase(),
          ),
        );
        const missing = [...want].filter((x) => !got.has(x));
        const extra = [...got].filter((x) => !want.has(x));
        // Each connection's additional information too, by neutral key (charge, texts, hours, contacts).
        const items = (res.body as { items?: unknown[] })?.items ?? [];
        const info = compareV12Connections(v11.body, items, s.role, roleOfFor(await organizationIdOf(ctx)));
        ctx.record.readBack({
          endpoint: 'GET /api/v12/connection/search?serviceContentIds={id}',
          entityId: s.id,
          fields: [
            {
              path: `${s.role} connections`,
              key: 'service.channels',
              sent: [...want].sort(),
              read: [...got].sort(),
              ok: !missing.length && !extra.length,
            },
            ...info.fields,
          ],
        });
        for (const f of info.findings) ctx.record.finding({ ...f, path: `${s.role} ${f.path}` });
        check(ctx, missing.length === 0 && extra.length === 0, {
          path: `${s.role} connections`,
          rule: 'readback.mismatch',
          message: `v12 connections of ${s.role}: ${missing.length} missing, ${extra.length} extra`,
          expected: [...want],
          actual: [...got],
        });
      }
    },
  );
});
