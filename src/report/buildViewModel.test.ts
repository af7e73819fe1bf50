import { describe, expect, it } from 'vitest';
import { buildViewModel, createViewMemo, evidenceNote } from './buildViewModel.js';
import { sampleModel } from '../../test/support/sampleModel.js';

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

  it('puts every evidence entry under its case, with no cap, and links the case from the document', () => {
    const m = sampleModel({ evidenceCount: 2000 });
    const vm = buildViewModel(m, 'en');
    const shown = [...vm.items.flatMap((i) => i.cases).flatMap((c) => c.evidence), ...vm.otherEvidence];
    expect(shown).toHaveLength(2000);
    expect(new Set(shown.map((e) => e.id)).size).toBe(2000);
    for (const c of vm.items.flatMap((i) => i.cases)) {
      const listed = m.cases.find((x) => x.id === c.id)!.evidenceIds;
      expect(c.evidence.map((e) => e.id)).toEqual(listed);
      expect(c.annexHref).toBe(`annex.html#case-${c.id}`);
    }
    expect(evidenceNote(vm)).toContain('All 2000 evidence entries');
  });

  it('lists the T6 reads that answer 404 as archival proof, linked into the annex', () => {
    const m = sampleModel();
    const arc = m.cases.find((c) => c.dvvItem === 'T6' && c.status === 'passed')!;
    const e = m.evidence.find((x) => x.id === arc.evidenceIds[0])!;
    e.method = 'GET';
    e.status = 404;
    const files = { report: 'report.fi.html', annex: 'annex.fi.html', annexPdf: 'annex.fi.pdf' };
    const t6 = buildViewModel(m, 'fi', { files }).items.find((i) => i.item === 'T6')!;
    expect(t6.proof).toContainEqual(
      expect.objectContaining({
        caseId: arc.id,
        id: e.id,
        href: `annex.fi.html#ev-${e.id}`,
        line: `GET ${e.url} → 404`,
      }),
    );
  });

  it('summarises T5 per entity type and lists only the T5 cases that did not pass', () => {
    const vm = buildViewModel(sampleModel({ generatedT5: 20 }), 'fi');
    const t5 = vm.items.find((i) => i.item === 'T5')!;
    expect(t5.kinds.reduce((n, k) => n + k.total, 0)).toBe(t5.total);
    expect(t5.doneCases.every((c) => !c.isPassed)).toBe(true);
    expect(vm.items.find((i) => i.item === 'T1')!.doneCases).toHaveLength(2);
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

  it('with a render pass memo: the same view models, each language redacting and clipping only once', () => {
    const m = sampleModel();
    const jwt = 'eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiJhcGkifQ.c2lnbmF0dXJlLXZhbHVl';
    m.evidence[0]!.responseBody = JSON.stringify({ ptvToken: jwt, long: 'x'.repeat(2_000) });
    const memo = createViewMemo();
    for (const lang of ['fi', 'en'] as const) {
      const shared = buildViewModel(m, lang, { memo });
      expect(shared).toEqual(buildViewModel(m, lang));
      expect(JSON.stringify(shared)).not.toContain(jwt);
    }
    // The second language reused the first one's redacted evidence: its entries are the same objects.
    const redacted = memo.redacted!;
    expect(redacted.input).toBe(m);
    expect(memo.clips.has(redacted.evidence[0]!)).toBe(true);
    // Another model (a re-read report.json) is redacted afresh, never served from the memo.
    const other = sampleModel();
    other.evidence[0]!.responseBody = 'another body';
    const vm = buildViewModel(other, 'en', { memo });
    expect(JSON.stringify(vm)).toContain('another body');
    expect(memo.redacted!.input).toBe(other);
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
    expect(evidenceNote(vm)).toContain('All 0 evidence entries');
  });
});

describe('buildViewModel for the statuses of the contract', () => {
  it("'partial': PARTIAL verdict and the DVV items that were not run, in both languages", () => {
    const m = {
      ...sampleModel(),
      status: 'partial' as const,
      cases: sampleModel().cases.filter((c) => c.dvvItem === 'T6'),
      coverage: {
        selected: ['T6' as const],
        notRun: ['CONN' as const, 'T1' as const, 'T2' as const, 'T3' as const, 'T4' as const, 'T5' as const],
      },
    };
    const en = buildViewModel(m, 'en');
    expect(en.verdict).toBe('PARTIAL – only some DVV items were run');
    expect(en.verdictCls).toBe('warn');
    expect(en.notRunItems).toBe('CONN, T1, T2, T3, T4, T5');
    expect(en.items.find((i) => i.item === 'T1')!.status).toBe('not run');
    const fi = buildViewModel(m, 'fi');
    expect(fi.verdict).toBe('OSITTAINEN – vain osa DVV:n kohdista ajettiin');
    expect(fi.items.find((i) => i.item === 'T1')!.status).toBe('ei ajettu');
  });

  it("'not-run': NOT RUN with the error code", () => {
    const m = {
      ...sampleModel(),
      status: 'not-run' as const,
      cases: [],
      evidence: [],
      evidenceTotal: 0,
      material: [],
      errors: [{ code: 'PTVR_AUTH_FAILED', message: 'the token endpoint refused the credentials (401)' }],
    };
    expect(buildViewModel(m, 'en').verdict).toBe('NOT RUN: PTVR_AUTH_FAILED');
    expect(buildViewModel(m, 'fi').verdict).toBe('EI AJETTU: PTVR_AUTH_FAILED');
  });
});

describe('buildViewModel for an observed run', () => {
  it('shows the actor, each item by its own outcome and its notes', () => {
    const m = sampleModel();
    const n = { passed: 0, failed: 0, skipped: 0 };
    const vm = buildViewModel(
      {
        ...m,
        actor: 'observed',
        cases: m.cases.filter((c) => c.dvvItem !== 'T5' && c.dvvItem !== 'T6'),
        items: [
          { id: 'T5', status: 'passed', cases: n, notes: ['12 accepted write(s) judged'] },
          { id: 'T6', status: 'not-demonstrated', cases: n, notes: ['not demonstrated: material archived'] },
        ],
      },
      'en',
    );
    expect(vm.cover.find((r) => r.label === 'Actor')!.value).toBe(
      "the organisation's own integration (ptv-readiness observe)",
    );
    const t = (item: string) => vm.items.find((i) => i.item === item)!;
    expect(t('T5')).toMatchObject({ status: 'passed', cls: 'passed', notes: '12 accepted write(s) judged' });
    expect(t('T6')).toMatchObject({ status: 'not demonstrated', cls: 'warn' });
    expect(buildViewModel(m, 'fi').cover.find((r) => r.label === 'Toimija')!.value).toBe(
      'ptv-readiness-työkalun omat testit',
    );
  });
});
