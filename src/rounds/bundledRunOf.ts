import { readFileSync } from 'node:fs';
import { unzipSync } from 'fflate';

/** The run id a bundle zip was made of (its bundle.json), or undefined when the file is not one of ours. */
export function bundledRunOf(file: string): string | undefined {
  try {
    const found = unzipSync(readFileSync(file), { filter: (f) => f.name === 'bundle.json' });
    const run = (JSON.parse(Buffer.from(found['bundle.json']!).toString('utf8')) as { run?: unknown }).run;
    return typeof run === 'string' ? run : undefined;
  } catch {
    return undefined;
  }
}
