import { describe, expect, it } from 'vitest';
import { CASE_TITLES, finnishTitle } from '../src/report/caseTexts.js';
import { runCli } from './cliHarness.js';

/**
 * "Finnish is Finnish": every case the tool's catalogue lists (`run --list`, the same collection the
 * run uses) has a Finnish title from src/report/caseTexts.ts, and every fixed entry of that catalogue
 * still matches its suite's English title (a reworded suite must update its Finnish title too).
 */
describe('case titles in Finnish and English', () => {
  it('every listed case has a fi title and every fixed catalogue entry matches the suite', async () => {
    const r = await runCli(['run', '--list']);
    expect(r.code).toBe(0);
    const cases = r.stdout
      .split('\n')
      .filter(Boolean)
      .map((line) => /^(\S+)\s+(\S+)\s+(.+)$/.exec(line)!)
      .map(([, id, , title]) => ({ id: id!, title: title! }));
    expect(cases.length).toBeGreaterThan(400);
    const missing = cases.filter((c) => {
      const fi = finnishTitle(c.id, c.title);
      return fi === undefined || fi === c.title;
    });
    expect(missing).toEqual([]);
    const listed = new Map(cases.map((c) => [c.id, c.title]));
    const stale = Object.entries(CASE_TITLES)
      .filter(([id, t]) => listed.get(id) !== t.en)
      .map(([id]) => id);
    expect(stale).toEqual([]);
  });
});
