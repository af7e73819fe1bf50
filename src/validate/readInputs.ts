import { readdir, readFile, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { PtvrError } from '../core/errors.js';
import type { Io } from '../core/io.js';
import { parseJsonInput, type InputEntity } from './parseJsonInput.js';

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
        text = await readFile(f, 'utf8');
      } catch (err) {
        throw new PtvrError('PTVR_INPUT_UNREADABLE', `${f}: ${(err as Error).message}`, { cause: err });
      }
      out.push(...parseJsonInput(f, text, arrayIsOneBody));
    }
  }
  return out;
}
