/**
 * The content rule table: one row per rule, like ajv's keyword table. Each row says which DVV
 * checklist item (C1–C7, process-and-quality §1.4) or quality-agent rule (§5.2) it mirrors, how bad
 * a hit is, how it matches, and what to tell the main user in Finnish and English. `checkContent`
 * runs the table; nothing else decides what a finding is.
 */
import type { Severity } from '../core/finding.js';
import { MAIN_LANGUAGES } from '../core/vocabulary.js';
import { validatePayload, type RuleProfile } from '../rules/index.js';
import {
  findEmails,
  findOpeningHours,
  findPhones,
  findStreetAddresses,
  findUrls,
} from './contactPatterns.js';
import { containment, OVERLAP_THRESHOLD, trigrams } from './textOverlap.js';
import { contradictions, type ChannelFacts } from './connectionContradictions.js';
import {
  findMachineText,
  findMarketingTone,
  findNonFiniteClauses,
  findPassiveVoice,
  findPersonalNames,
} from './readability.js';
import { missingSummaryFacts } from './summaryFacts.js';
import { wrongLanguage } from './textLanguage.js';
import type {
  Catalogue,
  ChecklistItem,
  ContentEntity,
  ContentEntityKind,
  ContentLang,
  LocalizedText,
  TextSpan,
} from './types.js';

export interface CheckContext {
  now: Date;
  /** Content not modified for this many months is flagged (FRESH.stale). */
  staleMonths: number;
  profile: RuleProfile;
  /** The whole catalogue; absent offline (`validate --content`), where catalogue rules are skipped. */
  catalogue?: Catalogue;
}

/** What a rule found; `checkContent` adds the entity, rule and messages around it. */
export interface RuleHit {
  entity: ContentEntity;
  text?: LocalizedText;
  field?: string;
  language?: string;
  span?: TextSpan;
  /** Inserted into the message where it says `{detail}`. */
  detail?: string;
}

interface RuleBase {
  id: string;
  checklist: ChecklistItem;
  agentRule?: number;
  severity: Severity;
  message: Record<ContentLang, string>;
  hint: Record<ContentLang, string>;
}

/** Matches inside one text of one entity. */
export interface TextRule extends RuleBase {
  scope: 'text';
  kinds: readonly ContentEntityKind[];
  /** Which texts it reads (default: every text of the entity). */
  texts?: (t: LocalizedText) => boolean;
  /** Spans found; `detail` (when given) goes into the message instead of the span's text. */
  match: (value: string, text: LocalizedText, entity: ContentEntity) => (TextSpan & { detail?: string })[];
}

/** Judges one entity on its own. */
export interface EntityRule extends RuleBase {
  scope: 'entity';
  kinds: readonly ContentEntityKind[];
  check: (entity: ContentEntity, ctx: CheckContext) => Omit<RuleHit, 'entity'>[];
}

/** Needs the whole catalogue (connections, general descriptions, archive lists). */
export interface CatalogueRule extends RuleBase {
  scope: 'catalogue';
  check: (catalogue: Catalogue, ctx: CheckContext) => RuleHit[];
}

export type ContentRule = TextRule | EntityRule | CatalogueRule;

const SERVICE_TEXT = (t: LocalizedText): boolean => t.type !== 'Name';
const FINNISH_TEXT = (t: LocalizedText): boolean => t.type !== 'Name' && t.language === 'fi';
/** Entities whose texts are read by customers: the text-quality rules apply to all of them. */
const TEXT_KINDS: readonly ContentEntityKind[] = ['service', 'channel', 'serviceCollection'];

/** More words than this in one sentence is "long" (quality-agent rule 7; the agent's own limit is not public). */
export const LONG_SENTENCE_WORDS = 25;
const RECOMMENDED_LANGUAGES: readonly string[] = MAIN_LANGUAGES;
/** Cheap pre-test for C7.placeholder (a plain case-insensitive scan, no Unicode word boundaries). */
const PLACEHOLDER_HINT = /lorem|todo|tbd|fixme|xxx|placeholder|täydennetään|puuttuu|saknas/i;
const MS_PER_MONTH = (365.25 / 12) * 24 * 3600 * 1000;

