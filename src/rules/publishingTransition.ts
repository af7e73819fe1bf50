import type { Finding } from '../core/finding.js';
import { msg } from './messages.js';
import type { EntityKind, Operation, PublishingStatus } from './types.js';

const f = (message: string, rule = 'publishingStatus'): Finding => ({
  path: 'PublishingStatus',
  message,
  rule,
  severity: 'error',
});

/**
 * §6.2 transition table as a pure function (the simulator reuses it); undefined = allowed.
 * POST: Draft/Published. Current Draft → Draft/Published; Published → Published/Modified/Deleted;
 * Deleted → Published/Modified/Deleted (must be given); Modified / OldPublished → nothing.
 * The phone channel's attribute admits all four values on POST, so its validator words the refusal
 * "You cannot set Publishing status as X when current one is ." (empty current, §6.2).
 */
export function checkPublishingTransition(args: {
  op: Operation;
  current?: PublishingStatus;
  requested: unknown;
  kind: EntityKind;
}): Finding | undefined {
  const { op, current, requested, kind } = args;
  const req = typeof requested === 'string' ? requested : undefined;
  if (op === 'post' || current === undefined) {
    if (req === 'Draft' || req === 'Published') return undefined;
    if (req === undefined) return f(msg.required('PublishingStatus'), 'required');
    if (kind === 'phone') return f(msg.statusTransition(req, ''));
    return f(msg.allowedValues(req, 'PublishingStatus', ['Draft', 'Published']), 'enum');
  }
  if (current === 'Modified' || current === 'OldPublished' || current === 'Removed')
    return f(msg.cannotUpdate(current));
  if (req === undefined) {
    return current === 'Deleted'
      ? f(msg.defineStatusWhenDeleted())
      : f(msg.required('PublishingStatus'), 'required');
  }
  const allowed: Record<string, readonly string[]> = {
    Draft: ['Draft', 'Published'],
    Published: ['Published', 'Modified', 'Deleted'],
    Deleted: ['Published', 'Modified', 'Deleted'],
  };
  if (allowed[current]?.includes(req)) return undefined;
  return f(msg.statusTransition(req, current));
}
