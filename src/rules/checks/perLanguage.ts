import { msg } from '../messages.js';
import type { EntityKind } from '../types.js';
import { add, items, text, type CheckCtx, type Obj } from './context.js';
import { pascal } from '../toPtvKey.js';

/** One required list and what each language needs in it (§3.4 table). */
interface RequiredList {
  list: string;
  /** Item types required per language; empty = any item in that language. */
  types: readonly string[];
  /** Languages of an item: its own `language`, or (addresses) those of its nested language items. */
  nested?: boolean;
  /** Required by the data validator only (no ListRequired attribute), so an absent list reaches it. */
  validatorOnly?: boolean;
}

const names = (list: string, typed: boolean): RequiredList => ({ list, types: typed ? ['Name'] : [] });
const CHANNEL_DESC: RequiredList = { list: 'serviceChannelDescriptions', types: ['Summary', 'Description'] };

const SERVICE_NAMES = names('serviceNames', true);
const CHANNEL_NAMES = names('serviceChannelNames', false);
const REQUIRED: Partial<Record<EntityKind, RequiredList[]>> = {
  organization: [names('organizationNames', true), { list: 'organizationDescriptions', types: ['Summary'] }],
  echannel: [
    CHANNEL_NAMES,
    CHANNEL_DESC,
    { list: 'webPage', types: [] },
    { list: 'accessibilityClassification', types: [] },
  ],
  webpage: [
    CHANNEL_NAMES,
    CHANNEL_DESC,
    { list: 'webPage', types: [] },
    { list: 'accessibilityClassification', types: [] },
  ],
  // PhoneNumbers has no ListRequired on V11VmOpenApiPhoneChannelIn; PhoneChannelValidator.cs:74-75, :99-101 require it.
  phone: [CHANNEL_NAMES, CHANNEL_DESC, { list: 'phoneNumbers', types: [], validatorOnly: true }],
  printableform: [CHANNEL_NAMES, CHANNEL_DESC, { list: 'channelUrls', types: [] }],
  servicelocation: [
    names('serviceChannelNames', true),
    CHANNEL_DESC,
    { list: 'addresses', types: [], nested: true },
  ],
  servicecollection: [names('serviceCollectionNames', false)],
};
const SERVICE_FULL: RequiredList[] = [
  SERVICE_NAMES,
  { list: 'serviceDescriptions', types: ['Summary', 'Description'] },
];
// [SRC] With a general description only Summary is required per language (when the GD has a
// Description itself; the GD is not known offline, so the lenient rule applies) [INF].
const SERVICE_WITH_GD: RequiredList[] = [SERVICE_NAMES, { list: 'serviceDescriptions', types: ['Summary'] }];
const NO_LISTS: RequiredList[] = [];

/** The §3.4 required lists of a kind (shared constants; do not mutate). */
export function requiredLists(kind: EntityKind, body: Obj): RequiredList[] {
  if (kind === 'service') return body.generalDescriptionId ? SERVICE_WITH_GD : SERVICE_FULL;
  return REQUIRED[kind] ?? NO_LISTS;
}

/** Every `language` value anywhere under a node (addresses keep theirs in nested language items). */
function collectLanguages(node: unknown, into: Set<string>, skip?: string): void {
  if (Array.isArray(node)) {
    for (const n of node) if (typeof n === 'object' && n !== null) collectLanguages(n, into);
  } else if (typeof node === 'object' && node !== null) {
    const o = node as Obj;
    for (const k in o) {
      if (k === skip) continue;
      const v = o[k];
      if (k === 'language') {
        if (typeof v === 'string') into.add(v);
      } else if (typeof v === 'object' && v !== null) collectLanguages(v, into);
    }
  }
}

function languagesOf(o: Obj, r: RequiredList): Set<string> {
  const s = new Set<string>();
  if (r.nested) collectLanguages(o[r.list], s);
  else
    for (const it of items(o, r.list)) {
      const l = text(it, 'language');
      if (l) s.add(l);
    }
  return s;
}

function coverage(c: CheckCtx, body: Obj, r: RequiredList, langs: Iterable<string>): void {
  for (const lang of langs) {
    if (r.nested) {
      const one = new Set<string>();
      collectLanguages(body[r.list], one);
      if (!one.has(lang)) add(c, [r.list], msg.perLanguage(lang), 'perLanguageCompleteness');
      continue;
    }
    const list = items(body, r.list);
    if (r.types.length === 0) {
      if (!list.some((i) => i.language === lang))
        add(c, [r.list], msg.perLanguage(lang), 'perLanguageCompleteness');
      continue;
    }
    for (const t of r.types) {
      if (!list.some((i) => i.language === lang && i.type === t))
        add(c, [r.list], msg.perLanguageType(t, lang), 'perLanguageCompleteness');
    }
  }
}

