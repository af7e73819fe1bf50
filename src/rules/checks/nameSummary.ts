import { msg } from '../messages.js';
import { add, items, text, type CheckCtx, type Obj } from './context.js';

/** Name equal to the same-language Summary is refused when publishing (§4.2, §4.3). */
export function nameNotSummary(c: CheckCtx, body: Obj, namesList: string, descList: string): void {
  if (body.publishingStatus !== 'Published') return;
  const summaries = new Map<string, string>();
  for (const d of items(body, descList))
    if (text(d, 'type') === 'Summary')
      summaries.set(text(d, 'language') ?? '', (text(d, 'value') ?? '').trim());
  const reported = new Set<string>();
  for (const nm of items(body, namesList)) {
    const t = text(nm, 'type');
    if (t !== undefined && t !== 'Name') continue;
    const lang = text(nm, 'language') ?? '';
    const s = summaries.get(lang);
    if (s !== undefined && s === (text(nm, 'value') ?? '').trim() && !reported.has(lang)) {
      reported.add(lang);
      add(c, [namesList], msg.nameEqualsSummary(lang), 'nameNotSummary');
    }
  }
}
