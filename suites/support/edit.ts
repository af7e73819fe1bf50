import type { LocalizedListItem } from '../../fixtures/index.js';

const UPDATE: Record<string, string> = {
  fi: 'Tietoja päivitetty.',
  sv: 'Uppgifterna har uppdaterats.',
  en: 'The information has been updated.',
};

/**
 * The same localized list with one sentence added to every item of `type` (a real content change
 * that keeps every limit: descriptions are far below 2,500). Every other item is resent unchanged,
 * because PTV replaces a sent list as a whole (§3.5).
 */
export function withUpdatedTexts<T extends LocalizedListItem>(list: readonly T[], type: string): T[] {
  return list.map((i) =>
    i.type === type ? { ...i, value: `${i.value} ${UPDATE[i.language] ?? UPDATE.en!}` } : { ...i },
  );
}

/** What PTV should hold after a PUT: the stored payload with every sent top-level field replaced. */
export function afterPut<T extends object>(stored: T, put: object): T {
  const out: Record<string, unknown> = { ...(stored as Record<string, unknown>) };
  for (const [k, v] of Object.entries(put)) if (v !== undefined) out[k] = v;
  return out as T;
}

/** Keeps only the given languages in every localized list of a payload fragment. */
export function onlyLanguages<T extends { language: string }>(
  list: readonly T[],
  langs: readonly string[],
): T[] {
  return list.filter((i) => langs.includes(i.language));
}