function norm(s: string): string {
  return s.toLowerCase().replace(/\s+/g, ' ').trim();
}

function summaries(e: ContentEntity): LocalizedText[] {
  return e.texts.filter((t) => t.type === 'Summary');
}

/** Every text-in-the-wrong-place rule has the same shape: a detector over the service's own texts. */
function c2(
  id: string,
  agentRule: number,
  severity: Severity,
  match: (s: string) => TextSpan[],
  what: Record<ContentLang, string>,
  hint: Record<ContentLang, string>,
): TextRule {
  return {
    id,
    checklist: 'C2',
    agentRule,
    severity,
    scope: 'text',
    kinds: ['service'],
    texts: SERVICE_TEXT,
    match,
    message: {
      fi: `Palvelun tekstissä on ${what.fi}: "{detail}".`,
      en: `The service text contains ${what.en}: "{detail}".`,
    },
    hint,
  };
}

export const CONTENT_RULES: readonly ContentRule[] = [
  c2(
    'C2.url',
    1,
    'error',
    findUrls,
    { fi: 'verkko-osoite', en: 'a web address' },
    {
      fi: 'Poista osoite kuvauksesta; verkko-osoite kuuluu verkkosivu- tai verkkoasiointikanavaan, joka liitetään palveluun.',
      en: 'Remove the address from the text; a web address belongs in a web page or e-service channel connected to the service.',
    },
  ),
  c2(
    'C2.email',
    2,
    'error',
    findEmails,
    { fi: 'sähköpostiosoite', en: 'an e-mail address' },
    {
      fi: 'Siirrä sähköpostiosoite kanavan omaan kenttään (esimerkiksi puhelin- tai palvelupistekanavan sähköposti).',
      en: "Move the e-mail address into a channel's own e-mail field (e.g. the phone or service location channel).",
    },
  ),
  c2(
    'C2.phone',
    12,
    'error',
    findPhones,
    { fi: 'puhelinnumero', en: 'a phone number' },
    {
      fi: 'Kirjoita puhelinnumero puhelinasiointikanavan omaan kenttään ja liitä kanava palveluun.',
      en: "Write the phone number in a phone channel's own field and connect the channel to the service.",
    },
  ),
  c2(
    'C2.address',
    11,
    'warning',
    findStreetAddresses,
    { fi: 'katuosoite', en: 'a street address' },
    {
      fi: 'Osoite kuuluu palvelupistekanavaan; kuvaa palvelussa vain, mitä asiakas saa.',
      en: 'An address belongs to a service location channel; the service text says what the customer gets.',
    },
  ),
  c2(
    'C2.openingHours',
    14,
    'warning',
    findOpeningHours,
    { fi: 'aukioloaikoja', en: 'opening hours' },
    {
      fi: 'Aukioloajat kirjataan kanavan palveluaikoihin (ohjeisiin vain, jos välttämätöntä).',
      en: "Opening hours go in the channel's service hours (in the instructions only when needed).",
    },
  ),
  {
    id: 'C1.summaryEqualsName',
    checklist: 'C1',
    severity: 'error',
    scope: 'entity',
    kinds: ['service', 'channel'],
    check: (e) =>
      summaries(e)
        .filter((s) => e.names[s.language] !== undefined && norm(s.value) === norm(e.names[s.language]!))
        .map((s) => ({ text: s, detail: s.value })),
    message: {
      fi: 'Tiivistelmä on sama kuin nimi: "{detail}". PTV ei hyväksy tätä.',
      en: 'The summary is the same as the name: "{detail}". PTV refuses this.',
    },
    hint: {
      fi: 'Kirjoita tiivistelmään lyhyesti, mitä asiakas saa, toistamatta nimeä.',
      en: 'Say briefly what the customer gets, without repeating the name.',
    },
  },
  {
    id: 'C1.summaryRepeatsName',
    checklist: 'C1',
    severity: 'warning',
    scope: 'entity',
    kinds: ['service', 'channel'],
    check: (e) =>
      summaries(e)
        .filter((s) => {
          const name = e.names[s.language];
          if (name === undefined || norm(s.value) === norm(name)) return false;
          return norm(name).length >= 4 && norm(s.value).startsWith(norm(name));
        })
        .map((s) => ({ text: s, detail: e.names[s.language]! })),
    message: {
      fi: 'Tiivistelmä alkaa nimellä "{detail}".',
      en: 'The summary starts by repeating the name "{detail}".',
    },
    hint: {
      fi: 'Tiivistelmä ei saa kopioida nimeä eikä olla johdanto; aloita tärkeimmästä asiasta.',
      en: 'The summary must not copy the name nor be a lead-in; start with the most important fact.',
    },
  },
  {
    id: 'C1.lawSection',
    checklist: 'C1',
    agentRule: 8,
    severity: 'warning',
    scope: 'text',
    kinds: TEXT_KINDS,
    texts: SERVICE_TEXT,
    match: (s) =>
      s.includes('§') || /pykälä|momentti|artikla/i.test(s)
        ? matchAll(/\d+\s?[a-z]?\s?§|§\s?\d+|\b\d+\s?(?:pykälä|momentti|artikla)\w*/giu, s)
        : [],
    message: {
      fi: 'Tekstissä lainataan lain pykälää: "{detail}".',
      en: 'The text quotes a law section: "{detail}".',
    },
    hint: {
      fi: 'Lait kuuluvat lainsäädäntökenttään Finlex-linkkeinä, eivät kuvaukseen.',
      en: 'Laws belong in the legislation field as Finlex links, not in the description.',
    },
  },
  {
    id: 'C1.agingDate',
    checklist: 'C1',
    agentRule: 15,
    severity: 'warning',
    scope: 'text',
    kinds: TEXT_KINDS,
    texts: SERVICE_TEXT,
    // Full dates (1.3.2026, 2026-03-01) and years 1990–2099; other four-digit numbers are not years.
    match: (s) =>
      matchAll(
        /\b\d{1,2}\.\d{1,2}\.(?:19|20)\d{2}\b|\b(?:19|20)\d{2}-\d{2}-\d{2}\b|(?<![\d.,-])\b(?:199\d|20\d{2})\b(?![.,-]?\d)/gu,
        s,
      ),
    message: {
      fi: 'Tekstissä on päivämäärä tai vuosiluku, joka vanhenee: "{detail}".',
      en: 'The text contains a date or year that will age: "{detail}".',
    },
    hint: {
      fi: 'Kirjoita teksti niin, että se pysyy voimassa, tai päivitä se säännöllisesti.',
      en: 'Write text that stays valid over time, or keep it up to date.',
    },
  },
  {
    id: 'C1.longSentence',
    checklist: 'C1',
    agentRule: 7,
    severity: 'warning',
    scope: 'text',
    kinds: TEXT_KINDS,
    texts: SERVICE_TEXT,
    match: (s) => longSentences(s),
    message: {
      fi: `Virkkeessä on yli ${LONG_SENTENCE_WORDS} sanaa: "{detail}".`,
      en: `The sentence has more than ${LONG_SENTENCE_WORDS} words: "{detail}".`,
    },
    hint: {
      fi: 'Jaa virke lyhyemmiksi; yksi asia virkettä kohden.',
      en: 'Split the sentence; one fact per sentence.',
    },
  },
  {
    id: 'C7.placeholder',
    checklist: 'C7',
    severity: 'error',
    scope: 'text',
    kinds: ['service', 'channel', 'organization', 'serviceCollection'],
    match: (s) =>
      !PLACEHOLDER_HINT.test(s)
        ? []
        : matchAll(
            /\blorem ipsum\b|\b(?:TODO|TBD|FIXME|XXX+)\b|\b(?:placeholder|täydennetään myöhemmin|kuvaus puuttuu|beskrivning saknas)\b/giu,
            s,
          ),
    message: {
      fi: 'Tekstissä on täyteteksti tai keskeneräinen merkintä: "{detail}".',
      en: 'The text contains placeholder or unfinished text: "{detail}".',
    },
    hint: {
      fi: 'Kirjoita asiakkaalle tarkoitettu teksti tai jätä kieliversio julkaisematta.',
      en: 'Write the text for the customer, or do not publish this language version.',
    },
  },
  {
    id: 'C5.serviceWithoutChannels',
    checklist: 'C5',
    severity: 'error',
    scope: 'catalogue',
    check: (cat) => cat.services.filter((s) => s.connectedIds.length === 0).map((entity) => ({ entity })),
    message: {
      fi: 'Palvelulla ei ole yhtään asiointikanavaa.',
      en: 'The service has no channels.',
    },
    hint: {
      fi: 'Liitä palveluun kanavat, joiden kautta asiakas voi käyttää sitä.',
      en: 'Connect the channels through which customers can use the service.',
    },
  },
  {
    id: 'C5.channelWithoutServices',
    checklist: 'C5',
    severity: 'warning',
    scope: 'catalogue',
    check: (cat) => cat.channels.filter((c) => c.connectedIds.length === 0).map((entity) => ({ entity })),
    message: {
      fi: 'Kanavaa ei ole liitetty yhteenkään palveluun.',
      en: 'The channel is not connected to any service.',
    },
    hint: {
      fi: 'Liitä kanava palveluihin, joita se palvelee, tai arkistoi se.',
      en: 'Connect the channel to the services it serves, or archive it.',
    },
  },
  {
    id: 'C5.channelHoursMissing',
    checklist: 'C5',
    severity: 'warning',
    scope: 'entity',
    kinds: ['channel'],
    check: (e) =>
      (e.channelType === 'ServiceLocation' || e.channelType === 'Phone') && e.hasServiceHours === false
        ? [{ field: 'serviceHours' }]
        : [],
    message: {
      fi: 'Kanavalta puuttuvat palveluajat.',
      en: 'The channel has no service hours.',
    },
    hint: {
      fi: 'Lisää palvelupisteen tai puhelinpalvelun aukioloajat palveluaikoihin.',
      en: "Add the location's or phone line's opening hours as service hours.",
    },
  },
  {
    id: 'C5.channelAddressMissing',
    checklist: 'C5',
    severity: 'error',
    scope: 'entity',
    kinds: ['channel'],
    check: (e) =>
      e.channelType === 'ServiceLocation' && e.hasAddress === false ? [{ field: 'addresses' }] : [],
    message: {
      fi: 'Palvelupisteeltä puuttuu osoite.',
      en: 'The service location has no address.',
    },
    hint: {
      fi: 'Lisää palvelupisteen käyntiosoite.',
      en: 'Add the visiting address of the service location.',
    },
  },
  {
    id: 'C6.connectionInfoLanguages',
    checklist: 'C6',
    severity: 'warning',
    scope: 'catalogue',
    check: (cat) => {
      const services = new Map(cat.services.map((s) => [s.id, s]));
      const hits: RuleHit[] = [];
      for (const c of cat.connections) {
        const svc = services.get(c.serviceId);
        if (!svc || c.description.length === 0) continue;
        const have = new Set(c.description.map((d) => d.language));
        for (const lang of svc.languages.filter((l) => !have.has(l))) {
          hits.push({
            entity: svc,
            field: 'serviceChannels.description',
            language: lang,
            detail: c.channelId,
          });
        }
      }
      return hits;
    },
    message: {
      fi: 'Liitoksen lisätieto kanavaan {detail} puuttuu tältä palvelun kieleltä.',
      en: 'The connection additional information for channel {detail} is missing in this service language.',
    },
    hint: {
      fi: 'Kirjoita liitoksen lisätieto kaikilla kielillä, joilla palvelu on kuvattu.',
      en: 'Write the connection additional information in every language the service is described in.',
    },
  },
  {
    id: 'C6.contactInConnectionText',
    checklist: 'C6',
    severity: 'warning',
    scope: 'catalogue',
    check: (cat) => {
      const services = new Map(cat.services.map((s) => [s.id, s]));
      const hits: RuleHit[] = [];
      for (const c of cat.connections) {
        const svc = services.get(c.serviceId);
        if (!svc) continue;
        for (const t of c.description) {
          for (const span of [...findUrls(t.value), ...findEmails(t.value), ...findPhones(t.value)]) {
            hits.push({ entity: svc, text: t, span, detail: `${c.channelId}: ${span.text}` });
          }
        }
      }
      return hits;
    },
    message: {
      fi: 'Liitoksen lisätiedon tekstissä on yhteystieto (kanava {detail}).',
      en: 'The connection additional information text holds a contact detail (channel {detail}).',
    },
    hint: {
      fi: 'Kirjaa yhteystiedot liitoksen yhteystietokenttiin tai kanavaan, ei vapaaseen tekstiin.',
      en: "Put contact details in the connection's contact fields or in the channel, not in free text.",
    },
  },
  {
    id: 'C4.generalDescriptionCopied',
    checklist: 'C4',
    agentRule: 6,
    severity: 'warning',
    scope: 'catalogue',
    check: (cat) => {
      const hits: RuleHit[] = [];
      for (const svc of cat.services) {
        const gd = svc.generalDescriptionId
          ? cat.generalDescriptions.get(svc.generalDescriptionId)
          : undefined;
        if (!gd) continue;
        for (const t of svc.texts.filter((x) => x.type === 'Description' || x.type === 'UserInstruction')) {
          const source = trigrams(
            gd.texts
              .filter((g) => g.language === t.language)
              .map((g) => g.value)
              .join(' \n '),
          );
          const share = containment(t.value, source);
          if (share !== undefined && share >= OVERLAP_THRESHOLD) {
            hits.push({ entity: svc, text: t, detail: `${Math.round(share * 100)} %` });
          }
        }
      }
      return hits;
    },
    message: {
      fi: 'Palvelun oma teksti toistaa pohjakuvausta ({detail} kolmen sanan jaksoista löytyy pohjakuvauksesta).',
      en: "The service's own text repeats the general description ({detail} of its three-word runs occur in it).",
    },
    hint: {
      fi: 'Pohjakuvauksen teksti näkyy palvelussa joka tapauksessa; kirjoita omaan kuvaukseen vain paikalliset tiedot.',
      en: 'The general description is shown with the service anyway; write only local detail in its own text.',
    },
  },
  {
    id: 'MODEL.refused',
    checklist: 'MODEL',
    severity: 'error',
    scope: 'entity',
    kinds: ['service', 'channel', 'organization'],
    check: (e, ctx) => recheck(e, ctx, 'error'),
    message: {
      fi: 'PTV hylkäisi tämän nyt: {detail}',
      en: 'PTV would refuse this today: {detail}',
    },
    hint: {
      fi: 'Korjaa lähdejärjestelmässä; sisältö on voitu kirjoittaa vanhempien sääntöjen aikaan.',
      en: 'Fix it in the source system; the content may have been written under older rules.',
    },
  },
  {
    id: 'MODEL.warning',
    checklist: 'MODEL',
    severity: 'warning',
    scope: 'entity',
    kinds: ['service', 'channel', 'organization'],
    check: (e, ctx) => recheck(e, ctx, 'warning'),
    message: { fi: 'PTV varoittaa: {detail}', en: 'PTV warns: {detail}' },
    hint: { fi: 'Täydennä puuttuva tieto.', en: 'Fill in what is missing.' },
  },
  {
    id: 'MODEL.recommendedLanguages',
    checklist: 'MODEL',
    severity: 'info',
    scope: 'entity',
    kinds: ['service', 'channel'],
    check: (e) =>
      e.languages.length === 0
        ? []
        : RECOMMENDED_LANGUAGES.filter((l) => !e.languages.includes(l)).map((language) => ({
            language,
            field: 'languages',
            detail: language,
          })),
    message: {
      fi: 'Suositeltu kieliversio {detail} puuttuu.',
      en: 'The recommended language version {detail} is missing.',
    },
    hint: {
      fi: 'DVV suosittelee suomea, ruotsia ja englantia; julkaise kaikki kieliversiot yhtä aikaa.',
      en: 'DVV recommends fi, sv and en; publish every language version at once.',
    },
  },
  {
    id: 'FRESH.stale',
    checklist: 'FRESH',
    severity: 'warning',
    scope: 'entity',
    kinds: ['service', 'channel'],
    check: (e, ctx) => {
      if (!e.modified) return [];
      const months = (ctx.now.getTime() - Date.parse(e.modified)) / MS_PER_MONTH;
      return months >= ctx.staleMonths ? [{ field: 'modified', detail: e.modified.slice(0, 10) }] : [];
    },
    message: {
      fi: 'Sisältöä ei ole muokattu {detail} jälkeen; PTV arkistoi vanhenevan sisällön itse.',
      en: 'Not modified since {detail}; PTV archives expiring content by itself.',
    },
    hint: {
      fi: 'Varmista, että integraatio vie muutokset päivittäin ja tarkista sisällön ajantasaisuus.',
      en: 'Make sure the integration sends changes daily, and review whether the content is current.',
    },
  },
  {
    id: 'FRESH.archivedAutomatically',
    checklist: 'FRESH',
    severity: 'warning',
    scope: 'catalogue',
    check: (cat) =>
      (cat.archivedAutomatically ?? []).map((a) => ({
        entity: {
          kind: a.kind,
          id: a.id,
          names: (a.name ? { fi: a.name } : {}) as Record<string, string>,
          texts: [],
          languages: [],
          connectedIds: [],
        },
        detail: a.archivingDate?.slice(0, 10) ?? '?',
      })),
    message: {
      fi: 'PTV arkistoi tämän automaattisesti ({detail}), ei integraatio.',
      en: 'PTV archived this automatically ({detail}), not the integration.',
    },
    hint: {
      fi: 'Vanhentunut sisältö: joko integraatio ei päivitä sitä, tai lähteestä poistettu tieto pitää arkistoida itse.',
      en: 'Expired content: either the integration does not refresh it, or data deleted at source should be archived by the integration.',
    },
  },
  {
    id: 'C1.wrongLanguage',
    checklist: 'C1',
    severity: 'warning',
    scope: 'text',
    kinds: ['service', 'channel', 'organization', 'serviceCollection'],
    // Names are short phrases (and carry product names), too little for a trigram verdict.
    texts: SERVICE_TEXT,
    match: (s, t) => {
      const found = wrongLanguage(s, t.language);
      if (!found) return [];
      const end = Math.min(s.length, 80);
      return [{ start: 0, end, text: s.slice(0, end), detail: found }];
    },
    message: {
      fi: 'Teksti ei näytä olevan kielikenttänsä kielellä (tunnistettu: {detail}).',
      en: 'The text does not appear to be in the language of its language field (detected: {detail}).',
    },
    hint: {
      fi: 'Kirjoita kieliversio sen omalla kielellä tai jätä se julkaisematta; älä kopioi toisen kielen tekstiä.',
      en: "Write each language version in its own language, or leave it out; do not copy another language's text.",
    },
  },
  {
    id: 'C1.passiveVoice',
    checklist: 'C1',
    agentRule: 3,
    severity: 'warning',
    scope: 'text',
    kinds: TEXT_KINDS,
    texts: FINNISH_TEXT,
    // One finding per text (at its first passive verb): the text as a whole is written in the passive.
    match: (s) => findPassiveVoice(s).slice(0, 1),
    message: {
      fi: 'Teksti on kirjoitettu enimmäkseen passiivissa (esim. "{detail}").',
      en: 'The text is written mostly in the passive voice (e.g. "{detail}").',
    },
    hint: {
      fi: 'Puhuttele asiakasta aktiivilla ja käskymuodolla: "Toimita lomake", ei "Lomake toimitetaan".',
      en: 'Address the customer in the active voice and the imperative: "Send the form", not "The form is sent".',
    },
  },
  {
    id: 'C1.nonFiniteClause',
    checklist: 'C1',
    agentRule: 4,
    severity: 'warning',
    scope: 'text',
    kinds: TEXT_KINDS,
    texts: FINNISH_TEXT,
    match: (s) => findNonFiniteClauses(s),
    message: {
      fi: 'Tekstissä on lauseenvastike: "{detail}".',
      en: 'The text uses a non-finite clause: "{detail}".',
    },
    hint: {
      fi: 'Kirjoita sivulause: "saapuessasi" → "kun saavut".',
      en: 'Write a full clause instead: "saapuessasi" → "kun saavut" (when you arrive).',
    },
  },
  {
    id: 'C1.marketingTone',
    checklist: 'C1',
    severity: 'warning',
    scope: 'text',
    kinds: TEXT_KINDS,
    texts: SERVICE_TEXT,
    match: (s) => findMarketingTone(s),
    message: {
      fi: 'Tekstissä on markkinointisävyä: "{detail}".',
      en: 'The text uses a marketing tone: "{detail}".',
    },
    hint: {
      fi: 'Kerro asiallisesti, mitä asiakas saa ja miten; jätä ylistävät sanat ja huutomerkit pois.',
      en: 'Say plainly what the customer gets and how; leave out praise words and exclamation marks.',
    },
  },
  {
    id: 'C1.personalName',
    checklist: 'C1',
    agentRule: 13,
    severity: 'warning',
    scope: 'text',
    kinds: TEXT_KINDS,
    texts: SERVICE_TEXT,
    match: (s) => findPersonalNames(s),
    message: {
      fi: 'Tekstissä on henkilön nimi: "{detail}".',
      en: 'The text contains a personal name: "{detail}".',
    },
    hint: {
      fi: 'Käytä nimikettä tai tehtävää (esimerkiksi "rakennustarkastaja"), ei henkilön nimeä.',
      en: 'Use a job title or role (e.g. "building inspector"), not a person\'s name.',
    },
  },
  {
    id: 'C1.summaryFactMissing',
    checklist: 'C1',
    agentRule: 5,
    severity: 'warning',
    scope: 'entity',
    kinds: ['service'],
    check: (e) => missingSummaryFacts(e).map(({ text, span }) => ({ text, span })),
    message: {
      fi: 'Tiivistelmän tieto "{detail}" ei löydy kuvauksesta tai ohjeista.',
      en: 'The summary fact "{detail}" is not in the description or instructions.',
    },
    hint: {
      fi: 'Tiivistelmä saa kertoa vain sen, mikä sanotaan myös kuvauksessa; lisää tieto kuvaukseen tai poista se.',
      en: 'The summary may only say what the description also says; add the fact to the description or drop it.',
    },
  },
  {
    id: 'C7.machineText',
    checklist: 'C7',
    severity: 'warning',
    scope: 'text',
    kinds: ['service', 'channel', 'organization', 'serviceCollection'],
    match: (s) => findMachineText(s),
    message: {
      fi: 'Teksti näyttää koneen tuottamalta: "{detail}".',
      en: 'The text looks machine-produced: "{detail}".',
    },
    hint: {
      fi: 'Tarkista integraation tekstipohjat ja muunnokset: asiakas näkee tekstin sellaisenaan.',
      en: "Check the integration's text templates and conversions: the customer sees the text as it is.",
    },
  },
  {
    id: 'C3.generalDescriptionAttached',
    checklist: 'C3',
    severity: 'info',
    scope: 'catalogue',
    check: (cat) =>
      cat.services
        .filter((s) => s.generalDescriptionId)
        .map((entity) => {
          const gd = cat.generalDescriptions.get(entity.generalDescriptionId!);
          return {
            entity,
            field: 'generalDescriptionId',
            detail: gd?.name ? `${gd.name} (${gd.id})` : entity.generalDescriptionId!,
          };
        }),
    message: {
      fi: 'Palveluun on liitetty pohjakuvaus {detail}.',
      en: 'The service uses the general description {detail}.',
    },
    hint: {
      fi: 'Pääkäyttäjä: varmista, että pohjakuvaus on oikea tälle palvelulle (C3).',
      en: 'Main user: confirm this is the right general description for the service (C3).',
    },
  },
  {
    id: 'C6.connectionContradictsChannel',
    checklist: 'C6',
    severity: 'warning',
    scope: 'catalogue',
    check: (cat) => {
      const services = new Map(cat.services.map((s) => [s.id, s]));
      const channels = new Map(cat.channels.map((c) => [c.id, c]));
      const hits: RuleHit[] = [];
      for (const c of cat.connections) {
        const svc = services.get(c.serviceId);
        const ch = channels.get(c.channelId);
        if (!svc || !ch || c.description.length === 0) continue;
        const facts: ChannelFacts = {
          phones: ch.phones ?? [],
          times: [...(ch.hourTimes ?? []), ...(c.hourTimes ?? [])],
        };
        for (const t of c.description) {
          for (const { what, span } of contradictions(t.value, facts)) {
            const which = what === 'phone' ? 'phone' : 'hours';
            hits.push({ entity: svc, text: t, span, detail: `${which} ${span.text} ≠ ${c.channelId}` });
          }
        }
      }
      return hits;
    },
    message: {
      fi: 'Liitoksen lisätieto on ristiriidassa kanavan tietojen kanssa ({detail}).',
      en: "The connection additional information contradicts the channel's own details ({detail}).",
    },
    hint: {
      fi: 'Korjaa joko lisätieto tai kanavan puhelinnumerot / palveluajat niin, että ne kertovat saman.',
      en: "Correct either the text or the channel's phone numbers / service hours so that they agree.",
    },
  },
];

