/**
 * V12 — the v12 read-back pre-check (v12-migration.md §4.5; not part of DVV's v11 list, never counted for
 * READY). After the v11 suites, everything the run wrote is read through the v12 API-key gateway and
 * compared, by neutral key, with its final v11 state; the copy delay is polled out (`--v12-wait`,
 * `--v12-poll`) and "not copied yet" (`v12.notPropagated`) is told from "copied wrong"
 * (`readback.mismatch`). What the run wrote comes from its ledger (creates, archives) and its evidence
 * (PUTs); the expected state is the v11 public read of each entity at this point.
 *
 * Case ids: the fixed V12-CONN-01..05 and V12-00, then one case per entity, known only at run time
 * (sub-cases, see `StepContext.subCase`): `V12-<creating case>` (or `V12-<role>` when the case created
 * several), `V12-ARC-nn` per archived entity, `V12-CON-nn` per connection pair (docs/suites.md).
 */
import { existsSync, readFileSync } from 'node:fs';
import {
  compareNeutral,
  isOlderV12Copy,
  connectedIds,
  connectionEntity,
  findConnectionItem,
  delayStats,
  flow,
  fromV11Connection,
  fromV11Out,
  fromV12Out,
  lastPutReceipts,
  type LedgerEntry,
  type NeutralState,
  ORG_ROLE,
  parseProblemDetails,
  type PtvResponse,
  runFile,
  step,
  type StepContext,
  type StepRecorder,
  type SubCaseContext,
  v12CaseIds,
  v12ConnectionCaseId,
  type Written,
  type WrittenKind,
  writtenOf,
} from '#ptvr';
import { check } from './support/http.js';
import { organizationIdOf } from './support/context.js';
import { paths } from './support/paths.js';
import { v12KeyChecks } from './support/v12KeyChecks.js';

type Obj = Record<string, unknown>;
type Kind = WrittenKind;

/** How one entity ended on the v12 side. */
interface Outcome {
  state: 'settled' | 'stale' | 'diverged';
  delayMs?: number;
  expected?: NeutralState;
  read?: NeutralState;
  status?: number;
  body?: unknown;
  /** Polls that saw it missing, older or different before it settled (or until the deadline). */
  stalePolls: number;
  /** Seen by its v11 id on v12 at least once. */
  seenById: boolean;
}

const V12_PATH: Record<Kind, string> = {
  organization: '/api/v12/organization',
  service: '/api/v12/service',
  channel: '/api/v12/service-channel',
};
const PAGE = { page: 1, pageSize: 100 };
const PENDING = 'pending v12 read-back (readback <run-dir>)';

let written: Written[] | undefined;
const outcomes = new Map<string, Outcome>();
let runStart = '';
/** When V12-00 stopped waiting; the connection cases poll until then too. */
let deadline = 0;

/** The v12 settings, or a skip when the run does not read v12. A deferred run still fans its cases out. */
function v12Requested(ctx: StepContext): { waitMs: number; pollMs: number; defer: boolean } {
  const v = ctx.settings.v12;
  if (!ctx.settings.v12ApiUrl || !v) return ctx.skip('v12 read-back not requested (run --read-api v12)');
  return v;
}

function v12Settings(ctx: StepContext): { waitMs: number; pollMs: number } {
  const v = v12Requested(ctx);
  if (v.defer) return ctx.skip(PENDING);
  return v;
}

/** The recognised lines of an NDJSON file of the run (a torn last line is skipped). */
function ndjson<T>(file: string): T[] {
  if (!existsSync(file)) return [];
  return readFileSync(file, 'utf8')
    .split('\n')
    .flatMap((line) => {
      if (!line.trim()) return [];
      try {
        return [JSON.parse(line) as T];
      } catch {
        return [];
      }
    });
}

/** What the run wrote: creates and archives from the ledger, the last PUT of each from the evidence. */
async function writtenFor(ctx: StepContext): Promise<Written[]> {
  if (written) return written;
  const dir = ctx.settings.runDir;
  written = writtenOf(ndjson<LedgerEntry>(runFile(dir, 'ledger')), {
    organizationId: await organizationIdOf(ctx),
    puts: lastPutReceipts(ndjson(runFile(dir, 'evidence'))),
  });
  return written;
}

const v11Path = (w: Written): string =>
  w.kind === 'organization'
    ? paths.organization.get(w.id)
    : w.kind === 'service'
      ? paths.service.get(w.id)
      : paths.channel.get(w.id);

