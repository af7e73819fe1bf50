/**
 * C6: connection additional information that contradicts the channel it connects to — a phone number
 * in the text that is none of the channel's numbers, or clock times that are none of the channel's (or
 * the connection's own) service-hour times. Times and numbers are compared after normalising the way
 * people write them (`8–16` = `08:00–16:00`; `029 497 000` = `+358 29497000`). A text without numbers
 * or times cannot contradict anything and is left alone, as is a channel with no hours or numbers to
 * compare with (C5 reports those).
 */
import { findOpeningHours, findPhones } from './contactPatterns.js';
import type { TextSpan } from './types.js';

/** A phone number as its national significant digits: `+358 29 497 000` and `029 497 000` → `29497000`. */
export function phoneKey(prefix: string | undefined, number: string): string {
  let d = `${prefix ?? ''}${number}`.replace(/\D/g, '');
  if (d.startsWith('358')) d = d.slice(3);
  return d.replace(/^0+/, '');
}

/** `8`, `8.00`, `08:00:00` → minutes since midnight; undefined when not a time. */
export function minutesOf(s: string): number | undefined {
  const m = /^(\d{1,2})(?:[.:](\d{2}))?(?::\d{2})?$/.exec(s.trim());
  if (!m) return undefined;
  const h = Number(m[1]);
  const min = m[2] === undefined ? 0 : Number(m[2]);
  return h <= 24 && min < 60 ? h * 60 + min : undefined;
}

export interface ChannelFacts {
  /** phoneKey of each of the channel's numbers. */
  phones: readonly string[];
  /** Minutes of every opening/closing time of the channel's and the connection's service hours. */
  times: readonly number[];
}

export interface Contradiction {
  what: 'phone' | 'hours';
  span: TextSpan;
}

export function contradictions(text: string, facts: ChannelFacts): Contradiction[] {
  const out: Contradiction[] = [];
  if (facts.phones.length > 0) {
    for (const span of findPhones(text)) {
      if (!facts.phones.includes(phoneKey(undefined, span.text))) out.push({ what: 'phone', span });
    }
  }
  if (facts.times.length > 0 && /\d/.test(text)) {
    for (const span of findOpeningHours(text)) {
      const times = [...span.text.matchAll(/\d{1,2}(?:[.:]\d{2})?/g)]
        .map((m) => minutesOf(m[0]))
        .filter((x): x is number => x !== undefined);
      if (times.some((t) => !facts.times.includes(t))) out.push({ what: 'hours', span });
    }
  }
  return out;
}
