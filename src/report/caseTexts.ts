import type { Finding } from '../core/finding.js';
import type { Lang } from './labels.js';

/**
 * Finnish and English for every text the suites write into a case: titles, skip notes and finding
 * messages. The suites write English (it is what report.json and the terminal carry); the views ask
 * this catalogue for the report's language. PTV's own messages are never translated.
 *
 * Fixed cases are keyed by case id. The `en` text must equal the suite's title (a unit test compares
 * them with the case list), so a reworded suite cannot keep a stale Finnish title: when they differ,
 * the fi view falls back to the title patterns below and, failing those, to the suite's text.
 */
export interface Text {
  fi: string;
  en: string;
}

const channel = (
  code: string,
  en: string,
  fi: string,
  fiGen: string,
  fiPart: string,
): Record<string, Text> => ({
  [`CH-${code}-01`]: { en: `create a new ${en}`, fi: `uuden ${fiGen} luonti` },
  [`CH-${code}-02`]: {
    en: `read the new ${en} back (public and active)`,
    fi: `uuden ${fiGen} takaisinluku (julkinen ja aktiivinen versio)`,
  },
  [`CH-${code}-03`]: {
    en: `modify the ${en} by id; read back`,
    fi: `${fi} muokkaus tunnisteella; takaisinluku`,
  },
  [`CH-${code}-04`]: {
    en: `rename the ${en} by sourceId; read back`,
    fi: `${fiPart} nimen muutos sourceId:llä; takaisinluku`,
  },
});

