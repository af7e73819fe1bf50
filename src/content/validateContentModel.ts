import { Ajv, type ValidateFunction } from 'ajv';
import addFormatsPkg from 'ajv-formats';
import { PtvrError } from '../core/errors.js';
import type { ContentModel } from './contentModel.js';
import { contentModelSchema } from './contentModelSchema.js';

let compiled: ValidateFunction<ContentModel> | undefined;
function validator(): ValidateFunction<ContentModel> {
  if (!compiled) {
    const ajv = new Ajv({ strict: true, allErrors: true });
    addFormatsPkg.default(ajv);
    try {
      compiled = ajv.compile<ContentModel>(contentModelSchema);
    } catch (err) {
      throw new PtvrError('PTVR_SCHEMA_COMPILE', 'The content.json schema failed to compile.', {
        cause: err,
      });
    }
  }
  return compiled;
}

/** Checks a content model against its schema; a violation is a bug here, so PTVR_INTERNAL. */
export function validateContentModel(json: unknown): ContentModel {
  const validate = validator();
  if (validate(json)) return json;
  const list = (validate.errors ?? [])
    .slice(0, 10)
    .map((e) => `${e.instancePath || '(root)'} ${e.message ?? e.keyword}`);
  throw new PtvrError('PTVR_INTERNAL', `content.json does not match its schema: ${list.join('; ')}`, {
    details: { errors: validate.errors },
  });
}
