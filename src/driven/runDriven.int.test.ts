import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readLedger } from '../client/ledger.js';
import { resolveConfig } from '../config/resolveConfig.js';
import { packageRoot } from '../core/toolVersion.js';
import type { CaseResult, ReportModel } from '../report/model.js';
import { runFile } from '../suite/runFiles.js';
import { runDriven, type DrivenSettings } from './runDriven.js';

const ADAPTER = join(packageRoot(), 'test', 'support', 'drivenTestAdapter.mjs');
const { NODE_OPTIONS: _nodeOptions, ...parentEnv } = process.env;

function sink() {
  let text = '';
  const w = { write: (s: string) => ((text += s), true) };
  return { io: { stdout: w, stderr: w }, text: () => text };
}

interface Drive {
  /** DRIVEN_TEST_* knobs of the test adapter. */
  knobs?: Record<string, string>;
  only?: string[];
  /** Fires Ctrl-C when the progress output first contains this text. */
  abortOn?: string;
  settings?: Partial<DrivenSettings>;
  out?: string;
  simDb?: string;
  state?: string;
}

/** One driven run on a fresh simulator (or the given --sim-db) with the test adapter. */
async function drive(d: Drive = {}) {
  const out = d.out ?? mkdtempSync(join(tmpdir(), 'ptvr-driven-'));
  const state = d.state ?? join(out, 'adapter-state.json');
  const config = resolveConfig({
    flags: { out, formats: ['md'], langs: ['en'], ...(d.simDb && { sim: { db: d.simDb } }) },
    env: {},
    file: {},
    cwd: out,
  });
  const s = sink();
  const ac = new AbortController();
  const io = {
    stdout: {
      write: (x: string) => {
        s.io.stdout.write(x);
        if (d.abortOn && x.includes(d.abortOn)) ac.abort();
        return true;
      },
    },
    stderr: s.io.stderr,
  };
  const r = await runDriven({
    config,
    driven: {
      driver: 'command',
      adapter: ADAPTER,
      syncTimeoutMs: 5000,
      syncPollMs: 100,
      adapterTimeoutMs: 30_000,
      ...d.settings,
    },
    io,
    signal: ac.signal,
    progress: 'plain',
    cwd: out,
    // The adapter is a fresh node per operation: without vitest's NODE_OPTIONS it starts faster.
    env: { ...parentEnv, DRIVEN_TEST_STATE: state, ...d.knobs },
    ...(d.only && { onlySteps: d.only }),
  });
  const model = JSON.parse(readFileSync(join(r.runDir, 'report.json'), 'utf8')) as ReportModel;
  const byId = (id: string): CaseResult => model.cases.find((c) => c.id === id)!;
  const item = (id: string) => model.items!.find((i) => i.id === id)!;
  return { ...r, model, byId, item, out, state, text: s.text };
}

