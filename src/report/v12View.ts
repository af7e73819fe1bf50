import { caseTitle } from './caseTexts.js';
import { delayStats } from './delayStats.js';
import { displayValue } from './displayValue.js';
import { formatDuration } from './helsinkiTime.js';
import { statusLabel, type Lang } from './labels.js';
import { apiOf, type CaseResult, type ReadBackField, type ReportModel } from './model.js';

/**
 * The v12 parts of the report (v12-migration.md §4.11): the cover's API line, v12 base URL and route
 * map status, the inferred-routes banner and provisional marker, the V12 section (API-key checks,
 * propagation statistics, one row per role, the neutral-key table of every role that did not pass)
 * and the v12 unknowns for the environment notes. Labels live here, beside the one view using them.
 */
const L = {
  en: {
    api: 'API',
    write: 'write',
    read: 'read',
    v12ApiUrl: 'v12 API base URL',
    routes: 'v12 write routes',
    inferred: 'INFERRED',
    published: 'published',
    banner: 'v12 write routes INFERRED — not valid for submission',
    bannerLong:
      'DVV has not published the v12 write routes: the cases marked provisional wrote through routes this tool infers. They rehearse a v12 integration; DVV cannot accept them as evidence.',
    provisional: 'provisional',
    title: "V12 – v12 pre-check (not part of DVV's v11 test)",
    intro:
      "Everything the run wrote through v11 was read back through the v12 API with the API key and compared, by version-neutral key, with its final v11 state. These cases are not part of DVV's v11 test and never count for the verdict.",
    keyChecks: 'API-key checks',
    answered: 'answered',
    propagation: 'Propagation (v11 → v12 copy delay)',
    stats: (min: string, median: string, max: string, n: number) =>
      `min ${min}, median ${median}, max ${max} over ${n} entities (resolution: one poll)`,
    dvv: 'DVV states a copy delay of about 1–1.5 h.',
    noStats: 'No entity settled on v12, so no delay was observed.',
    roles: 'Per entity',
    case: 'Case',
    role: 'Entity',
    status: 'Status',
    delay: 'Observed delay',
    idMapping: 'Id on v12',
    polls: 'Stale polls',
    keys: 'Keys (same / transformed / dropped / differs)',
    keyTable: 'Neutral keys of {id}',
    key: 'Neutral key',
    sent: 'sent (v11)',
    readV12: 'read (v12)',
    verdict: 'Verdict',
    same: 'same',
    transform: 'same after transform',
    dropped: 'dropped by v12',
    v12only: 'v12 only',
    differs: 'DIFFERS',
    idSame: 'same',
    idByName: 'by name',
    firstLook: (n: number) =>
      `${n} settled at the first look: for them the delay is at most the value shown (≤).`,
    unknownsTitle: 'v12: what stays unverified',
    unknowns: [
      'v11 id = v12 contentId is inferred; the CTE run records which it was (Id on v12).',
      'The copy delay in CTE and whether CTE v12 carries CTE v11 writes: DVV states about 1–1.5 h.',
      'The status for a missing or wrong API key and the gateway’s 429 behaviour are undocumented.',
      'The reason values for archived and not yet copied entities (NotPublished, Unknown) are inferred.',
      'The v12 write routes, write token and archive are unpublished: a v12 write run is provisional.',
    ],
  },
  fi: {
    api: 'Rajapinta',
    write: 'kirjoitus',
    read: 'luku',
    v12ApiUrl: 'v12-rajapinnan osoite',
    routes: 'v12-kirjoitusreitit',
    inferred: 'PÄÄTELTY',
    published: 'julkaistu',
    banner: 'v12-kirjoitusreitit PÄÄTELTY — ei kelpaa DVV:lle toimitettavaksi',
    bannerLong:
      'DVV ei ole julkaissut v12:n kirjoitusreittejä: alustaviksi merkityt tapaukset kirjoittivat työkalun päättelemien reittien kautta. Ne harjoittavat v12-integraatiota; DVV ei voi hyväksyä niitä näytöksi.',
    provisional: 'alustava',
    title: 'V12 – v12-esitarkistus (ei DVV:n v11-testin kohta)',
    intro:
      'Kaikki ajon v11:n kautta kirjoittama luettiin takaisin v12-rajapinnan kautta API-avaimella ja verrattiin versiosta riippumattomin avaimin lopulliseen v11-tilaan. Tapaukset eivät ole osa DVV:n v11-testiä eivätkä vaikuta tulokseen.',
    keyChecks: 'API-avaimen tarkistukset',
    answered: 'vastaus',
    propagation: 'Kopioituminen (v11 → v12 -viive)',
    stats: (min: string, median: string, max: string, n: number) =>
      `pienin ${min}, mediaani ${median}, suurin ${max}, ${n} kohdetta (tarkkuus: yksi kysely)`,
    dvv: 'DVV:n ilmoittama kopioinnin viive on noin 1–1,5 h.',
    noStats: 'Yksikään kohde ei ehtinyt v12:een, joten viivettä ei havaittu.',
    roles: 'Kohteittain',
    case: 'Tapaus',
    role: 'Kohde',
    status: 'Tila',
    delay: 'Havaittu viive',
    idMapping: 'Tunniste v12:ssa',
    polls: 'Vanhentuneet kyselyt',
    keys: 'Avaimet (sama / muunnettu / pudotettu / eroaa)',
    keyTable: 'Tapauksen {id} neutraalit avaimet',
    key: 'Neutraali avain',
    sent: 'lähetetty (v11)',
    readV12: 'luettu (v12)',
    verdict: 'Tulos',
    same: 'sama',
    transform: 'sama muunnoksen jälkeen',
    dropped: 'v12 ei välitä',
    v12only: 'vain v12',
    differs: 'EROAA',
    idSame: 'sama',
    idByName: 'nimellä',
    firstLook: (n: number) =>
      `${n} oli kopioitunut jo ensimmäisellä kyselyllä: niiden viive on enintään näytetty arvo (≤).`,
    unknownsTitle: 'v12: mikä jää varmistamatta',
    unknowns: [
      'v11-tunniste = v12 contentId on päätelty; CTE-ajo kirjaa, kumpi piti paikkansa (Tunniste v12:ssa).',
      'Kopioinnin viive CTE:ssä ja se, kopioituvatko CTE:n v11-kirjoitukset CTE:n v12:een: DVV:n mukaan noin 1–1,5 h.',
      'Puuttuvan tai väärän API-avaimen vastaus ja yhdyskäytävän 429-käytös ovat dokumentoimatta.',
      'Arkistoitujen ja vielä kopioitumattomien kohteiden reason-arvot (NotPublished, Unknown) ovat päätelmiä.',
      'v12:n kirjoitusreitit, kirjoitustunniste ja arkistointi ovat julkaisematta: v12-kirjoitusajo on alustava.',
    ],
  },
} as const;

