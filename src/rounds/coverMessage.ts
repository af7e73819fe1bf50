import { dvvItems } from '../report/dvvItems.js';
import { helsinkiTime } from '../report/helsinkiTime.js';
import { cteLimits, verdictLabel, type Lang } from '../report/labels.js';
import type { ReportModel } from '../report/model.js';
import type { RunChanges } from './compareRuns.js';
import { formatChanges } from './formatChanges.js';
import { itemStatusLabel } from './itemStatusLabel.js';
import type { ItemVerdict } from './itemVerdicts.js';

/** DVV's support address: both reports go there by e-mail, in a free format (process-and-quality.md §1.2). */
export const DVV_ADDRESS = 'ptv-tuki@dvv.fi';

export interface ContentSummary {
  runId: string;
  entitiesChecked: number;
  totals: { error: number; warning: number; info: number };
}

export interface CoverMessageInputs {
  model: ReportModel;
  items: readonly ItemVerdict[];
  content?: ContentSummary;
  changes?: RunChanges;
  /** Zip entry names, in zip order. */
  files: readonly string[];
  bundleFile: string;
  contact: { name?: string; email?: string; phone?: string };
  /** The target is a loopback / private address (bundled with --allow-local). */
  localTarget: boolean;
}

const words = {
  en: {
    to: 'To',
    subjectLabel: 'Subject',
    subject: 'PTV IN integration: technical readiness test report',
    subjectContent: ' and content test report',
    greeting: 'Hello,',
    intro: '{org} sends the technical readiness test report of its PTV IN (write) API integration{content}.',
    introContent: ' and the content test report',
    businessId: 'Business id',
    ptvOrg: 'PTV organisation id',
    environment: 'Environment',
    run: 'Technical test run',
    contentRun: 'Content test report',
    contentCounts: '{n} entities checked: {e} errors, {w} warnings, {i} notes',
    verdict: 'Overall verdict',
    perItem: 'Verdict per DVV test item:',
    cases: '{p} passed, {f} failed, {s} skipped',
    pitNote: '(not a DVV item)',
    cte: 'What the Customer Test Environment cannot show:',
    attached: 'Attached ({file}):',
    verify:
      'manifest.json holds the SHA-256 of every file the run wrote; `ptv-readiness verify` checks a run directory against it.',
    lookup:
      'Every PTV id the run created is listed in the report under "PTV ids to look up in the Customer Test Environment": each can be opened in CTE (archived ones answer 404 to the public read).',
    contact: 'Contact',
    regards: 'Best regards,',
    notGiven: '(not given)',
    local:
      'NOTE: this run targeted a local or private address (bundled with --allow-local, for testing only). It is not evidence from the Customer Test Environment; do not send it to DVV.',
    envCte: 'Customer Test Environment (CTE)',
    envCustom: 'custom target',
    envProd: 'production (connection checks only)',
    envSim: 'ptv-readiness simulator',
  },
  fi: {
    to: 'Vastaanottaja',
    subjectLabel: 'Aihe',
    subject: 'PTV IN-integraatio: teknisen valmiuden testausraportti',
    subjectContent: ' ja tietosisällön testausraportti',
    greeting: 'Hei,',
    intro: '{org} lähettää PTV:n IN-rajapintaintegraationsa teknisen valmiuden testausraportin{content}.',
    introContent: ' sekä tietosisällön testausraportin',
    businessId: 'Y-tunnus',
    ptvOrg: 'PTV-organisaatiotunniste',
    environment: 'Ympäristö',
    run: 'Teknisen testin ajo',
    contentRun: 'Tietosisällön testausraportti',
    contentCounts: '{n} kohdetta tarkistettu: {e} virhettä, {w} varoitusta, {i} huomiota',
    verdict: 'Kokonaistulos',
    perItem: 'Tulos DVV:n testikohdittain:',
    cases: '{p} läpäisty, {f} epäonnistui, {s} ohitettu',
    pitNote: '(ei DVV:n kohta)',
    cte: 'Mitä asiakastestiympäristö ei voi osoittaa:',
    attached: 'Liitteenä ({file}):',
    verify:
      'manifest.json sisältää ajon jokaisen tiedoston SHA-256-tiivisteen; `ptv-readiness verify` tarkistaa ajohakemiston sitä vasten.',
    lookup:
      'Raportin kohdassa "PTV-tunnisteet asiakastestiympäristössä tarkistettaviksi" on jokainen ajon luoma PTV-tunniste; kunkin voi avata asiakastestiympäristössä (arkistoidut vastaavat julkiseen lukuun 404).',
    contact: 'Yhteyshenkilö',
    regards: 'Ystävällisin terveisin',
    notGiven: '(ei annettu)',
    local:
      'HUOM: tämä ajo tehtiin paikalliseen tai yksityiseen osoitteeseen (paketoitu valitsimella --allow-local, vain testaukseen). Se ei ole näyttöä asiakastestiympäristöstä; älä lähetä sitä DVV:lle.',
    envCte: 'Asiakastestiympäristö (CTE)',
    envCustom: 'muu kohde',
    envProd: 'tuotanto (vain yhteystarkistukset)',
    envSim: 'ptv-readinessin simulaattori',
  },
} as const;

