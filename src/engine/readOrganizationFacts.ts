import type { PtvClient } from '../client/index.js';
import { apiPaths } from '../core/apiPaths.js';

/** What the report cover shows about the organisation when the config file does not say. */
export interface OrganizationFacts {
  name?: string;
  businessId?: string;
}

interface OrganizationOut {
  organizationNames?: { type?: string; language?: string; value?: string }[] | null;
  businessCode?: string | null;
}

/**
 * Reads the organisation's published name (Finnish `Name` first) and business id with an anonymous
 * `GET /Organization/{id}`; undefined when PTV does not answer 200 (a draft organisation has no read).
 */
export async function readOrganizationFacts(
  client: PtvClient,
  organizationId: string,
): Promise<OrganizationFacts | undefined> {
  const res = await client.get<OrganizationOut>(apiPaths.organization.get(organizationId), {
    auth: 'none',
    caseId: 'report-cover',
  });
  if (res.status !== 200 || !res.body || typeof res.body !== 'object') return undefined;
  const names = (res.body.organizationNames ?? []).filter((n) => n.type === 'Name' && n.value);
  const name = (names.find((n) => n.language === 'fi') ?? names[0])?.value;
  const businessId = res.body.businessCode ?? undefined;
  return { ...(name && { name }), ...(businessId && { businessId }) };
}
