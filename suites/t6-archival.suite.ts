/**
 * T6 — archiving data removed from the source system (DVV "lähdejärjestelmästä poistuneiden tietojen
 * arkistointi"): PUT `publishingStatus: Deleted` by sourceId and by id for channels, services and
 * sub-organisations; 404 on every read afterwards; presence in the archived lists; connections gone
 * from the partner's read-back; restore one item and archive it again (in-api-v11.md §6.3).
 */
import {
  aConnection,
  aPhoneChannel,
  aService,
  anEChannel,
  anOrganization,
  type ServiceIn,
} from '../fixtures/index.js';
import { connectedIds, step, type StepContext } from '#ptvr';
import { describe } from 'vitest';
import { fixtureContextOf, organizationIdOf } from './support/context.js';
import { archive, createChannel, createOrganization, createService } from './support/create.js';
import { check, requireStatus } from './support/http.js';
import { paths } from './support/paths.js';
import { expectGone, readBack } from './support/readBack.js';

interface Made {
  id: string;
  sourceId: string;
}

/** True when an id shows up in a guid page (`itemList`) or a bare archived-list array. */
function listed(body: unknown, id: string): boolean {
  const items = Array.isArray(body) ? body : ((body as { itemList?: unknown } | null)?.itemList ?? []);
  return Array.isArray(items) && items.some((i) => (i as { id?: unknown }).id === id);
}

async function expectInArchivedLists(
  ctx: StepContext,
  what: 'service' | 'channel',
  ids: string[],
): Promise<void> {
  const orgId = await organizationIdOf(ctx);
  const p = what === 'service' ? paths.service : paths.channel;
  const [archived, byStatus] = await Promise.all([
    ctx.client.get(p.archivedList, {
      query: { archivingType: 'Manual', organizationId: orgId, skip: 0, take: 100 },
    }),
    ctx.client.get(p.list, { query: { status: 'Archived' } }),
  ]);
  requireStatus(ctx, archived, 200, `GET ${p.archivedList}`);
  requireStatus(ctx, byStatus, 200, `GET ${p.list}?status=Archived`);
  for (const id of ids) {
    check(ctx, listed(archived.body, id), {
      path: 'PublishingStatus',
      rule: 'archive.notListed',
      message: `${what} ${id} is not in ${p.archivedList}`,
      expected: id,
      actual: 'absent',
    });
    check(ctx, listed(byStatus.body, id), {
      path: 'PublishingStatus',
      rule: 'archive.notListed',
      message: `${what} ${id} is not in ${p.list}?status=Archived`,
      expected: id,
      actual: 'absent',
    });
  }
}

// State shared by the cases below. The archive cases are independent checks, each naming the cases it
// needs, so one failing (say, archive by sourceId) does not hide the outcome of the others.
const services: Made[] = [];
let serviceBodies: ServiceIn[] = [];
let echannel: Made;
let phone: Made;
const orgs: Made[] = [];

describe('T6 archival', () => {
  step(
    {
      id: 'ARC-01',
      dvv: 'T6',
      title: 'create the material to archive (sub-organisations, services, connected channels)',
    },
    async (ctx) => {
      const f = await fixtureContextOf(ctx);
      // Six independent creates at once (built in a fixed order, so the data stays the same).
      const orgBodies = [1, 2].map((n) => anOrganization(f, undefined, { n }));
      serviceBodies = [aService(f, undefined, { n: 1 }), aService(f, undefined, { n: 2 })];
      const e = anEChannel(f);
      const p = aPhoneChannel(f);
      const made = (body: { sourceId?: string }) => (id: string) => ({ id, sourceId: body.sourceId! });
      const [madeOrgs, madeServices, madeChannels] = await Promise.all([
        Promise.all(orgBodies.map((o) => createOrganization(ctx, o).then(made(o)))),
        Promise.all(serviceBodies.map((s) => createService(ctx, s).then(made(s)))),
        Promise.all([
          createChannel(ctx, 'EChannel', e).then(made(e)),
          createChannel(ctx, 'Phone', p).then(made(p)),
        ]),
      ]);
      orgs.push(...madeOrgs);
      services.push(...madeServices);
      [echannel, phone] = madeChannels as [Made, Made];
      const body = [echannel, phone].map((c, i) =>
        aConnection(f, {
          serviceId: services[0]!.id,
          serviceChannelId: c.id,
          channelType: i === 0 ? 'EChannel' : 'Phone',
        }),
      );
      const res = await ctx.client.post(paths.connection.post, body);
      requireStatus(ctx, res, 200, 'POST /Connection');
      ctx.record.ptvMessages(...(Array.isArray(res.body) ? res.body.map(String) : []));
      const svc = await ctx.client.get(paths.service.get(services[0]!.id));
      check(ctx, connectedIds(svc.body, 'service').length === 2, {
        path: 'ServiceChannels',
        rule: 'archive.precondition',
        message: 'the service does not show both connections before archiving',
        expected: [echannel.id, phone.id],
        actual: connectedIds(svc.body, 'service'),
      });
    },
  );

  // After the material, every case at once as far as `needs` and `after` allow (issue #14): a case whose
  // needed cases are still running waits for them (they start first: declaration order). ARC-08 (the
  // sub-organisations) runs beside the whole channel and service chain ARC-02/03 → 04 → 05 → 06 → 07.
  describe('T6 archival, as far as needs allow at once', { concurrent: true }, archiveCases);
});

