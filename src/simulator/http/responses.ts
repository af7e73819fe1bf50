import type { RuleProfile } from '../../core/vocabulary.js';
import type { SimResponse } from './types.js';

/** 200 with a JSON body (PTV never answers 201). */
export const ok = (json: unknown): SimResponse => ({ status: 200, json });

/** 400 ModelState dictionary: `{"<Key>": ["message", …]}` (in-api-v11 §7.2). */
export const modelState = (errors: Record<string, string[]>): SimResponse => ({ status: 400, json: errors });

export const badRequest = (key: string, message: string): SimResponse => modelState({ [key]: [message] });

/** 404 / 500 body shape `{"errorMessage": "…"}`. */
export const errorMessage = (status: number, message: string): SimResponse => ({
  status,
  json: { errorMessage: message },
});

export const GUID_MESSAGE =
  'Guid should contain 32 digits with 4 dashes (xxxxxxxx-xxxx-xxxx-xxxx-xxxxxxxxxxxx).';
export const GUID_RE = /^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$/;
export const SOURCE_ID_RE = /^[A-Za-z0-9-.]*$/;
export const ZERO_GUID = '00000000-0000-0000-0000-000000000000';

export const REQUEST_IS_NULL: SimResponse = modelState({ RequestIsNull: ['The request must contain data.'] });

export const TOO_MANY: SimResponse = {
  status: 429,
  text: 'Too many requests sent to server, try again later',
};

/**
 * 500 for an exception inside PTV: PTV 3.4 shows the exception text, the live service in 2026 a
 * sanitised message with a trace id (in-api-v11 §7.2, §11.4).
 */
export function serverError(profile: RuleProfile, message: string): SimResponse {
  if (profile === 'ptv34') return errorMessage(500, message);
  const trace = Math.random().toString(16).slice(2, 18).padEnd(16, '0');
  return errorMessage(500, `An unexpected error occurred. Trace id: 00-${trace}${trace}-${trace}-00`);
}