describe('driven runs against the simulator with a test adapter', () => {
  it('a clean integration: READY, every step visible, fields equal, latencies and ledger recorded', async () => {
    const r = await drive();
    expect(r.outcome, r.text()).toBe('passed');
    expect(r.model.status).toBe('passed');
    expect(r.model.actor).toBe('driven');
    for (const id of ['CONN', 'T1', 'T2', 'T3', 'T4', 'T5', 'T6'])
      expect(r.item(id).status, id).toBe('passed');
    expect(r.item('PIT').status).toBe('not-run');
    // 23 source changes, each seen in PTV within the yardstick.
    const rows = r.model.syncLatency!.rows;
    expect(rows).toHaveLength(23);
    expect(rows.every((x) => x.state === 'visible' && x.withinYardstick && x.latencyMs! >= 0)).toBe(true);
    // T5 compares real fields: the service's classes among them, all equal.
    const svc = r.model.cases.find((c) => c.dvvItem === 'T5' && c.title.startsWith('T2.create'))!;
    expect(svc.readBacks[0]!.fields.map((f) => f.path)).toContain('serviceClasses (serviceClasses)');
    expect(svc.readBacks[0]!.fields.every((f) => f.ok)).toBe(true);
    // Everything the integration created is in the ledger; the three T6 deletions as archived.
    const ledger = readLedger(runFile(r.runDir, 'ledger'));
    expect(ledger.filter((e) => e.event === 'created')).toHaveLength(7);
    expect(ledger.filter((e) => e.event === 'archived')).toHaveLength(3);
    expect(existsSync(join(r.runDir, 'manifest.json'))).toBe(true);
    // 46 adapter processes: minutes on a loaded 2-core machine.
  }, 600_000);

  it('an adapter that exits non-zero: PTVR_ADAPTER_FAILED naming the operation, the rest not run, report.json written', async () => {
    const r = await drive({
      knobs: { DRIVEN_TEST_FAIL: 'create:service' },
      only: ['T1.create', 'T2.create', 'T2.update'],
    });
    expect(r.outcome).toBe('error');
    expect(r.model.status).toBe('error');
    expect(r.model.errors[0]).toMatchObject({
      code: 'PTVR_ADAPTER_FAILED',
      message: 'create service exited 3',
    });
    expect(r.byId('DRV-T1-01').status).toBe('passed');
    expect(r.byId('DRV-T2-01').status).toBe('failed');
    expect(r.byId('DRV-T2-02')).toMatchObject({
      status: 'skipped',
      skipReason: expect.stringMatching(/PTVR_ADAPTER_FAILED/),
    });
    // The adapter's stderr is kept with the step's documents.
    const doc = JSON.parse(readFileSync(join(r.runDir, 'driven', '02-T2.create.json'), 'utf8'));
    expect(doc.error.stderrTail).toContain('source system refused create service');
  }, 120_000);

  it('malformed output and a hanging adapter: PTVR_ADAPTER_OUTPUT_INVALID / PTVR_ADAPTER_TIMEOUT', async () => {
    const bad = await drive({
      knobs: { DRIVEN_TEST_MALFORMED: 'create:organization' },
      only: ['T1.create', 'T1.update'],
    });
    expect(bad.outcome).toBe('error');
    expect(bad.model.errors[0]!.code).toBe('PTVR_ADAPTER_OUTPUT_INVALID');
    expect(bad.byId('DRV-T1-02').status).toBe('skipped');
    const hang = await drive({
      knobs: { DRIVEN_TEST_HANG: 'create:organization' },
      only: ['T1.create'],
      settings: { adapterTimeoutMs: 1500 },
    });
    expect(hang.outcome).toBe('error');
    expect(hang.model.errors[0]).toMatchObject({
      code: 'PTVR_ADAPTER_TIMEOUT',
      message: expect.stringMatching(/^create organization: no answer within/),
    });
  }, 120_000);

  it('a slow sync shows in the latency table: latency ≥ the delay the integration took', async () => {
    const r = await drive({
      knobs: { DRIVEN_TEST_SYNC_DELAY: 'organization=1500' },
      only: ['T1.create', 'T1.update'],
    });
    const rows = r.model.syncLatency!.rows;
    expect(rows.map((x) => x.step)).toEqual(['T1.create', 'T1.update']);
    for (const x of rows) expect(x.latencyMs!).toBeGreaterThanOrEqual(1500);
    expect(r.item('T1').notes!.join(' ')).toMatch(/sync latency: longest/);
  }, 120_000);

  it('a field the integration does not send fails T5 naming it; declared notMapped is reported, not failed', async () => {
    const gap = await drive({ knobs: { DRIVEN_TEST_DROP: 'service:keywords' }, only: ['T2.create'] });
    const t5 = gap.model.cases.find((c) => c.dvvItem === 'T5')!;
    expect(t5.status).toBe('failed');
    expect(t5.findings.find((f) => f.severity === 'error')).toMatchObject({
      path: 'keywords',
      rule: 'readback.mismatch',
    });
    expect(gap.byId('DRV-T2-01').status).toBe('passed');
    const declared = await drive({
      knobs: { DRIVEN_TEST_DROP: 'service:keywords', DRIVEN_TEST_NOT_MAPPED: '{"service":["keywords"]}' },
      only: ['T2.create'],
    });
    const t5b = declared.model.cases.find((c) => c.dvvItem === 'T5')!;
    expect(t5b.status).toBe('passed');
    expect(t5b.findings).toContainEqual(
      expect.objectContaining({ path: 'keywords', rule: 'driven.notMapped', severity: 'info' }),
    );
  }, 120_000);

  it('--observe: the integration talks through the proxy; its login and its writes are judged (CONN, T5)', async () => {
    const r = await drive({ settings: { observe: true }, only: ['T2.create', 'T3.create.phone'] });
    expect(r.byId('DRV-CONN-02').status).toBe('passed');
    const obs = r.byId('DRV-T5-OBS');
    expect(obs.status).toBe('passed');
    expect(obs.title).toMatch(/the integration's own \d+ request\(s\)/);
    // The proxy's own report sits inside the driven run and saw the two creates.
    const observedDir = join(r.runDir, obs.file.replace(/\/report\.json$/, ''));
    const observed = JSON.parse(readFileSync(join(observedDir, 'report.json'), 'utf8')) as ReportModel;
    expect(observed.actor).toBe('observed');
    expect(
      observed.cases.filter((c) => c.dvvItem === 'T2' || c.dvvItem === 'T3').length,
    ).toBeGreaterThanOrEqual(2);
    expect(r.byId('DRV-T2-01').status).toBe('passed');
    // Each step carries the integration's own requests made during it (observed evidence, `O…` ids).
    const observedOf = (caseId: string) =>
      r
        .byId(caseId)
        .evidenceIds.flatMap((id) => r.model.evidence.filter((e) => e.id === id && id.startsWith('O')));
    expect(observedOf('DRV-T2-01').map((e) => `${e.method} ${new URL(e.url).pathname}`)).toContain(
      'POST /api/v11/Service',
    );
    expect(observedOf('DRV-T3-02').map((e) => `${e.method} ${new URL(e.url).pathname}`)).toContain(
      'POST /api/v11/ServiceChannel/Phone',
    );
    expect(observedOf('DRV-T2-01').some((e) => e.url.includes('ServiceChannel'))).toBe(false);
  }, 120_000);

  it('a kind the adapter does not handle is not demonstrated, never failed', async () => {
    const r = await drive({
      knobs: { DRIVEN_TEST_SKIP_KINDS: 'channel/printableform' },
      only: ['T3.create.printableform'],
    });
    expect(r.byId('DRV-T3-04')).toMatchObject({
      status: 'skipped',
      skipReason: 'not demonstrated (the adapter does not handle channel/printableform)',
    });
    expect(r.item('T3').status).toBe('not-demonstrated');
    expect(r.outcome).toBe('failed');
  }, 120_000);

  it('Ctrl-C during a step: exit 130, the adapter stopped, the report written; a resume finishes the run', async () => {
    const out = mkdtempSync(join(tmpdir(), 'ptvr-driven-'));
    const simDb = join(out, 'sim.db');
    const only = ['T1.create', 'T1.update'];
    // The Ctrl-C comes while the adapter hangs in T1.update: it must be killed, not waited for.
    const first = await drive({
      out,
      simDb,
      only,
      knobs: { DRIVEN_TEST_HANG: 'update:organization' },
      abortOn: 'T1.update: update',
    });
    expect(first.outcome).toBe('interrupted');
    expect(first.model.status).toBe('interrupted');
    expect(first.byId('DRV-T1-01').status).toBe('passed');
    expect(first.byId('DRV-T1-02').status).toBe('skipped');
    const again = await drive({ out, simDb, only, state: first.state, settings: { resume: first.runDir } });
    expect(again.outcome, again.text()).toBe('failed'); // a subset: the other items are not demonstrated
    expect(again.byId('DRV-T1-02').status).toBe('passed');
    expect(again.item('T1').status).toBe('passed');
  }, 180_000);

  it('a stopped run resumes after its last completed step, keeping the marker, the change time and the ledger', async () => {
    const out = mkdtempSync(join(tmpdir(), 'ptvr-driven-'));
    const simDb = join(out, 'sim.db');
    const hold = join(out, 'hold');
    writeFileSync(hold, 'organization\n');
    const only = ['T1.create', 'T1.update', 'T2.create', 'T6.delete.organization'];
    // The integration has not run for organisations yet, and the source refuses the service: stop.
    const first = await drive({
      out,
      simDb,
      only,
      knobs: { DRIVEN_TEST_HOLD: hold, DRIVEN_TEST_FAIL: 'create:service' },
      settings: { syncTimeoutMs: 500 },
    });
    expect(first.outcome).toBe('error');
    expect(first.byId('DRV-T1-01').findings[0]!.rule).toBe('driven.notVisible');
    expect(first.byId('DRV-T1-02')).toMatchObject({ status: 'skipped', blockedBy: 'DRV-T1-01' });
    rmSync(hold);
    const again = await drive({
      out,
      simDb,
      only,
      state: first.state,
      knobs: { DRIVEN_TEST_HOLD: hold },
      settings: { resume: first.runDir },
    });
    expect(again.runDir).toBe(first.runDir);
    expect(again.model.run.id).toBe(first.model.run.id);
    for (const id of ['DRV-T1-01', 'DRV-T1-02', 'DRV-T2-01', 'DRV-T6-03'])
      expect(again.byId(id).status, id).toBe('passed');
    // The first change was made once, in the first run: its latency spans the stop.
    const create = again.model.syncLatency!.rows.find((x) => x.step === 'T1.create')!;
    const firstChange = first.model.syncLatency!.rows.find((x) => x.step === 'T1.create')!;
    expect(create.changedAt).toBe(firstChange.changedAt);
    expect(create.latencyMs!).toBeGreaterThanOrEqual(500);
    const adapterState = JSON.parse(readFileSync(first.state, 'utf8')) as {
      records: Record<string, { kind: string }>;
    };
    expect(Object.values(adapterState.records).filter((x) => x.kind === 'organization')).toHaveLength(1);
    const ledger = readLedger(runFile(first.runDir, 'ledger'));
    expect(ledger.map((e) => `${e.event} ${e.objectType}`).sort()).toEqual([
      'archived Organization',
      'created Organization',
      'created Service',
    ]);
  }, 180_000);
});