/** Words with at least one letter (numbers and dashes alone do not count); a char loop, no allocation. */
function wordCount(s: string, from = 0, to = s.length): number {
  let n = 0;
  let letter = false;
  for (let i = from; i <= to; i++) {
    const c = i < to ? s.charCodeAt(i) : 32;
    if (c === 32 || c === 10 || c === 9 || c === 13 || c === 160) {
      if (letter) n++;
      letter = false;
    } else if (!letter && ((c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c >= 0xc0)) letter = true;
  }
  return n;
}

/** Sentences end at . ! ? followed by white space or the end (not inside 1.3.2026 or 6.30), or at a line break. */
function longSentences(s: string): TextSpan[] {
  // Most texts are short enough to need no splitting at all.
  if (s.length < LONG_SENTENCE_WORDS * 2 || wordCount(s) <= LONG_SENTENCE_WORDS) return [];
  const out: TextSpan[] = [];
  let start = 0;
  const ends = /[.!?]+(?=\s|$)|\n/g;
  for (;;) {
    const m = ends.exec(s);
    const end = m ? m.index + m[0].length : s.length;
    if (wordCount(s, start, end) > LONG_SENTENCE_WORDS) {
      const raw = s.slice(start, end);
      const text = raw.trim();
      const at = start + raw.indexOf(text);
      out.push({ start: at, end: at + text.length, text });
    }
    if (!m) break;
    start = end;
  }
  return out;
}

function matchAll(re: RegExp, s: string): TextSpan[] {
  return [...s.matchAll(re)].map((m) => ({ start: m.index, end: m.index + m[0].length, text: m[0] }));
}

/** Rules the content table already reports in its own words, so the re-check does not repeat them. */
const COVERED_BY_TABLE = new Set(['nameNotSummary']);

function recheck(e: ContentEntity, ctx: CheckContext, severity: Severity): Omit<RuleHit, 'entity'>[] {
  if (!e.recheck) return [];
  const result = validatePayload(e.recheck.body, {
    kind: e.recheck.kind as Parameters<typeof validatePayload>[1]['kind'],
    op: 'put',
    profile: ctx.profile,
  });
  return result.findings
    .filter((f) => f.severity === severity && !COVERED_BY_TABLE.has(f.rule))
    .map((f) => ({ field: f.path, detail: `${f.path}: ${f.message}` }));
}
