import { describe, expect, it } from 'vitest';
import { CASE_TITLES, finnishTitle } from '../src/report/caseTexts.js';
import { runCli } from './cliHarness.js';

/**
 * "Finnish is Finnish": every case the tool's catalogues list (`run --list`, `run --api v12 --list`, the collections the
 * run uses) has a Finnish title from src/report/caseTexts.ts, and every fixed entry of that catalogue
 * still matches its suite's English title (a reworded suite must update its Finnish title too).
 */
describe('case titles in Finnish and English', () => {
  it('every listed case has a fi title and every fixed catalogue entry matches the suite', async () => {
    // Both catalogues: the v11 suites and the v12 write profile (its own PIT-V12 and FMT-V12 cases).
    const listings = await Promise.all([
      runCli(['run', '--list']),
      runCli(['run', '--api', 'v12', '--list']),
    ]);
    const cases = listings.flatMap((r) => {
      expect(r.code, r.stderr).toBe(0);
      return r.stdout
        .split('\n')
        .filter(Boolean)
        .map((line) => /^(\S+)\s+(\S+)\s+(.+)$/.exec(line)!)
        .map(([, id, , title]) => ({ id: id!, title: title! }));
    });
    expect(cases.length).toBeGreaterThan(1000);
    expect(cases.some((c) => c.id.startsWith('FMT-V12-'))).toBe(true);
    const missing = cases.filter((c) => {
      const fi = finnishTitle(c.id, c.title);
      return fi === undefined || fi === c.title;
    });
    expect(missing).toEqual([]);
    const listed = new Map<string, string[]>();
    for (const c of cases) listed.set(c.id, [...(listed.get(c.id) ?? []), c.title]);
    const stale = Object.entries(CASE_TITLES)
      .filter(([id, t]) => !(listed.get(id) ?? []).includes(t.en))
      .map(([id]) => id);
    expect(stale).toEqual([]);
  });
});
