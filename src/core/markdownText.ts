import { createRequire } from 'node:module';
import type { fromMarkdown as FromMarkdown } from 'mdast-util-from-markdown';
import type { toString as ToString } from 'mdast-util-to-string';

const require = createRequire(import.meta.url);
let parser: { fromMarkdown: typeof FromMarkdown; toString: typeof ToString } | undefined;

/**
 * The text content of CommonMark as rendered (mdast-util-from-markdown, then mdast-util-to-string).
 * The parser (micromark, ~60 modules) is loaded on the first call, not with every process that imports
 * the rules or the read-back comparison: most runs never parse markdown (issue #14). Node ≥ 20.19
 * requires these ES modules synchronously.
 */
export function markdownText(markdown: string): string {
  parser ??= {
    fromMarkdown: (require('mdast-util-from-markdown') as { fromMarkdown: typeof FromMarkdown }).fromMarkdown,
    toString: (require('mdast-util-to-string') as { toString: typeof ToString }).toString,
  };
  return parser.toString(parser.fromMarkdown(markdown));
}
