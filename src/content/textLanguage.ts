/**
 * Is a text written in the language of its language field (C1 "in correct language")? Detection by
 * `franc` (trigram profiles, ISO 639-3), restricted to PTV's three main languages plus the ones franc
 * confuses them with (Estonian for Finnish, Norwegian Bokmål and Danish for Swedish), so a Swedish text
 * that looks Norwegian is not called English. Judged only when:
 * - the field's language is fi, sv or en (franc has no usable profile for the Sámi languages here);
 * - the text has at least MIN_DETECT_CHARS characters (short texts give unreliable trigram counts:
 *   in the fixture texts a 44-character Finnish instruction is scored Swedish);
 * - a main language other than the field's wins and the field's own language scores at most
 *   WRONG_LANGUAGE_MAX_SCORE of the winner (franc's scores are relative, 1 = the winner).
 * Fast path: a text whose common function words are clearly those of its field's language is accepted
 * without running franc (franc costs ~0.3 ms per 400 characters; most texts are in the right language).
 */
import { francAll } from 'franc';

/** Shorter texts are not judged. */
export const MIN_DETECT_CHARS = 60;
/** The field's language must score at most this (relative to the winner) for the text to be flagged. */
export const WRONG_LANGUAGE_MAX_SCORE = 0.9;
/** Only the first characters are given to franc: enough for a verdict, bounded cost. */
const DETECT_CHARS = 400;

const ISO3: Record<string, string> = { fi: 'fin', sv: 'swe', en: 'eng' };
const NAME_OF: Record<string, string> = { fin: 'fi', swe: 'sv', eng: 'en' };
const ONLY = ['fin', 'swe', 'eng', 'est', 'nob', 'dan'];

/** Frequent function words that are (nearly) unique to one of the three languages. */
const FUNCTION_WORDS = new Map<string, 'fi' | 'sv' | 'en'>([
  ...'ja on tai voit sinun kun jos että ei myös ovat sekä kanssa joka mutta saat'
    .split(' ')
    .map((w) => [w, 'fi'] as const),
  ...'och är att du för med som på av eller kan det till om inte ditt din ska'
    .split(' ')
    .map((w) => [w, 'sv'] as const),
  ...'the and you for with to of is are or can your in not be by it'
    .split(' ')
    .map((w) => [w, 'en'] as const),
]);
const WORD = /[\p{L}]+/gu;

/**
 * Fast path, so most texts never reach franc: the field's language has the most function words
 * (at least one, more than twice any other's when there are only function words to go on) and the
 * letters agree — Finnish: ä/ö or a doubled vowel and no å; Swedish: an å; English: none of ä/ö/å.
 * Every wrong-language case in the unit tests fails it and goes to franc.
 */
function functionWordsClearly(value: string, language: string): boolean {
  const counts = { fi: 0, sv: 0, en: 0 };
  const head = value.length > DETECT_CHARS ? value.slice(0, DETECT_CHARS) : value;
  for (const m of head.matchAll(WORD)) {
    const l = FUNCTION_WORDS.get(m[0].toLowerCase());
    if (l) counts[l]++;
  }
  const own = counts[language as 'fi'];
  const others = (['fi', 'sv', 'en'] as const).filter((l) => l !== language).map((l) => counts[l]);
  if (own >= 2 && others.every((n) => n * 2 < own)) return true;
  if (own < 1 || others.some((n) => n >= own)) return false;
  if (language === 'fi') return /[äöÄÖ]|aa|ii|uu|yy/.test(head) && !/[åÅ]/.test(head);
  if (language === 'sv') return /[åÅ]/.test(head);
  return !/[äöåÄÖÅ]/.test(head);
}

/** Texts given to franc since start (the bench prints it: the fast path's hit rate, independent of load). */
export const languageStats = { judged: 0, franc: 0 };

/** The language (fi/sv/en) the text is written in when it is clearly not `language`; else undefined. */
export function wrongLanguage(value: string, language: string): string | undefined {
  const expected = ISO3[language];
  if (!expected || value.length < MIN_DETECT_CHARS) return undefined;
  languageStats.judged++;
  if (functionWordsClearly(value, language)) return undefined;
  languageStats.franc++;
  const ranked = francAll(value.slice(0, DETECT_CHARS), { only: ONLY, minLength: MIN_DETECT_CHARS });
  const top = ranked[0];
  if (!top || top[0] === expected || !NAME_OF[top[0]]) return undefined;
  const own = ranked.find(([l]) => l === expected)?.[1] ?? 0;
  return own <= WRONG_LANGUAGE_MAX_SCORE ? NAME_OF[top[0]] : undefined;
}
