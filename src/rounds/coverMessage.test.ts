import { describe, expect, it } from 'vitest';
import { aCase, aRun } from '../../test/support/roundsModel.js';
import { compareRuns } from './compareRuns.js';
import { coverMessage, type CoverMessageInputs } from './coverMessage.js';
import { itemVerdicts } from './itemVerdicts.js';
import { zipEntries } from './zipEntries.js';
import { unzipSync } from 'fflate';

const before = aRun('r1', [
  aCase('SRV-03', 'T2', 'failed', ['ServiceDescriptions']),
  aCase('ARC-01', 'T6', 'passed'),
]);
const model = aRun('r2', [aCase('SRV-03', 'T2', 'passed'), aCase('ARC-01', 'T6', 'passed')]);
const inputs: CoverMessageInputs = {
  model,
  items: itemVerdicts(model),
  files: ['r2/report.fi.pdf', 'bundle.json'],
  bundleFile: 'ptv-readiness-testikunta-aanekoski-2026-11-26.zip',
  contact: { name: 'Testi Henkilö', email: 'testi@example.fi' },
  localTarget: false,
};

describe('coverMessage', () => {
  it('is addressed to ptv-tuki@dvv.fi and names organisation, environment, run, items, files, contact', () => {
    const en = coverMessage(inputs, 'en');
    expect(en.split('\n')[0]).toBe('To: ptv-tuki@dvv.fi');
    expect(en).toContain(
      'Subject: PTV IN integration: technical readiness test report – Testikunta Äänekoski (0201256-6)',
    );
    expect(en).toContain(
      'Environment: Customer Test Environment (CTE), https://api.palvelutietovaranto.trn.suomi.fi',
    );
    expect(en).toContain('Technical test run: r2');
    expect(en).toMatch(
      /^ {2}T2 {3}passed \(1 passed, 0 failed, 0 skipped\) – creating and editing new services$/m,
    );
    expect(en).toMatch(/^ {2}T1 {3}not run/m);
    expect(en).toContain('What the Customer Test Environment cannot show:');
    expect(en).toContain('  - r2/report.fi.pdf');
    expect(en).toContain('Contact: Testi Henkilö, testi@example.fi');
    expect(en).not.toContain('--allow-local');
    expect(en).not.toContain('Changes since');
  });

  it('Finnish; the changes section and the local-target note when given', () => {
    const fi = coverMessage({ ...inputs, changes: compareRuns(before, model), localTarget: true }, 'fi');
    expect(fi).toContain('Aihe: ');
    expect(fi).toContain('HUOM: tämä ajo tehtiin paikalliseen');
    expect(fi).toContain('Muutokset edelliseen kierrokseen');
    expect(fi).toContain('T2: epäonnistui → läpäisty');
    expect(fi).toContain('SRV-03 [T2] ServiceDescriptions');
  });
});

describe('zipEntries', () => {
  it('gives the same bytes for the same entries, in the order given', () => {
    const entries = [
      { name: 'b.txt', data: Buffer.from('b') },
      { name: 'a/report.pdf', data: Buffer.from('%PDF-1.7') },
    ];
    const one = zipEntries(entries, '2026-11-26T10:00:00.000Z');
    const two = zipEntries(entries, '2026-11-26T10:00:00.000Z');
    expect(Buffer.from(one).equals(Buffer.from(two))).toBe(true);
    const back = unzipSync(one);
    expect(Object.keys(back)).toEqual(['b.txt', 'a/report.pdf']);
    expect(Buffer.from(back['a/report.pdf']!).toString()).toBe('%PDF-1.7');
  });
});
