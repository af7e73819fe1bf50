/**
 * Reads one organisation's published catalogue through PTV's public read API — GETs only, so it is
 * safe against production (the client's production guard still blocks any write). Pages of full
 * objects (`/list/organization`, 100 per page) are fetched with bounded concurrency and reduced to
 * ContentEntity at once, so memory grows with the reduced catalogue, not with the raw JSON.
 */
import { PtvrError } from '../core/errors.js';
import type { PtvClient } from '../client/index.js';
import { mapBounded } from '../core/mapBounded.js';
import {
  channelEntity,
  organizationEntity,
  serviceCollectionEntity,
  serviceConnections,
  serviceEntity,
} from './toContentEntity.js';
import type {
  ArchivedItem,
  Catalogue,
  ContentEntity,
  GeneralDescriptionTexts,
  LocalizedText,
} from './types.js';
import { apiPaths, objectBase } from '../core/apiPaths.js';

export interface ReadProgress {
  phase: 'services' | 'channels' | 'serviceCollections' | 'generalDescriptions' | 'archived';
  done: number;
  total: number;
}

export interface ReadCatalogueOptions {
  organizationId: string;
  /** Pages in flight at once (the client's own limiter also applies). Default 4. */
  concurrency?: number;
  onProgress?: (p: ReadProgress) => void;
  /** Also read the sub-organisations (down to 5 levels) and their services and channels. */
  subOrganizations?: boolean;
}

type Obj = Record<string, unknown>;
interface Page {
  pageCount?: number;
  itemList?: Obj[] | null;
}

function httpError(path: string, status: number): PtvrError {
  return new PtvrError('PTVR_HTTP', `GET ${path} answered ${status}.`, {
    hint: 'Check that the API user may read this organisation and that the target is the right environment.',
    details: { status, path },
  });
}

async function getJson<T>(
  client: PtvClient,
  path: string,
  query: Record<string, string | number>,
): Promise<T> {
  const res = await client.get<T>(path, { query, caseId: 'content' });
  if (res.status !== 200) throw httpError(path, res.status);
  return res.body;
}

async function readAllPages(
  client: PtvClient,
  path: string,
  organizationId: string,
  concurrency: number,
  onPage: (items: Obj[]) => void,
  progress: (done: number, total: number) => void,
): Promise<void> {
  const first = await getJson<Page>(client, path, { organizationId, page: 1 });
  const total = Math.max(1, first.pageCount ?? 1);
  onPage(first.itemList ?? []);
  let done = 1;
  progress(done, total);
  const rest = Array.from({ length: Math.max(0, total - 1) }, (_, i) => i + 2);
  await mapBounded(rest, concurrency, async (page) => {
    const p = await getJson<Page>(client, path, { organizationId, page });
    onPage(p.itemList ?? []);
    progress(++done, total);
  });
}

/** Archived-by-PTV items (`ArchivingType=Automatic`, skip/take pages of 100). */
async function readArchived(
  client: PtvClient,
  objectType: 'Service' | 'ServiceChannel',
  organizationId: string,
): Promise<ArchivedItem[]> {
  const out: ArchivedItem[] = [];
  for (let skip = 0; ; skip += 100) {
    const path = `${objectBase(objectType)}/archived/list`;
    const items = await getJson<Obj[]>(client, path, {
      organizationId,
      archivingType: 'Automatic',
      take: 100,
      skip,
    });
    for (const it of Array.isArray(items) ? items : []) {
      const names = (it.serviceNames ?? it.names) as { language?: string; value?: string }[] | undefined;
      const name = names?.find((n) => n.language === 'fi')?.value ?? names?.[0]?.value;
      out.push({
        id: String(it.id),
        kind: objectType === 'Service' ? 'service' : 'channel',
        ...(typeof it.archivingDate === 'string' && { archivingDate: it.archivingDate }),
        ...(name !== undefined && { name }),
      });
    }
    if (!Array.isArray(items) || items.length < 100) return out;
  }
}

function gdTexts(o: Obj): LocalizedText[] {
  const out: LocalizedText[] = [];
  for (const d of (o.descriptions ?? o.generalDescriptionDescriptions ?? []) as Obj[]) {
    if (typeof d.value === 'string' && typeof d.language === 'string') {
      out.push({
        field: 'descriptions',
        type: String(d.type ?? 'Description'),
        language: d.language,
        value: d.value,
      });
    }
  }
  return out;
}

