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