export const CASE_TITLES: Readonly<Record<string, Text>> = {
  'CONN-01': {
    en: "obtain a token in the target's shape (token host reachable)",
    fi: 'tunnisteen haku kohteen muodossa (tunnistepalvelin tavoitettavissa)',
  },
  'CONN-02': {
    en: 'read the token lifetime from the token and report it',
    fi: 'tunnisteen voimassaoloajan luku tunnisteesta ja raportointi',
  },
  'CONN-03': {
    en: 'an authenticated write is permitted and reads back',
    fi: 'tunnistettu kirjoitus sallitaan ja luetaan takaisin',
  },
  'CONN-04': {
    en: 'a request without a token is refused (401)',
    fi: 'pyyntö ilman tunnistetta hylätään (401)',
  },
  'CONN-05': {
    en: 'a request with a forged token is refused (401)',
    fi: 'pyyntö väärennetyllä tunnisteella hylätään (401)',
  },
  'CONN-06': {
    en: 'the API host answers an anonymous read',
    fi: 'rajapintapalvelin vastaa tunnistamattomaan lukuun',
  },
  'ORG-01': {
    en: 'create a sub-organisation under the configured organisation',
    fi: 'aliorganisaation luonti määritetyn organisaation alle',
  },
  'ORG-02': { en: 'read the new sub-organisation back', fi: 'uuden aliorganisaation takaisinluku' },
  'ORG-03': {
    en: 'modify the sub-organisation by id and read it back',
    fi: 'aliorganisaation muokkaus tunnisteella ja takaisinluku',
  },
  'ORG-04': {
    en: 'modify the sub-organisation by sourceId and read it back',
    fi: 'aliorganisaation muokkaus sourceId:llä ja takaisinluku',
  },
  'SRV-01': {
    en: 'create a service in Finnish, Swedish and English',
    fi: 'palvelun luonti suomeksi, ruotsiksi ja englanniksi',
  },
  'SRV-02': {
    en: 'read the new service back (public and active)',
    fi: 'uuden palvelun takaisinluku (julkinen ja aktiivinen versio)',
  },
  'SRV-03': {
    en: 'change only a description by id, resending the full lists; read back',
    fi: 'vain kuvauksen muutos tunnisteella, listat lähetetään kokonaan; takaisinluku',
  },
  'SRV-04': {
    en: 'rename the service by sourceId; read back',
    fi: 'palvelun nimen muutos sourceId:llä; takaisinluku',
  },
  'SRV-05': {
    en: 'remove the English language version; read back',
    fi: 'englanninkielisen kieliversion poisto; takaisinluku',
  },
  ...channel(
    'EC',
    'e-service channel',
    'verkkoasiointikanavan',
    'verkkoasiointikanavan',
    'verkkoasiointikanavan',
  ),
  ...channel(
    'PH',
    'phone channel',
    'puhelinasiointikanavan',
    'puhelinasiointikanavan',
    'puhelinasiointikanavan',
  ),
  ...channel('WP', 'web page channel', 'verkkosivukanavan', 'verkkosivukanavan', 'verkkosivukanavan'),
  ...channel(
    'PF',
    'printable form channel',
    'tulostettavan lomakkeen kanavan',
    'tulostettavan lomakkeen kanavan',
    'tulostettavan lomakkeen kanavan',
  ),
  ...channel('SL', 'service location channel', 'palvelupisteen', 'palvelupisteen', 'palvelupisteen'),
  'CON-01': {
    en: 'create a service and four channels to connect',
    fi: 'liitettävän palvelun ja neljän asiointikanavan luonti',
  },
  'CON-02': {
    en: 'connect the service to the channels with additional information (POST /Connection)',
    fi: 'palvelun liittäminen asiointikanaviin lisätietoineen (POST /Connection)',
  },
  'CON-03': {
    en: 'read the connections back from the service and from each channel',
    fi: 'liitosten takaisinluku palvelulta ja jokaiselta asiointikanavalta',
  },
  'CON-04': {
    en: 'modify the additional information with PUT /Connection/serviceId/{id}; read back',
    fi: 'liitoksen lisätietojen muokkaus: PUT /Connection/serviceId/{id}; takaisinluku',
  },
  'CON-05': {
    en: 'remove one connection with PUT; read back from the service and the channel',
    fi: 'yhden liitoksen poisto PUT-pyynnöllä; takaisinluku palvelulta ja asiointikanavalta',
  },
  'ARC-01': {
    en: 'create the material to archive (sub-organisations, services, connected channels)',
    fi: 'arkistoitavan aineiston luonti (aliorganisaatiot, palvelut, liitetyt asiointikanavat)',
  },
  'ARC-02': {
    en: 'archive an e-service channel by sourceId; reads answer 404',
    fi: 'verkkoasiointikanavan arkistointi sourceId:llä; luvut vastaavat 404',
  },
  'ARC-03': {
    en: 'archive a phone channel by id; reads answer 404',
    fi: 'puhelinasiointikanavan arkistointi tunnisteella; luvut vastaavat 404',
  },
  'ARC-04': {
    en: 'archived channels are no longer connected on the service read-back',
    fi: 'arkistoidut asiointikanavat eivät enää ole liitettyinä palvelun takaisinluvussa',
  },
  'ARC-05': {
    en: 'archive a service by id and one by sourceId; reads answer 404',
    fi: 'palvelun arkistointi tunnisteella ja toisen sourceId:llä; luvut vastaavat 404',
  },
  'ARC-06': {
    en: 'archived services and channels appear in the archived lists',
    fi: 'arkistoidut palvelut ja asiointikanavat näkyvät arkistoitujen listoissa',
  },
  'ARC-07': {
    en: 'restore an archived service (PUT Published) and archive it again',
    fi: 'arkistoidun palvelun palautus (PUT Published) ja uudelleenarkistointi',
  },
  'ARC-08': {
    en: 'archive a sub-organisation by id and one by sourceId; reads answer 404',
    fi: 'aliorganisaation arkistointi tunnisteella ja toisen sourceId:llä; luvut vastaavat 404',
  },
  'PIT-01': {
    en: 'an archived item keeps its sourceId: a new POST with it is refused',
    fi: 'arkistoitu kohde pitää sourceId:nsä: uusi POST samalla tunnisteella hylätään',
  },
  'PIT-02': {
    en: 'removing a language needs every required list: a partial PUT is refused',
    fi: 'kielen poisto vaatii kaikki pakolliset listat: osittainen PUT hylätään',
  },
  'PIT-03': {
    en: 'GET shape is not PUT shape: a naive read-modify-write is refused',
    fi: 'GET-muoto ei ole PUT-muoto: suora luku–muokkaus–kirjoitus hylätään',
  },
  'PIT-04': {
    en: 'a connection with no common language is dropped with a 200 message',
    fi: 'liitos ilman yhteistä kieltä pudotetaan 200-vastauksen viestillä',
  },
  'PIT-05': {
    en: 'once the latest version is Modified, every PUT is refused',
    fi: 'kun uusin versio on Modified-tilassa, jokainen PUT hylätään',
  },
  'PIT-06': {
    en: 'a 429 answer is retried with back-off and the request completes',
    fi: '429-vastaus yritetään uudelleen viiveellä ja pyyntö onnistuu',
  },
  'PIT-07': {
    en: 'PTV changes some data instead of refusing it: the 200 answer already shows what was stored',
    fi: 'PTV muuttaa osan tiedoista hylkäämisen sijaan: 200-vastaus näyttää jo tallennetun arvon',
  },
  'PIT-V12-01': {
    en: 'a v12 PUT that sends an optional list empty removes it: PUT is a full replace',
    fi: 'v12-PUT, jossa valinnainen lista on tyhjä, poistaa sen: PUT korvaa kaiken',
  },
  'PIT-V12-02': {
    en: 'a v12 request that leaves out a nullable key is refused (400): send null',
    fi: 'v12-pyyntö, josta puuttuu null-arvon salliva avain, hylätään (400): lähetä null',
  },
  'PIT-V12-03': {
    en: 'externalId is write-only: a GET never returns it',
    fi: 'externalId on vain kirjoitettava: GET ei koskaan palauta sitä',
  },
  'V12-CONN-01': {
    en: 'v12 gateway health: GET /health/readiness answers healthy',
    fi: 'v12-yhdyskäytävän tila: GET /health/readiness vastaa healthy',
  },
  'V12-CONN-02': {
    en: 'read the organisation through v12 with the API key',
    fi: 'organisaation luku v12:n kautta API-avaimella',
  },
  'V12-CONN-03': {
    en: 'the same read without x-api-key is refused',
    fi: 'sama luku ilman x-api-key-otsaketta hylätään',
  },
  'V12-CONN-04': {
    en: 'the same read with a wrong x-api-key is refused',
    fi: 'sama luku väärällä x-api-key-arvolla hylätään',
  },
  'V12-CONN-05': {
    en: "the run's service classes and target groups exist in v12's reference data",
    fi: 'ajon palveluluokat ja kohderyhmät löytyvät v12:n viitetiedoista',
  },
  'V12-00': {
    en: 'wait for the v11 → v12 copy and record the observed delay',
    fi: 'odotetaan v11 → v12 -kopiointia ja kirjataan havaittu viive',
  },
  // The three families: each is reported as one case per entity or pair (V12_TITLE_PATTERNS below).
  'V12-ROLE': {
    en: 'one case per entity the run wrote and kept: its v12 read matches v11 (V12-<creating case>)',
    fi: 'yksi tapaus kutakin ajon kirjoittamaa ja säilyttämää kohdetta kohden: v12-luku vastaa v11:tä (V12-<luova tapaus>)',
  },
  'V12-ARC': {
    en: 'one case per archived entity: gone on v12 and listed as archived (V12-ARC-nn)',
    fi: 'yksi tapaus kutakin arkistoitua kohdetta kohden: puuttuu v12:sta ja näkyy arkistoitujen listassa (V12-ARC-nn)',
  },
  'V12-CON': {
    en: 'one case per connection of a service the run wrote: v12 matches v11 (V12-CON-nn)',
    fi: 'yksi tapaus kutakin ajon kirjoittaman palvelun liitosta kohden: v12 vastaa v11:tä (V12-CON-nn)',
  },
};

