import { isValidBusinessId } from '../rules/codeLists/businessId.js';
import type { ResolvedConfig } from './types.js';

/**
 * A configured business id (Y-tunnus) whose check digit is wrong: a warning, not an error — PTV checks
 * only the shape — but it is printed on the report's cover, so the user should hear about it.
 */
export function businessIdWarning(config: Pick<ResolvedConfig, 'organization'>):
  | {
      code: 'PTVR_CONFIG_INVALID';
      message: string;
    }
  | undefined {
  const id = config.organization.businessId;
  if (id === undefined || isValidBusinessId(id)) return undefined;
  return {
    code: 'PTVR_CONFIG_INVALID',
    message: `organization.businessId ${JSON.stringify(id)} fails the Y-tunnus check digit; the report's cover shows it as given.`,
  };
}
