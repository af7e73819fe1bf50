import type { Ajv, Options } from 'ajv';
import { ajvFormatsPkg, ajvPkg } from '../core/ajvOnDemand.js';
import { isGuid, isPtvDateTime, isPtvEmail, isPtvUrl } from './formats.js';
import { addPtvKeywords } from './keywords/ptvKeywords.js';

/**
 * draft-07; strict + allErrors for complete evidence; never removeAdditional / useDefaults /
 * coerceTypes, which would rewrite the payload being judged. `verbose` keeps the failing schema on
 * each error so toFindings can read PTV's annotations.
 * Ajv's maxLength counts code points while .NET counts UTF-16 units (string.Length); they differ only
 * for characters outside the BMP (emoji). Ajv's switch for this (`unicode: false`) is deprecated.
 */
export const PTV_AJV_OPTIONS = {
  strict: true,
  allErrors: true,
  verbose: true,
  allowUnionTypes: true,
  // Shared nested models compile once as functions instead of being inlined into every entity.
  inlineRefs: false,
  // PTV's regexes are ASCII .NET patterns; the u flag only slows them down.
  unicodeRegExp: false,
} as const satisfies Options;

/** PTV's own formats; the precompiled validators receive this object as their `formats`. */
export const PTV_FORMATS = {
  'ptv-guid': { type: 'string', validate: isGuid },
  'ptv-url': { type: 'string', validate: isPtvUrl },
  'ptv-email': { type: 'string', validate: isPtvEmail },
  'ptv-date-time': { type: 'string', validate: isPtvDateTime },
} as const;

/** Adds PTV's formats and keywords to an Ajv created with PTV_AJV_OPTIONS. */
export function addPtvVocabulary(ajv: Ajv): Ajv {
  for (const [name, f] of Object.entries(PTV_FORMATS)) ajv.addFormat(name, f);
  addPtvKeywords(ajv);
  return ajv;
}

let shared: Ajv | undefined;

/** The process's single Ajv instance for runtime compilation (when no precompiled validator fits). */
export function createAjv(): Ajv {
  if (shared) return shared;
  const ajv = new (ajvPkg().Ajv)(PTV_AJV_OPTIONS);
  ajvFormatsPkg().default(ajv);
  shared = addPtvVocabulary(ajv);
  return ajv;
}