/** Entity kinds in T5 titles (`service: …`, keyed as written there): the subject of a title, and the T5 table's rows. */
export const KIND_TEXTS: Readonly<Record<string, Text>> = {
  organization: { en: 'organisation', fi: 'organisaatio' },
  service: { en: 'service', fi: 'palvelu' },
  echannel: { en: 'e-service channel', fi: 'verkkoasiointikanava' },
  phone: { en: 'phone channel', fi: 'puhelinasiointikanava' },
  webpage: { en: 'web page channel', fi: 'verkkosivukanava' },
  printableform: { en: 'printable form channel', fi: 'tulostettava lomake' },
  servicelocation: { en: 'service location', fi: 'palvelupiste' },
  connections: { en: 'connections', fi: 'liitokset' },
};

/** T5 cross-field titles and the connection setup case (after the `kind: ` prefix). */
export const FIXED_T5_TITLES: Readonly<Record<string, string>> = {
  'a published service whose fi name equals its fi summary is refused':
    'julkaistu palvelu, jonka suomenkielinen nimi on sama kuin tiivistelmä, hylätään',
  'a Swedish name without a Swedish summary is refused (per-language completeness)':
    'ruotsinkielinen nimi ilman ruotsinkielistä tiivistelmää hylätään (kieliversion täydellisyys)',
  'a language only in an optional list is refused': 'vain valinnaisessa listassa esiintyvä kieli hylätään',
  'areas with a nationwide area type are refused': 'alueet valtakunnallisella aluetyypillä hylätään',
  'only main service classes are refused': 'pelkät pääpalveluluokat hylätään',
  'more than four service classes are refused': 'yli neljä palveluluokkaa hylätään',
  'the KR2 target group without a sub-group is refused': 'kohderyhmä KR2 ilman alaryhmää hylätään',
  'requiresSignature without signatureQuantity is refused':
    'requiresSignature ilman kenttää signatureQuantity hylätään',
  'FullyCompliant accessibility without a WCAG level is refused':
    'saavutettavuus FullyCompliant ilman WCAG-tasoa hylätään',
  'serviceChargeType Other without a charge description is refused':
    'serviceChargeType Other ilman maksullisuuden kuvausta hylätään',
  "a Location address of subType 'Street' is refused": "Location-osoite alatyypillä 'Street' hylätään",
  'LimitedType without a sub-area type is refused': 'LimitedType ilman alialuetyyppiä hylätään',
  'opening hours that close before they open are refused':
    'aukioloaika, joka päättyy ennen alkuaan, hylätään',
  'an opening time off the quarter hour is refused': 'muu kuin varttitunnin aukioloaika hylätään',
  'a street address without a street number or coordinates is refused':
    'katuosoite ilman katunumeroa tai koordinaatteja hylätään',
  'a municipality code for a non-municipality organisation is refused':
    'kuntakoodi muulle kuin kuntaorganisaatiolle hylätään',
  'create a service and a service location to connect': 'liitettävän palvelun ja palvelupisteen luonti',
};

/** T5 generated title shapes (fieldCases.ts, crossFieldCases.ts): English pattern → Finnish. */
const T5_PATTERNS: readonly [RegExp, (m: RegExpExecArray) => string][] = [
  [/^(.+) is required$/, (m) => `${m[1]} on pakollinen`],
  [/^(.+) without a '(.+)' item is refused$/, (m) => `${m[1]} ilman '${m[2]}'-kohdetta hylätään`],
  [/^(.+) longer than (\d+) is refused$/, (m) => `${m[1]} yli ${m[2]} merkkiä hylätään`],
  [
    /^(.+) max (\d+): at the limit accepted, one over refused$/,
    (m) => `${m[1]} enintään ${m[2]}: raja-arvo hyväksytään, yhtä pidempi hylätään`,
  ],
  [/^(.+) outside its enum is refused$/, (m) => `${m[1]} sallittujen arvojen ulkopuolelta hylätään`],
  [/^(.+) not matching its pattern is refused$/, (m) => `${m[1]} muodon vastainen arvo hylätään`],
  [/^(.+) not a valid (\S+) is refused$/, (m) => `${m[1]}: virheellinen ${m[2]} hylätään`],
  [
    /^(.+) not in the (\S+) code list is refused$/,
    (m) => `${m[1]}: koodiston ${m[2]} ulkopuolinen arvo hylätään`,
  ],
  [/^(.+) shorter than five characters is refused$/, (m) => `${m[1]} alle viisi merkkiä hylätään`],
];

