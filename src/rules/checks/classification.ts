import { findServiceClass, targetGroups } from '../codeLists/finnishCodes.js';
import { msg } from '../messages.js';
import { add, type CheckCtx, type Obj } from './context.js';

function strings(o: Obj, name: string): string[] {
  const v = o[name];
  return Array.isArray(v) ? v.filter((x): x is string => typeof x === 'string') : [];
}

function baseUrl(u: string): string | undefined {
  const m = /^([a-z]+:\/\/[^/]+)/i.exec(u);
  return m?.[1];
}

const TG = (code: string) => `http://uri.suomi.fi/codelist/ptv/ptvkohderyhmat/code/${code}`;
const KR_CODE = /\/code\/(KR[1-3](?:\.[0-9]+)*)$/;

/** Service classification rules (§4.2): counts, main classes, target-group dependencies, base URLs. */
export function classificationRules(c: CheckCtx, body: Obj): void {
  const classes = strings(body, 'serviceClasses');
  const terms = strings(body, 'ontologyTerms');
  const groups = strings(body, 'targetGroups');
  const life = strings(body, 'lifeEvents');
  const industrial = strings(body, 'industrialClasses');

  // REQ if no general description and status Published or absent (§4.2, §3.5). A bare archive PUT passes.
  const status = body.publishingStatus;
  const needs = !body.generalDescriptionId && (status === 'Published' || status === undefined);
  if (needs && (c.op === 'post' || status === 'Published')) {
    for (const f of ['serviceClasses', 'ontologyTerms', 'targetGroups'])
      if (!Array.isArray(body[f]) || (body[f] as unknown[]).length === 0)
        add(c, [f], msg.required(f[0]!.toUpperCase() + f.slice(1)), 'required');
  }

  if (classes.length > 4) add(c, ['serviceClasses'], msg.onlyNAllowed(4), 'serviceClassesMax');
  if (classes.length > 0) {
    const known = classes.map(findServiceClass);
    if (known.every((k) => k?.main))
      add(c, ['serviceClasses'], msg.allMainClasses(), 'serviceClassesNotAllMain');
  }
  if (terms.length > 10) add(c, ['ontologyTerms'], msg.onlyNAllowed(10), 'ontologyTermsMax');
  if (c.ontologyTermExists) {
    const missing = terms.filter((t) => !c.ontologyTermExists!(t));
    if (missing.length) add(c, ['ontologyTerms'], msg.ontologyNotFound(missing.join(', ')), 'codeList');
  } else if (terms.length) {
    c.notChecked.add('ontologyTermsExist');
  }

  for (const [name, list] of [
    ['serviceClasses', classes],
    ['targetGroups', groups],
    ['lifeEvents', life],
    ['industrialClasses', industrial],
  ] as const) {
    const first = list[0] ? baseUrl(list[0]) : undefined;
    if (first && list.some((u) => baseUrl(u) !== first)) add(c, [name], msg.sameBaseUrl(), 'sameBaseUrl');
  }

  const codes = groups.map((g) => KR_CODE.exec(g)?.[1]).filter((x): x is string => !!x);
  const hasSub = (kr: string) => codes.some((k) => k.startsWith(kr + '.'));
  const hasAny = (kr: string) => codes.some((k) => k === kr || k.startsWith(kr + '.'));
  if (codes.includes('KR2') && !hasSub('KR2'))
    add(c, ['targetGroups'], msg.kr2SubGroup(), 'targetGroupKr2SubGroup');
  const name = (code: string) => {
    const g = targetGroups().find((t) => t.uri === TG(code));
    return `${g?.names.en ?? code} (${code})`;
  };
  if (life.length && !hasAny('KR1'))
    add(c, ['targetGroups'], msg.targetGroupFor(name('KR1'), 'life events'), 'lifeEventsNeedKr1');
  if (industrial.length && !hasAny('KR2'))
    add(
      c,
      ['targetGroups'],
      msg.targetGroupFor(name('KR2'), 'industrial classes'),
      'industrialClassesNeedKr2',
    );
}
