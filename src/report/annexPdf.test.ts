import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { annexPdfCommand, annexPdfsOf, renderedLangsOf } from './annexPdf.js';

const runDir = (files: Record<string, string>): string => {
  const d = mkdtempSync(join(tmpdir(), 'ptvr-annex-'));
  for (const [f, text] of Object.entries(files)) writeFileSync(join(d, f), text);
  return d;
};
const html = (lang: string): string => `<!doctype html>\n<html lang="${lang}">\n<head><meta charset="utf-8">`;

describe('renderedLangsOf', () => {
  it('names the per-language files, the primary (report.html’s own language) first', () => {
    const d = runDir({
      'report.html': html('en'),
      'report.fi.html': html('fi'),
      'report.en.html': html('en'),
    });
    expect(renderedLangsOf(d)).toEqual(['en', 'fi']);
    const fi = runDir({ 'report.html': html('fi'), 'report.en.pdf': '', 'annex.fi.md': '' });
    expect(renderedLangsOf(fi)).toEqual(['fi', 'en']);
  });
  it('one language: the plain-named view’s own; nothing that names one: empty', () => {
    expect(renderedLangsOf(runDir({ 'annex.html': html('en'), 'annex.md': '' }))).toEqual(['en']);
    expect(renderedLangsOf(runDir({ 'report.md': '', 'report.html': html('sv') }))).toEqual([]);
  });
});

describe('annexPdfCommand', () => {
  it('gives the report command when the annex was rendered but not printed', () => {
    const d = runDir({
      'report.html': html('fi'),
      'annex.html': html('fi'),
      'annex.fi.html': '',
      'annex.en.html': '',
    });
    expect(annexPdfsOf(d)).toEqual([]);
    expect(annexPdfCommand(d)).toBe(`ptv-readiness report ${d} --format annex-pdf --lang fi,en`);
  });
  it('nothing when the annex PDF exists, or when no annex view was rendered at all', () => {
    const printed = runDir({ 'annex.html': html('fi'), 'annex.pdf': '%PDF-' });
    expect(annexPdfsOf(printed)).toEqual(['annex.pdf']);
    expect(annexPdfCommand(printed)).toBeUndefined();
    expect(annexPdfCommand(runDir({ 'junit.xml': '', 'report.json': '{}' }))).toBeUndefined();
  });
  it('a Markdown-only one-language run: no --lang to guess', () => {
    expect(annexPdfCommand(runDir({ 'annex.md': '' }))).toMatch(/--format annex-pdf$/);
  });
});
