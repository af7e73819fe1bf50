/**
 * Detectors for details that belong to channels, not to service texts (C2; quality-agent rules 1, 2,
 * 11, 12, 14). Heuristic regexes tuned for Finnish, Swedish and English service texts: they favour
 * precision (a clean catalogue should stay silent) over catching every variant.
 */
import type { TextSpan } from './types.js';

function spans(re: RegExp, text: string, group = 0): TextSpan[] {
  const out: TextSpan[] = [];
  for (const m of text.matchAll(re)) {
    const s = m[group];
    if (s === undefined) continue;
    const start = m.index + m[0].indexOf(s);
    out.push({ start, end: start + s.length, text: s });
  }
  return out;
}

const TRAILING_PUNCT = /[.,;:!?)\]]+$/;

function trimTrailing(list: TextSpan[]): TextSpan[] {
  return list.map((s) => {
    const t = s.text.replace(TRAILING_PUNCT, '');
    return { start: s.start, end: s.start + t.length, text: t };
  });
}

/** http(s):// and www. addresses, and bare host names on common Finnish/Nordic top-level domains. */
const URL_RE =
  /\bhttps?:\/\/[^\s<>"]+|\bwww\.[^\s<>"]+|\b(?:[a-z0-9-]+\.)+(?:fi|se|ax|eu|com|org|net|info)(?:\/[^\s<>"]*)?(?![\w@])/giu;
const EMAIL_RE = /[\p{L}0-9._%+-]+@[\p{L}0-9.-]+\.[a-z]{2,}/giu;

/** Cheap pre-test: most texts have no address at all, and the full pattern is costly to run. */
const URL_HINT = /https?:|www\.|\.(?:fi|se|ax|eu|com|org|net|info)\b/i;

export function findUrls(text: string): TextSpan[] {
  if (!URL_HINT.test(text)) return [];
  // An e-mail's domain is not a web address of its own.
  const emails = findEmails(text);
  return trimTrailing(spans(URL_RE, text)).filter(
    (u) => !emails.some((e) => u.start >= e.start && u.end <= e.end),
  );
}

export function findEmails(text: string): TextSpan[] {
  return text.includes('@') ? spans(EMAIL_RE, text) : [];
}

/**
 * +358 / other international numbers, and Finnish national numbers starting with 0 written in groups
 * (`09 310 1691`, `029 497 000`, `040-123 4567`). 7–12 digits in all; a lone 0 prefix with one group
 * is not enough, so sums and years never match.
 */
const PHONE_RE =
  /(?<![\w+])(?:\+\d{1,3}[\s-]?\(?\d{1,4}\)?(?:[\s-]?\d{2,4}){1,4}|0\d{1,3}(?:[\s-]\d{2,4}){1,3}|0[1-9]\d{6,9})(?![\w,.]\d)/gu;

export function findPhones(text: string): TextSpan[] {
  return spans(PHONE_RE, text).filter((s) => {
    const digits = s.text.replace(/\D/g, '').length;
    return digits >= 7 && digits <= 13;
  });
}

/** Street name endings (fi / sv / en) followed by a house number, e.g. `Mannerheimintie 5 A`. */
const STREET =
  '(?:katu|tie|kuja|polku|väylä|tori|aukio|kaari|rinne|ranta|puistikko|bulevardi|gatan|vägen|gränd|stigen|torget|street|road|avenue)';
const ADDRESS_RE = new RegExp(
  `\\b\\p{Lu}[\\p{Ll}-]*${STREET}\\s+\\d{1,4}(?:\\s?[A-Za-z](?![\\p{L}]))?(?:\\s?\\d{0,3})?`,
  'gu',
);
/** A postal code followed by a capitalised place name: `00100 Helsinki`. */
const POSTAL_RE = /(?<![\d+])\b\d{5}\s+\p{Lu}\p{Ll}+/gu;

export function findStreetAddresses(text: string): TextSpan[] {
  const found = [...spans(ADDRESS_RE, text), ...spans(POSTAL_RE, text)].map((s) => {
    const t = s.text.trimEnd();
    return { start: s.start, end: s.start + t.length, text: t };
  });
  return dedupe(found);
}

/**
 * Opening hours: a clock-time range (`8.00–16.00`, `9:00-15:30`, `klo 8–16`), or the words for
 * opening hours. Bare number ranges (`1–3`) are not hours.
 */
const TIME_RANGE_RE =
  /(?<![\d.,])(?:(?:[01]?\d|2[0-3])[.:][0-5]\d\s*[–—-]\s*(?:[01]?\d|2[0-3])(?:[.:][0-5]\d)?|(?:[01]?\d|2[0-3])\s*[–—-]\s*(?:[01]?\d|2[0-3])[.:][0-5]\d)(?![\d])/gu;
const KLO_RE = /\b(?:klo|kello|kl\.)\s*\d{1,2}(?:[.:]\d{2})?(?:\s*[–—-]\s*\d{1,2}(?:[.:]\d{2})?)?/giu;
const HOURS_WORD_RE = /\b(?:aukioloaja[t]?|aukioloaika|öppettider(?:na)?|opening hours)\b/giu;

const HOURS_WORD_HINT = /aukiolo|öppet|opening/i;

export function findOpeningHours(text: string): TextSpan[] {
  const found = HOURS_WORD_HINT.test(text) ? spans(HOURS_WORD_RE, text) : [];
  if (/\d/.test(text)) found.push(...spans(TIME_RANGE_RE, text), ...spans(KLO_RE, text));
  return dedupe(found);
}

/** Drops spans contained in an earlier, longer one and sorts by position. */
function dedupe(list: TextSpan[]): TextSpan[] {
  const sorted = [...list].sort((a, b) => a.start - b.start || b.end - a.end);
  const out: TextSpan[] = [];
  for (const s of sorted) {
    const last = out[out.length - 1];
    if (last && s.start >= last.start && s.end <= last.end) continue;
    out.push(s);
  }
  return out;
}
