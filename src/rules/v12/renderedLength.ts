import { markdownText } from '../../core/markdownText.js';

/** Unicode code points, the unit the spec's lengths count (JSON Schema `maxLength` does the same). */
export function codePoints(s: string): number {
  let n = 0;
  for (const _ of s) n++;
  return n;
}

/**
 * Length of a markdown text as rendered: CommonMark parsed by mdast-util-from-markdown (micromark,
 * the unified ecosystem's maintained parser), then the text content only. Markdown syntax does not
 * count (`### foo` is 3, as the spec's example says); block separators are not counted [INF].
 */
export function renderedLength(markdown: string): number {
  return codePoints(markdownText(markdown));
}

/** How a markdown text stands against its rendered-text limit. */
export type RenderedVerdict =
  | { status: 'ok' }
  /** Over the limit even as rendered text. */
  | { status: 'over'; rendered: number; raw: number }
  /** Within the limit as rendered text only: PTV's counting method is not documented. */
  | { status: 'unverified'; rendered: number; raw: number };

export function checkRenderedLength(markdown: string, limit: number): RenderedVerdict {
  // Rendering never adds characters, so a raw text within the limit needs no parse.
  if (markdown.length <= limit) return { status: 'ok' };
  const raw = codePoints(markdown);
  if (raw <= limit) return { status: 'ok' };
  const rendered = renderedLength(markdown);
  return { status: rendered > limit ? 'over' : 'unverified', rendered, raw };
}
