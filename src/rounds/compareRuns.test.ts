import { describe, expect, it } from 'vitest';
import { aCase, aRun } from '../../test/support/roundsModel.js';
import { compareRuns, isUnchanged } from './compareRuns.js';
import { changesMarkdown, formatChanges } from './formatChanges.js';

const round1 = aRun('r1', [
  aCase('ORG-03', 'T1', 'failed', ['OrganizationDescriptions']),
  aCase('SRV-03', 'T2', 'failed', ['ServiceDescriptions', 'ServiceNames']),
  aCase('CON-01', 'T4', 'passed'),
  aCase('ARC-01', 'T6', 'passed'),
  aCase('PIT-05', 'PIT', 'skipped'),
]);
const round2 = aRun('r2', [
  aCase('ORG-03', 'T1', 'passed'),
  aCase('SRV-03', 'T2', 'failed', ['ServiceNames']),
  aCase('CON-01', 'T4', 'failed', ['ServiceChannels']),
  aCase('ARC-01', 'T6', 'passed'),
  aCase('PIT-05', 'PIT', 'passed'),
]);

describe('compareRuns', () => {
  it('names items that changed verdict, cases fixed and broken, findings fixed and new', () => {
    const c = compareRuns(round1, round2);
    expect(c.items).toEqual([
      { id: 'T1', before: 'failed', after: 'passed' },
      { id: 'T4', before: 'passed', after: 'failed' },
      { id: 'PIT', before: 'not-run', after: 'passed' },
    ]);
    expect(c.casesFixed).toEqual(['ORG-03']);
    expect(c.casesBroken).toEqual(['CON-01']);
    expect(c.findingsFixed.map((f) => `${f.caseId} ${f.path}`)).toEqual([
      'ORG-03 OrganizationDescriptions',
      'SRV-03 ServiceDescriptions',
    ]);
    expect(c.findingsNew.map((f) => `${f.caseId} ${f.path}`)).toEqual(['CON-01 ServiceChannels']);
    // PIT-05 was skipped in round 1: its findings are not compared, and it says so.
    expect(c.notCompared).toEqual(['PIT-05']);
  });

  it('a reworded message is the same finding (keyed on case, rule, path, severity)', () => {
    const again = structuredClone(round1);
    again.run.id = 'r1b';
    again.cases[1]!.findings[0]!.message = 'other words';
    expect(isUnchanged(compareRuns(round1, again))).toBe(true);
  });

  it('uses report.items when the run wrote them (issue #11) instead of deriving them', () => {
    const withItems = {
      ...round2,
      items: [
        {
          id: 'T1' as const,
          status: 'not-demonstrated' as const,
          cases: { passed: 0, failed: 0, skipped: 0 },
        },
      ],
    };
    expect(compareRuns(round1, withItems).items).toEqual([
      { id: 'T1', before: 'failed', after: 'not-demonstrated' },
    ]);
  });

  it('formats the section in Finnish and English; the message lists are capped, changes.md is not', () => {
    const c = compareRuns(round1, round2);
    const en = formatChanges(c, 'en', 1).join('\n');
    expect(en).toContain('T1: failed → passed');
    expect(en).toContain('ORG-03 [T1] OrganizationDescriptions – readback.mismatch (error)');
    expect(en).toContain('… and 1 more');
    const md = changesMarkdown(c);
    expect(md).toContain('T1: epäonnistui → läpäisty');
    expect(md).toContain('SRV-03 [T2] ServiceDescriptions');
    expect(md).not.toContain('more');
    expect(formatChanges(compareRuns(round1, round1), 'en').join('\n')).toContain(
      'No DVV item, case or finding changed.',
    );
  });
});
