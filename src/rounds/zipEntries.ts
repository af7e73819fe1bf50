import { zipSync, type Zippable } from 'fflate';

export interface ZipEntry {
  name: string;
  data: Uint8Array;
}

/**
 * Wall-clock fields of `iso` in Europe/Helsinki as a local-time Date: zip entries store local DOS time,
 * so this gives every machine, whatever its TZ, the same bytes (and a Finnish reviewer the run's time).
 */
function helsinkiWallClock(iso: string): Date {
  const parts = new Intl.DateTimeFormat('en-GB', {
    timeZone: 'Europe/Helsinki',
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
    second: '2-digit',
    hourCycle: 'h23',
  }).formatToParts(new Date(iso));
  const p: Record<string, number> = {};
  for (const x of parts) if (x.type !== 'literal') p[x.type] = Number(x.value);
  return new Date(p.year!, p.month! - 1, p.day!, p.hour!, p.minute!, p.second!);
}

/**
 * A zip of the entries in the order given, every entry stamped with the same time (`mtimeIso`): the
 * same inputs give the same bytes. Already-compressed formats (PDF, zip) are stored, not deflated.
 */
export function zipEntries(entries: readonly ZipEntry[], mtimeIso: string): Uint8Array {
  const mtime = helsinkiWallClock(mtimeIso);
  const files: Zippable = {};
  for (const e of entries) {
    files[e.name] = [e.data, { mtime, level: /\.(pdf|zip|png)$/i.test(e.name) ? 0 : 6 }];
  }
  return zipSync(files);
}
