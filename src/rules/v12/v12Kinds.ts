/**
 * The v12 body kinds `validate --api v12 --kind` takes, and which request schema each kind, operation
 * and `--external-id` choose (v12-migration.md §4.1, §4.9). The spec has no external-id variant for
 * channels and no PUT for connections or by external id.
 */
import { PtvrError } from '../../core/errors.js';
import type { V12RequestSchema } from './schemas.js';

export const V12_KINDS = [
  'service',
  'eservice-channel',
  'webpage-channel',
  'printableform-channel',
  'servicelocation-channel',
  'telephone-channel',
  'connection',
  'main-organization',
  'sub-organization',
] as const;
export type V12Kind = (typeof V12_KINDS)[number];

type Choice = { post: V12RequestSchema; put?: V12RequestSchema; externalId?: V12RequestSchema };

const SCHEMA_OF: Readonly<Record<V12Kind, Choice>> = {
  service: { post: 'PostServiceRequest', put: 'PutServiceRequest', externalId: 'ServiceExternalIdRequest' },
  'eservice-channel': { post: 'PostEServiceChannelRequest', put: 'PutEServiceChannelRequestSchema' },
  'webpage-channel': { post: 'PostWebPageChannelRequest', put: 'PutWebPageChannelRequest' },
  'printableform-channel': {
    post: 'PostPrintableFormChannelRequest',
    put: 'PutPrintableFormChannelRequestSchema',
  },
  'servicelocation-channel': {
    post: 'PostServiceLocationChannelRequest',
    put: 'PutServiceLocationChannelRequestSchema',
  },
  'telephone-channel': { post: 'PostTelephoneChannelRequest', put: 'PutTelephoneChannelRequestSchema' },
  connection: { post: 'ConnectionRequest' },
  'main-organization': {
    post: 'PostMainOrganizationRequest',
    put: 'PutMainOrganizationRequest',
    externalId: 'PostMainOrganizationExternalIdRequest',
  },
  'sub-organization': {
    post: 'PostSubOrganizationRequest',
    put: 'PutSubOrganizationRequest',
    externalId: 'PostSubOrganizationExternalIdReques',
  },
};

export function isV12Kind(s: unknown): s is V12Kind {
  return (V12_KINDS as readonly unknown[]).includes(s);
}

/** The request schema for a kind and operation; PTVR_USAGE where the spec has no such request. */
export function v12SchemaFor(kind: V12Kind, op: 'post' | 'put', externalId = false): V12RequestSchema {
  const c = SCHEMA_OF[kind];
  if (externalId) {
    if (op === 'put' || !c.externalId) {
      throw new PtvrError(
        'PTVR_USAGE',
        `the v12 spec has no external-id ${op.toUpperCase()} request for ${kind}`,
        {
          hint: 'external-id variants exist for POST service, main-organization and sub-organization only',
        },
      );
    }
    return c.externalId;
  }
  if (op === 'put') {
    if (!c.put) {
      throw new PtvrError('PTVR_USAGE', `the v12 spec has no PUT request for ${kind}`, {
        hint: 'use --op post',
      });
    }
    return c.put;
  }
  return c.post;
}

const isObj = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);
const has = (o: Record<string, unknown>, k: string) => o[k] !== undefined;

/**
 * The kind a v12 body's own fields name (v12-migration.md §4.9 rule 7); undefined when none does.
 * No v12 channel body carries its type, so channels are told apart by their type-specific keys.
 */
export function inferV12Kind(body: unknown): V12Kind | undefined {
  if (!isObj(body)) return undefined;
  if (has(body, 'serviceType')) return 'service';
  if (has(body, 'organizationType')) {
    return has(body, 'parentOrganizationContentId') ? 'sub-organization' : 'main-organization';
  }
  if (has(body, 'serviceContentId') && has(body, 'channelContentId')) return 'connection';
  if (has(body, 'electronicSignature')) return 'eservice-channel';
  if (has(body, 'deliveryAddresses')) return 'printableform-channel';
  if (has(body, 'location') || has(body, 'contactAddresses')) {
    return has(body, 'allowedConnectionType') ? 'servicelocation-channel' : undefined;
  }
  const versions = isObj(body.languageVersions) ? Object.values(body.languageVersions).filter(isObj) : [];
  if (versions.some((v) => has(v, 'phoneNumbers'))) return 'telephone-channel';
  if (
    versions.some((v) => has(v, 'webAddress') && has(v, 'accessibilityClassificationLevel')) &&
    !versions.some((v) => has(v, 'attachmentLinks'))
  ) {
    return 'webpage-channel';
  }
  return undefined;
}