const fill = (s: string, v: Record<string, string | number>): string =>
  s.replace(/\{(\w+)\}/g, (_, k: string) => String(v[k] ?? `{${k}}`));

function environment(model: ReportModel, lang: Lang): string {
  const w = words[lang];
  const name = { cte: w.envCte, custom: w.envCustom, prod: w.envProd, sim: w.envSim }[model.target.name];
  return `${name}, ${model.target.apiUrl}`;
}

/**
 * The ready-to-send cover message (message.fi.txt / message.en.txt) addressed to ptv-tuki@dvv.fi:
 * organisation, business id, environment, run ids, verdict per item, what CTE cannot show, the
 * files attached, the changes since the previous round when known, and the contact person.
 * ptv-readiness never sends it: the user reads it, edits it if needed, and mails it with the zip.
 */
export function coverMessage(i: CoverMessageInputs, lang: Lang): string {
  const w = words[lang];
  const { model } = i;
  const org = model.organization.name ?? w.notGiven;
  const item = (id: string) => dvvItems.find((d) => d.item === id);
  const lines: string[] = [
    `${w.to}: ${DVV_ADDRESS}`,
    `${w.subjectLabel}: ${w.subject}${i.content ? w.subjectContent : ''} – ${org}${model.organization.businessId ? ` (${model.organization.businessId})` : ''}`,
    '',
  ];
  if (i.localTarget) lines.push(w.local, '');
  lines.push(
    w.greeting,
    '',
    fill(w.intro, { org, content: i.content ? w.introContent : '' }),
    '',
    `${w.businessId}: ${model.organization.businessId ?? w.notGiven}`,
    `${w.ptvOrg}: ${model.organization.ptvOrganizationId ?? w.notGiven}`,
    `${w.environment}: ${environment(model, lang)}`,
    `${w.run}: ${model.run.id} (${helsinkiTime(model.run.startedAt)})`,
  );
  if (i.content) {
    const t = i.content.totals;
    lines.push(
      `${w.contentRun}: ${i.content.runId} (${fill(w.contentCounts, { n: i.content.entitiesChecked, e: t.error, w: t.warning, i: t.info })})`,
    );
  }
  lines.push(`${w.verdict}: ${verdictLabel(lang, model.status)}`, '', w.perItem);
  for (const v of i.items) {
    const d = item(v.id);
    const text = d ? (lang === 'fi' ? d.fi : d.en) : '';
    const counts = fill(w.cases, { p: v.cases.passed, f: v.cases.failed, s: v.cases.skipped });
    const pit = v.id === 'PIT' ? ` ${w.pitNote}` : '';
    lines.push(`  ${v.id.padEnd(4)} ${itemStatusLabel(lang, v.status)} (${counts})${pit} – ${text}`);
  }
  if (i.changes) lines.push('', ...formatChanges(i.changes, lang));
  lines.push('', w.cte, ...cteLimits[lang].map((s) => `  - ${s}`));
  lines.push('', fill(w.attached, { file: i.bundleFile }), ...i.files.map((f) => `  - ${f}`));
  lines.push('', w.verify, w.lookup);
  const c = i.contact;
  const contact = [c.name, c.email, c.phone].filter((x): x is string => !!x).join(', ');
  lines.push(
    '',
    `${w.contact}: ${contact || w.notGiven}`,
    '',
    w.regards,
    ...(c.name ? [c.name] : []),
    org,
    '',
  );
  return lines.join('\n');
}
