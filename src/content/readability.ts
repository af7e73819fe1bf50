/**
 * Readability heuristics for C1/C7 (DVV's writing guidance §5.1, quality-agent rules 3, 4, 13): Finnish
 * passive voice and non-finite clauses, machine-looking text, marketing tone, personal names. All are
 * word-shape heuristics tuned for precision — the clean fixture texts (written the way DVV asks) must
 * stay silent — so they miss forms a grammar would catch. What each one matches is documented at its
 * pattern and in docs/content.md.
 */
import type { TextSpan } from './types.js';

function spans(re: RegExp, text: string): TextSpan[] {
  return [...text.matchAll(re)].map((m) => ({ start: m.index, end: m.index + m[0].length, text: m[0] }));
}

/**
 * Finnish passive verbs: present `-taan/-tään` after a vowel (haetaan, järjestetään), `-daan/-dään`
 * (tehdään, voidaan), `-ellaan/-ellään` (käsitellään), `-nnaan/-nnään` (mennään); past `-ttiin/-htiin`
 * (haettiin, tehtiin). Words of the same shape that are not passives are listed in NOT_PASSIVE.
 */
const PASSIVE_RE =
  /[\p{L}]{2,}(?:[aeiouyäö]t(?:aa|ää)n|[aeiouyäöh]d(?:aa|ää)n|ell(?:aa|ää)n|[aeiouyäö]nn(?:aa|ää)n|[aeiouyäö]ttiin|htiin)(?![\p{L}])/giu;
const NOT_PASSIVE = new Set(['mitään', 'ketään', 'pöytään', 'työtään', 'itsellään', 'kylään']);
/**
 * Passive is flagged when more than this share of a text's sentences (and at least 2) use it. Official
 * Finnish uses the passive a lot; at 0.5 a clean fixture text with 3 passive sentences of 4 (a needs
 * assessment "tehdään … selvitetään … laaditaan") was flagged, so only texts almost wholly in the
 * passive are.
 */
export const PASSIVE_SENTENCE_SHARE = 0.75;

const SENTENCE_END = /[.!?]+(?=\s|$)|\n+/gu;

function sentences(text: string): { start: number; end: number }[] {
  const out: { start: number; end: number }[] = [];
  let start = 0;
  for (const m of text.matchAll(SENTENCE_END)) {
    const end = m.index + m[0].length;
    if (/\p{L}/u.test(text.slice(start, end))) out.push({ start, end });
    start = end;
  }
  if (/\p{L}/u.test(text.slice(start))) out.push({ start, end: text.length });
  return out;
}

/**
 * A Finnish text written mostly in the passive: more than three quarters of its sentences (at least
 * two) hold a passive verb. Returns the first passive verb of each such sentence; one passive sentence among
 * active ones is normal style and is not flagged.
 */
export function findPassiveVoice(text: string): TextSpan[] {
  if (!/(?:aan|ään|iin)/u.test(text)) return [];
  const firsts: TextSpan[] = [];
  const all = sentences(text);
  for (const s of all) {
    const hit = spans(PASSIVE_RE, text.slice(s.start, s.end)).find(
      (h) => !NOT_PASSIVE.has(h.text.toLowerCase()),
    );
    if (hit) firsts.push({ start: s.start + hit.start, end: s.start + hit.end, text: hit.text });
  }
  return firsts.length >= 2 && firsts.length > all.length * PASSIVE_SENTENCE_SHARE ? firsts : [];
}

/**
 * Finnish non-finite clauses (lauseenvastikkeet) with a possessive suffix, the kind the quality agent
 * names ("saapuessasi" → "kun saavut"): temporal `-essasi/-essään` (not after e, which is the inessive
 * of e-stems: tilanteessasi), perfect temporal `-tuasi/-ttuaan/-tyään`, final `-aksesi/-äkseen`.
 * The suffix-less passive temporal (`jaettaessa`) is left alone: it reads as ordinary official prose.
 */
const NON_FINITE_RE =
  /[\p{L}]{2,}(?:[^\se]e(?<!kse)ss[aä]|t[uy][aä]|[aä]kse)(?:ni|si|mme|nne|an|än|en|nsa|nsä)(?![\p{L}])/giu;

export function findNonFiniteClauses(text: string): TextSpan[] {
  return spans(NON_FINITE_RE, text);
}

/**
 * Machine-looking text (C7): unfilled template fields (`{{name}}`, `${x}`, `%s`, `{0}`), programming
 * values (`undefined`, `null`, `NaN`, `[object Object]`), markup written as text (`<p>`, `&nbsp;`),
 * escaped line breaks (`\n`), and constant-style keys (`SERVICE_NAME_FI`).
 */
