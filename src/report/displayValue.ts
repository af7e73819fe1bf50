/** A JSON value as one display string, capped so one huge field cannot bloat the report. */
export function displayValue(value: unknown, max = 400): string {
  if (value === undefined) return '–';
  const text = typeof value === 'string' ? value : JSON.stringify(value);
  return text.length > max ? `${text.slice(0, max)}… (+${text.length - max})` : text;
}

/** Pretty-prints a JSON body for `<pre>` blocks when it parses, and caps it. */
export function displayBody(body: string | undefined, max: number): string {
  if (body === undefined || body === '') return '';
  let text = body;
  try {
    text = JSON.stringify(JSON.parse(body), null, 2);
  } catch {
    // not JSON: show as is
  }
  return text.length > max ? `${text.slice(0, max)}\n… (${text.length - max} more characters)` : text;
}
