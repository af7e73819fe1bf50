import { msg } from '../messages.js';
import { add, isTrue, items, text, type CheckCtx, type Obj, type Seg } from './context.js';

/** "HH:mm[:00]" → minutes; 00:00 as `to` means midnight at the end of the day. */
function minutes(t: string | undefined, isTo: boolean): number | undefined {
  if (!t) return undefined;
  const m = /^(\d{2}):(\d{2})/.exec(t);
  if (!m) return undefined;
  const v = Number(m[1]) * 60 + Number(m[2]);
  return isTo && v === 0 ? 24 * 60 : v;
}

/**
 * `ServiceHourListValidator` cross rules (§4.9.4), key `ServiceHours[n]` unless noted. The quarter-hour
 * format itself is the schema's TIME pattern. Messages not quoted by the reference are marked [INF]
 * in messages.ts.
 */
export function serviceHourRules(c: CheckCtx, o: Obj, base: readonly Seg[] = []): void {
  items(o, 'serviceHours').forEach((h, n) => {
    const p: Seg[] = [...base, 'serviceHours', n];
    const type = text(h, 'serviceHourType');
    const open = items(h, 'openingHour');
    const from = text(h, 'validFrom');
    const to = text(h, 'validTo');
    if (from && to && Date.parse(to) <= Date.parse(from)) add(c, p, msg.validToBeforeFrom(), 'serviceHours');
    const flags = ['isAlwaysOpen', 'isReservation', 'isClosed'].filter((k) => isTrue(h, k));
    if (flags.length > 1) add(c, p, msg.mutuallyExclusive(), 'serviceHours');
    if (type === 'Exceptional' || type === 'OverMidnight') {
      for (const k of ['isAlwaysOpen', 'isReservation'])
        if (isTrue(h, k))
          add(c, p, msg.notAllowedFor(k[0]!.toUpperCase() + k.slice(1), type), 'serviceHours');
      if (open.length > 1) add(c, p, msg.maxOneOpeningHour(type), 'serviceHours');
    }
    if (type === 'DaysOfTheWeek' && isTrue(h, 'isClosed'))
      add(c, p, msg.notAllowedFor('IsClosed', type), 'serviceHours');
    if ((isTrue(h, 'isAlwaysOpen') || isTrue(h, 'isReservation')) && open.length > 0)
      add(c, p, msg.emptyOpeningHourWith(), 'serviceHours');
    if (open.length === 0) {
      const closedExceptional = type === 'Exceptional' && isTrue(h, 'isClosed');
      if (type !== 'DaysOfTheWeek' && !closedExceptional)
        add(c, [...p, 'openingHour'], msg.openingHourRequired(), 'serviceHours');
      if (
        type === 'DaysOfTheWeek' &&
        !isTrue(h, 'isAlwaysOpen') &&
        !isTrue(h, 'isReservation') &&
        items(h, 'additionalInformation').length === 0
      )
        add(c, p, msg.atLeastSomeValue(), 'serviceHours');
    }
    open.forEach((oh, m) => {
      const q: Seg[] = [...p, 'openingHour', m];
      if (type !== 'Exceptional' && !text(oh, 'dayFrom'))
        add(c, [...q, 'dayFrom'], msg.required('DayFrom'), 'serviceHours');
      const checkOrder = type === 'DaysOfTheWeek' || (type === 'Exceptional' && !to);
      const a = minutes(text(oh, 'from'), false);
      const b = minutes(text(oh, 'to'), true);
      if (checkOrder && a !== undefined && b !== undefined && b <= a)
        add(c, [...q, 'to'], msg.toBeforeFrom(), 'serviceHours');
    });
  });
}