function t5Title(title: string): string | undefined {
  // T5 silent-normalisation cases (t5-fields.suite.ts): `normalisation <name>: …`.
  const n = /^normalisation (\S+): accepted and stored changed, not refused$/.exec(title);
  if (n) return `normalisointi ${n[1]}: hyväksytään ja tallennetaan muutettuna, ei hylätä`;
  const m = /^([a-z]+): (.+)$/.exec(title);
  const kind = m ? KIND_TEXTS[m[1]!] : undefined;
  if (!m || !kind) return undefined;
  const rest = m[2]!;
  const fixed = FIXED_T5_TITLES[rest];
  if (fixed) return `${kind.fi}: ${fixed}`;
  for (const [re, fi] of T5_PATTERNS) {
    const hit = re.exec(rest);
    if (hit) return `${kind.fi}: ${fi(hit)}`;
  }
  return undefined;
}

/** The run-time V12 cases' titles (suites/v12-readback.suite.ts: one per entity or connection pair). */
const V12_TITLE_PATTERNS: readonly [RegExp, (m: RegExpExecArray) => string][] = [
  [/^(\S+) read back through v12 matches v11$/, (m) => `${m[1]}: v12:n kautta takaisin luettu vastaa v11:tä`],
  [
    /^archived (\S+) is gone on v12 and listed as archived$/,
    (m) => `arkistoitu ${m[1]} puuttuu v12:sta ja näkyy arkistoitujen listassa`,
  ],
  [/^connection (\S+) > (\S+) on v12 matches v11$/, (m) => `liitos ${m[1]} > ${m[2]} vastaa v12:ssa v11:tä`],
];

/** v12 request kinds in FMT-V12 titles (src/rules/v12/fmtV12Cases.ts: `kind: /path …`). */
const V12_KIND_FI: Readonly<Record<string, string>> = {
  service: 'palvelu',
  'eservice-channel': 'verkkoasiointikanava',
  'webpage-channel': 'verkkosivukanava',
  'printableform-channel': 'tulostettava lomake',
  'servicelocation-channel': 'palvelupiste',
  'telephone-channel': 'puhelinasiointikanava',
  'main-organization': 'pääorganisaatio',
  'sub-organization': 'aliorganisaatio',
  connection: 'liitos',
};

/** FMT-V12 title shapes (after `kind: /path `): English pattern → Finnish. */
const FMT_V12_PATTERNS: readonly [RegExp, (m: RegExpExecArray) => string][] = [
  [/^with an extra property$/, () => 'ylimääräisellä ominaisuudella hylätään'],
  [/^left out$/, () => 'puuttuu: hylätään'],
  [/^null$/, () => 'null: hylätään'],
  [/^an unknown type$/, () => 'tuntematon tyyppi: hylätään'],
  [/^outside its list$/, () => 'sallittujen arvojen ulkopuolelta: hylätään'],
  [/^not a valid (\S+)$/, (m) => `virheellinen ${m[1]}: hylätään`],
  [/^not an http\(s\) URL$/, () => 'muu kuin http(s)-osoite: hylätään'],
  [/^empty$/, () => 'tyhjä lista: hylätään'],
  [/^at maxItems (\d+)$/, (m) => `enimmäismäärä ${m[1]} kohdetta: hyväksytään`],
  [/^maxItems (\d+) \+ 1$/, (m) => `${m[1]} + 1 kohdetta: hylätään`],
  [/^at maxLength (\d+)$/, (m) => `enimmäispituus ${m[1]} merkkiä: hyväksytään`],
  [/^maxLength (\d+) \+ 1$/, (m) => `${m[1]} + 1 merkkiä: hylätään`],
  [/^(\d+) characters$/, (m) => `${m[1]} näkyvää merkkiä: hyväksytään`],
  [/^(\d+) \+ 1 characters$/, (m) => `${m[1]} + 1 näkyvää merkkiä: hylätään`],
  [/^(\d+) rendered, more sent$/, (m) => `${m[1]} näkyvää merkkiä, enemmän lähetetty: varoitus`],
  [/^with a leading space$/, () => 'alussa välilyönti: hylätään'],
  [/^with a line break$/, () => 'rivinvaihto: hylätään'],
];

function fmtV12Title(title: string): string | undefined {
  const m = /^([a-z-]+): (\S+) (.+)$/.exec(title);
  const kind = m ? V12_KIND_FI[m[1]!] : undefined;
  if (!m || !kind) return undefined;
  for (const [re, fi] of FMT_V12_PATTERNS) {
    const hit = re.exec(m[3]!);
    if (hit) return `${kind}: ${m[2]} ${fi(hit)}`;
  }
  return undefined;
}

/** The Finnish title of a case, or undefined when the catalogue has none for this exact title. */
export function finnishTitle(id: string, title: string): string | undefined {
  const fixed = CASE_TITLES[id];
  if (fixed && fixed.en === title) return fixed.fi;
  if (id.startsWith('FMT-V12-')) return fmtV12Title(title);
  if (id.startsWith('V12-')) {
    for (const [re, fi] of V12_TITLE_PATTERNS) {
      const m = re.exec(title);
      if (m) return fi(m);
    }
  }
  return t5Title(title);
}

/** A case title in the report's language; the suite's own (English) text when nothing matches. */
export function caseTitle(id: string, title: string, lang: Lang): string {
  return lang === 'fi' ? (finnishTitle(id, title) ?? title) : title;
}

