import { _, type Ajv, type KeywordCxt, type KeywordDefinition } from 'ajv';
import { isKnownCode, type CodeListName } from '../codeLists/codeSets.js';

/*
 * The three checks run on nearly every string of a payload, so they are `code` keywords: Ajv inlines a
 * direct call instead of its generic `validate` path, which allocates a data-context object per call.
 */

const NON_BLANK = /\S/;
const WS = /\s/;

/** Length after trimming, without allocating the trimmed copy. */
function trimmedLength(s: string): number {
  let a = 0;
  let b = s.length;
  while (a < b && WS.test(s[a]!)) a++;
  while (b > a && WS.test(s[b - 1]!)) b--;
  return b - a;
}

export const isNonBlank = (s: string): boolean => NON_BLANK.test(s);

/** `ValueNotEmpty`: a non-blank value must have ≥ 5 characters after trimming (blank passes here). */
export const hasFiveOrBlank = (s: string): boolean => {
  const n = trimmedLength(s);
  return n === 0 || n >= 5;
};

const codeCheckers = new Map<string, (s: string) => boolean>();
function codeChecker(list: CodeListName): (s: string) => boolean {
  let fn = codeCheckers.get(list);
  if (!fn) {
    fn = (s: string) => isKnownCode(list, s);
    codeCheckers.set(list, fn);
  }
  return fn;
}

function callKeyword(
  keyword: string,
  schemaType: 'boolean' | 'string',
  pick: (schema: unknown) => ((s: string) => boolean) | undefined,
): KeywordDefinition {
  return {
    keyword,
    type: 'string',
    schemaType,
    code(cxt: KeywordCxt) {
      const fn = pick(cxt.schema);
      if (!fn) return;
      const ref = cxt.gen.scopeValue('func', { ref: fn });
      cxt.fail(_`!${ref}(${cxt.data})`);
    },
  };
}

/** Value must exist in a code list: "The code 'X' was not found!" (§5.1). */
export const ptvCodeList = callKeyword('ptvCodeList', 'string', (s) => codeChecker(s as CodeListName));
/** .NET `Required` on a string also rejects "" and whitespace: "The Value field is required.". */
export const ptvNonBlank = callKeyword('ptvNonBlank', 'boolean', (s) =>
  s === true ? isNonBlank : undefined,
);
/** `ValueNotEmpty` / `ListValueNotEmpty`. */
export const ptvMinLength5 = callKeyword('ptvMinLength5', 'boolean', (s) =>
  s === true ? hasFiveOrBlank : undefined,
);

/** Annotation-only keywords that drive PTV's message wording and the field-rule descriptors. */
export const PTV_ANNOTATIONS = [
  /** On a list item's `value`: the item type the maxLength applies to ('' = any type). */
  'x-ptvList',
  /** On an enum: PTV's `AllowedValues` wording ("'X' is not allowed value of 'P'! …"). */
  'x-ptvAllowed',
  /** Override message for a pattern error (e.g. municipality: "The value must be numeric."). */
  'x-ptvPatternMessage',
  /** PTV's printed regex (without the JSON-Schema anchoring). */
  'x-ptvRegex',
  /** On a `contains`-holder: the item type that must be present. */
  'x-ptvRequiredType',
  /** On a list: the list's `ptvMinLength5` errors use the list form ("Value - …"). */
  'x-ptvListMin5',
  /** The value is converted by the JSON reader (Guid list items): errors keyed by the JSON path. */
  'x-ptvReader',
] as const;

export function addPtvKeywords(ajv: Ajv): void {
  ajv.addKeyword(ptvCodeList);
  ajv.addKeyword(ptvNonBlank);
  ajv.addKeyword(ptvMinLength5);
  ajv.addVocabulary([...PTV_ANNOTATIONS]);
}
