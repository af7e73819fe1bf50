import { readdir, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { isPtvrError, PtvrError } from '../core/errors.js';
import { readBoundedText } from '../core/readBoundedFile.js';
import type { Io } from '../core/io.js';
import { parseJsonInput, type InputEntity } from './parseJsonInput.js';

/** Largest input file `validate` reads (a 12,000-entity NDJSON file is ~30 MB). */
export const MAX_INPUT_FILE = 256 * 1024 * 1024;

async function listFiles(path: string): Promise<string[]> {
  const entries = await readdir(path, { withFileTypes: true });
  const out: string[] = [];
  for (const e of entries.sort((a, b) => a.name.localeCompare(b.name))) {
    const p = join(path, e.name);
    if (e.isDirectory()) out.push(...(await listFiles(p)));
    else if (/\.(json|ndjson)$/i.test(e.name)) out.push(p);
  }
  return out;
}

/** Reads every entity from files, directories (recursively *.json / *.ndjson) and `-` (stdin). */
export async function readInputs(
  paths: readonly string[],
  io: Io,
  arrayIsOneBody = false,
): Promise<InputEntity[]> {
  const out: InputEntity[] = [];
  for (const p of paths) {
    if (p === '-') {
      if (!io.readStdin) throw new PtvrError('PTVR_INPUT_UNREADABLE', 'standard input is not available');
      out.push(...parseJsonInput('stdin', await io.readStdin(), arrayIsOneBody));
      continue;
    }
    let files: string[];
    try {
      const st = await stat(p);
      files = st.isDirectory() ? await listFiles(p) : [p];
    } catch (err) {
      throw new PtvrError(
        'PTVR_INPUT_UNREADABLE',
        `${p}: ${(err as NodeJS.ErrnoException).code === 'ENOENT' ? 'no such file or directory' : (err as Error).message}`,
        {
          hint: 'check the path; give files, directories or - for standard input',
          cause: err,
        },
      );
    }
    if (files.length === 0) {
      throw new PtvrError('PTVR_INPUT_UNREADABLE', `${p}: no *.json or *.ndjson files in this directory`, {
        hint: 'point at the files to validate',
      });
    }
    for (const f of files) {
      let text: string;
      try {
        // Regular files only, bounded: a FIFO or /dev/zero would block or exhaust memory.
        text = readBoundedText(f, {
          code: 'PTVR_INPUT_UNREADABLE',
          what: 'input file',
          maxBytes: MAX_INPUT_FILE,
          hint: 'give regular JSON / NDJSON files, or - to read standard input',
          followSymlinks: true,
        });
      } catch (err) {
        if (isPtvrError(err)) throw err;
        throw new PtvrError('PTVR_INPUT_UNREADABLE', `${f}: ${(err as Error).message}`, { cause: err });
      }
      out.push(...parseJsonInput(f, text, arrayIsOneBody));
    }
  }
  return out;
}