function roleOfFor(orgId: string, all: readonly Written[]): (id: string) => string {
  const roles = new Map(all.map((w) => [w.id.toLowerCase(), w.role]));
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

type Look = Pick<Outcome, 'state' | 'status' | 'body' | 'read'>;

/** One look at an entity on v12: settled (matches v11), stale (not there yet or older), or diverged. */
async function observe(
  ctx: StepContext,
  w: Written,
  expected: NeutralState | undefined,
  archived: Set<string>,
  roleOf: (id: string) => string,
  v11Body: unknown,
): Promise<Look> {
  const res = await v12Get(ctx, `${V12_PATH[w.kind]}/${w.id}`);
  if (w.archived) {
    const gone = res.status === 404 && archived.has(w.id.toLowerCase());
    return { state: gone ? 'settled' : 'stale', status: res.status, body: res.body };
  }
  if (res.status !== 200) return { state: 'stale', status: res.status, body: res.body };
  const read = fromV12Out(res.body, { roleOf });
  const cmp = compareNeutral(expected ?? {}, read);
  if (cmp.same) return { state: 'settled', status: 200, read, body: res.body };
  // [INF] A copy of an older version than v11 serves is not wrong yet, only late.
  const older = isOlderV12Copy(res.body, v11Body);
  return { state: older ? 'stale' : 'diverged', status: 200, read, body: res.body };
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

function notPropagated(record: StepRecorder, role: string, id: string, status?: number, body?: unknown) {
  const reason = parseProblemDetails(body)?.reason;
  record.finding({
    path: role,
    rule: 'v12.notPropagated',
    severity: 'error',
    message: `${role} (${id}) did not reach v12 before the deadline: last answer ${status ?? 'none'}${reason ? ` ${reason}` : ''}`,
    actual: status ?? null,
  });
}

/** One entity's case: its outcome from V12-00, as findings, a read-back and the v12 timing. */
function recordEntity(sub: SubCaseContext, w: Written): void {
  sub.record.entity(w.id);
  const o = outcomes.get(w.id);
  if (!o) {
    return void sub.record.finding({
      path: w.role,
      rule: 'check',
      severity: 'error',
      message: `${w.role} was never read on v12 (V12-00 did not run)`,
    });
  }
  sub.record.v12({
    stalePolls: o.stalePolls,
    ...(o.seenById && { idMapping: 'same' as const }),
    ...(o.delayMs !== undefined && { observedDelayMs: o.delayMs }),
  });
  if (o.state === 'stale') return notPropagated(sub.record, w.role, w.id, o.status, o.body);
  if (w.archived) {
    const reason = parseProblemDetails(o.body)?.reason;
    // `NotPublished` for an archived item is [INF]: another value is worth a look, not a failure.
    if (reason !== 'NotPublished') {
      sub.record.finding({
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
  sub.record.readBack({
    endpoint: `GET ${V12_PATH[w.kind]}/{contentId}`,
    entityId: w.id,
    fields: cmp.fields,
  });
  for (const f of cmp.findings) sub.record.finding({ ...f, path: `${w.role} ${f.path}` });
}

flow('V12 read-back through the v12 API', () => {
  v12KeyChecks(async (ctx) => {
    const all = await writtenFor(ctx);
    const codes = { 'service-classes': new Set<string>(), 'target-groups': new Set<string>() };
    for (const w of all.filter((x) => x.kind === 'service' && !x.archived).slice(0, 10)) {
      const res = await ctx.client.get(v11Path(w));
      const body = (res.body ?? {}) as Obj;
      const code = (c: Obj) => String(c.code ?? c.uri ?? '').replace(/^.*\/code\//, '');
      for (const c of (body.serviceClasses as Obj[] | undefined) ?? []) codes['service-classes'].add(code(c));
      for (const c of (body.targetGroups as Obj[] | undefined) ?? []) codes['target-groups'].add(code(c));
    }
    return {
      'service-classes': [...codes['service-classes']].filter(Boolean),
      'target-groups': [...codes['target-groups']].filter(Boolean),
    };
  }, v12Settings);

  step(
    { id: 'V12-00', dvv: 'V12', title: 'wait for the v11 → v12 copy and record the observed delay' },
    async (ctx) => {
      const { waitMs, pollMs } = v12Settings(ctx);
      const all = await writtenFor(ctx);
      runStart = new Date(Math.min(...all.map((w) => w.lastWrite), Date.now()) - 60_000).toISOString();
      const roleOf = roleOfFor(await organizationIdOf(ctx), all);
      // The expected state: v11's own public read of each live entity now.
      const expected = new Map<string, NeutralState>();
      const v11Reads = new Map<string, unknown>();
      for (const w of all.filter((x) => !x.archived)) {
        const res: PtvResponse = await ctx.client.get(v11Path(w));
        if (res.status !== 200) continue;
        expected.set(w.id, fromV11Out(w.v11Kind, res.body, { roleOf }));
        v11Reads.set(w.id, res.body);
      }
      const lastWrite = Math.max(...all.map((w) => w.lastWrite), 0);
      deadline = Math.max(lastWrite + waitMs, Date.now() + pollMs);
      let pending = [...all];
      for (;;) {
        const archived = new Map<Kind, Set<string>>();
        for (const k of ['organization', 'service', 'channel'] as const) {
          if (pending.some((w) => w.kind === k && w.archived)) archived.set(k, await archivedIds(ctx, k));
        }
        const still: Written[] = [];
        for (const w of pending) {
          const prev = outcomes.get(w.id);
          const look = await observe(
            ctx,
            w,
            expected.get(w.id),
            archived.get(w.kind) ?? new Set(),
            roleOf,
            v11Reads.get(w.id),
          );
          const settled = look.state === 'settled';
          const exp = expected.get(w.id);
          outcomes.set(w.id, {
            ...look,
            ...(exp && { expected: exp }),
            stalePolls: (prev?.stalePolls ?? 0) + (settled ? 0 : 1),
            seenById: prev?.seenById === true || look.status === 200,
            // Measured from the harness's receipt of the last write; its resolution is one poll.
            ...(settled && { delayMs: Math.max(0, Math.round(Date.now() - w.lastWrite)) }),
          });
          if (!settled) still.push(w);
        }
        pending = still;
        if (pending.length === 0 || Date.now() >= deadline) break;
        await sleep(Math.min(pollMs, Math.max(0, deadline - Date.now())));
      }
      const stats = delayStats(
        [...outcomes.values()].flatMap((o) => (o.delayMs === undefined ? [] : [o.delayMs])),
      );
      if (stats) {
        ctx.record.finding({
          path: 'propagation',
          rule: 'v12.observedDelay',
          severity: 'info',
          message: `observed v11 → v12 delay: min ${stats.minMs} ms, median ${stats.medianMs} ms, max ${stats.maxMs} ms over ${stats.count} entities (resolution ${pollMs} ms; DVV states about 1–1.5 h)`,
          actual: { min: stats.minMs, median: stats.medianMs, max: stats.maxMs },
        });
      }
      // Not copied yet and copied differently are told apart here too; each role's case says which.
      const stale = pending.filter((w) => outcomes.get(w.id)?.state !== 'diverged');
      const diverged = pending.filter((w) => outcomes.get(w.id)?.state === 'diverged');
      const roles = (ws: Written[]) =>
        ws
          .slice(0, 10)
          .map((w) => w.role)
          .join(', ');
      check(ctx, stale.length === 0, {
        path: 'propagation',
        rule: 'v12.notPropagated',
        message: `${stale.length} of ${all.length} entities had not reached v12 when the wait ended: ${roles(stale)}`,
        actual: stale.length,
      });
      check(ctx, diverged.length === 0, {
        path: 'propagation',
        rule: 'v12.diverged',
        message: `${diverged.length} of ${all.length} entities differ on v12 from v11: ${roles(diverged)}`,
        actual: diverged.length,
      });
    },
  );
});

/**
 * One step per family, reported as one case per entity (sub-cases; the step itself is not reported).
 * A family in its own flow: one entity that did not settle fails its own case, not the others.
 */
const family = (
  id: string,
  title: string,
  pick: (w: Written) => boolean,
  caseTitle: (w: Written) => string,
) =>
  flow(`V12 ${id}`, () =>
    step({ id, dvv: 'V12', title }, async (ctx) => {
      const { defer } = v12Requested(ctx);
      const all = await writtenFor(ctx);
      const ids = v12CaseIds(all);
      const mine = all.filter(pick);
      if (mine.length === 0) return ctx.skip('the run wrote no such entity');
      for (const w of mine) {
        await ctx.subCase({ id: ids.get(w.id)!, title: caseTitle(w) }, (sub) =>
          defer ? sub.skip(PENDING) : recordEntity(sub, w),
        );
      }
      if (defer) ctx.skip(PENDING);
    }),
  );
family(
  'V12-ROLE',
  'one case per entity the run wrote and kept: its v12 read matches v11 (V12-<creating case>)',
  (w) => !w.archived,
  (w) => `${w.role} read back through v12 matches v11`,
);
family(
  'V12-ARC',
  'one case per archived entity: gone on v12 and listed as archived (V12-ARC-nn)',
  (w) => w.archived,
  (w) => `archived ${w.role} is gone on v12 and listed as archived`,
);

/** One connection pair on v12: polled until it matches v11 or V12-00's deadline has passed. */
async function recordConnection(
  ctx: StepContext,
  sub: SubCaseContext,
  s: Written,
  channelId: string,
  item: Obj | undefined,
  roleOf: (id: string) => string,
  pollMs: number,
): Promise<void> {
  const chRole = roleOf(channelId);
  const entity = connectionEntity(s.role, chRole);
  const expected = fromV11Connection(item ?? null, s.role, chRole);
  let stalePolls = 0;
  for (;;) {
    const res = await v12Get(ctx, `/api/v12/connection/${s.id}/${channelId}`);
    const read: NeutralState =
      res.status === 200 ? fromV12Out(res.body, { roleOf }) : { [`${entity}.exists`]: false };
    const cmp = compareNeutral(expected, read);
    if (cmp.same || Date.now() >= deadline) {
      sub.record.v12({ stalePolls });
      sub.record.readBack({
        endpoint: 'GET /api/v12/connection/{serviceContentId}/{channelContentId}',
        entityId: `${s.id}/${channelId}`,
        fields: cmp.fields,
      });
      // A pair present on one side only is a copy that has not arrived (or not been removed) yet.
      const onlyOneSide = expected[`${entity}.exists`] !== read[`${entity}.exists`];
      if (!cmp.same && onlyOneSide)
        return notPropagated(sub.record, entity, `${s.id}/${channelId}`, res.status, res.body);
      for (const f of cmp.findings) sub.record.finding(f);
      return;
    }
    stalePolls += 1;
    await sleep(Math.min(pollMs, Math.max(0, deadline - Date.now())));
  }
}

flow('V12 V12-CON', () => {
  step(
    {
      id: 'V12-CON',
      dvv: 'V12',
      title: 'one case per connection of a service the run wrote: v12 matches v11 (V12-CON-nn)',
    },
    async (ctx) => {
      const { defer, pollMs } = v12Requested(ctx);
      const all = await writtenFor(ctx);
      const services = all.filter((w) => w.kind === 'service' && !w.archived);
      if (services.length === 0) return ctx.skip('the run wrote no live service');
      const roleOf = roleOfFor(await organizationIdOf(ctx), all);
      const order = new Map(all.map((w, i) => [w.id.toLowerCase(), i]));
      let n = 0;
      for (const s of services) {
        const v11 = await ctx.client.get(paths.service.get(s.id));
        const ids = new Map(connectedIds(v11.body, 'service').map((x) => [x.toLowerCase(), x]));
        if (!defer) {
          // Pairs v12 still shows but v11 no longer does are cases too (a removal not copied).
          const res = await v12Get(ctx, '/api/v12/connection/search', { ...PAGE, serviceContentIds: s.id });
          for (const i of (res.body as { items?: { channelContentId: string }[] })?.items ?? [])
            if (!ids.has(i.channelContentId.toLowerCase()))
              ids.set(i.channelContentId.toLowerCase(), i.channelContentId);
        }
        // Channels in ledger order (the run's own first), then by id: deterministic case numbers.
        const pairs = [...ids.values()].sort(
          (a, b) =>
            (order.get(a.toLowerCase()) ?? Infinity) - (order.get(b.toLowerCase()) ?? Infinity) ||
            a.localeCompare(b),
        );
        for (const c of pairs) {
          await ctx.subCase(
            { id: v12ConnectionCaseId(++n), title: `connection ${s.role} > ${roleOf(c)} on v12 matches v11` },
            async (sub) => {
              if (defer) return sub.skip(PENDING);
              sub.record.entity(s.id);
              sub.record.entity(c);
              const item = findConnectionItem(v11.body, 'service', c);
              await recordConnection(ctx, sub, s, c, item, roleOf, pollMs);
            },
          );
        }
      }
      if (n === 0) return ctx.skip('no service the run wrote has a connection');
      if (defer) ctx.skip(PENDING);
    },
  );
});