export type V12Labels = (typeof L)[Lang];

/** The cases the V12 suite writes with fixed ids (the rest are one per entity or connection pair). */
const FIXED = /^V12-(?:CONN-\d+|00)$/;

/** `write v11 · read v11 + v12` in the report's language. */
export function apiLine(model: Pick<ReportModel, 'target'>, lang: Lang): string {
  const l = L[lang];
  const api = apiOf(model.target);
  return `${l.write} ${api.write} · ${l.read} ${api.read.join(' + ')}`;
}

/** The cover rows the v12 parts add: the API line always, the v12 URL and route map when present. */
export function v12CoverRows(model: Pick<ReportModel, 'target'>, lang: Lang) {
  const l = L[lang];
  const t = model.target;
  return [
    { label: l.api, value: apiLine(model, lang) },
    ...(t.v12ApiUrl ? [{ label: l.v12ApiUrl, value: t.v12ApiUrl }] : []),
    ...(t.v12Routes
      ? [
          {
            label: l.routes,
            value: `${t.v12Routes.status === 'inferred' ? l.inferred : l.published} (${t.v12Routes.source}, sha256 ${t.v12Routes.sha256.slice(0, 12)}…)`,
          },
        ]
      : []),
  ];
}

/** The inferred-routes banner: shown when any case depends on an inferred v12 write route. */
export function provisionalBanner(model: Pick<ReportModel, 'cases'>, lang: Lang) {
  if (!model.cases.some((c) => c.provisional === true)) return false as const;
  return { text: L[lang].banner, long: L[lang].bannerLong };
}

/** The marker a provisional case carries beside its status. */
export const provisionalMarker = (c: Pick<CaseResult, 'provisional'>, lang: Lang): string =>
  c.provisional === true ? L[lang].provisional : '';

type Cls = 'passed' | 'failed' | 'skipped' | 'warn' | 'dropped';

