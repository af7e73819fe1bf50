/** Page margins of every printed PDF (A4): the running header and the page numbers sit in them. */
export const PRINT_MARGINS_MM = { top: 18, bottom: 16, left: 12, right: 12 } as const;

/**
 * A CSS string literal for any text: everything but plain letters, digits and a few safe marks is
 * written as a hex escape, so a quote, a backslash or `</style>` in a run id cannot end the string
 * or the style element.
 */
export function cssString(text: string): string {
  let out = '"';
  for (const ch of text) {
    out += /^[\p{L}\p{N} .,:;_·–-]$/u.test(ch) ? ch : `\\${ch.codePointAt(0)!.toString(16)} `;
  }
  return `${out}"`;
}

/**
 * The copy of a document that Chromium prints. Two things are added to its head:
 * - the running header (run id, and the watermark on simulated runs) and `page / pages` as CSS page
 *   margin boxes, which Chromium lays out with the pages. Its own header/footer templates cost a
 *   small document (parsed, scripted, laid out) per printed page: 118 extra documents for the annex.
 * - nothing is laid out for the screen: Chromium prints with print media whatever the page shows,
 *   so laying the 600 kB annex out (and painting it) for a screen first was pure cost.
 */
export function printableHtml(html: string, header: string): string {
  const { top, bottom, left, right } = PRINT_MARGINS_MM;
  const box = 'font: 7pt system-ui, "DejaVu Sans", sans-serif; color: #444';
  const style =
    `<style>@media screen { html { display: none } }` +
    `@page { margin: ${top}mm ${right}mm ${bottom}mm ${left}mm;` +
    ` @top-left { content: ${cssString(header)}; ${box} }` +
    ` @bottom-right { content: counter(page) " / " counter(pages); ${box} } }</style>`;
  const at = html.search(/<\/head>/i);
  return at < 0 ? style + html : html.slice(0, at) + style + html.slice(at);
}
