/**
 * Characters XML 1.0 does not allow anywhere (§2.2 Char): C0 controls other than tab, LF and CR,
 * lone surrogates and U+FFFE / U+FFFF. A CI system rejects a junit.xml holding one.
 */
const XML_ILLEGAL =
  // eslint-disable-next-line no-control-regex -- matching control characters is the point
  /[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;

/**
 * Text safe for an XML 1.0 document: each illegal character becomes U+FFFD and a note says how many
 * were replaced, so a reader knows the text differs from what PTV sent.
 */
export function xmlText(text: string): string {
  let n = 0;
  const out = text.replace(XML_ILLEGAL, () => {
    n++;
    return '\uFFFD';
  });
  return n === 0 ? out : `${out} [${n} character${n === 1 ? '' : 's'} not allowed in XML replaced by U+FFFD]`;
}

/** A copy of a plain view object with xmlText applied to every string in it (views are a few levels deep). */
export function xmlSafeView<T>(view: T): T {
  const walk = (v: unknown): unknown => {
    if (typeof v === 'string') return xmlText(v);
    if (Array.isArray(v)) return v.map(walk);
    if (v !== null && typeof v === 'object') {
      const out: Record<string, unknown> = {};
      for (const [k, x] of Object.entries(v)) out[k] = walk(x);
      return out;
    }
    return v;
  };
  return walk(view) as T;
}
