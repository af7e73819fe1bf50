import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { toolVersion } from '../core/toolVersion.js';
import { writeFileAtomic } from '../core/writeFileAtomic.js';
import type { ReportModel } from '../report/model.js';
import { readReportModel } from '../report/readReportModel.js';
import { bundleName } from './bundleName.js';
import { bundledRunOf } from './bundledRunOf.js';
import { checkBundleableContent, type BundleableContent } from './checkBundleableContent.js';
import { checkBundleableRun, documentsOf } from './checkBundleableRun.js';
import { compareRuns, type RunChanges } from './compareRuns.js';
import { coverMessage } from './coverMessage.js';
import { changesMarkdown } from './formatChanges.js';
import { itemVerdicts } from './itemVerdicts.js';
import { lastBundledRunIn } from './previousRun.js';
import { printAnnexPdf } from './printAnnexPdf.js';
import { entryOfModel, loadRunIndex, markBundled } from './runIndex.js';
import { zipEntries, type ZipEntry } from './zipEntries.js';

export interface BundleOptions {
  runDir: string;
  contentDir?: string;
  /** The previous round's run directory; default: the last bundled run of the same target. */
  since?: string;
  allowLocal: boolean;
  /** A `.zip` path, or a directory for the default name; default: the run's reports directory. */
  out?: string;
  /** Contact person when report.json has none (from the config file). */
  contact?: { name?: string; email?: string; phone?: string };
  now?: () => Date;
  warn?: (message: string) => void;
  /** Where PTV_READINESS_CHROME is read from when the annex PDF must be printed (default process.env). */
  env?: NodeJS.ProcessEnv;
  /** Called before the annex PDF is printed (the run has none), for a status line. */
  onPrinting?: () => void;
}

export interface BundleResult {
  file: string;
  entries: string[];
  model: ReportModel;
  local: boolean;
  /** The previous round's run the changes are against, when there was one. */
  since?: { id: string; dir: string };
  changes?: RunChanges;
  /** Annex PDFs this bundle printed into the run directory (recorded in its manifest as appended). */
  printed: string[];
}

const utf8 = (s: string): Uint8Array => Buffer.from(s, 'utf8');

/** The previous round: `--since`, else the last bundled run of the same target and actor in the index. */
function previousRound(
  o: BundleOptions,
  model: ReportModel,
): { dir: string; model: ReportModel } | undefined {
  if (o.since !== undefined) return { dir: o.since, model: readReportModel(o.since) };
  const outDir = dirname(o.runDir);
  const last = lastBundledRunIn(loadRunIndex(outDir).index, entryOfModel(model, basename(o.runDir)));
  if (!last) return undefined;
  const dir = join(outDir, last.dir);
  try {
    return { dir, model: readReportModel(dir) };
  } catch (err) {
    o.warn?.(
      `the last bundled run ${last.id} cannot be read (${(err as Error).message}); no changes section`,
    );
    return undefined;
  }
}

/**
 * `--out x.zip` as given; otherwise the default name in `--out` or the run's reports directory. A
 * second round on the same day gets the run's short suffix instead of replacing the first round's zip.
 */
function outputPath(o: BundleOptions, name: string, runId: string): string {
  if (o.out?.toLowerCase().endsWith('.zip')) return resolve(o.out);
  const dir = o.out === undefined ? dirname(o.runDir) : resolve(o.out);
  const file = join(dir, name);
  if (!existsSync(file) || bundledRunOf(file) === runId) return file;
  return join(dir, name.replace(/\.zip$/, `-${runId.split('-').pop()}.zip`));
}

/**
 * `ptv-readiness bundle`: checks the run (and the content report), compares it with the previous
 * round, and writes one zip for DVV: the cover messages, changes.md, the run's documents with its
 * report.json and manifest.json under `<run-id>/`, the content report under `<content-run-id>/`, and
 * bundle.json (the SHA-256 of every entry). A run without its annex PDF gets it printed first
 * (printAnnexPdf). Deterministic: the same inputs give the same bytes. Sends nothing.
 */