/** Skip notes the suites and the engine write (`ctx.skip(…)`, collector.ts). */
const SKIP_PATTERNS: readonly [RegExp, (m: RegExpExecArray) => string][] = [
  [
    /^the fixture has no value to pad to the limit$/,
    () => 'testiaineistossa ei ole arvoa, jota pidentää raja-arvoon',
  ],
  [/^the mutation does not apply to this fixture$/, () => 'muutos ei sovellu tähän testiaineistoon'],
  [
    /^not testable on (\S+): needs the simulator's control surface$/,
    (m) => `ei testattavissa kohteessa ${m[1]}: vaatii simulaattorin ohjausrajapinnan`,
  ],
  [/^not run: the run was interrupted$/, () => 'ei ajettu: ajo keskeytettiin'],
  // src/suite/blocking.ts: `blocked by ROOT (needed case [ID] failed|was blocked|was skipped|did not run)`.
  [
    /^needed case (?:(\S+) )?(failed|was blocked|was skipped|did not run)$/,
    (m) =>
      `tarvittu tapaus ${m[1] ? `${m[1]} ` : ''}${{ failed: 'epäonnistui', 'was blocked': 'estettiin', 'was skipped': 'ohitettiin', 'did not run': 'ei ajettu' }[m[2]!]}`,
  ],
  [/^blocked by (\S+)(?: \((.+)\))?$/, (m) => `estetty: ${m[1]}${m[2] ? ` (${skipNote(m[2], 'fi')})` : ''}`],
  [/^not run$/, () => 'ei ajettu'],
  [
    /^the service fixture has no limited area to clear$/,
    () => 'palvelun testiaineistossa ei ole rajattua aluetta poistettavaksi',
  ],
  [
    /^the organisation is not nationwide, so a nationwide service is refused$/,
    () => 'organisaatio ei ole valtakunnallinen, joten valtakunnallinen palvelu hylätään',
  ],
  [/^skipped$/, () => 'ohitettu'],
  [
    /^pending v12 read-back \(readback <run-dir>\)$/,
    () => 'v12-takaisinluku odottaa (readback <ajohakemisto>)',
  ],
  [
    /^v12 read-back not requested \(run --read-api v12\)$/,
    () => 'v12-takaisinlukua ei pyydetty (run --read-api v12)',
  ],
  [/^the run wrote no such entity$/, () => 'ajo ei kirjoittanut tällaista kohdetta'],
  [/^the run wrote no live service$/, () => 'ajo ei kirjoittanut voimassa olevaa palvelua'],
  [
    /^no service the run wrote has a connection$/,
    () => 'yhdelläkään ajon kirjoittamalla palvelulla ei ole liitoksia',
  ],
  [
    /^not testable on the simulator profile (\S+): (.+)$/,
    (m) => `ei testattavissa simulaattoriprofiililla ${m[1]}: ${m[2]}`,
  ],
];

export const SKIP_NOTES_EN: readonly string[] = [
  'blocked by ARC-02 (needed case failed)',
  'blocked by ORG-01 (needed case ORG-02 was blocked)',
  'needed case did not run',
  'the fixture has no value to pad to the limit',
  'the mutation does not apply to this fixture',
  "not testable on cte: needs the simulator's control surface",
  'not run: the run was interrupted',
  'not run',
  'skipped',
  'the service fixture has no limited area to clear',
  'the organisation is not nationwide, so a nationwide service is refused',
  'pending v12 read-back (readback <run-dir>)',
  'v12 read-back not requested (run --read-api v12)',
  'the run wrote no such entity',
  'the run wrote no live service',
  'no service the run wrote has a connection',
];

/**
 * The blocker line of a skipped case: "blocked by ROOT", plus the suite kit's reason without
 * repeating "blocked by ROOT" (the kit writes `blocked by ROOT (needed case … failed)`).
 */
export function blockerNote(
  blockedBy: string | undefined,
  reason: string | undefined,
  lang: Lang,
  label: string,
): string {
  if (!blockedBy) return reason !== undefined ? skipNote(reason, lang) : '';
  const dup =
    reason !== undefined && reason.startsWith(`blocked by ${blockedBy}`)
      ? /^blocked by \S+(?: \((.+)\))?$/.exec(reason)
      : null;
  const rest = dup ? dup[1] : reason;
  return `${label} ${blockedBy}${rest ? (dup ? ` (${skipNote(rest, lang)})` : ` – ${skipNote(rest, lang)}`) : ''}`;
}

export function skipNote(reason: string, lang: Lang): string {
  if (lang === 'en') return reason;
  for (const [re, fi] of SKIP_PATTERNS) {
    const m = re.exec(reason);
    if (m) return fi(m);
  }
  return reason;
}

/**
 * Finding rule ids the tool itself emits (suites/, src/readback/), each with a fi/en description.
 * A finding's message is shown translated when one of its rule's patterns matches, else as the
 * rule's description (its concrete values are in the finding's expected/actual columns).
 */
export const FINDING_RULES: Readonly<
  Record<string, Text & { patterns?: readonly [RegExp, (m: RegExpExecArray) => string][] }>
