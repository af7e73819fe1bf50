import { zipSync, type Zippable } from 'fflate';
import { helsinkiParts } from '../report/helsinkiTime.js';

export interface ZipEntry {
  name: string;
  data: Uint8Array;
}

/**
 * Wall-clock fields of `iso` in Europe/Helsinki as a local-time Date: zip entries store local DOS time,
 * so this gives every machine, whatever its TZ, the same bytes (and a Finnish reviewer the run's time).
 */
function helsinkiWallClock(iso: string): Date {
  const p = helsinkiParts(new Date(iso));
  return new Date(+p.year, +p.month - 1, +p.day, +p.hour, +p.minute, +p.second);
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
