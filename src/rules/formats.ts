/**
 * PTV's value formats as Ajv format functions (in-api-v11.md §13). Named `ptv-*` so they never shadow
 * ajv-formats' stricter RFC versions, which PTV does not use.
 */
const GUID = /^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$/;
// [FW] .NET Guid.TryParse also takes the braced, parenthesised and 32-digit forms.
export function isGuid(s: string): boolean {
  const braced = s.length === 38 && ((s[0] === '{' && s[37] === '}') || (s[0] === '(' && s[37] === ')'));
  const t = braced ? s.slice(1, -1) : s;
  return GUID.test(t) || /^[0-9a-fA-F]{32}$/.test(t);
}

const LABEL = /^(?!-)[\p{L}\p{N}-]{1,63}(?<!-)$/u;
const TLD = /^(?:[\p{L}]{2,63}|xn--[a-z0-9-]{1,59})$/iu;

/** Valid FQDN: dot-separated labels, an alphabetic TLD (IDN accepted live, §13). */
const ASCII_FQDN = /^(?:[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z]{2,63}\.?$/i;

export function isFqdn(host: string): boolean {
  if (ASCII_FQDN.test(host)) return host.length <= 253;
  const h = host.endsWith('.') ? host.slice(0, -1) : host;
  const parts = h.split('.');
  if (parts.length < 2 || h.length > 253) return false;
  const tld = parts[parts.length - 1] ?? '';
  return TLD.test(tld) && parts.every((p) => LABEL.test(p));
}

const IPV4 = /^(25[0-5]|2[0-4]\d|1?\d?\d)(\.(25[0-5]|2[0-4]\d|1?\d?\d)){3}$/;

/** `PTVUrlAttribute`: http/https/ftp, host an IP literal, `localhost` or an FQDN, optional port. */
export function isPtvUrl(s: string): boolean {
  const m = /^(https?|ftp):\/\/([^/?#:]+|\[[0-9a-fA-F:.]+\])(?::(\d{1,5}))?(?:[/?#][^\s]*)?$/i.exec(s);
  if (!m) return false;
  const host = m[2] ?? '';
  if (host.startsWith('[')) return true;
  return host === 'localhost' || IPV4.test(host) || isFqdn(host);
}

const LOCAL_PART = /^[a-zA-Z\d!#$%&'*+\-/=?^_`{|}~\u00A0-\uD7FF\uF900-\uFDCF\uFDF0-\uFFEF]+$/;

/** `PTVEmailAddressAttribute`: every dot-separated local part matches PTV's class; domain an FQDN. */
export function isPtvEmail(s: string): boolean {
  const at = s.lastIndexOf('@');
  if (at <= 0 || at === s.length - 1) return false;
  const local = s.slice(0, at);
  const domain = s.slice(at + 1);
  return local.split('.').every((p) => LOCAL_PART.test(p)) && isFqdn(domain);
}

const DATE_TIME = /^\d{4}-\d{2}-\d{2}(?:[T ]\d{2}:\d{2}(?::\d{2}(?:\.\d{1,7})?)?(?:Z|[+-]\d{2}:?\d{2})?)?$/;

/** [FW] Newtonsoft's DateTime reading: ISO 8601 with or without time and offset. */
export function isPtvDateTime(s: string): boolean {
  return DATE_TIME.test(s) && !Number.isNaN(Date.parse(s.length === 10 ? s + 'T00:00:00Z' : s));
}
