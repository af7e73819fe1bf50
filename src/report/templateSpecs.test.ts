import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { sampleModel } from '../../test/support/sampleModel.js';
import { writeTemplateSpecs } from '../buildPrecompiled.js';
import { TEMPLATE_KINDS, templateSource, useTemplateSpecsFrom } from './environments.js';
import {
  renderAnnexHtml,
  renderAnnexMarkdown,
  renderHtml,
  renderJunit,
  renderMarkdown,
} from './renderViews.js';
import { loadTemplateSpecs, templateSpecFile } from './templateSpecs.js';

const dir = mkdtempSync(join(tmpdir(), 'ptvr-specs-'));
afterAll(() => {
  useTemplateSpecsFrom(undefined);
  rmSync(dir, { recursive: true, force: true });
});

const opts = { generator: 'ptv-readiness test' };
const model = sampleModel();
/** Every view of both languages, as one list of strings. */
const everything = (): string[] =>
  (['fi', 'en'] as const).flatMap((lang) => [
    renderHtml(model, lang, opts),
    renderAnnexHtml(model, lang, opts),
    renderAnnexHtml(model, lang, { ...opts, print: true }),
    renderMarkdown(model, lang, opts),
    renderAnnexMarkdown(model, lang, opts),
    renderJunit(model),
  ]);

describe('precompiled report templates', () => {
  it('render every view byte for byte as the compiled templates do', () => {
    useTemplateSpecsFrom(join(dir, 'none'));
    const compiled = everything();
    expect(writeTemplateSpecs(dir)).toBe(TEMPLATE_KINDS.length);
    for (const kind of TEMPLATE_KINDS)
      expect(loadTemplateSpecs(kind, templateSource(kind), dir), kind).toBeDefined();
    useTemplateSpecsFrom(dir);
    expect(everything()).toEqual(compiled);
  });

  it('are not used for a template they were not made from, nor for other options', () => {
    writeTemplateSpecs(dir);
    const t = templateSource('md');
    expect(loadTemplateSpecs('md', t, dir)).toBeDefined();
    expect(loadTemplateSpecs('md', { ...t, source: `${t.source}\n` }, dir)).toBeUndefined();
    expect(
      loadTemplateSpecs('md', { ...t, options: { ...t.options, noEscape: false } }, dir),
    ).toBeUndefined();
    const annex = templateSource('annex-html');
    expect(loadTemplateSpecs('annex-html', { ...annex, partials: { evidence: 'x' } }, dir)).toBeUndefined();
    // A file of another build (another digest) is not used either.
    const other = join(dir, 'other');
    mkdirSync(other);
    writeFileSync(templateSpecFile('junit', other), '"use strict";\nexports.digest = "0";\n');
    expect(loadTemplateSpecs('junit', templateSource('junit'), other)).toBeUndefined();
  });
});
