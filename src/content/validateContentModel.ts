import { lazyValidator } from '../core/lazyValidator.js';
import { PtvrError } from '../core/errors.js';
import type { ContentModel } from './contentModel.js';
import { contentModelSchema } from './contentModelSchema.js';

const validator = lazyValidator<ContentModel>(contentModelSchema, 'content.json');

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
