import type { Ajv, Options, ValidateFunction } from 'ajv';
import { ajvFormatsPkg, ajvPkg } from './ajvOnDemand.js';
import { PtvrError } from './errors.js';
import { loadPrecompiled, schemaDigest, standaloneSource } from './precompiledValidator.js';

const OPTIONS = { strict: true, allErrors: true } as const satisfies Options;

/** The precompiled file's name for a document validator (`doc.report.model`). */
const nameOf = (what: string): string => `doc.${what}`;

/** An Ajv for the tool's own documents; `standalone` also keeps the source for the build. */
function documentAjv(standalone: boolean): Ajv {
  const ajv = new (ajvPkg().Ajv)(standalone ? { ...OPTIONS, code: { source: true, lines: false } } : OPTIONS);
  // ajv-formats makes standalone code require its formats from "ajv-formats/dist/formats".
  ajvFormatsPkg().default(ajv);
  return ajv;
}

/**
 * A validator for one of the tool's own documents (config, report.json, content.json): strict, all
 * errors, and no option that rewrites data (no coercion, defaults or removal). The build's
 * precompiled copy when it matches the schema (core/precompiledValidator.ts), else compiled on first
 * use by an Ajv instance of its own, so it works where the rules registry is not loaded.
 * A schema that fails to compile is a bug here: PTVR_SCHEMA_COMPILE naming `what`.
 */
export function lazyValidator<T>(schema: object, what: string): () => ValidateFunction<T> {
  declared.push({ schema, what });
  let compiled: ValidateFunction<T> | undefined;
  return () => {
    if (!compiled) {
      try {
        compiled =
          loadPrecompiled<T>(nameOf(what), schemaDigest(JSON.stringify(schema))) ??
          documentAjv(false).compile<T>(schema);
      } catch (err) {
        throw new PtvrError('PTVR_SCHEMA_COMPILE', `The ${what} schema failed to compile.`, { cause: err });
      }
    }
    return compiled;
  };
}

const declared: { schema: object; what: string }[] = [];

/** The document validators declared by the modules loaded so far (for the build). */
export const declaredDocumentValidators = (): readonly { schema: object; what: string }[] => declared;

/** The build's precompiled source of a document validator (src/buildPrecompiled.ts). */
export function documentValidatorSource(schema: object, what: string): { name: string; source: string } {
  const ajv = documentAjv(true);
  const digest = schemaDigest(JSON.stringify(schema));
  return { name: nameOf(what), source: standaloneSource(ajv, ajv.compile(schema), what, digest) };
}
