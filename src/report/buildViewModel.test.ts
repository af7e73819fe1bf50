import { describe, expect, it } from 'vitest';
import { buildViewModel } from './buildViewModel.js';
import { EVIDENCE_LIMITS } from './buildEvidenceView.js';
import { sampleModel } from './sampleModel.js';

describe('buildViewModel', () => {
  it('groups cases per DVV item in DVV order with totals and an aggregate status', () => {
    const vm = buildViewModel(sampleModel(), 'en');
    expect(vm.items.map((i) => i.item)).toEqual(['CONN', 'T1', 'T2', 'T3', 'T4', 'T5', 'T6', 'PIT']);
    const t = (item: string) => vm.items.find((i) => i.item === item)!;
    expect(t('T2')).toMatchObject({ total: 2, passed: 1, failed: 1, skipped: 0, status: 'failed' });
    expect(t('T4')).toMatchObject({
      total: 2,
      passed: 1,
      failed: 0,
      skipped: 1,
      status: 'passed, incomplete',
    });
    expect(t('T1')).toMatchObject({ total: 2, status: 'passed', cls: 'passed' });
    expect(vm.totals).toMatchObject({ total: 23, passed: 18, failed: 3, skipped: 2 });
  });

  it("uses DVV's Finnish wording and Finnish labels in the fi view", () => {
    const vm = buildViewModel(sampleModel(), 'fi');
    expect(vm.items.find((i) => i.item === 'T6')!.heading).toBe(
      'T6 – lähdejärjestelmästä poistuneiden tietojen arkistointi',
    );
    expect(vm.verdict).toBe('EI VALMIS – tarkistuksia epäonnistui');
    expect(vm.cover.find((r) => r.label === 'Aloitettu (Europe/Helsinki)')!.value).toBe(
      '2026-11-26 12:00:00 (UTC+2)',
    );
  });

  it('names the blocker of a skipped case and links it', () => {
    const vm = buildViewModel(sampleModel(), 'en');
    const con2 = vm.items.flatMap((i) => i.cases).find((c) => c.id === 'CON-02')!;
    expect(con2.blocker).toBe('blocked by CH-05');
    expect(con2.blockerAnchor).toBe('case-CH-05');
  });

  it('caps the appendix and links only evidence that is shown', () => {
    const vm = buildViewModel(sampleModel({ evidenceCount: 2000 }), 'en');
    expect(vm.appendix).toHaveLength(EVIDENCE_LIMITS.entries);
    expect(vm.evidenceNote).toContain(`${EVIDENCE_LIMITS.entries} of 2000`);
    expect(vm.evidenceNote).toContain('evidence.ndjson');
    const links = vm.items.flatMap((i) => i.cases).flatMap((c) => c.evidence);
    expect(links.find((e) => e.id === 'E000001')!.href).toBe('#ev-E000001');
    expect(links.find((e) => e.id === 'E002000')!.href).toBe('');
  });

  it('redacts a token that slipped into evidence or case text', () => {
    const m = sampleModel();
    const jwt = 'eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiJhcGkifQ.c2lnbmF0dXJlLXZhbHVl';
    m.evidence[0]!.responseBody = JSON.stringify({ ptvToken: jwt });
    m.cases[0]!.ptvMessages = [`token ${jwt}`];
    const text = JSON.stringify(buildViewModel(m, 'en'));
    expect(text).not.toContain(jwt);
    expect(text).toContain('[REDACTED]');
  });

  it('does not mutate the model it is given', () => {
    const m = sampleModel();
    const before = JSON.stringify(m);
    buildViewModel(m, 'fi');
    expect(JSON.stringify(m)).toBe(before);
  });
});

describe('buildViewModel on an aborted run', () => {
  it('renders a harness-error run with no cases: every item "not tested", errors on the cover', () => {
    const m = {
      ...sampleModel(),
      status: 'error' as const,
      cases: [],
      evidence: [],
      evidenceTotal: 0,
      material: [],
      errors: [{ code: 'PTVR_AUTH_FAILED', message: 'login refused' }],
    };
    const vm = buildViewModel(m, 'en');
    expect(vm.items.every((i) => i.status === 'not tested' && i.total === 0)).toBe(true);
    expect(vm.verdict).toBe('INCOMPLETE – the harness stopped on an error');
    expect(vm.errors).toEqual([{ code: 'PTVR_AUTH_FAILED', message: 'login refused' }]);
    expect(vm.evidenceNote).toContain('0 of 0');
  });
});
