import type { ChannelType, StepContext } from '#ptvr';
import { idOf, requireStatus } from './http.js';
import { paths } from './paths.js';

interface WithSourceId {
  sourceId?: string;
}

/**
 * POSTs a create (with `recoverBy`, so an ambiguous failure is resolved by a sourceId lookup rather
 * than a second POST), requires 200 and records the new id on the case. The client writes the
 * ledger line teardown archives from.
 */
async function create(
  ctx: StepContext,
  path: string,
  body: WithSourceId,
  recoverBy: { objectType: 'Organization' | 'Service' | 'ServiceChannel'; channelType?: ChannelType },
): Promise<string> {
  const res = await ctx.client.post(path, body, {
    ...(body.sourceId !== undefined && { recoverBy: { ...recoverBy, sourceId: body.sourceId } }),
  });
  requireStatus(ctx, res, 200, `POST ${path}`);
  const id = idOf(res);
  ctx.record.entity(id);
  return id;
}

export function createOrganization(ctx: StepContext, body: WithSourceId): Promise<string> {
  return create(ctx, paths.organization.post, body, { objectType: 'Organization' });
}

export function createService(ctx: StepContext, body: WithSourceId): Promise<string> {
  return create(ctx, paths.service.post, body, { objectType: 'Service' });
}

export function createChannel(
  ctx: StepContext,
  channelType: ChannelType,
  body: WithSourceId,
): Promise<string> {
  return create(ctx, paths.channel.post(channelType), body, { objectType: 'ServiceChannel', channelType });
}

/** Archives by id or by sourceId (`PUT {publishingStatus: 'Deleted'}`, §6.3) and requires 200. */
export async function archive(ctx: StepContext, path: string): Promise<void> {
  const res = await ctx.client.put(path, { publishingStatus: 'Deleted' });
  requireStatus(ctx, res, 200, `PUT ${path} (archive)`);
}
