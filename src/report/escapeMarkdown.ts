/**
 * Escapes text for Markdown (the Markdown view is compiled with `noEscape`): emphasis, code and
 * table characters, HTML brackets, and line breaks, which would end a table row.
 */
export function escapeMarkdown(text: string): string {
  return text
    .replace(/\\/g, '\\\\')
    .replace(/([|*_`[\]#])/g, '\\$1')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/\r?\n/g, ' ');
}

/** Text inside a single-backtick code span: backticks cannot be escaped there, so they become '. */
export function escapeMarkdownCode(text: string): string {
  return text.replace(/`/g, "'").replace(/\|/g, '\\|').replace(/\r?\n/g, ' ');
}
