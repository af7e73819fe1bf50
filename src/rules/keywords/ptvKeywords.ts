import type { _ as AjvTag, Ajv, Code, KeywordCxt, KeywordDefinition } from 'ajv';
import { ajvPkg } from '../../core/ajvOnDemand.js';
import { isKnownCode, type CodeListName } from '../codeLists/codeSets.js';

/*
 * The three checks run on nearly every string of a payload, so they are `code` keywords: Ajv inlines a
 * direct call instead of its generic `validate` path, which allocates a data-context object per call.
 */

/** Ajv's code template tag, from Ajv loaded on demand: only compiling a schema generates code. */
const _: typeof AjvTag = (strs, ...args) => ajvPkg()._(strs, ...args);

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
export function codeChecker(list: CodeListName): (s: string) => boolean {
  let fn = codeCheckers.get(list);
  if (!fn) {
    fn = (s: string) => isKnownCode(list, s);
    codeCheckers.set(list, fn);
  }
  return fn;
}

/** What precompiled validators receive as `ptvKeywords` (precompiledValidators.ts). */
export const PTV_KEYWORD_RUNTIME = { codeChecker, isNonBlank, hasFiveOrBlank };

/** A checker and, for precompiled (standalone) validators, the expression that yields it. */
interface Checker {
  fn: (s: string) => boolean;
  code: Code;
}

function callKeyword(
  keyword: string,
  schemaType: 'boolean' | 'string',
  pick: (schema: unknown) => Checker | undefined,
): KeywordDefinition {
  return {
    keyword,
    type: 'string',
    schemaType,
    code(cxt: KeywordCxt) {
      const c = pick(cxt.schema);
      if (!c) return;
      const ref = cxt.gen.scopeValue('func', { ref: c.fn, code: c.code });
      cxt.fail(_`!${ref}(${cxt.data})`);
    },
  };
}

/** Value must exist in a code list: "The code 'X' was not found!" (§5.1). */
export const ptvCodeList = callKeyword('ptvCodeList', 'string', (s) => ({
  fn: codeChecker(s as CodeListName),
  code: _`ptvKeywords.codeChecker(${s as string})`,
}));
/** .NET `Required` on a string also rejects "" and whitespace: "The Value field is required.". */
export const ptvNonBlank = callKeyword('ptvNonBlank', 'boolean', (s) =>
  s === true ? { fn: isNonBlank, code: _`ptvKeywords.isNonBlank` } : undefined,
);
/** `ValueNotEmpty` / `ListValueNotEmpty`. */
export const ptvMinLength5 = callKeyword('ptvMinLength5', 'boolean', (s) =>
  s === true ? { fn: hasFiveOrBlank, code: _`ptvKeywords.hasFiveOrBlank` } : undefined,
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
  /**
   * On a list item's property validated by a list attribute (`ListWithUrl("Value")`, `ListWithEnum(…,
   * "Type")`): PTV keys the error by the list (ListBaseAttribute.cs:128 returns `MemberName`).
   */
  'x-ptvListKey',
  /** The value is converted by the JSON reader (Guid list items): errors keyed by the JSON path. */
  'x-ptvReader',
] as const;

export function addPtvKeywords(ajv: Ajv): void {
  ajv.addKeyword(ptvCodeList);
  ajv.addKeyword(ptvNonBlank);
  ajv.addKeyword(ptvMinLength5);
  ajv.addVocabulary([...PTV_ANNOTATIONS]);
}
