/**
 * Black-box, as an organisation would run it: the built CLI (`npm run build` first) plays DVV's
 * scenario through the sample integration's adapter against the embedded simulator
 * (`run --driver command`). Clean → READY; each defect switch → the item it breaks fails, with a
 * finding that names the step or field; a scheduled sync → the latency shows in the table.
 */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { onlyRunDir, readModel, runCli, tempDir } from '../../test/cliHarness.js';

const ADAPTER = join(import.meta.dirname, 'adapter');
const E2E_TIMEOUT = 600_000;

/** One driven run; `env` reaches the adapter (the tool passes its environment on). */
async function drivenRun(name: string, env: Record<string, string> = {}, extra: string[] = []) {
  const out = tempDir(`adapter-${name}`);
  const run = await runCli(
    [
      'run',
      '--target',
      'sim',
      '--driver',
      'command',
      '--adapter',
      ADAPTER,
      '--out',
      out,
      '--formats',
      'md',
      ...extra,
    ],
    { env: { SAMPLE_RETRY_BASE_MS: '5', ...env } },
  );
  const model = readModel(onlyRunDir(out));
  const item = (id: string) => model.items!.find((i) => i.id === id)!;
  const failedCases = model.cases.filter((c) => c.status === 'failed');
  const findings = (dvvItem: string) =>
    failedCases
      .filter((c) => c.dvvItem === dvvItem)
      .flatMap((c) => c.findings.filter((f) => f.severity === 'error').map((f) => `${f.path}: ${f.message}`));
  return { ...run, model, item, failedCases, findings };
}

// Defect runs wait for changes that never come: a shorter wait than the 10-minute default. The sample's
// `sync` finishes its round before it answers, so a change not in PTV by then never comes; the wait
// only bounds how long the tool looks.
const DEFECT_FLAGS = ['--sync-timeout', '4s', '--sync-poll', '250ms'];

// The six runs are independent (own simulator on port 0, own run and data directories) and mostly wait
// on child processes and polls, so they run side by side; no assertion depends on timing: the sample's
// `sync` finishes its round before the tool starts looking, and the delay test checks a lower bound.
describe.concurrent('the sample integration driven by `ptv-readiness run --driver command`', () => {
  it(
    'clean: every change reaches PTV, fields equal or declared not mapped, READY (exit 0)',
    async () => {
      const r = await drivenRun('clean');
      expect(r.code, `${r.stdout}\n${r.stderr}`).toBe(0);
      expect(r.model.actor).toBe('driven');
      expect(r.model.status).toBe('passed');
      for (const id of ['CONN', 'T1', 'T2', 'T3', 'T4', 'T5', 'T6'])
        expect(r.item(id).status, id).toBe('passed');
      expect(r.stdout).toMatch(/^READY: \d+ passed, 0 failed, 0 skipped$/m);
      const rows = r.model.syncLatency!.rows;
      expect(rows).toHaveLength(23);
      expect(rows.every((x) => x.state === 'visible' && x.withinYardstick)).toBe(true);
      // What the store cannot hold is reported as not mapped, never as equal.
      const notMapped = r.model.cases.flatMap((c) =>
        c.findings
          .filter((f) => f.rule === 'driven.notMapped')
          .map((f) => `${c.title.split(':')[0]} ${f.path}`),
      );
      expect(notMapped).toEqual(
        expect.arrayContaining(['T2.create fundingType', 'T1.create organizationType']),
      );
    },
    E2E_TIMEOUT,
  );

  it(
    'no-archive: T6 fails — the deletions in the source never reach PTV (exit 1)',
    async () => {
      const r = await drivenRun('noarchive', { SAMPLE_DEFECTS: 'no-archive' }, DEFECT_FLAGS);
      expect(r.code, r.stdout).toBe(1);
      expect(r.item('T6').status).toBe('failed');
      expect(r.findings('T6')).toEqual([
        expect.stringMatching(/^T6\.delete\.service: .*not archived in PTV within 4 s .*still Published/),
        expect.stringMatching(/^T6\.delete\.echannel: .*not archived/),
        expect.stringMatching(/^T6\.delete\.organization: .*not archived/),
      ]);
      for (const id of ['T1', 'T2', 'T3', 'T4']) expect(r.item(id).status, id).toBe('passed');
    },
    E2E_TIMEOUT,
  );

  it(
    'names-truncated: T5 fails on `names` — PTV holds the names cut mid-word (exit 1)',
    async () => {
      const r = await drivenRun('names', { SAMPLE_DEFECTS: 'names-truncated' }, DEFECT_FLAGS);
      expect(r.code, r.stdout).toBe(1);
      expect(r.item('T5').status).toBe('failed');
      const t5 = r.findings('T5');
      expect(t5.length).toBeGreaterThan(0);
      expect(t5.every((f) => f.startsWith('names: '))).toBe(true);
    },
    E2E_TIMEOUT,
  );

  it(
    'skip-connection-info: the service location connection’s additional information is missing in PTV (exit 1)',
    async () => {
      const r = await drivenRun('conninfo', { SAMPLE_DEFECTS: 'skip-connection-info' }, DEFECT_FLAGS);
      expect(r.code, r.stdout).toBe(1);
      const failed = r.failedCases.map((c) => c.title);
      expect(failed.some((t) => t.startsWith('T4.connect.servicelocation'))).toBe(true);
      expect(r.findings('T5').join('\n')).toMatch(/^(descriptions|chargeType|hours): /m);
    },
    E2E_TIMEOUT,
  );

  it(
    'modify-old: the updates land on the base catalogue, so T1–T3 updates never show in PTV (exit 1)',
    async () => {
      const r = await drivenRun('modifyold', { SAMPLE_DEFECTS: 'modify-old' }, DEFECT_FLAGS);
      expect(r.code, r.stdout).toBe(1);
      for (const id of ['T1', 'T2', 'T3']) expect(r.item(id).status, id).toBe('failed');
      const updates = r.model.syncLatency!.rows.filter((x) => x.operation === 'update' && x.item !== 'T4');
      expect(updates).toHaveLength(7);
      expect(updates.every((x) => x.state !== 'visible')).toBe(true);
      expect(r.findings('T2')).toEqual([
        expect.stringMatching(/^T2\.update: update service was not visible in PTV/),
      ]);
    },
    E2E_TIMEOUT,
  );

  it(
    'a scheduled sync (SAMPLE_SYNC_DELAY_MS): still READY, and every latency in the table is at least the delay',
    async () => {
      const delay = 1000;
      const r = await drivenRun('delay', { SAMPLE_SYNC_DELAY_MS: String(delay) }, ['--sync-poll', '250ms']);
      expect(r.code, r.stdout).toBe(0);
      const rows = r.model.syncLatency!.rows;
      expect(rows).toHaveLength(23);
      // The round starts `delay` ms after the adapter answered, so no change can show sooner.
      expect(rows.filter((x) => x.latencyMs! < delay)).toEqual([]);
      expect(rows.every((x) => x.withinYardstick)).toBe(true);
    },
    E2E_TIMEOUT,
  );
});