const MACHINE_RE =
  /\{\{[^}]*\}\}|\$\{[^}]*\}|%[sd](?![\p{L}])|\{\d+\}|\[object Object\]|(?<![\p{L}])(?:undefined|null|NaN)(?![\p{L}])|<\/?[a-zA-Z][a-zA-Z0-9]*(?:\s[^<>]*)?\/?>|&(?:nbsp|amp|lt|gt|quot|#\d+);|\\[nrt](?![\p{L}])|(?<![\p{L}])[A-Z][A-Z0-9]+(?:_[A-Z0-9]+)+(?![\p{L}])/gu;

export function findMachineText(text: string): TextSpan[] {
  return spans(MACHINE_RE, text);
}

/**
 * Marketing words in fi / sv / en (DVV: "no marketing"); stems take any Finnish/Swedish ending. Words
 * with an ordinary sense in service texts are left out ("exceptional opening hours", "outstanding fees").
 */
const MARKETING_WORDS = [
  // fi
  'ainutlaatui\\p{L}*',
  'upe(?:a|aa|at|an|ita|issa|ista)',
  'loistav\\p{L}*',
  'ensiluokkai\\p{L}*',
  'unohtumato\\p{L}*',
  'mahtav\\p{L}*',
  'huike\\p{L}*',
  'ilmiömäi\\p{L}*',
  'elämyksellis\\p{L}*',
  'tervetuloa',
  // sv
  'fantastisk\\p{L}*',
  'enastående',
  'oslagbar\\p{L}*',
  'förstklassig\\p{L}*',
  'underbar\\p{L}*',
  'makalös\\p{L}*',
  'välkomna?',
  // en
  'amazing',
  'fantastic',
  'world-class',
  'unbeatable',
  'wonderful',
  'stunning',
  'state-of-the-art',
  'best-in-class',
  "don't miss",
];
const MARKETING_RE = new RegExp(`(?<![\\p{L}-])(?:${MARKETING_WORDS.join('|')})(?![\\p{L}-])`, 'giu');
const MULTI_EXCLAMATION_RE = /!{2,}|!(?=\s+\p{Lu}[^!]*!)/gu;

export function findMarketingTone(text: string): TextSpan[] {
  const found = spans(MARKETING_RE, text);
  if (text.includes('!')) found.push(...spans(MULTI_EXCLAMATION_RE, text));
  return found.sort((a, b) => a.start - b.start);
}

/**
 * Personal names (quality-agent rule 13: use job titles): a common Finnish, Swedish or English first
 * name followed by a capitalised surname (`Maija Meikäläinen`, `Anna-Liisa Virtanen`). A first name on
 * its own is not flagged (many are also words: "Anna" = give, "Onni" = luck), nor a surname alone.
 */
const FIRST_NAMES = [
  // Finnish (Population Register Centre's most common given names)
  'Aino',
  'Aleksi',
  'Anna',
  'Anne',
  'Anneli',
  'Antti',
  'Ari',
  'Eero',
  'Eija',
  'Elina',
  'Emma',
  'Esa',
  'Hanna',
  'Harri',
  'Heikki',
  'Helena',
  'Hannu',
  'Ilkka',
  'Jaana',
  'Janne',
  'Jari',
  'Johanna',
  'Juha',
  'Juho',
  'Jukka',
  'Jussi',
  'Kaisa',
  'Kari',
  'Katja',
  'Kimmo',
  'Kirsi',
  'Laura',
  'Leena',
  'Liisa',
  'Maija',
  'Marja',
  'Marjatta',
  'Markku',
  'Matti',
  'Mika',
  'Mikko',
  'Minna',
  'Niina',
  'Niko',
  'Olli',
  'Pasi',
  'Pekka',
  'Petri',
  'Pirjo',
  'Riitta',
  'Sari',
  'Satu',
  'Seppo',
  'Sirpa',
  'Tapio',
  'Teemu',
  'Timo',
  'Tuula',
  'Tuomas',
  'Ville',
  'Anu',
  'Päivi',
  'Raija',
  'Tiina',
  'Outi',
  'Veikko',
  'Jorma',
  // Swedish / Finland-Swedish
  'Anders',
  'Björn',
  'Erik',
  'Karl',
  'Lars',
  'Magnus',
  'Mats',
  'Per',
  'Stefan',
  'Ulla',
  'Kristina',
  'Ingrid',
  'Karin',
  'Birgitta',
  'Sofia',
  'Johan',
  'Henrik',
  'Fredrik',
  // English
  'John',
  'James',
  'Mary',
  'David',
  'Michael',
  'Sarah',
  'Emily',
  'Robert',
  'Susan',
  'Peter',
];
const NAME_RE = new RegExp(
  `(?<![\\p{L}-])(?:${FIRST_NAMES.join('|')})(?:-\\p{Lu}\\p{Ll}+)?\\s+\\p{Lu}\\p{Ll}{2,}(?:-\\p{Lu}\\p{Ll}+)?(?![\\p{L}-])`,
  'gu',
);

export function findPersonalNames(text: string): TextSpan[] {
  return spans(NAME_RE, text);
}