/**
 * §3.4 per-language completeness. POST: every language of the required lists must be complete in
 * each of them, and a language used only in optional lists is a `Model` error. PUT: without any
 * required list nothing is checked; with one, the request's languages become the set, and when it
 * differs from `current.languages` every required list must be sent and cover it.
 */
export function perLanguageCompleteness(c: CheckCtx, body: Obj): string[] {
  const reqs = requiredLists(c.kind, body);
  if (reqs.length === 0) return [];
  const langs = checkLanguages(c, body, reqs);
  return [...langs];
}

/** Kinds whose data validator is an `EntityBaseValidator` (the collection's is a plain `BaseValidator`). */
const ENTITY_BASE_VALIDATED: ReadonlySet<EntityKind> = new Set([
  'organization',
  'service',
  'echannel',
  'webpage',
  'phone',
  'printableform',
  'servicelocation',
]);

/**
 * A POST as PTV 3.4's validators see it (`EntityBaseValidator.cs:53-111` @ ptv-release-3_4). Without a
 * current version every language of the body is newly added, so the required languages are all of
 * them (`AvailableLanguages`, required lists first). `Model` gets one message: a language found only
 * in optional lists gives "You have added new language version(s)" naming *every* language (:84-92,
 * PTV joins all newly added ones), otherwise any required list missing one of them gives "Some of the
 * required lists are missing …" naming those lists (:97-110, PTV's unclosed quote included). The list
 * validators then check each sent list against every language (`LocalizedListValidator.cs:64-90`,
 * `PhoneNumberListValidator.cs:65-84`); an absent validator-only list names the first language only.
 */
function postLanguages(
  c: CheckCtx,
  body: Obj,
  reqs: RequiredList[],
  present: RequiredList[],
  reqLangs: Set<string>,
) {
  const all = new Set(reqLangs);
  collectLanguages(body, all, 'displayNameType');
  const langs = [...all];
  const first = langs[0];
  if (first === undefined) return;
  const checked = reqs.filter((r) => present.includes(r) || r.validatorOnly);
  if (ENTITY_BASE_VALIDATED.has(c.kind)) {
    const joined = langs.join(', ');
    if (reqLangs.size < all.size)
      add(c, 'Model', msg.newLanguageOptionalOnly(joined), 'perLanguageCompleteness');
    else {
      const missing = checked.filter((r) => {
        const has = languagesOf(body, r);
        return langs.some((l) => !has.has(l));
      });
      if (missing.length) {
        const lists = missing.map((r) => pascal(r.list)).join(', ');
        add(c, 'Model', msg.putListsMissingLanguages(lists, joined), 'perLanguageCompleteness');
      }
    }
  }
  for (const r of checked) {
    if (present.includes(r)) coverage(c, body, r, langs);
    else add(c, [r.list], msg.perLanguage(first), 'perLanguageCompleteness');
  }
}

function checkLanguages(c: CheckCtx, body: Obj, reqs: RequiredList[]): Set<string> {
  const present = reqs.filter((r) => Array.isArray(body[r.list]) && (body[r.list] as unknown[]).length > 0);
  const reqLangs = new Set<string>();
  for (const r of present) for (const l of languagesOf(body, r)) reqLangs.add(l);

  if (c.op === 'post') {
    postLanguages(c, body, reqs, present, reqLangs);
    return reqLangs;
  }

  if (present.length === 0) return reqLangs;
  if (!c.current) {
    c.notChecked.add('putLanguageVersions');
    return reqLangs;
  }
  const cur = new Set(c.current.languages);
  const same = cur.size === reqLangs.size && [...cur].every((l) => reqLangs.has(l));
  if (same) return reqLangs;
  // The language set changes, so the required languages are all of the request's
  // (EntityBaseValidator.cs:64-69): every required list not sent, or sent without one of them, is named
  // with them (:97-110, both wordings verbatim, unclosed quote included).
  const langs = [...reqLangs];
  const missingLists = reqs.filter((r) => {
    if (!present.includes(r)) return true;
    const has = languagesOf(body, r);
    return langs.some((l) => !has.has(l));
  });
  if (missingLists.length) {
    const removing = [...cur].some((l) => !reqLangs.has(l));
    const lists = missingLists.map((r) => pascal(r.list)).join(', ');
    add(
      c,
      'Model',
      removing
        ? msg.putRemovingLanguages(lists, langs.join(', '))
        : msg.putListsMissingLanguages(lists, langs.join(', ')),
      'perLanguageCompleteness',
    );
  }
  for (const r of present) coverage(c, body, r, reqLangs);
  return reqLangs;
}
