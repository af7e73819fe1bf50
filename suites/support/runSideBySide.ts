/**
 * The one test file of a suite run (issue #14): it imports the selected suite files as the engine
 * planned them (src/engine/planSuites.ts) — the groups one after the other, the files of an alongside
 * group side by side — so independent suites overlap while vitest's runner, which runs files one after
 * the other in a worker, still sees a single file. Each suite keeps its own structure: a sequential
 * describe around it undoes the `concurrent` its wrapper needs, and its cases carry their own file in
 * meta.ptvrFile (the report's `file`). Collection order, and so the report's case order, is the plan's.
 * The plan names the source files; compiled (dist/suites/support/runSideBySide.js, a built engine) this
 * entry imports their compiled counterparts, which Node loads without vite's transform.
 */
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, inject } from 'vitest';

const plan = inject('ptvrSuites');
if (!plan) throw new Error('runSideBySide.ts runs only inside `ptv-readiness run` (no suite plan provided)');

/** dist/ when this entry is the compiled one, else undefined (run the source files as planned). */
const distDir = import.meta.url.endsWith('.js')
  ? fileURLToPath(new URL('../../', import.meta.url))
  : undefined;

/** The compiled suite file when there is one (a tests-only suites directory has none): the source else. */
function loadable(path: string, file: string): string {
  if (distDir === undefined) return path;
  const compiled = `${distDir}${file.replace(/\.ts$/, '.js')}`;
  return existsSync(compiled) ? compiled : path;
}

plan.groups.forEach((group, g) => {
  describe(`group ${g + 1}`, { sequential: true }, () => {
    for (const { path, file } of group.files) {
      describe(file, { concurrent: group.alongside, meta: { ptvrFile: file } }, () => {
        describe(file, { sequential: true }, async () => {
          try {
            await import(loadable(path, file));
          } catch (err) {
            // A suite file that fails to load fails its own describe (a harness error naming the file,
            // see Collector), not the whole run's collection: the other suites still run.
            beforeAll(() => {
              throw err;
            });
          }
        });
      });
    }
  });
});
