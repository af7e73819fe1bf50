/**
 * Issue #9 acceptance: every evidence entry of a full run is reachable from its case — in annex.html
 * inside the case's own collapsed section, in annex.md under the case — and the reviewer's document
 * (report.html) links each case it lists into the annex and shows T6's 404 reads. Spawns the built CLI.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { caseTitle } from '../src/report/caseTexts.js';
import { onlyRunDir, readModel, runCli, tempDir } from './cliHarness.js';

describe('a full run: every case with all of its evidence in the annex', () => {
  it('annex.html and annex.md hold every evidence entry under its case; report.html links into them', async () => {
    const out = tempDir('annex');
    const res = await runCli(['run', '--out', out, '--formats', 'html,md', '--langs', 'fi,en']);
    expect(res.code, res.stderr).toBe(0);
    const dir = onlyRunDir(out);
    const model = readModel(dir);
    expect(model.evidence.length).toBeGreaterThan(500);
    const read = (f: string): string => readFileSync(join(dir, f), 'utf8');
    const annex = read('annex.fi.html');
    const annexMd = read('annex.en.md');
    const report = read('report.fi.html');

    // Sections in document order: a case's section runs until the next case's.
    const starts = model.cases.map((c) => annex.indexOf(` id="case-${c.id}"`));
    expect(starts.filter((s) => s < 0)).toEqual([]);
    const owner = new Map<string, string>();
    for (const c of model.cases) for (const id of c.evidenceIds) if (!owner.has(id)) owner.set(id, c.id);
    for (const [i, c] of model.cases.entries()) {
      const section = annex.slice(starts[i], starts[i + 1] ?? annex.length);
      for (const id of c.evidenceIds) {
        if (owner.get(id) === c.id)
          expect(section, `${c.id} ${id}`).toContain(`<details class="ev" id="ev-${id}">`);
      }
    }
    for (const e of model.evidence) {
      expect(annex).toContain(` id="ev-${e.id}"`);
      expect(annexMd).toContain(`- ${e.id} \``);
    }

    // The document: each listed case links into the annex of its language; the T6 404 reads are shown.
    for (const c of model.cases.filter((x) => x.dvvItem !== 'T5')) {
      expect(report).toContain(`href="annex.fi.html#case-${c.id}"`);
      expect(report).toContain(caseTitle(c.id, c.title, 'fi').replace(/'/g, '&#x27;'));
    }
    const t6GetsGone = model.evidence.filter(
      (e) =>
        e.method === 'GET' &&
        e.status === 404 &&
        model.cases.some((c) => c.dvvItem === 'T6' && c.id === e.caseId),
    );
    expect(t6GetsGone.length).toBeGreaterThan(5);
    for (const e of t6GetsGone) expect(report).toContain(`href="annex.fi.html#ev-${e.id}"`);
  });
});
