/**
 * v11 business rules assumed to carry over to v12 (v12-migration.md §4.9 rule 6) [INF]: warnings,
 * never errors, until a v12 write on CTE confirms them. Rule ids `v12.carriedOver.*`.
 */
import type { Finding } from '../../core/finding.js';
import { findServiceClass, municipalities, postalCodes, targetGroups } from '../codeLists/finnishCodes.js';

type Obj = Record<string, unknown>;
const isObj = (v: unknown): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v);
const strings = (v: unknown): string[] =>
  Array.isArray(v) ? v.filter((x): x is string => typeof x === 'string') : [];
const SC = (code: string) => `http://uri.suomi.fi/codelist/ptv/ptvserclass2/code/${code}`;
const INF = ' (v11 rule assumed to carry over to v12 [INF])';

function warn(out: Finding[], path: string, rule: string, message: string, actual?: unknown): void {
  out.push({
    path,
    rule: `v12.carriedOver.${rule}`,
    message: message + INF,
    severity: 'warning',
    ...(actual === undefined ? {} : { actual }),
  });
}

function serviceRules(body: Obj, out: Finding[]): void {
  const classes = strings(body.serviceClasses);
  const known = classes.map((c) => findServiceClass(SC(c)));
  classes.forEach((c, i) => {
    if (!known[i])
      warn(
        out,
        `/serviceClasses/${i}`,
        'serviceClassCode',
        `service class '${c}' is not in PTV's code list`,
        c,
      );
  });
  if (classes.length && known.every((k) => k?.main))
    warn(
      out,
      '/serviceClasses',
      'notAllMainClasses',
      'all the service classes are main classes; add a subclass',
    );
  const groupCodes = new Set(targetGroups().map((g) => g.code));
  const groups = strings(body.targetGroups);
  groups.forEach((g, i) => {
    if (!groupCodes.has(g))
      warn(out, `/targetGroups/${i}`, 'targetGroupCode', `target group '${g}' is not in PTV's code list`, g);
  });
  const hasAny = (kr: string) => groups.some((g) => g === kr || g.startsWith(`${kr}.`));
  if (groups.includes('KR2') && !groups.some((g) => g.startsWith('KR2.')))
    warn(out, '/targetGroups', 'kr2SubGroup', 'target group KR2 needs one of its sub-groups');
  if (strings(body.lifeEvents).length && !hasAny('KR1'))
    warn(out, '/targetGroups', 'lifeEventsNeedKr1', 'life events need target group KR1 or a sub-group');
  if (strings(body.industrialClasses).length && !hasAny('KR2'))
    warn(
      out,
      '/targetGroups',
      'industrialClassesNeedKr2',
      'industrial classes need target group KR2 or a sub-group',
    );
}

/** Name and summary must differ in each language. */
function nameNotSummary(body: Obj, out: Finding[]): void {
  if (!isObj(body.languageVersions)) return;
  for (const [lang, v] of Object.entries(body.languageVersions)) {
    if (isObj(v) && typeof v.name === 'string' && v.name === v.summary)
      warn(
        out,
        `/languageVersions/${lang}/summary`,
        'nameNotSummary',
        'name and summary must not be the same',
      );
  }
}

/** Municipality codes of areas and postal codes of addresses, wherever they appear. */
function codeLists(value: unknown, path: string, out: Finding[]): void {
  if (Array.isArray(value)) return value.forEach((v, i) => codeLists(v, `${path}/${i}`, out));
  if (!isObj(value)) return;
  for (const [k, v] of Object.entries(value)) {
    const p = `${path}/${k}`;
    if (k === 'postalCode' && typeof v === 'string' && /^\d{5}$/.test(v) && !postalCodes().has(v))
      warn(out, p, 'postalCode', `postal code '${v}' is not in PTV's code list`, v);
    else if (k === 'municipalities')
      strings(v).forEach((m, i) => {
        if (/^\d{3}$/.test(m) && !municipalities().has(m))
          warn(out, `${p}/${i}`, 'municipalityCode', `municipality '${m}' is not in PTV's code list`, m);
      });
    else codeLists(v, p, out);
  }
}

/** The carried-over warnings for one request body, chosen by its request schema's name. */
export function carriedOverRules(body: unknown, schema: string): Finding[] {
  if (!isObj(body)) return [];
  const out: Finding[] = [];
  if (/Service(ExternalId)?Request$/.test(schema) && !schema.includes('Channel')) serviceRules(body, out);
  nameNotSummary(body, out);
  codeLists(body, '', out);
  return out;
}
