/**
 * Acceptance 1 and 11 of v12-migration.md §6: a v11 flow written through the real client, then every v12
 * path of the spec read through the client's v12 origin, each response validated against the shared
 * spec's response schema for that operation and status. Skips when the reference set is absent.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  aConnection,
  aPhoneChannel,
  aPrintableFormChannel,
  aService,
  aServiceLocation,
  aWebPageChannel,
  anEChannel,
  anOrganization,
} from '../../../fixtures/index.js';
import { createPtvClient, type PtvClient } from '../../client/index.js';
import { apiPaths } from '../../core/apiPaths.js';
import type { ChannelType } from '../../core/vocabulary.js';
import { fixtureFor } from '../../../test/support/sim.js';
import { REFERENCE_MISSING } from '../../../test/support/ptvReference.js';
import { v12SpecValidator } from '../../../test/support/v12SpecValidator.js';
import { createSimulator, type Simulator } from '../index.js';

const validator = v12SpecValidator();
const START = new Date(Date.now() - 60_000).toISOString();

describe.skipIf(!validator)(
  `v12 reads conform to the spec${validator ? '' : ` (skipped: ${REFERENCE_MISSING})`}`,
  () => {
    let sim: Simulator;
    let client: PtvClient;
    const ids: Record<string, string> = {};
    const channels: { id: string; type: ChannelType }[] = [];

    beforeAll(async () => {
      sim = await createSimulator({ seed: 3 });
      client = createPtvClient({
        apiUrl: sim.apiUrl,
        tokenUrl: sim.tokenUrl,
        authShape: 'cte',
        credentials: sim.credentials,
        runId: 'v12conf',
        v12ApiUrl: sim.v12ApiUrl,
        apiKey: sim.apiKey,
      });
      const ctx = (n: string) => fixtureFor(sim.organizationId, n);
      const created = async (path: string, body: unknown): Promise<string> => {
        const r = await client.post<{ id: string }>(path, body);
        expect(r.status, r.text).toBe(200);
        return r.body.id;
      };
      ids.org = await created(apiPaths.organization.post, anOrganization(ctx('ORG')));
      ids.service = await created(apiPaths.service.post, aService(ctx('SRV')));
      const builders = [
        ['EChannel', anEChannel],
        ['Phone', aPhoneChannel],
        ['WebPage', aWebPageChannel],
        ['PrintableForm', aPrintableFormChannel],
        ['ServiceLocation', aServiceLocation],
      ] as const;
      for (const [type, build] of builders) {
        channels.push({ type, id: await created(apiPaths.channel.post(type), build(ctx(`CH-${type}`))) });
      }
      const r = await client.post(
        apiPaths.connection.post,
        channels.map((c) =>
          aConnection(ctx('CON'), { serviceId: ids.service!, serviceChannelId: c.id, channelType: c.type }),
        ),
      );
      expect(r.status, r.text).toBe(200);
      // A modified and an archived entity, so both history paths are read.
      const { sourceId: _drop, ...changed } = aService(ctx('SRV2'));
      const put = await client.put(apiPaths.service.put(ids.service), changed);
      expect(put.status, put.text).toBe(200);
      const arc = await client.put(apiPaths.channel.put('WebPage', channels[2]!.id), {
        publishingStatus: 'Deleted',
      });
      expect(arc.status, arc.text).toBe(200);
    });
    afterAll(async () => {
      await client?.close();
      await sim?.close();
    });

    it('every v12 path answers per the spec (0 failures), the key gate included', async () => {
      const failures: string[] = [];
      const seen = new Set<string>();
      const read = async (path: string, opts: { auth?: 'none'; expect?: number } = {}) => {
        const res = await client.request({
          method: 'GET',
          path,
          api: 'v12',
          ...(opts.auth && { auth: opts.auth }),
        });
        if (opts.expect !== undefined && res.status !== opts.expect)
          failures.push(`${path}: ${res.status}, expected ${opts.expect}`);
        const problems = validator!.check(path.split('?')[0]!, res.status, res.body);
        if (problems === undefined) failures.push(`${path}: status ${res.status} has no schema`);
        else for (const p of problems) failures.push(`${path} (${res.status}): ${p}`);
        const template = validator!.templateOf(path.split('?')[0]!);
        if (template && res.status === 200) seen.add(template);
        return res;
      };
      const page = 'page=1&pageSize=100';
      await read('/health/liveness', { expect: 200 });
      await read('/health/readiness', { expect: 200 });
      await read(`/api/v12/organization/${sim.organizationId}`, { expect: 200 });
      await read(`/api/v12/organization/${ids.org}`, { expect: 200 });
      await read(`/api/v12/organization/search?${page}`, { expect: 200 });
      await read(`/api/v12/organization/archived?${page}&archivedAtOrAfter=${START}`, { expect: 200 });
      await read(`/api/v12/organization/hierarchy/${sim.organizationId}`, { expect: 200 });
      await read(`/api/v12/service/${ids.service}`, { expect: 200 });
      await read(`/api/v12/service/search?${page}&organizationContentIds=${sim.organizationId}`, {
        expect: 200,
      });
      await read(`/api/v12/service/archived?${page}&archivedAtOrAfter=${START}`, { expect: 200 });
      for (const c of channels) {
        await read(`/api/v12/service-channel/${c.id}`, { expect: c.type === 'WebPage' ? 404 : 200 });
        await read(`/api/v12/connection/${ids.service}/${c.id}`, {
          expect: c.type === 'WebPage' ? 404 : 200,
        });
      }
      await read(
        `/api/v12/service-channel/search?${page}&channelTypes=EService&channelTypes=TelephoneService`,
        {
          expect: 200,
        },
      );
      const arc = await read(`/api/v12/service-channel/archived?${page}&archivedAtOrAfter=${START}`, {
        expect: 200,
      });
      expect((arc.body as { items: { contentId: string }[] }).items.map((i) => i.contentId)).toContain(
        channels[2]!.id,
      );
      await read(`/api/v12/connection/search?${page}&serviceContentIds=${ids.service}`, { expect: 200 });
      await read(`/api/v12/connection/archived?${page}&archivedAtOrAfter=${START}`, { expect: 200 });
      await read(`/api/v12/general-description/search?${page}`, { expect: 200 });
      await read(`/api/v12/general-description/archived?${page}&archivedAtOrAfter=${START}`, { expect: 200 });
      await read(`/api/v12/general-description/${ids.service}`, { expect: 404 });
      await read(`/api/v12/service-collection/search?${page}`, { expect: 200 });
      await read(`/api/v12/service-collection/archived?${page}&archivedAtOrAfter=${START}`, { expect: 200 });
      for (const list of [
        'target-groups',
        'life-events',
        'industrial-classes',
        'ontology-terms',
        'service-classes',
        'language-codes',
        'country-codes',
        'municipality-codes',
        'region-codes',
        'wellbeing-services-county-codes',
        'postal-codes',
      ]) {
        await read(`/api/v12/${list}?${page}`, { expect: 200 });
      }
      // Errors: unknown id (Unknown), bad paging (400 with errors), no key (401, the gateway's [INF]).
      await read(`/api/v12/service/00000000-0000-4000-8000-000000000000`, { expect: 404 });
      await read(`/api/v12/service/search?page=0&pageSize=101`, { expect: 400 });
      await read(`/api/v12/organization/${sim.organizationId}`, { auth: 'none', expect: 401 });
      expect(failures).toEqual([]);
      // The check can fail: a service body without its required members is refused.
      expect(
        validator!.check(`/api/v12/service/${ids.service}`, 200, { serviceType: 'Service' }),
      ).not.toEqual([]);
      // Every path with a 200 except the two that need data the simulator does not hold.
      const missing = validator!.paths.filter((p) => !seen.has(p));
      expect(missing.sort()).toEqual([
        '/api/v12/general-description/{contentId}',
        '/api/v12/service-collection/{contentId}',
      ]);
    });
  },
);
