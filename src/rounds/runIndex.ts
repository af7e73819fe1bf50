import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import type { ContentModel } from '../content/contentModel.js';
import { validateContentModel } from '../content/validateContentModel.js';
import { isPtvrError } from '../core/errors.js';
import { readBoundedText } from '../core/readBoundedFile.js';
import { redactUrl } from '../core/redactor.js';
import { writeFileAtomic } from '../core/writeFileAtomic.js';
import type { DvvItem, ReportModel, RunStatus } from '../report/model.js';
import { readReportModel } from '../report/readReportModel.js';
import { bundledRunOf } from './bundledRunOf.js';
import { itemVerdicts, type ItemStatus } from './itemVerdicts.js';

export const RUN_INDEX = 'index.json';

/** One run (or content report) of the out dir, as `history` lists it. */
export interface IndexEntry {
  id: string;
  /** Directory name under the out dir. */
  dir: string;
  kind: 'run' | 'content';
  target: { name: string; apiUrl: string };
  actor: string;
  status: RunStatus;
  /** Verdict per DVV item (technical runs only). */
  items?: Partial<Record<DvvItem, ItemStatus>>;
  startedAt: string;
  /** Set by `bundle`: the archive the run went into. */
  bundled?: { file: string; at: string };
}

export interface RunIndex {
  schemaVersion: 1;
  runs: IndexEntry[];
}

/** Index files are small; anything bigger is not ours. */
const MAX_INDEX_BYTES = 16 * 1024 * 1024;

/** The index entry of a technical run's report model. */
export function entryOfModel(model: ReportModel, dir: string): IndexEntry {
  const items: Partial<Record<DvvItem, ItemStatus>> = {};
  for (const v of itemVerdicts(model)) items[v.id] = v.status;
  const actor = (model as { actor?: unknown }).actor;
  return {
    id: model.run.id,
    dir,
    kind: 'run',
    target: { name: model.target.name, apiUrl: model.target.apiUrl },
    actor: typeof actor === 'string' ? actor : 'builtin',
    status: model.status,
    items,
    startedAt: model.run.startedAt,
  };
}

function isEntry(v: unknown): v is IndexEntry {
  const e = v as Partial<IndexEntry> | null;
  return (
    typeof e === 'object' &&
    e !== null &&
    typeof e.id === 'string' &&
    typeof e.dir === 'string' &&
    /^[^/\\]+$/.test(e.dir) &&
    e.dir !== '..' &&
    (e.kind === 'run' || e.kind === 'content') &&
    typeof e.target?.name === 'string' &&
    typeof e.target.apiUrl === 'string' &&
    typeof e.actor === 'string' &&
    typeof e.status === 'string' &&
    typeof e.startedAt === 'string'
  );
}

/** The index as stored, or undefined when it is missing, unreadable or not an index. */
function readStored(outDir: string): RunIndex | undefined {
  const path = join(outDir, RUN_INDEX);
  if (!existsSync(path)) return undefined;
  try {
    const v = JSON.parse(
      readBoundedText(path, { code: 'PTVR_RUN_DIR_INVALID', what: RUN_INDEX, maxBytes: MAX_INDEX_BYTES }),
    ) as Partial<RunIndex> | null;
    if (v?.schemaVersion !== 1 || !Array.isArray(v.runs) || !v.runs.every(isEntry)) return undefined;
    return { schemaVersion: 1, runs: v.runs };
  } catch (err) {
    if (isPtvrError(err) || err instanceof SyntaxError) return undefined;
    throw err;
  }
}

/** The index entry of a content report (`ptv-readiness content`). */
export function entryOfContent(model: ContentModel, dir: string): IndexEntry {
  return {
    id: model.runId,
    dir,
    kind: 'content',
    // content.json keeps the URL as given; the index never holds a credential from a query parameter.
    target: { name: model.target.name, apiUrl: redactUrl(model.target.apiUrl) },
    actor: 'content',
    status: model.totals.error > 0 ? 'failed' : 'passed',
    startedAt: model.generatedAt,
  };
}

/** A content run's entry from its content.json, or undefined when it is not a valid one. */
function contentEntry(outDir: string, dir: string): IndexEntry | undefined {
  try {
    const text = readBoundedText(join(outDir, dir, 'content.json'), {
      code: 'PTVR_RUN_DIR_INVALID',
      what: 'content.json',
      maxBytes: 256 * 1024 * 1024,
    });
    return entryOfContent(validateContentModel(JSON.parse(text)), dir);
  } catch {
    return undefined;
  }
}

