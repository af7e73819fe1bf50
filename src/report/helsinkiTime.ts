/**
 * Display string for an ISO instant in Europe/Helsinki, e.g. `2026-11-26 12:00:00 (UTC+2)`.
 * Fixed format (not locale-dependent) so rendered reports are byte-stable across machines.
 */
const fmt = new Intl.DateTimeFormat('en-GB', {
  timeZone: 'Europe/Helsinki',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
  second: '2-digit',
  hourCycle: 'h23',
  timeZoneName: 'shortOffset',
});

/** Wall-clock fields of an instant in Europe/Helsinki, zero-padded, with its offset (`UTC+2`). */
export interface HelsinkiParts {
  year: string;
  month: string;
  day: string;
  hour: string;
  minute: string;
  second: string;
  offset: string;
}

/** The one reader of Helsinki wall-clock time (report cover, bundle name, zip entry times). */
export function helsinkiParts(date: Date): HelsinkiParts {
  const t = date.getTime();
  if (t >= SHIFT_FROM && t < SHIFT_UNTIL) {
    // formatToParts costs ~20 µs and the annex shows thousands of instants: it runs once per UTC hour.
    const hourKey = Math.floor(t / HOUR);
    let o = offsets.get(hourKey);
    if (!o) {
      const p = intlParts(new Date(hourKey * HOUR));
      const wall = Date.UTC(+p.year, +p.month - 1, +p.day, +p.hour, +p.minute, +p.second);
      o = { ms: wall - hourKey * HOUR, label: p.offset };
      offsets.set(hourKey, o);
    }
    const local = new Date(t + o.ms);
    const two = (n: number): string => String(n).padStart(2, '0');
    return {
      year: String(local.getUTCFullYear()).padStart(4, '0'),
      month: two(local.getUTCMonth() + 1),
      day: two(local.getUTCDate()),
      hour: two(local.getUTCHours()),
      minute: two(local.getUTCMinutes()),
      second: two(local.getUTCSeconds()),
      offset: o.label,
    };
  }
  return intlParts(date);
}

const HOUR = 3_600_000;
/**
 * Since 1990 Helsinki's offset changes only at the top of a UTC hour (EU rule: 01:00 UTC), so one
 * offset serves a whole UTC hour; other instants (and years a 4-digit year cannot show) go to Intl.
 */
const SHIFT_FROM = Date.UTC(1990, 0, 1);
const SHIFT_UNTIL = Date.UTC(9999, 0, 1);
const offsets = new Map<number, { ms: number; label: string }>();

function intlParts(date: Date): HelsinkiParts {
  const p: Record<string, string> = {};
  for (const part of fmt.formatToParts(date)) p[part.type] = part.value;
  const { year = '', month = '', day = '', hour = '', minute = '', second = '' } = p;
  return { year, month, day, hour, minute, second, offset: (p.timeZoneName ?? 'GMT').replace('GMT', 'UTC') };
}

export function helsinkiTime(isoInstant: string): string {
  const date = new Date(isoInstant);
  if (Number.isNaN(date.getTime())) return isoInstant;
  const p = helsinkiParts(date);
  return `${p.year}-${p.month}-${p.day} ${p.hour}:${p.minute}:${p.second} (${p.offset})`;
}

/** `1234` → `1.23 s`, `95` → `95 ms`, `94500` → `1 min 34.5 s`. */
export function formatDuration(ms: number): string {
  if (ms < 1000) return `${Math.round(ms)} ms`;
  if (ms < 60_000) return `${(ms / 1000).toFixed(2)} s`;
  const min = Math.floor(ms / 60_000);
  return `${min} min ${((ms % 60_000) / 1000).toFixed(1)} s`;
}
