import { msg } from '../messages.js';
import { add, isTrue, items, text, type CheckCtx, type Obj, type Seg } from './context.js';

/** §4.9.1: prefix required unless a Finnish service number; charge description when `Other`. */
export function phoneRules(c: CheckCtx, o: Obj, list: string, base: readonly Seg[] = []): void {
  items(o, list).forEach((ph, n) => {
    const p: Seg[] = [...base, list, n];
    if (!isTrue(ph, 'isFinnishServiceNumber') && !text(ph, 'prefixNumber')?.trim())
      add(c, [...p, 'prefixNumber'], msg.requiredWhen('IsFinnishServiceNumber', 'False'), 'phonePrefix');
    if (text(ph, 'serviceChargeType') === 'Other' && !text(ph, 'chargeDescription')?.trim())
      add(
        c,
        [...p, 'chargeDescription'],
        msg.requiredWhen('ServiceChargeType', 'Other'),
        'phoneChargeDescription',
      );
  });
}
