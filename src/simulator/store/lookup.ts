import { SEEDED_GENERAL_DESCRIPTIONS } from '../routes/generalDescription.js';
import type { CurrentVersion, StateLookup } from '../../rules/types.js';
import type { SimClaims } from '../auth/jwt.js';
import { KINDS, languagesOf, specOfRecord } from '../kinds.js';
import type { EntityRecord, SimState } from './simState.js';

/** True when `orgId` is the caller's active organisation or one of its descendants [INF: tree = own]. */
export function isOwnOrganization(state: SimState, claims: SimClaims | undefined, orgId: string): boolean {
  if (!claims) return false;
  if (claims.roles.includes('Vrkadmin')) return true;
  const target = claims.activeOrganizationId.toLowerCase();
  let id: string | undefined = orgId.toLowerCase();
  for (let depth = 0; id && depth < 32; depth++) {
    if (id === target) return true;
    const parent: unknown = state.get(id)?.latest.data.parentOrganizationId;
    id = typeof parent === 'string' ? parent.toLowerCase() : undefined;
  }
  return false;
}

/** The rules engine's view of the simulator state for one caller. */
export function createLookup(state: SimState, claims: SimClaims | undefined): StateLookup {
  return {
    organization(id) {
      const rec = state.get(id);
      if (!rec || rec.objectType !== 'Organization' || !rec.published) return undefined;
      const data = rec.published.data;
      return {
        id: rec.id,
        publishedLanguages: languagesOf(data, KINDS.organization),
        ...(typeof data.areaType === 'string' ? { areaType: data.areaType } : {}),
        ...(typeof data.organizationType === 'string' ? { organizationType: data.organizationType } : {}),
      };
    },
    isOwnOrganization: (id) => isOwnOrganization(state, claims, id),
    nameTaken: ({ scope, organizationId, language, value, excludeId }) =>
      state.nameTaken(scope, organizationId, language, value, excludeId),
    publishedService(id) {
      const rec = state.get(id);
      if (!rec || rec.objectType !== 'Service' || !rec.published) return undefined;
      return {
        id: rec.id,
        organizationId: rec.organizationId,
        languages: languagesOf(rec.published.data, KINDS.service),
      };
    },
    // CommonService.IsOidUniqueForOrganization (CommonService.cs:1646-1659): every version of every organisation.
    oidTaken(oid, excludeId) {
      for (const rec of state.entities.values()) {
        if (rec.objectType !== 'Organization' || rec.id === excludeId) continue;
        if (rec.latest.data.oid === oid || rec.published?.data.oid === oid) return true;
      }
      return false;
    },
    generalDescriptionExists: (id) => SEEDED_GENERAL_DESCRIPTIONS.some((g) => g.id === id.toLowerCase()),
    publishedChannel(id) {
      const rec = state.get(id);
      if (!rec || rec.objectType !== 'ServiceChannel' || !rec.published) return undefined;
      return {
        id: rec.id,
        organizationId: rec.organizationId,
        channelType: rec.channelType!,
        isVisibleForAll: rec.published.data.isVisibleForAll === true,
        languages: languagesOf(rec.published.data, specOfRecord(rec)),
      };
    },
  };
}

export function currentVersionOf(rec: EntityRecord): CurrentVersion {
  const spec = specOfRecord(rec);
  const names = rec.latest.data[spec.namesKey];
  return {
    id: rec.id,
    publishingStatus: rec.latest.status,
    languages: languagesOf(rec.latest.data, spec),
    organizationId: rec.organizationId,
    ...(Array.isArray(names)
      ? {
          names: (names as { type?: string; language?: string }[])
            .filter((n) => typeof n.language === 'string')
            .map((n) => ({ type: n.type ?? 'Name', language: n.language! })),
        }
      : {}),
  };
}
