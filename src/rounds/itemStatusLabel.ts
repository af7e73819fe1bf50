import type { Lang } from '../report/labels.js';
import type { ItemStatus } from './itemVerdicts.js';

const text: Record<Lang, Record<ItemStatus, string>> = {
  en: { passed: 'passed', failed: 'failed', 'not-demonstrated': 'not demonstrated', 'not-run': 'not run' },
  fi: {
    passed: 'läpäisty',
    failed: 'epäonnistui',
    'not-demonstrated': 'ei osoitettu',
    'not-run': 'ei ajettu',
  },
};

/** A DVV item's verdict in words, for the cover messages, changes and `history`. */
export function itemStatusLabel(lang: Lang, status: ItemStatus): string {
  return text[lang][status];
}
