import { msg } from '../messages.js';
import { add, has, isTrue, items, text, type CheckCtx, type Obj } from './context.js';

/** Service-only conditional requirements (§4.2). */
export function serviceConditionals(c: CheckCtx, body: Obj): void {
  const gd = has(body, 'generalDescriptionId');
  if (c.op === 'post' && !gd) {
    if (!has(body, 'type')) add(c, ['type'], msg.required('Type'), 'required');
    if (!Array.isArray(body.serviceNames) || body.serviceNames.length === 0)
      add(c, ['serviceNames'], msg.required('ServiceNames'), 'required');
  }
  if (isTrue(body, 'deleteGeneralDescriptionId') && !has(body, 'type'))
    add(c, ['type'], msg.requiredWhen('DeleteGeneralDescriptionId', 'True'), 'required');
  items(body, 'serviceProducers').forEach((p, n) => {
    if (text(p, 'provisionType') === 'SelfProducedServices' && items2(p, 'organizations') === 0)
      add(
        c,
        ['serviceProducers', n, 'organizations'],
        msg.requiredWhen('ProvisionType', 'SelfProducedServices'),
        'producerOrganizations',
      );
  });
  const main = text(body, 'mainResponsibleOrganization');
  const others = Array.isArray(body.otherResponsibleOrganizations) ? body.otherResponsibleOrganizations : [];
  if (main && others.some((o) => typeof o === 'string' && o.toLowerCase() === main.toLowerCase()))
    add(c, ['otherResponsibleOrganizations'], msg.otherOrgSameAsMain(), 'otherResponsibleOrganizations');
  if (c.limits.userInstructionWarning && Array.isArray(body.serviceDescriptions)) {
    const descs = items(body, 'serviceDescriptions');
    const langs = new Set(descs.map((d) => text(d, 'language') ?? ''));
    for (const l of langs)
      if (l && !descs.some((d) => text(d, 'language') === l && text(d, 'type') === 'UserInstruction'))
        add(c, ['serviceDescriptions'], msg.userInstructionMissing(l), 'userInstructionLive', 'warning');
  }
}

function items2(o: Obj, name: string): number {
  const v = o[name];
  return Array.isArray(v) ? v.length : 0;
}

/** E-channel: signatureQuantity when requiresSignature (§4.4). */
export function echannelConditionals(c: CheckCtx, body: Obj): void {
  if (isTrue(body, 'requiresSignature') && !text(body, 'signatureQuantity'))
    add(c, ['signatureQuantity'], msg.requiredWhen('RequiresSignature', 'True'), 'required');
}

/** Printable form: a published PUT that deletes all URLs must send new ones (§4.7). */
export function printableFormConditionals(c: CheckCtx, body: Obj): void {
  if (
    c.op === 'put' &&
    isTrue(body, 'deleteAllChannelUrls') &&
    body.publishingStatus === 'Published' &&
    items2(body, 'channelUrls') === 0
  )
    add(c, ['channelUrls'], msg.channelUrlsPublished(), 'channelUrls');
}

/** PUT /Connection/serviceId: duplicate channels (§4.11). */
export function connectionPutRules(c: CheckCtx, body: Obj, idField: string): void {
  const seen = new Set<string>();
  const dup = new Set<string>();
  for (const r of items(body, 'channelRelations')) {
    const id = text(r, idField)?.toLowerCase();
    if (!id) continue;
    if (seen.has(id)) dup.add(text(r, idField)!);
    seen.add(id);
  }
  if (dup.size) add(c, ['channelRelations'], msg.duplicateItems([...dup].join(', ')), 'connectionDuplicates');
}
