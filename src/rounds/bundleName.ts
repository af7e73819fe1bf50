import { helsinkiParts } from '../report/helsinkiTime.js';

/** `Testikunta Äänekoski Oy` → `testikunta-aanekoski-oy`: ASCII, lowercase, at most 48 characters. */
export function slug(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 48)
    .replace(/-+$/, '');
}

/** The date of an instant in Europe/Helsinki, `yyyy-mm-dd` (the date on DVV's side of the round). */
export function helsinkiDate(iso: string): string {
  const p = helsinkiParts(new Date(iso));
  return `${p.year}-${p.month}-${p.day}`;
}

/** `ptv-readiness-<organisation>-<yyyy-mm-dd>.zip`, from the organisation's name (else its PTV id). */
export function bundleName(org: { name?: string; ptvOrganizationId?: string }, runStartedAt: string): string {
  const who = slug(org.name ?? '') || slug(org.ptvOrganizationId ?? '') || 'organisation';
  return `ptv-readiness-${who}-${helsinkiDate(runStartedAt)}.zip`;
}