export async function readCatalogue(client: PtvClient, options: ReadCatalogueOptions): Promise<Catalogue> {
  const { organizationId } = options;
  const concurrency = options.concurrency ?? 4;
  const notes: string[] = [];
  const services: ContentEntity[] = [];
  const channels: ContentEntity[] = [];
  const subOrganizations: ContentEntity[] = [];
  const catalogue: Catalogue = {
    organizationId,
    services,
    channels,
    subOrganizations,
    connections: [],
    generalDescriptions: new Map(),
    notes,
  };
  const report = (phase: ReadProgress['phase']) => (done: number, total: number) =>
    options.onProgress?.({ phase, done, total });

  // The organisation first: with `subOrganizations`, its tree decides which lists are read.
  const orgIds: string[] = [];
  const queue: { id: string; depth: number }[] = [{ id: organizationId, depth: 0 }];
  const seenOrgs = new Set<string>();
  while (queue.length > 0) {
    const { id, depth } = queue.shift()!;
    if (seenOrgs.has(id.toLowerCase())) continue;
    seenOrgs.add(id.toLowerCase());
    orgIds.push(id);
    const org = await client.get<Obj>(apiPaths.organization.get(id), { caseId: 'content' });
    if (org.status !== 200 || typeof org.body !== 'object') {
      notes.push(`Organisation ${id} could not be read (HTTP ${org.status}); its texts are not checked.`);
      continue;
    }
    const entity = organizationEntity(org.body);
    if (depth === 0) catalogue.organization = entity;
    else subOrganizations.push(entity);
    // DVV keeps hierarchies at most 5 levels deep (process-and-quality §5.1); deeper is not followed.
    if (options.subOrganizations && depth < 5) {
      for (const sub of Array.isArray(org.body.subOrganizations)
        ? (org.body.subOrganizations as Obj[])
        : []) {
        if (typeof sub.id === 'string') queue.push({ id: sub.id, depth: depth + 1 });
      }
    }
  }

  // A sub-organisation's list can repeat an item already read: keep the first.
  const seen = new Set<string>();
  const firstSeen = (o: { id?: unknown }): boolean => {
    if (typeof o.id !== 'string') return true;
    if (seen.has(o.id)) return false;
    seen.add(o.id);
    return true;
  };
  for (const orgId of orgIds) {
    await readAllPages(
      client,
      apiPaths.service.listByOrganization,
      orgId,
      concurrency,
      (items) => {
        for (const o of items.filter(firstSeen)) {
          services.push(serviceEntity(o));
          catalogue.connections.push(...serviceConnections(o));
        }
      },
      report('services'),
    );
    await readAllPages(
      client,
      apiPaths.channel.listByOrganization,
      orgId,
      concurrency,
      (items) => {
        for (const o of items.filter(firstSeen)) {
          channels.push(channelEntity(o));
        }
      },
      report('channels'),
    );
  }

  // Service collections (`ServiceCollection/organization`, 100 a page): their names and descriptions
  // are customer-facing texts too. A 404 (organisation unknown to that route) only leaves them unchecked.
  const serviceCollections: ContentEntity[] = [];
  try {
    for (const orgId of orgIds) {
      await readAllPages(
        client,
        apiPaths.serviceCollection.listByOrganization,
        orgId,
        concurrency,
        (items) => {
          for (const o of items.filter(firstSeen)) serviceCollections.push(serviceCollectionEntity(o));
        },
        report('serviceCollections'),
      );
    }
    catalogue.serviceCollections = serviceCollections;
  } catch (err) {
    if (!(err instanceof PtvrError) || err.code !== 'PTVR_HTTP') throw err;
    notes.push('The service collections could not be read; their texts were not checked.');
  }

  const gdIds = [...new Set(services.map((s) => s.generalDescriptionId).filter((x): x is string => !!x))];
  let gdDone = 0;
  const missing: string[] = [];
  await mapBounded(gdIds, concurrency, async (id) => {
    const res = await client.get<Obj>(apiPaths.generalDescription.get(id), { caseId: 'content' });
    if (res.status === 200 && typeof res.body === 'object') {
      const names = (Array.isArray(res.body.names) ? res.body.names : []) as Obj[];
      const name = (names.find((n) => n.language === 'fi') ?? names[0])?.value;
      const gd: GeneralDescriptionTexts = {
        id,
        ...(typeof name === 'string' && { name }),
        texts: gdTexts(res.body),
      };
      catalogue.generalDescriptions.set(id, gd);
    } else missing.push(id);
    options.onProgress?.({ phase: 'generalDescriptions', done: ++gdDone, total: gdIds.length });
  });
  if (missing.length > 0) {
    notes.push(
      `${missing.length} general description(s) could not be read, so C4 overlap was not checked for the services using them.`,
    );
  }

  try {
    options.onProgress?.({ phase: 'archived', done: 0, total: 2 });
    catalogue.archivedAutomatically = [];
    for (const orgId of orgIds) {
      catalogue.archivedAutomatically.push(
        ...(await readArchived(client, 'Service', orgId)),
        ...(await readArchived(client, 'ServiceChannel', orgId)),
      );
    }
    options.onProgress?.({ phase: 'archived', done: 2, total: 2 });
  } catch (err) {
    if (!(err instanceof PtvrError) || err.code !== 'PTVR_HTTP') throw err;
    notes.push('The archived lists could not be read; automatic archiving was not checked.');
  }
  return catalogue;
}
