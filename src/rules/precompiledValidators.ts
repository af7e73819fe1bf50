import type { ValidateFunction } from 'ajv';
import { ajvPkg } from '../core/ajvOnDemand.js';
import {
  loadPrecompiled,
  PRECOMPILED_DIR,
  schemaDigest,
  standaloneSource,
} from '../core/precompiledValidator.js';
import { addPtvVocabulary, PTV_AJV_OPTIONS, PTV_FORMATS } from './createAjv.js';
import { PTV_KEYWORD_RUNTIME } from './keywords/ptvKeywords.js';
import type { Schema } from './schemas/index.js';

/** The rules validators' file names: `rules.<kind>.<op>.<profile>`. */
const fileName = (key: string): string => `rules.${key}`;

/** The digest of one entity schema with the shared definitions (registry.definitionsJson). */
export const rulesDigest = (schema: Schema, definitionsJson: string): string =>
  schemaDigest(JSON.stringify(schema), definitionsJson);

/** Generates the standalone source of one rules validator (the build; tests). */
export function rulesValidatorSource(
  key: string,
  schema: Schema,
  defsSchema: Schema,
  digest: string,
): string {
  // Only PTV's formats: strict mode then refuses any other, which the generated files could not resolve.
  const ajv = addPtvVocabulary(
    new (ajvPkg().Ajv)({
      ...PTV_AJV_OPTIONS,
      code: { source: true, formats: ajvPkg()._`formats`, lines: false },
    }),
  );
  ajv.addSchema(defsSchema);
  return standaloneSource(ajv, ajv.compile(schema), `rules ${key}`, digest);
}

/** The precompiled rules validator for `key`, or undefined when there is none or it is stale. */
export const loadRulesValidator = (
  key: string,
  digest: string,
  dir: string = PRECOMPILED_DIR,
): ValidateFunction | undefined =>
  loadPrecompiled(fileName(key), digest, { formats: PTV_FORMATS, ptvKeywords: PTV_KEYWORD_RUNTIME }, dir);

export const rulesValidatorName = fileName;
