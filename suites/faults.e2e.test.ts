/**
 * Transient faults are not findings (issue #9): the full run under the simulator's fault profile
 * (5xx 10 %, 429 5 %, connection resets 1 %, seeded) passes every case, leaves no duplicate or
 * unrecorded entity in the simulator, and keeps every attempt in the evidence, linked from its case.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { EvidenceEntry } from '#ptvr';
import { onlyRunDir, readModel, runCli, tempDir } from '../test/cliHarness.js';
import { auditSimDb } from '../test/simDbAudit.js';

const FAULTS = '5xx=0.1,429=0.05,reset=0.01';

describe(`full run under --faults ${FAULTS}`, () => {
  // A full run with ~300 retries and their back-off: minutes on a busy machine.
  it(
    'seed 2: every case passes, no duplicate entity, every attempt in the evidence of its case',
    { timeout: 900_000 },
    async () => {
      const out = tempDir('faults');
      const db = join(tempDir('faults-db'), 'sim.db');
      const res = await runCli([
        'run',
        '--faults',
        FAULTS,
        '--seed',
        '2',
        '--sim-db',
        db,
        '--out',
        out,
        '--formats',
        'md',
      ]);
      const runDir = onlyRunDir(out);
      const model = readModel(runDir);
      const failed = model.cases.filter((c) => c.status !== 'passed');
      expect(failed.map((c) => `${c.id}: ${c.error ?? c.skipReason ?? ''}`)).toEqual([]);
      expect(res.code, res.stderr).toBe(0);
      expect(model.status).toBe('passed');
      expect(model.cases.length).toBeGreaterThan(400);

      // The faults really happened, and every attempt is in the evidence.
      const evidence = readFileSync(join(runDir, 'evidence.ndjson'), 'utf8')
        .trim()
        .split('\n')
        .map((l) => JSON.parse(l) as EvidenceEntry);
      const statuses = evidence.map((e) => e.status);
      expect(statuses).toContain(429);
      expect(statuses).toContain(500);
      expect(evidence.some((e) => e.error !== undefined)).toBe(true);
      // Each case links every attempt it made (retries and sourceId lookups included).
      const byCase = new Map<string, Set<string>>();
      for (const e of evidence) {
        if (e.caseId === undefined) continue;
        byCase.set(e.caseId, (byCase.get(e.caseId) ?? new Set()).add(e.id));
      }
      for (const c of model.cases) {
        expect(
          [...(byCase.get(c.id) ?? [])].filter((id) => !c.evidenceIds.includes(id)),
          c.id,
        ).toEqual([]);
      }

      // What the simulator holds: one entity per sourceId, every one in the ledger and archived.
      const audit = auditSimDb(db, join(runDir, 'ledger.ndjson'));
      expect(audit.created).toBeGreaterThan(20);
      expect(audit).toMatchObject({ duplicateSourceIds: [], withoutSourceId: [], notInLedger: [], live: [] });
    },
  );
});
