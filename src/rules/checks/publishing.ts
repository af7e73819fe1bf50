import { msg } from '../messages.js';
import { checkPublishingTransition } from '../publishingTransition.js';
import { add, text, type CheckCtx, type Obj } from './context.js';

const TIMED_KINDS = new Set([
  'organization',
  'service',
  'echannel',
  'phone',
  'webpage',
  'printableform',
  'servicelocation',
]);

/** Date part (UTC) as yyyy-mm-dd, or undefined when unparsable (the schema reports that). */
function datePart(s: string): string | undefined {
  const t = Date.parse(s.length === 10 ? `${s}T00:00:00Z` : s);
  return Number.isNaN(t) ? undefined : new Date(t).toISOString().slice(0, 10);
}

/** Transition table (only with `current`) and §6.4 timed publishing. */
export function publishingRules(c: CheckCtx, body: Obj): void {
  const status = body.publishingStatus;
  if (c.op === 'put' && c.current) {
    const fnd = checkPublishingTransition({
      op: 'put',
      current: c.current.publishingStatus,
      requested: status,
      kind: c.kind,
    });
    if (fnd && fnd.rule !== 'required') c.findings.push(fnd);
  } else if (c.op === 'put') {
    c.notChecked.add('publishingTransition');
  } else if (
    c.kind === 'phone' &&
    typeof status === 'string' &&
    status !== 'Draft' &&
    status !== 'Published'
  ) {
    const fnd = checkPublishingTransition({ op: 'post', requested: status, kind: 'phone' });
    if (fnd) c.findings.push(fnd);
  }

  if (!TIMED_KINDS.has(c.kind)) return;
  const from = text(body, 'validFrom');
  const to = text(body, 'validTo');
  if (from === undefined && to === undefined) return;
  const today = c.now.toISOString().slice(0, 10);
  const fromD = from ? datePart(from) : undefined;
  const toD = to ? datePart(to) : undefined;
  if (fromD && fromD <= today) add(c, ['validFrom'], msg.dateInFuture(), 'timedPublishing');
  if (toD && toD <= today) add(c, ['validTo'], msg.dateInFuture(), 'timedPublishing');
  if (fromD && toD && toD <= fromD) add(c, ['validTo'], msg.archiveAfterPublish(), 'timedPublishing');
  if (from && typeof status === 'string' && status !== 'Draft' && status !== 'Modified')
    add(c, ['publishingStatus'], msg.publishedWithValidFrom(from), 'timedPublishing');
  if (!from && to && typeof status === 'string' && status !== 'Published')
    add(c, ['publishingStatus'], msg.validToNeedsPublished(status), 'timedPublishing');
}