/** The entry of one directory of the out dir, or undefined when it is not a readable run. */
function scanDir(outDir: string, dir: string): IndexEntry | undefined {
  const full = join(outDir, dir);
  if (existsSync(join(full, 'report.json'))) {
    try {
      return entryOfModel(readReportModel(full), dir);
    } catch {
      return undefined;
    }
  }
  return existsSync(join(full, 'content.json')) ? contentEntry(outDir, dir) : undefined;
}

function subdirectories(outDir: string): string[] {
  if (!existsSync(outDir)) return [];
  return readdirSync(outDir, { withFileTypes: true })
    .filter((d) => d.isDirectory())
    .map((d) => d.name);
}

const byStart = (a: IndexEntry, b: IndexEntry): number =>
  a.startedAt.localeCompare(b.startedAt) || a.id.localeCompare(b.id);

/** Sets `bundled` on the entries whose run a `*.zip` of the out dir was made of (newest zip wins). */
function markFromBundles(outDir: string, entries: IndexEntry[]): void {
  const zips = readdirSync(outDir, { withFileTypes: true })
    .filter((d) => d.isFile() && d.name.endsWith('.zip'))
    .map((d) => ({ file: d.name, at: statSync(join(outDir, d.name)).mtime.toISOString() }))
    .sort((a, b) => a.at.localeCompare(b.at));
  for (const z of zips) {
    const entry = entries.find((e) => e.id === bundledRunOf(join(outDir, z.file)));
    if (entry) entry.bundled = z;
  }
}

export interface LoadedIndex {
  index: RunIndex;
  /** Why the stored index was not used as is: missing, unreadable, or runs it did not list. */
  repaired?: 'missing' | 'corrupt' | 'completed';
}

/**
 * `<outDir>/index.json`, tolerant: a missing or corrupt index is rebuilt by scanning the out dir's
 * report.json / content.json files, and run directories the index does not list (an older version,
 * two runs finishing at once) are added. Entries whose directory is gone are dropped. Not written.
 */
export function loadRunIndex(outDir: string, replacing?: string): LoadedIndex {
  const stored = readStored(outDir);
  const dirs = new Set(subdirectories(outDir));
  const known = (stored?.runs ?? []).filter((e) => dirs.has(e.dir));
  // The run being registered replaces its entry anyway: not reading back its own report.json (MBs) saves a parse.
  const listed = new Set([...known.map((e) => e.dir), ...(replacing ? [replacing] : [])]);
  const added = [...dirs].filter((d) => !listed.has(d)).flatMap((d) => scanDir(outDir, d) ?? []);
  // A rebuilt index learns which runs were bundled from the bundles in the out dir (their bundle.json).
  if (!stored && dirs.size > 0) markFromBundles(outDir, added);
  const runs = [...known, ...added].sort(byStart);
  const repaired = !stored
    ? existsSync(join(outDir, RUN_INDEX))
      ? 'corrupt'
      : 'missing'
    : added.length > 0 || known.length !== stored.runs.length
      ? 'completed'
      : undefined;
  return { index: { schemaVersion: 1, runs }, ...(repaired && { repaired }) };
}

export function writeRunIndex(outDir: string, index: RunIndex): void {
  writeFileAtomic(join(outDir, RUN_INDEX), JSON.stringify(index, null, 2) + '\n');
}

/** Adds (or replaces) one entry and writes the index atomically. */
export function registerRun(outDir: string, entry: IndexEntry): RunIndex {
  const { index } = loadRunIndex(outDir, entry.dir);
  const previous = index.runs.find((e) => e.id === entry.id);
  const merged: IndexEntry = { ...entry, ...(previous?.bundled && { bundled: previous.bundled }) };
  const runs = [...index.runs.filter((e) => e.id !== entry.id), merged].sort(byStart);
  const next: RunIndex = { schemaVersion: 1, runs };
  writeRunIndex(outDir, next);
  return next;
}

/** Records that a run went into a bundle. */
export function markBundled(outDir: string, runId: string, bundled: { file: string; at: string }): void {
  const { index } = loadRunIndex(outDir);
  writeRunIndex(outDir, {
    schemaVersion: 1,
    runs: index.runs.map((e) => (e.id === runId ? { ...e, bundled } : e)),
  });
}
