import { msg } from '../messages.js';
import { add, isTrue, items, text, type CheckCtx, type Obj, type Seg } from './context.js';

/**
 * §4.9.1, attributes on the phone item (model state, keyed by the item's field): the prefix is
 * `[RequiredIf("IsFinnishServiceNumber", false)]` (`V4/V4VmOpenApiPhoneSimple.cs:38`, so fax numbers too),
 * the charge description `[RequiredIf("ServiceChargeType", "Other")]` (`V4/V4VmOpenApiPhone.cs:57`);
 * RequiredIf refuses blank strings (`RequiredIfAttribute.cs`, `AllowEmptyStrings = false`). Paths under
 * src/PTV.Domain.Model/Models/OpenApi/ on ptv-release-3_4.
 */
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
