import type { Lang } from '../report/labels.js';
import type { FindingRef, RunChanges } from './compareRuns.js';
import { isUnchanged } from './compareRuns.js';
import { itemStatusLabel } from './itemStatusLabel.js';

const words = {
  en: {
    heading: 'Changes since the previous round',
    runs: 'Compared run {from} ({fromStatus}) with run {to} ({toStatus}), case by case.',
    items: 'DVV items whose verdict changed:',
    casesFixed: 'Cases that failed before and pass now:',
    casesBroken: 'Cases that passed before and fail now:',
    fixed: 'Findings fixed ({n}):',
    new: 'Findings new ({n}):',
    none: 'none',
    unchanged: 'No DVV item, case or finding changed.',
    more: '… and {n} more (changes.md lists all)',
    notCompared: '{n} cases ran in only one of the two runs and are not compared.',
  },
  fi: {
    heading: 'Muutokset edelliseen kierrokseen',
    runs: 'Ajoa {to} ({toStatus}) verrattiin ajoon {from} ({fromStatus}) testitapaus kerrallaan.',
    items: 'DVV:n kohdat, joiden tulos muuttui:',
    casesFixed: 'Tapaukset, jotka epäonnistuivat ja läpäisevät nyt:',
    casesBroken: 'Tapaukset, jotka läpäisivät ja epäonnistuvat nyt:',
    fixed: 'Korjaantuneet havainnot ({n}):',
    new: 'Uudet havainnot ({n}):',
    none: 'ei yhtään',
    unchanged: 'Yhdenkään DVV:n kohdan, tapauksen tai havainnon tulos ei muuttunut.',
    more: '… ja {n} muuta (kaikki tiedostossa changes.md)',
    notCompared: '{n} tapausta ajettiin vain toisessa ajoista, eikä niitä verrattu.',
  },
} as const;

const fill = (s: string, v: Record<string, string | number>): string =>
  s.replace(/\{(\w+)\}/g, (_, k: string) => String(v[k] ?? `{${k}}`));

/** `SRV-03 [T2] ServiceDescriptions – readback.mismatch (error): message` */
export function findingLine(f: FindingRef): string {
  const where = f.path ? ` ${f.path}` : '';
  return `${f.caseId} [${f.item}]${where} – ${f.rule} (${f.severity}): ${f.message.replace(/\s+/g, ' ').slice(0, 300)}`;
}

function list(lines: string[], limit: number, lang: Lang): string[] {
  if (lines.length <= limit) return lines.map((l) => `  - ${l}`);
  return [
    ...lines.slice(0, limit).map((l) => `  - ${l}`),
    `  ${fill(words[lang].more, { n: lines.length - limit })}`,
  ];
}

/**
 * The "changes since the previous round" section as plain-text lines (also valid Markdown). `limit`
 * caps each finding list (the cover messages); changes.md passes Infinity.
 */
export function formatChanges(c: RunChanges, lang: Lang, limit = 20): string[] {
  const w = words[lang];
  const out = [
    w.heading,
    '',
    fill(w.runs, { from: c.from.id, fromStatus: c.from.status, to: c.to.id, toStatus: c.to.status }),
    '',
  ];
  if (isUnchanged(c)) return [...out, w.unchanged];
  out.push(w.items);
  out.push(
    ...(c.items.length === 0
      ? [`  - ${w.none}`]
      : c.items.map(
          (i) => `  - ${i.id}: ${itemStatusLabel(lang, i.before)} → ${itemStatusLabel(lang, i.after)}`,
        )),
  );
  out.push(`${w.casesFixed} ${c.casesFixed.join(', ') || w.none}`);
  out.push(`${w.casesBroken} ${c.casesBroken.join(', ') || w.none}`);
  out.push(fill(w.fixed, { n: c.findingsFixed.length }));
  out.push(
    ...(c.findingsFixed.length ? list(c.findingsFixed.map(findingLine), limit, lang) : [`  - ${w.none}`]),
  );
  out.push(fill(w.new, { n: c.findingsNew.length }));
  out.push(...(c.findingsNew.length ? list(c.findingsNew.map(findingLine), limit, lang) : [`  - ${w.none}`]));
  if (c.notCompared.length > 0) out.push('', fill(w.notCompared, { n: c.notCompared.length }));
  return out;
}

/** changes.md of a bundle: the full section in Finnish, then in English. */
export function changesMarkdown(c: RunChanges): string {
  const section = (lang: Lang): string => {
    const [heading, ...rest] = formatChanges(c, lang, Infinity);
    return [`## ${heading}`, ...rest].join('\n');
  };
  return `# ${words.fi.heading} / ${words.en.heading}\n\n${section('fi')}\n\n${section('en')}\n`;
}