export async function bundleRun(o: BundleOptions): Promise<BundleResult> {
  const run = checkBundleableRun(o.runDir, { allowLocal: o.allowLocal });
  const { model } = run;
  const content: BundleableContent | undefined =
    o.contentDir === undefined
      ? undefined
      : checkBundleableContent(o.contentDir, {
          allowLocal: o.allowLocal,
          ...(model.organization.ptvOrganizationId && {
            organizationId: model.organization.ptvOrganizationId,
          }),
        });
  const previous = previousRound(o, model);
  if (previous && previous.model.target.apiUrl !== model.target.apiUrl) {
    o.warn?.(`--since ${previous.model.run.id} ran against another target (${previous.model.target.apiUrl})`);
  }
  if (previous && previous.model.run.id === model.run.id) {
    o.warn?.(`--since names the same run (${model.run.id}); no changes section`);
  }
  const changes =
    previous && previous.model.run.id !== model.run.id ? compareRuns(previous.model, model) : undefined;

  // Every check passed: only now may the annex PDF be printed into the run directory.
  const needsAnnex = !run.files.some((f) => /^annex(\.\w+)?\.pdf$/.test(f));
  if (needsAnnex) o.onPrinting?.();
  const printed = needsAnnex ? await printAnnexPdf(o.runDir, model, o.env) : [];
  const runFiles = printed.length > 0 ? documentsOf(o.runDir) : run.files;
  const docs: ZipEntry[] = [
    ...runFiles.map((f) => ({ name: `${model.run.id}/${f}`, data: readFileSync(join(o.runDir, f)) })),
    ...(content?.files ?? []).map((f) => ({
      name: `${content!.model.runId}/${f}`,
      data: readFileSync(join(o.contentDir!, f)),
    })),
  ];
  if (changes) docs.unshift({ name: 'changes.md', data: utf8(changesMarkdown(changes)) });
  const name = bundleName(model.organization, model.run.startedAt);
  const contact = { ...o.contact, ...model.tester };
  const listed = ['message.fi.txt', 'message.en.txt', ...docs.map((d) => d.name), 'bundle.json'];
  const message = (lang: 'fi' | 'en'): ZipEntry => ({
    name: `message.${lang}.txt`,
    data: utf8(
      coverMessage(
        {
          model,
          items: itemVerdicts(model),
          ...(content && {
            content: {
              runId: content.model.runId,
              entitiesChecked: content.model.counts.entitiesChecked,
              totals: content.model.totals,
            },
          }),
          ...(changes && { changes }),
          files: listed.filter((f) => !f.startsWith('message.')),
          bundleFile: name,
          contact,
          localTarget: run.local,
        },
        lang,
      ),
    ),
  });
  const entries = [message('fi'), message('en'), ...docs];
  const sums: Record<string, string> = {};
  for (const e of entries) sums[e.name] = createHash('sha256').update(e.data).digest('hex');
  const manifest = {
    schemaVersion: 1,
    tool: `ptv-readiness ${toolVersion()}`,
    run: model.run.id,
    ...(content && { content: content.model.runId }),
    ...(changes && { since: changes.from.id }),
    sha256: sums,
  };
  entries.push({ name: 'bundle.json', data: utf8(JSON.stringify(manifest, null, 2) + '\n') });

  const file = outputPath(o, name, model.run.id);
  writeFileAtomic(file, zipEntries(entries, model.run.finishedAt));
  try {
    markBundled(dirname(o.runDir), model.run.id, {
      file: basename(file),
      at: (o.now ?? (() => new Date()))().toISOString(),
    });
  } catch (err) {
    o.warn?.(`the bundle is written, but index.json was not updated (${(err as Error).message})`);
  }
  return {
    file,
    entries: entries.map((e) => e.name),
    model,
    local: run.local,
    ...(previous && changes && { since: { id: changes.from.id, dir: previous.dir } }),
    ...(changes && { changes }),
    printed,
  };
}
