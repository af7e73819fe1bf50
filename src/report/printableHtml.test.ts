import { describe, expect, it } from 'vitest';
import { cssString, printableHtml } from './printableHtml.js';

describe('cssString', () => {
  it('keeps letters, digits and the marks of a run header as they are', () => {
    expect(cssString('2026-11-28T01-02-03Z-ab12 · SIMULOITU YMPÄRISTÖ – EI KELPAA')).toBe(
      '"2026-11-28T01-02-03Z-ab12 · SIMULOITU YMPÄRISTÖ – EI KELPAA"',
    );
  });
  it('escapes quotes, backslashes, newlines and markup, so nothing ends the string or the style', () => {
    expect(cssString('a"b\\c\nd</style><b>')).toBe('"a\\22 b\\5c c\\a d\\3c \\2f style\\3e \\3c b\\3e "');
  });
});

describe('printableHtml', () => {
  const doc = '<!doctype html><html><head><title>t</title></head><body><p>x</p></body></html>';

  it('adds the print style at the end of the head, the document itself unchanged around it', () => {
    const out = printableHtml(doc, 'RUN-1 · SIM');
    const style = /<style>.*?<\/style>/s.exec(out)?.[0] ?? '';
    expect(out.replace(style, '')).toBe(doc);
    expect(out.indexOf(style)).toBe(doc.indexOf('</head>'));
    expect(style).toContain('@media screen { html { display: none } }');
    expect(style).toContain('@top-left { content: "RUN-1 · SIM";');
    expect(style).toContain('@bottom-right { content: counter(page) " / " counter(pages);');
    expect(style).toContain('@page { margin: 18mm 12mm 16mm 12mm;');
  });

  it('a header with markup stays inside its CSS string', () => {
    const out = printableHtml(doc, '</style><script>x</script>');
    expect(out).not.toContain('<script>');
    expect(out.match(/<\/style>/g)).toHaveLength(1);
  });

  it('a fragment without a head gets the style in front', () => {
    expect(printableHtml('<p>x</p>', 'h').endsWith('</style><p>x</p>')).toBe(true);
  });
});