> = {
  'conn.tokenShape': {
    en: 'the token endpoint answered in another shape than the login returns',
    fi: 'tunnistepalvelu vastasi eri muodossa kuin kirjautuminen palauttaa',
    patterns: [
      [
        /^the token endpoint answered '(.+)', the (\S+) login returns '(.+)'$/,
        (m) => `tunnistepalvelu vastasi '${m[1]}', ${m[2]}-kirjautuminen palauttaa '${m[3]}'`,
      ],
    ],
  },
  'conn.tokenLifetime': {
    en: 'the token lifetime',
    fi: 'tunnisteen voimassaoloaika',
    patterns: [
      [
        /^the token carries no readable lifetime \(exp\/iat\)$/,
        () => 'tunnisteessa ei ole luettavaa voimassaoloaikaa (exp/iat)',
      ],
      [
        /^token lifetime (\S+) s \((\S+) h\), expires (\S+)$/,
        (m) => `tunnisteen voimassaoloaika ${m[1]} s (${m[2]!.replace('.', ',')} h), vanhenee ${m[3]}`,
      ],
    ],
  },
  'conn.unauthenticatedRefused': {
    en: 'a restricted request without a token was not refused with 401',
    fi: 'rajattua pyyntöä ilman tunnistetta ei hylätty 401-vastauksella',
    patterns: [
      [
        /^a restricted request without a token answered (\d+)$/,
        (m) => `rajattu pyyntö ilman tunnistetta vastasi ${m[1]}`,
      ],
    ],
  },
  'conn.badTokenRefused': {
    en: 'a restricted request with a forged token was not refused with 401',
    fi: 'rajattua pyyntöä väärennetyllä tunnisteella ei hylätty 401-vastauksella',
    patterns: [
      [
        /^a restricted request with a forged token answered (\d+)$/,
        (m) => `rajattu pyyntö väärennetyllä tunnisteella vastasi ${m[1]}`,
      ],
    ],
  },
  'conn.apiReachable': {
    en: 'the API host did not answer an anonymous read with 200',
    fi: 'rajapintapalvelin ei vastannut tunnistamattomaan lukuun 200',
    patterns: [
      [/^GET (\S+) anonymously answered (\d+)$/, (m) => `tunnistamaton GET ${m[1]} vastasi ${m[2]}`],
    ],
  },
  'v12.health': { en: 'the v12 gateway is not healthy', fi: 'v12-yhdyskäytävä ei ole toimintakunnossa' },
  'v12.read': { en: 'the v12 read with the API key failed', fi: 'v12-luku API-avaimella epäonnistui' },
  'v12.keyRefusal': {
    en: 'the v12 gateway answer without a valid key',
    fi: 'v12-yhdyskäytävän vastaus ilman kelvollista avainta',
  },
  'v12.keyRequired': {
    en: 'v12 answered without a valid API key',
    fi: 'v12 vastasi ilman kelvollista API-avainta',
  },
  'v12.referenceCode': {
    en: 'a code is missing from v12 reference data',
    fi: 'koodi puuttuu v12-viitetiedoista',
  },
  'v12.notPropagated': {
    en: 'not copied to v12 before the deadline',
    fi: 'ei kopioitunut v12:een määräaikaan mennessä',
  },
  'v12.diverged': {
    en: 'on v12 but different from v11 when the wait ended (each entity case names the keys)',
    fi: 'v12:ssa mutta eri kuin v11:ssä odotuksen päättyessä (kohteen tapaus nimeää avaimet)',
  },
  'v12.observedDelay': { en: 'observed v11 → v12 copy delay', fi: 'havaittu v11 → v12 -kopioinnin viive' },
  'v12.archiveReason': {
    en: 'unexpected 404 reason for an archived item',
    fi: 'odottamaton 404-syy arkistoidulle kohteelle',
  },
  'http.status': {
    en: 'PTV answered another HTTP status than the flow needed',
    fi: 'PTV vastasi eri HTTP-tilalla kuin kulku edellytti',
    patterns: [
      [
        /^(.+): expected HTTP (\S+), got (\d+)( — .*)?$/s,
        (m) => `${m[1]}: odotettiin HTTP ${m[2]}, saatiin ${m[3]}${m[4] ?? ''}`,
      ],
    ],
  },
  'readback.mismatch': {
    en: 'the read-back differs from what was sent',
    fi: 'takaisinluettu arvo eroaa lähetetystä',
    patterns: [
      [
        /^the removed connection to channel (\S+) is still on the service$/,
        (m) => `poistettu liitos asiointikanavaan ${m[1]} näkyy yhä palvelulla`,
      ],
      [
        /^the removed connection is still on channel (\S+)$/,
        (m) => `poistettu liitos näkyy yhä asiointikanavalla ${m[1]}`,
      ],
      [
        /^(\S+) (\S+) \(read back as (\S+)\) differs: (.*)$/s,
        (m) =>
          `${m[1]} ${m[2]} (luettuna ${m[3]}) eroaa: ${m[4]!
            .replace(/^sent /, 'lähetetty ')
            .replace(', read ', ', luettu ')
            .replace('not read back: ', 'ei luettu takaisin: ')
            .replace('read but not sent: ', 'luettu mutta ei lähetetty: ')
            .replace('order or multiplicity differs', 'järjestys tai lukumäärä eroaa')}`,
      ],
      [/^connection (.+) is not in the read-back$/, (m) => `liitos ${m[1]} puuttuu takaisinluvusta`],
      [
        /^connection (.+) (\S+) differs from what was sent$/,
        (m) => `liitoksen ${m[1]} ${m[2]} eroaa lähetetystä`,
      ],
    ],
  },
  'org.parent': {
    en: 'the sub-organisation is not under the configured organisation',
    fi: 'aliorganisaatio ei ole määritetyn organisaation alla',
  },
  'service.languageRemoved': {
    en: 'the English name is still there after the language was removed',
    fi: 'englanninkielinen nimi on yhä olemassa kielen poiston jälkeen',
  },
  'connection.messages': {
    en: 'POST /Connection did not answer one "added or updated" message per item',
    fi: 'POST /Connection ei vastannut yhtä "added or updated" -viestiä kohdetta kohden',
    patterns: [
      [
        /^expected one message per item \((\d+)\), got (\d+)$/,
        (m) => `odotettiin yksi viesti kohdetta kohden (${m[1]}), saatiin ${m[2]}`,
      ],
      [
        /^no "added or updated" message for channel (\S+) \((\S+)\)$/,
        (m) => `ei "added or updated" -viestiä asiointikanavalle ${m[1]} (${m[2]})`,
      ],
    ],
  },
  'field.notRefused': {
    en: 'PTV accepted a body the rules refuse',
    fi: 'PTV hyväksyi sisällön, jonka säännöt hylkäävät',
    patterns: [
      [
        /^PTV answered (\d+) to a body the rules refuse \((.*)\); expected 400$/s,
        (m) => `PTV vastasi ${m[1]} sisältöön, jonka säännöt hylkäävät (${m[2]}); odotettiin 400`,
      ],
    ],
  },
  'field.key': {
    en: 'the 400 does not name the field',
    fi: '400-vastaus ei nimeä kenttää',
    patterns: [
      [
        /^the 400 does not name the field: expected one of (.+), got (.+)$/,
        (m) =>
          `400-vastaus ei nimeä kenttää: odotettiin jokin näistä: ${m[1]}, saatiin ${m[2] === 'no keys' ? 'ei avaimia' : m[2]}`,
      ],
    ],
  },
  'field.atLimitRefused': {
    en: 'a value exactly at the limit was refused',
    fi: 'täsmälleen raja-arvon pituinen arvo hylättiin',
    patterns: [
      [
        /^a value exactly at the limit was refused with (\d+)$/,
        (m) => `täsmälleen raja-arvon pituinen arvo hylättiin: ${m[1]}`,
      ],
      [
        /^a value exactly at the limit was not accepted \((.*)\)$/s,
        (m) => `täsmälleen raja-arvon pituista arvoa ei hyväksytty (${m[1]})`,
      ],
    ],
  },
  'archive.stillReadable': {
    en: 'an archived item can still be read',
    fi: 'arkistoitu kohde on yhä luettavissa',
    patterns: [
      [
        /^GET (\S+) answered (\d+) after archiving; PTV answers 404 for archived items$/,
        (m) => `GET ${m[1]} vastasi ${m[2]} arkistoinnin jälkeen; PTV vastaa 404 arkistoiduille kohteille`,
      ],
    ],
  },
  'archive.notListed': {
    en: 'an archived item is not in the archived list',
    fi: 'arkistoitu kohde puuttuu arkistoitujen listalta',
    patterns: [
      [
        /^(service|channel) (\S+) is not in (\S+)$/,
        (m) => `${m[1] === 'service' ? 'palvelu' : 'asiointikanava'} ${m[2]} puuttuu listalta ${m[3]}`,
      ],
    ],
  },
  'archive.connectionRemains': {
    en: 'an archived channel is still connected to the service',
    fi: 'arkistoitu asiointikanava on yhä liitetty palveluun',
    patterns: [
      [
        /^archived channel (\S+) is still connected to the service$/,
        (m) => `arkistoitu asiointikanava ${m[1]} on yhä liitetty palveluun`,
      ],
    ],
  },
  'archive.precondition': {
    en: 'the service does not show both connections before archiving',
    fi: 'palvelulla ei näy molempia liitoksia ennen arkistointia',
  },
  'pit.sourceIdReuse': {
    en: "an archived item's sourceId was accepted for a new item",
    fi: 'arkistoidun kohteen sourceId hyväksyttiin uudelle kohteelle',
    patterns: [
      [
        /^re-POSTing archived sourceId (.+) answered (\d+); PTV refuses it \("already exists"\)$/,
        (m) => `arkistoidun sourceId:n ${m[1]} uusi POST vastasi ${m[2]}; PTV hylkää sen ("already exists")`,
      ],
    ],
  },
  'pit.languageRemoval': {
    en: 'a PUT dropping a language from one list only was not refused',
    fi: 'PUT, joka poistaa kielen vain yhdestä listasta, ei hylätty',
    patterns: [
      [
        /^a PUT dropping 'en' from descriptions only answered (\d+); PTV answers 400$/,
        (m) => `PUT, joka poistaa 'en'-kielen vain kuvauksista, vastasi ${m[1]}; PTV vastaa 400`,
      ],
    ],
  },
  'pit.readModifyWrite': {
    en: 'a PUT of the GET body was not refused',
    fi: 'GET-vastauksen sisältöä ei hylätty PUT-pyynnössä',
    patterns: [
      [
        /^PUT of the GET body answered (\d+);.*$/s,
        (m) =>
          `GET-vastauksen sisällön PUT vastasi ${m[1]}; PTV hylkää OUT-muodot (alueet, luokitusoliot, organisaatiot)`,
      ],
    ],
  },
  'pit.noCommonLanguage': {
    en: 'a connection with no common language was not dropped with a message',
    fi: 'liitosta ilman yhteistä kieltä ei pudotettu viestin kera',
    patterns: [
      [
        /^the dropped connection appears on the service anyway$/,
        () => 'pudotettu liitos näkyy silti palvelulla',
      ],
    ],
  },
  'pit.modifiedDeadEnd': {
    en: 'a PUT on a Modified latest version was not refused',
    fi: 'PUT-pyyntöä Modified-tilaiseen uusimpaan versioon ei hylätty',
    patterns: [
      [
        /^a PUT on a Modified item answered (\d+); PTV refuses it until a person publishes in the UI$/,
        (m) =>
          `PUT Modified-tilaiseen kohteeseen vastasi ${m[1]}; PTV hylkää sen, kunnes joku julkaisee käyttöliittymässä`,
      ],
    ],
  },
  'pit.429': {
    en: 'a 429 answer was not retried with back-off',
    fi: '429-vastausta ei yritetty uudelleen viiveellä',
    patterns: [
      [
        /^the client's read ended with (\d+) after (\d+) attempt\(s\); expected a retry after the 429, then 200$/,
        (m) =>
          `asiakkaan luku päättyi ${m[1]}-vastaukseen ${m[2]} yrityksen jälkeen; odotettiin uusintaa 429:n jälkeen ja sitten 200`,
      ],
      [
        /^with the cap full the target answered (\d+); PTV answers 429 "Too many requests …" without Retry-After$/,
        (m) =>
          `rajan ollessa täynnä kohde vastasi ${m[1]}; PTV vastaa 429 "Too many requests …" ilman Retry-After-otsaketta`,
      ],
      [
        /^the client's read met a 429 and completed after (\d+) attempt\(s\)$/,
        (m) => `asiakkaan luku sai 429-vastauksen ja onnistui ${m[1]} yrityksen jälkeen`,
      ],
    ],
  },
  'pit.control': {
    en: "the simulator's control surface did not answer",
    fi: 'simulaattorin ohjausrajapinta ei vastannut',
    patterns: [[/^the control surface answered (\d+)$/, (m) => `ohjausrajapinta vastasi ${m[1]}`]],
  },
  'normalisation.notApplied': {
    en: 'PTV stores this value changed, but it came back as sent',
    fi: 'PTV tallentaa tämän arvon muutettuna, mutta se luettiin takaisin lähetetyn kaltaisena',
    patterns: [
      [
        /^a 130-character organisation name should be stored cut to 100 characters$/,
        () => '130 merkin organisaation nimi pitäisi tallentaa 100 merkkiin katkaistuna',
      ],
      [
        /^a voucher without a url should be accepted but not stored$/,
        () => 'palveluseteli ilman osoitetta pitäisi hyväksyä mutta jättää tallentamatta',
      ],
      [
        /^a PUT to areaType Nationwide without areas should remove the stored areas$/,
        () => 'PUT aluetyypillä Nationwide ilman alueita pitäisi poistaa tallennetut alueet',
      ],
    ],
  },
  'pit.normalisation': {
    en: 'PTV changes this data instead of refusing it',
    fi: 'PTV muuttaa nämä tiedot hylkäämisen sijaan',
    patterns: [
      [
        /^the 200 answer to a 120-character organisation name should carry the name cut to 100$/,
        () => '200-vastauksen 120 merkin organisaation nimeen pitäisi sisältää 100 merkkiin katkaistu nimi',
      ],
    ],
  },
  check: { en: 'a check failed', fi: 'tarkistus epäonnistui' },
};

