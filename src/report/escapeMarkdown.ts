/**
 * Every line-break form a renderer may honour: CRLF, LF, CR (CommonMark), NEL, LINE SEPARATOR and
 * PARAGRAPH SEPARATOR (Unicode), vertical tab and form feed. Any of them would end a table row.
 */
const LINE_BREAKS = /\r\n|[\n\r\u0085\u2028\u2029\v\f]/g;
/** Other C0 controls and DEL: invisible, and some viewers treat them as breaks. Tab stays. */
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const CONTROLS = /[\u0000-\u0008\u000e-\u001f\u007f]/g;

/**
 * Escapes text for Markdown (the Markdown view is compiled with `noEscape`): emphasis, strike, code and
 * table characters, HTML brackets and entities, and every line break form, which would end a table row.
 */
export function escapeMarkdown(text: string): string {
  return text
    .replace(LINE_BREAKS, ' ')
    .replace(CONTROLS, '\uFFFD')
    .replace(/\\/g, '\\\\')
    .replace(/([|*_`[\]#~])/g, '\\$1')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;');
}

/** Text inside a single-backtick code span: backticks cannot be escaped there, so they become '. */
export function escapeMarkdownCode(text: string): string {
  return text.replace(LINE_BREAKS, ' ').replace(CONTROLS, '\uFFFD').replace(/`/g, "'").replace(/\|/g, '\\|');
}
