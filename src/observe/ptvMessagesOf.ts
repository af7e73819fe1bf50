import { capString } from '../core/capString.js';
import { isObj } from './jsonValue.js';

/** PTV's messages in an answer: a list of strings, `{ message }`, or ModelState `{ key: [msg] }`. */
export function ptvMessagesOf(body: unknown): string[] {
  const out: string[] = [];
  const push = (v: unknown): void => {
    if (typeof v === 'string' && v.trim() !== '' && out.length < 20) out.push(capString(v, 500));
  };
  if (Array.isArray(body)) body.forEach(push);
  else if (isObj(body)) {
    for (const [k, v] of Object.entries(body)) {
      if (Array.isArray(v) && v.every((x) => typeof x === 'string')) v.forEach((x) => push(`${k}: ${x}`));
      else if (/^(message|error|error_description|title)$/i.test(k)) push(v);
    }
  }
  return out;
}
