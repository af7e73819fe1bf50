import type { Ajv2020 } from 'ajv/dist/2020.js';
import type { SchemaValidateFunction } from 'ajv/dist/types/index.js';
import { ajv2020Pkg, ajvFormatsPkg } from '../../core/ajvOnDemand.js';
import { checkRenderedLength } from './renderedLength.js';
import { V12_DEFS } from './schemas.js';

/** Where the v12 definitions live inside Ajv; `V12_SCHEMA_ID#/$defs/<name>` names one. */
export const V12_SCHEMA_ID = 'https://ptv-readiness.invalid/v12-requests.json';

let shared: Ajv2020 | undefined;

/**
 * The v12 Ajv instance (JSON Schema 2020-12), separate from the v11 one (draft-07, PTV's keywords).
 * `strict: false` as v12-migration.md §4.9 prescribes; `discriminator` makes a tagged union validate
 * only the branch the body's own type field selects; `verbose` keeps the failing schema on each error
 * for the finding messages. `renderedMaxLength` is the spec's rendered-text limit (prose in the spec).
 */
export function createAjv12(): Ajv2020 {
  if (shared) return shared;
  const ajv = new (ajv2020Pkg().Ajv2020)({
    strict: false,
    allErrors: true,
    verbose: true,
    discriminator: true,
  });
  ajvFormatsPkg().default(ajv, ['uuid', 'email', 'uri', 'date', 'date-time']);
  const rendered: SchemaValidateFunction = (limit: unknown, data: unknown) => {
    if (typeof data !== 'string' || typeof limit !== 'number') return true;
    const verdict = checkRenderedLength(data, limit);
    if (verdict.status === 'ok') return true;
    rendered.errors = [{ keyword: 'renderedMaxLength', params: { limit, ...verdict } }];
    return false;
  };
  ajv.addKeyword({
    keyword: 'renderedMaxLength',
    type: 'string',
    schemaType: 'number',
    errors: true,
    validate: rendered,
  });
  ajv.addSchema({ $id: V12_SCHEMA_ID, $defs: V12_DEFS });
  shared = ajv;
  return ajv;
}
