import type { DvvItem } from './model.js';

/**
 * DVV's technical test items in DVV's own Finnish wording (process-and-quality.md §1.3, quoted there
 * from ptv-mcp's copy of DVV's list) and an English rendering. CONN covers the connection and security
 * items; PIT is ours, not DVV's.
 */
export const dvvItems: readonly { item: DvvItem; fi: string; en: string }[] = [
  {
    item: 'CONN',
    fi: 'yhteyden toimivuus (palomuuriavaukset, käyttöoikeudet, tunnisteen käsittely)',
    en: 'connection and access (firewall openings, access rights, token handling)',
  },
  {
    item: 'T1',
    fi: 'uusien aliorganisaatioiden lisääminen ja muokkaaminen',
    en: 'creating and editing new sub-organisations',
  },
  { item: 'T2', fi: 'uusien palvelujen lisääminen ja muokkaaminen', en: 'creating and editing new services' },
  {
    item: 'T3',
    fi: 'uusien asiointikanavien lisääminen ja muokkaaminen',
    en: 'creating and editing new service channels',
  },
  {
    item: 'T4',
    fi: 'liitosten ja liitoksen lisätietojen lisääminen ja muokkaaminen',
    en: 'adding and editing connections and their additional information',
  },
  {
    item: 'T5',
    fi: 'tietokenttien oikeellisuus (tietomuodot, pituudet, pakollisuudet jne.)',
    en: 'field correctness (formats, lengths, required fields, etc.)',
  },
  {
    item: 'T6',
    fi: 'lähdejärjestelmästä poistuneiden tietojen arkistointi',
    en: 'archiving data removed from the source system',
  },
  {
    item: 'PIT',
    fi: 'havaitut sudenkuopat (ei osa DVV:n listaa)',
    en: "pitfalls found (not part of DVV's list)",
  },
  {
    item: 'V12',
    fi: 'v12-esitarkistus — ei DVV:n v11-testin kohta',
    en: "v12 pre-check — not part of DVV's v11 test",
  },
];