/** One neutral key of a v12 read-back: the verdict says how the value crossed the mapping. */
export function keyRow(f: ReadBackField, lang: Lang) {
  const l = L[lang];
  const verdict = !f.ok
    ? { text: l.differs, cls: 'failed' as Cls }
    : f.mapping === 'dropped'
      ? { text: l.dropped, cls: 'dropped' as Cls }
      : f.mapping === 'v12only'
        ? { text: l.v12only, cls: 'skipped' as Cls }
        : f.mapping === 'transform'
          ? { text: l.transform, cls: 'passed' as Cls }
          : { text: l.same, cls: 'passed' as Cls };
  return {
    key: f.key ?? f.path,
    sent: displayValue(f.canonSent ?? f.sent, 200),
    read: f.mapping === 'dropped' ? '–' : displayValue(f.canonRead ?? f.read, 200),
    verdict: verdict.text,
    cls: verdict.cls,
    dropped: f.mapping === 'dropped',
  };
}

function keyCounts(fields: readonly ReadBackField[]): string {
  const n = (p: (f: ReadBackField) => boolean) => fields.filter(p).length;
  return [
    n((f) => f.ok && (f.mapping === 'exact' || f.mapping === undefined)),
    n((f) => f.ok && f.mapping === 'transform'),
    n((f) => f.mapping === 'dropped'),
    n((f) => !f.ok),
  ].join(' / ');
}

/** The V12 section, or false for runs that did not read v12. */
export function v12View(model: ReportModel, lang: Lang, annex: string) {
  const cases = model.cases.filter((c) => c.dvvItem === 'V12');
  if (cases.length === 0) return false as const;
  const l = L[lang];
  const head = (c: CaseResult) => ({
    id: c.id,
    href: `${annex}#case-${c.id}`,
    title: caseTitle(c.id, c.title, lang),
    status: statusLabel(lang, c.status),
    cls: c.status as Cls,
    provisional: provisionalMarker(c, lang),
  });
  const keyChecks = cases
    .filter((c) => /^V12-CONN-0[1-4]$/.test(c.id))
    .map((c) => {
      const refusal = c.findings.find((f) => f.rule === 'v12.keyRefusal');
      return { ...head(c), answer: refusal ? `${l.answered} ${displayValue(refusal.actual)}` : '' };
    });
  const roleCases = cases.filter((c) => !FIXED.test(c.id));
  const roles = roleCases.map((c) => {
    const fields = c.readBacks.flatMap((r) => (r.endpoint.includes('/api/v12/') ? r.fields : []));
    return {
      ...head(c),
      // Settled at the first look: the copy may have arrived any time before, so the delay is a bound.
      delay:
        c.v12?.observedDelayMs === undefined
          ? '–'
          : `${c.v12.stalePolls === 0 ? '≤ ' : ''}${formatDuration(c.v12.observedDelayMs)}`,
      idMapping: c.v12?.idMapping === 'same' ? l.idSame : c.v12?.idMapping === 'byName' ? l.idByName : '–',
      stalePolls: c.v12?.stalePolls === undefined ? '–' : String(c.v12.stalePolls),
      keys: fields.length ? keyCounts(fields) : '–',
      // The document shows the key table of the roles that did not pass; the annex shows all.
      keyTable: c.status === 'failed' ? fields.map((f) => keyRow(f, lang)) : [],
      keyTableHeading: l.keyTable.replace('{id}', c.id),
    };
  });
  const stats = delayStats(
    roleCases.flatMap((c) => (c.v12?.observedDelayMs === undefined ? [] : [c.v12.observedDelayMs])),
  );
  const firstLook = roleCases.filter(
    (c) => c.v12?.observedDelayMs !== undefined && c.v12.stalePolls === 0,
  ).length;
  return {
    l,
    keyChecks,
    roles,
    failedRoles: roles.filter((r) => r.keyTable.length > 0),
    stats: stats
      ? l.stats(
          formatDuration(stats.minMs),
          formatDuration(stats.medianMs),
          formatDuration(stats.maxMs),
          stats.count,
        )
      : l.noStats,
    dvv: [firstLook > 0 ? l.firstLook(firstLook) : '', l.dvv].filter(Boolean).join(' '),
    unknowns: l.unknowns,
  };
}
export type V12View = Exclude<ReturnType<typeof v12View>, false>;