function archiveCases(): void {
  step(
    {
      id: 'ARC-02',
      dvv: 'T6',
      title: 'archive an e-service channel by sourceId; reads answer 404',
      needs: ['ARC-01'],
    },
    async (ctx) => {
      await archive(ctx, paths.channel.putBySource('EChannel', echannel.sourceId));
      await expectGone(ctx, { kind: 'channel', channelType: 'EChannel' }, echannel.id);
    },
  );

  step(
    {
      id: 'ARC-03',
      dvv: 'T6',
      title: 'archive a phone channel by id; reads answer 404',
      needs: ['ARC-01'],
    },
    async (ctx) => {
      await archive(ctx, paths.channel.put('Phone', phone.id));
      await expectGone(ctx, { kind: 'channel', channelType: 'Phone' }, phone.id);
    },
  );

  // PTV keeps the connection of an archived channel (CommonService.cs:1625-1635 on ptv-release-3_4) but a
  // service read lists published channels only (ServiceService.cs:1211-1245), so it is gone from the read.
  step(
    {
      id: 'ARC-04',
      dvv: 'T6',
      title: 'archived channels are no longer connected on the service read-back',
      needs: ['ARC-02', 'ARC-03'],
    },
    async (ctx) => {
      const svc = await ctx.client.get(paths.service.get(services[0]!.id));
      requireStatus(ctx, svc, 200, 'GET /Service/{id}');
      const ids = connectedIds(svc.body, 'service');
      for (const gone of [echannel.id, phone.id]) {
        check(ctx, !ids.includes(gone), {
          path: 'ServiceChannels',
          rule: 'archive.connectionRemains',
          message: `archived channel ${gone} is still connected to the service`,
          expected: 'absent',
          actual: gone,
        });
      }
    },
  );

  step(
    {
      id: 'ARC-05',
      dvv: 'T6',
      title: 'archive a service by id and one by sourceId; reads answer 404',
      needs: ['ARC-01'],
      // ARC-04 reads the first service's connections: archive it only once that read is done.
      after: ['ARC-04'],
    },
    async (ctx) => {
      // Two independent entities: both archivals at once, then both sets of reads at once.
      await Promise.all([
        archive(ctx, paths.service.put(services[0]!.id)),
        archive(ctx, paths.service.putBySource(services[1]!.sourceId)),
      ]);
      await Promise.all(services.map((s) => expectGone(ctx, { kind: 'service' }, s.id)));
    },
  );

  step(
    {
      id: 'ARC-06',
      dvv: 'T6',
      title: 'archived services and channels appear in the archived lists',
      needs: ['ARC-02', 'ARC-03', 'ARC-05'],
    },
    async (ctx) => {
      await Promise.all([
        expectInArchivedLists(
          ctx,
          'service',
          services.map((s) => s.id),
        ),
        expectInArchivedLists(ctx, 'channel', [echannel.id, phone.id]),
      ]);
    },
  );

  step(
    {
      id: 'ARC-07',
      dvv: 'T6',
      title: 'restore an archived service (PUT Published) and archive it again',
      needs: ['ARC-05'],
      // ARC-06 lists this service as archived: restore it only once that read is done.
      after: ['ARC-06'],
    },
    async (ctx) => {
      const s = services[1]!;
      const body = serviceBodies[1]!;
      // Restoring applies the body too (§6.3); the full payload keeps the content as it was.
      const { sourceId: _keep, ...restore } = body;
      const res = await ctx.client.put(paths.service.put(s.id), {
        ...restore,
        publishingStatus: 'Published',
      });
      requireStatus(ctx, res, 200, 'PUT /Service/{id} (restore)');
      await readBack(ctx, { kind: 'service' }, s.id, restore);
      await archive(ctx, paths.service.put(s.id));
      await expectGone(ctx, { kind: 'service' }, s.id);
    },
  );

  step(
    {
      id: 'ARC-08',
      dvv: 'T6',
      title: 'archive a sub-organisation by id and one by sourceId; reads answer 404',
      needs: ['ARC-01'],
    },
    async (ctx) => {
      await Promise.all([
        archive(ctx, paths.organization.put(orgs[0]!.id)),
        archive(ctx, paths.organization.putBySource(orgs[1]!.sourceId)),
      ]);
      await Promise.all(orgs.map((o) => expectGone(ctx, { kind: 'organization' }, o.id)));
    },
  );
}
