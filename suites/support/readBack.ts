import {
  type ChannelType,
  compareEntity,
  kindOfChannelType,
  recordReadBack,
  type ReadBackKind,
  type StepContext,
  storedForm,
  suiteSettings,
} from '#ptvr';
import { requireStatus } from './http.js';
import { paths } from './paths.js';

export type Target =
  { kind: 'organization' } | { kind: 'service' } | { kind: 'channel'; channelType: ChannelType };

function endpoints(t: Target, id: string): { pub: string; active?: string; kind: ReadBackKind } {
  switch (t.kind) {
    case 'organization':
      // No Organization/active/{id} in v11 (§2.1).
      return { pub: paths.organization.get(id), kind: 'organization' };
    case 'service':
      return { pub: paths.service.get(id), active: paths.service.active(id), kind: 'service' };
    case 'channel':
      return {
        pub: paths.channel.get(id),
        active: paths.channel.active(id),
        kind: kindOfChannelType(t.channelType),
      };
  }
}

/**
 * Reads an entity back with the public GET (and `/active` where it exists) and compares it field by
 * field with what PTV stores for the body sent (`storedForm`: binding and silent normalisations),
 * through the IN→OUT mapping. Differences are findings, not exceptions. Returns the public read.
 * POST and PUT store a body alike: the PUT-only row (`area-type-clears-areas`) empties a field the
 * body does not send, which is not compared.
 */
export async function readBack(ctx: StepContext, t: Target, id: string, body: object): Promise<unknown> {
  const e = endpoints(t, id);
  const sent = storedForm(e.kind, body, 'post', suiteSettings().ruleProfile);
  // Both reads at once (one round trip); judged and recorded in this order, public first.
  const [pub, act] = await Promise.all([
    ctx.client.get(e.pub),
    e.active === undefined ? undefined : ctx.client.get(e.active),
  ]);
  requireStatus(ctx, pub, 200, `GET ${e.pub}`);
  recordReadBack(ctx.record, {
    endpoint: `GET ${e.pub.replace(id, '{id}')}`,
    entityId: id,
    comparison: compareEntity(e.kind, sent, pub.body),
  });
  if (e.active && act) {
    requireStatus(ctx, act, 200, `GET ${e.active}`);
    recordReadBack(ctx.record, {
      endpoint: `GET ${e.active.replace(id, '{id}')}`,
      entityId: id,
      comparison: compareEntity(e.kind, sent, act.body),
    });
  }
  return pub.body;
}

/** After archiving: public GET and `/active` must both answer 404 (§6.3). */
export async function expectGone(ctx: StepContext, t: Target, id: string): Promise<void> {
  const e = endpoints(t, id);
  const reads = [e.pub, e.active].filter((x): x is string => x !== undefined);
  // Both reads at once; findings in this order.
  const answers = await Promise.all(reads.map((p) => ctx.client.get(p)));
  for (const [i, p] of reads.entries()) {
    const res = answers[i]!;
    if (res.status !== 404) {
      ctx.record.finding({
        path: 'PublishingStatus',
        message: `GET ${p} answered ${res.status} after archiving; PTV answers 404 for archived items`,
        rule: 'archive.stillReadable',
        severity: 'error',
        expected: 404,
        actual: res.status,
      });
    }
  }
}
