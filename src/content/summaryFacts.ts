/**
 * Quality-agent rule 5: the summary must not say anything the description, instructions or conditions
 * do not. Checked for the facts that can be compared without a grammar: numbers (amounts, prices,
 * times, days — `14`, `4,50`, `12.30`) and capitalised words inside a sentence (proper names: places,
 * systems, organisations). A number counts as present when the same digits occur in a longer text of
 * the same language; a capitalised word when the first five letters of it do (Finnish inflects the
 * ending: "Kelan" / "Kela").
 */
import type { ContentEntity, LocalizedText, TextSpan } from './types.js';

const NUMBER_RE = /\d+(?:[.,:]\d+)*/gu;
/** A capitalised word that does not start a sentence (after a letter, comma or digit and a space). */
const PROPER_RE = /(?<=[\p{Ll}\d,;:]\s+)\p{Lu}[\p{L}-]{2,}/gu;

export function missingSummaryFacts(e: ContentEntity): { text: LocalizedText; span: TextSpan }[] {
  const out: { text: LocalizedText; span: TextSpan }[] = [];
  for (const summary of e.texts) {
    if (summary.type !== 'Summary' || !/\d|\s\p{Lu}/u.test(summary.value)) continue;
    const rest = e.texts
      .filter((t) => t.language === summary.language && t.type !== 'Summary' && t.type !== 'Name')
      .map((t) => t.value)
      .join('\n');
    if (rest.length === 0) continue;
    const restLower = rest.toLowerCase();
    for (const m of summary.value.matchAll(NUMBER_RE)) {
      if (!new RegExp(`(?<![\\d.,:])${m[0].replace(/[.]/g, '\\.')}(?![\\d])`, 'u').test(rest))
        out.push({ text: summary, span: { start: m.index, end: m.index + m[0].length, text: m[0] } });
    }
    for (const m of summary.value.matchAll(PROPER_RE)) {
      if (!restLower.includes(m[0].slice(0, 5).toLowerCase()))
        out.push({ text: summary, span: { start: m.index, end: m.index + m[0].length, text: m[0] } });
    }
  }
  return out;
}
