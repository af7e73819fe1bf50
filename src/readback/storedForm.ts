import { bindRequest } from '../rules/bindRequest.js';
import type { Operation, RuleProfile } from '../rules/types.js';
import type { ReadBackKind } from './fieldMaps.js';

/**
 * What PTV stores for a write body: Newtonsoft's binding and the silent normalisations
 * (rules/bindRequest.ts). A read-back is compared with this, not with the raw body, where the two
 * differ: a 130-character organisation name reads back as its first 100, a voucher without a url is
 * not read back at all, `"ServiceNames"` reads back as `serviceNames`, 60.10 as "60.10".
 */
export function storedForm(kind: ReadBackKind, sent: object, op: Operation, profile: RuleProfile): object {
  const stored = bindRequest(sent, kind, op, profile).stored;
  return stored !== null && typeof stored === 'object' && !Array.isArray(stored) ? stored : sent;
}
