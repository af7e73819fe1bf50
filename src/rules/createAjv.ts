import { Ajv } from 'ajv';
import addFormatsPkg from 'ajv-formats';
import { isGuid, isPtvDateTime, isPtvEmail, isPtvUrl } from './formats.js';
import { addPtvKeywords } from './keywords/ptvKeywords.js';

let shared: Ajv | undefined;

/**
 * The process's single Ajv instance (draft-07). strict + allErrors for complete evidence; never
 * removeAdditional / useDefaults / coerceTypes, which would rewrite the payload being judged.
 * `verbose` keeps the failing schema on each error so toFindings can read PTV's annotations.
 * Ajv's maxLength counts code points while .NET counts UTF-16 units (string.Length); they differ only
 * for characters outside the BMP (emoji). Ajv's switch for this (`unicode: false`) is deprecated.
 */
export function createAjv(): Ajv {
  if (shared) return shared;
  const ajv = new Ajv({
    strict: true,
    allErrors: true,
    verbose: true,
    allowUnionTypes: true,
    // Shared nested models compile once as functions instead of being inlined into every entity.
    inlineRefs: false,
    // PTV's regexes are ASCII .NET patterns; the u flag only slows them down.
    unicodeRegExp: false,
  });
  addFormatsPkg.default(ajv);
  ajv.addFormat('ptv-guid', { type: 'string', validate: isGuid });
  ajv.addFormat('ptv-url', { type: 'string', validate: isPtvUrl });
  ajv.addFormat('ptv-email', { type: 'string', validate: isPtvEmail });
  ajv.addFormat('ptv-date-time', { type: 'string', validate: isPtvDateTime });
  addPtvKeywords(ajv);
  shared = ajv;
  return ajv;
}
