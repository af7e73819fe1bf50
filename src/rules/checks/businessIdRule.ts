import { isValidBusinessId } from '../codeLists/businessId.js';
import { msg } from '../messages.js';
import { add, text, type CheckCtx, type Obj } from './context.js';

/** Organisation: Y-tunnus check digit (PTV checks the shape only, so this is a warning). */
export function businessIdRule(c: CheckCtx, body: Obj): void {
  const code = text(body, 'businessCode');
  if (code && /^[0-9]{7}-[0-9]$/.test(code) && !isValidBusinessId(code))
    add(c, ['businessCode'], msg.businessIdCheckDigit(code), 'businessIdCheckDigit', 'warning');
}
