import { mkdtempSync, readFileSync } from 'node:fs';
import { strFromU8, unzipSync } from 'fflate';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { NOT_CHECKED, summarize, type ContentModel } from './contentModel.js';
import { renderContentHtml, renderContentMarkdown } from './renderContent.js';
import { findingsToCsv } from './toCsv.js';
import type { ContentFinding } from './types.js';
import { validateContentModel } from './validateContentModel.js';
import { writeContentReport } from './writeContentReport.js';

const finding = (over: Partial<ContentFinding> = {}): ContentFinding => ({
  rule: 'C2.url',
  checklist: 'C2',
  agentRule: 1,
  severity: 'error',
  entityKind: 'service',
  entityId: '0f0e7c8a-1111-4222-8333-444455556666',
  entityName: 'Uimahalli <script>',
  field: 'serviceDescriptions',
  textType: 'Description',
  language: 'fi',
  span: { start: 3, end: 13, text: 'www.hel.fi' },
  message: {
    fi: 'Palvelun tekstissä on verkko-osoite: "www.hel.fi".',
    en: 'The service text contains a web address: "www.hel.fi".',
  },
  hint: { fi: 'Poista osoite.', en: 'Remove the address.' },
  ...over,
});

function model(findings: ContentFinding[]): ContentModel {
  return {
    schemaVersion: 1,
    tool: { name: 'ptv-readiness', version: '0.1.0' },
    runId: '20261127T090000Z-sim-abcd',
    generatedAt: '2026-11-27T09:00:00.000Z',
    target: { name: 'sim', apiUrl: 'http://127.0.0.1:1', simulated: true },
    organizationId: '5d1b8f5e-9a52-4c0e-8c1d-3f0e2a7b6c01',
    source: 'read-api',
    settings: { staleMonths: 12, profile: 'live2026', overlapThreshold: 0.5 },
    counts: {
      subOrganizations: 0,
      services: 1,
      channels: 0,
      connections: 0,
      generalDescriptions: 0,
      archivedAutomatically: 0,
      entitiesChecked: 1,
    },
    ...summarize(findings),
    notChecked: NOT_CHECKED,
    notes: [],
    findings,
  };
}

describe('content report', () => {
  it('summarises findings per checklist item and severity', () => {
    const { summary, totals } = summarize([
      finding(),
      finding({ severity: 'warning', rule: 'C2.address' }),
      finding({ checklist: 'C5', rule: 'C5.serviceWithoutChannels' }),
    ]);
    expect(totals).toEqual({ error: 2, warning: 1, info: 0 });
    expect(summary.find((s) => s.item === 'C2')).toEqual({ item: 'C2', error: 1, warning: 1, info: 0 });
    expect(summary.map((s) => s.item)).toEqual(['C1', 'C2', 'C3', 'C4', 'C5', 'C6', 'C7', 'MODEL', 'FRESH']);
  });

  it('validates against its schema and rejects a malformed model', () => {
    expect(validateContentModel(JSON.parse(JSON.stringify(model([finding()]))))).toBeTruthy();
    const bad = JSON.parse(JSON.stringify(model([finding()]))) as { findings: { severity: string }[] };
    bad.findings[0]!.severity = 'fatal';
    expect(() => validateContentModel(bad)).toThrow(/severity/);
  });

  it('escapes entity text in HTML and Markdown', () => {
    const html = renderContentHtml(model([finding()]), 'en');
    expect(html).toContain('Uimahalli &lt;script&gt;');
    expect(html).not.toContain('Uimahalli <script>');
    expect(html).toContain('<html lang="en">');
    const md = renderContentMarkdown(model([finding()]), 'fi');
    expect(md).toContain('Sisällön testiraportti');
    expect(md).toContain('C2.url');
  });

  it('writes CSV with quoting and spreadsheet formulas defused', () => {
    const csv = findingsToCsv([finding({ entityName: '=HYPERLINK("x")' })], 'en');
    expect(csv.startsWith('\uFEFFseverity,rule,')).toBe(true);
    const row = csv.split('\r\n')[1]!;
    expect(row).toContain(`"'=HYPERLINK(""x"")"`);
    expect(row).toContain('"The service text contains a web address: ""www.hel.fi""."');
  });

  it('writes content.json and the chosen views atomically', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'ptvr-content-'));
    const { files, warnings } = await writeContentReport(dir, model([finding()]), ['md', 'csv'], ['fi']);
    expect(files).toEqual(['content.json', 'content.fi.md', 'content.fi.csv']);
    expect(warnings).toEqual([]);
    expect(
      validateContentModel(JSON.parse(readFileSync(join(dir, 'content.json'), 'utf8'))).findings,
    ).toHaveLength(1);
  });

  it('writes an XLSX workbook with a summary sheet and a findings sheet; formulas stay text', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'ptvr-content-'));
    const link = 'https://palvelutietovaranto.trn.suomi.fi/services/0f0e7c8a-1111-4222-8333-444455556666';
    const m = model([finding({ entityName: '=HYPERLINK("x")', link })]);
    const { files } = await writeContentReport(dir, m, ['xlsx'], ['en']);
    expect(files).toEqual(['content.json', 'content.en.xlsx']);
    const zip = unzipSync(readFileSync(join(dir, 'content.en.xlsx')));
    const workbook = strFromU8(zip['xl/workbook.xml']!);
    expect(workbook).toContain('name="Summary"');
    expect(workbook).toContain('name="Findings"');
    const strings = strFromU8(zip['xl/sharedStrings.xml']!);
    for (const s of ['C2.url', 'www.hel.fi', link, '=HYPERLINK(']) expect(strings).toContain(s);
    const sheets = Object.keys(zip).filter((k) => k.startsWith('xl/worksheets/sheet'));
    expect(sheets.map((k) => strFromU8(zip[k]!)).join('')).not.toContain('<f>');
  });

  it('links the entity to the PTV UI in HTML and Markdown when the finding has a link', () => {
    const link = 'https://palvelutietovaranto.trn.suomi.fi/services/0f0e7c8a-1111-4222-8333-444455556666';
    expect(renderContentHtml(model([finding({ link })]), 'en')).toContain(`<a href="${link}"`);
    expect(renderContentMarkdown(model([finding({ link })]), 'fi')).toContain(`(<${link}>)`);
    expect(renderContentHtml(model([finding()]), 'en')).not.toContain('open in PTV');
  });

  it('refuses to write a model that breaks its schema', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'ptvr-content-'));
    const m = model([finding({ rule: 'not an id' })]);
    await expect(writeContentReport(dir, m, ['md'], ['fi'])).rejects.toThrow(/content.json does not match/);
  });
});