/** A finding's message in the report's language (see FINDING_RULES). */
export function findingMessage(f: Pick<Finding, 'rule' | 'message'>, lang: Lang): string {
  if (lang === 'en') return f.message;
  const rule = FINDING_RULES[f.rule];
  if (!rule) return f.message;
  for (const [re, fi] of rule.patterns ?? []) {
    const m = re.exec(f.message);
    if (m) return fi(m);
  }
  return rule.en === f.message || !rule.patterns ? rule.fi : `${rule.fi} (${f.message})`;
}

/** Exception texts the suite kit and the suites throw (src/suite/step.ts, suites/support/). */
const ERROR_PATTERNS: readonly [RegExp, (m: RegExpExecArray) => string][] = [
  [/^the write answered 200 without an id$/, () => 'kirjoitus vastasi 200 ilman tunnistetta'],
  [
    /^no organisation: set PTV_ORGANIZATION_ID \(the token names none\)$/,
    () => 'ei organisaatiota: aseta PTV_ORGANIZATION_ID (tunniste ei nimeä organisaatiota)',
  ],
];

/**
 * A case's error text in the report's language. A failure on findings reads
 * `N error finding(s):\n  - [rule] path: message`: each message is translated like the finding.
 * Anything else (an exception from elsewhere, PTV's text) stays as written.
 */
export function errorText(error: string, lang: Lang): string {
  if (lang === 'en') return error;
  const summary = /^(\d+) error finding\(s\):\n([\s\S]*)$/.exec(error);
  if (summary) {
    const lines = summary[2]!.split('\n').map((line) => {
      const f = /^ {2}- \[([^\]]+)\] ([^:]*): ([\s\S]*)$/.exec(line);
      if (f) return `  - [${f[1]}] ${f[2]}: ${findingMessage({ rule: f[1]!, message: f[3]! }, 'fi')}`;
      const more = /^ {2}… and (\d+) more$/.exec(line);
      return more ? `  … ja ${more[1]} muuta` : line;
    });
    return `${summary[1]} virhehavaintoa:\n${lines.join('\n')}`;
  }
  for (const [re, fi] of ERROR_PATTERNS) {
    const m = re.exec(error);
    if (m) return fi(m);
  }
  return error;
}
