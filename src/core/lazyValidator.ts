import { Ajv, type ValidateFunction } from 'ajv';
import addFormatsPkg from 'ajv-formats';
import { PtvrError } from './errors.js';

/**
 * A validator for one of the tool's own documents (config, report.json, content.json), compiled on
 * first use by an Ajv instance of its own: strict, all errors, and no option that rewrites data (no
 * coercion, defaults or removal). Its own instance so it works where the rules registry is not loaded.
 * A schema that fails to compile is a bug here: PTVR_SCHEMA_COMPILE naming `what`.
 */
export function lazyValidator<T>(schema: object, what: string): () => ValidateFunction<T> {
  let compiled: ValidateFunction<T> | undefined;
  return () => {
    if (!compiled) {
      const ajv = new Ajv({ strict: true, allErrors: true });
      addFormatsPkg.default(ajv);
      try {
        compiled = ajv.compile<T>(schema);
      } catch (err) {
        throw new PtvrError('PTVR_SCHEMA_COMPILE', `The ${what} schema failed to compile.`, { cause: err });
      }
    }
    return compiled;
  };
}
