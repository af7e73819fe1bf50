import { PtvrError } from '../core/errors.js';
import type { Secrets } from './types.js';

/** The API user a remote target logs in with. */
export interface Credentials {
  readonly username: string;
  readonly password: string;
  /** Production only: Palveluhallinta organisation id for `api-login`. */
  readonly apiUserOrganisation?: string;
}

/**
 * The one credential check: a remote target (and cleanup of a remote run) needs PTV_USERNAME and
 * PTV_PASSWORD. `subject` names who needs them, e.g. "The cte target" or "Cleanup of <run-id>".
 */
export function requireCredentials(secrets: Secrets, subject: string): Credentials {
  const { username, password, apiUserOrganisation } = secrets;
  if (username === undefined || password === undefined) {
    throw new PtvrError('PTVR_SECRET_MISSING', `${subject} needs PTV_USERNAME and PTV_PASSWORD.`, {
      hint: 'set them in the environment, a .env file, or pass --secrets-file <path>',
    });
  }
  return { username, password, ...(apiUserOrganisation !== undefined && { apiUserOrganisation }) };
}
