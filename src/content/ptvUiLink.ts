/**
 * Where an entity can be opened in the PTV management UI of the environment the report read, so each
 * finding links to what needs fixing. Hosts: in-api-v11 §1 (UI test `palvelutietovaranto.trn.suomi.fi`;
 * production UI `palvelutietovaranto.suomi.fi`). Paths: only the service-location channel path
 * `/channels/serviceLocation/{id}` is observed (LIPAS links to it, process-and-quality §8.1); the other
 * paths follow the same shape and are inferred [INF] — docs/content.md says so. The simulator has no UI,
 * so simulator runs (and any other target) get no links.
 */
import type { ChannelType, ContentEntityKind } from './types.js';

const UI_HOST: Record<string, string> = {
  cte: 'https://palvelutietovaranto.trn.suomi.fi',
  prod: 'https://palvelutietovaranto.suomi.fi',
};

const CHANNEL_SEGMENT: Record<ChannelType, string> = {
  ServiceLocation: 'serviceLocation',
  EChannel: 'eChannel',
  Phone: 'phone',
  WebPage: 'webPage',
  PrintableForm: 'printableForm',
};

const GUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export function ptvUiLink(
  target: string,
  kind: ContentEntityKind,
  id: string,
  channelType?: ChannelType,
): string | undefined {
  const host = UI_HOST[target];
  if (!host || !GUID.test(id)) return undefined;
  switch (kind) {
    case 'service':
      return `${host}/services/${id}`;
    case 'channel':
      return channelType ? `${host}/channels/${CHANNEL_SEGMENT[channelType]}/${id}` : undefined;
    case 'organization':
      return `${host}/organizations/${id}`;
    case 'serviceCollection':
      return `${host}/serviceCollections/${id}`;
  }
}
