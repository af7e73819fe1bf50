import { basename, dirname } from 'node:path';
import type { ReportModel } from '../report/model.js';
import { previousRunIn, previousRunLink } from './previousRun.js';
import type { ContentModel } from '../content/contentModel.js';
import { entryOfContent, entryOfModel, loadRunIndex, registerRun } from './runIndex.js';

/**
 * The model with `previousRun` filled from `<outDir>/index.json` (the latest earlier run of the same
 * target and actor). The index is a convenience: when it cannot be read the model stays as it was.
 */
export function withPreviousRun(model: ReportModel, outDir: string): ReportModel {
  try {
    const key = entryOfModel(model, model.run.id);
    const link = previousRunLink(previousRunIn(loadRunIndex(outDir).index, key));
    return link ? { ...model, previousRun: link } : model;
  } catch {
    return model;
  }
}

/**
 * Registers a finished run in the index of the directory that holds it. Never fails the run: a
 * problem is reported through `warn`, and `history` rebuilds the index from the run directories.
 */
export function registerFinishedRun(runDir: string, model: ReportModel, warn: (m: string) => void): void {
  try {
    registerRun(dirname(runDir), entryOfModel(model, basename(runDir)));
  } catch (err) {
    warn(`the run was not added to index.json (${(err as Error).message}); \`history\` rebuilds it`);
  }
}

/** Registers a content report the same way (`history` lists it; it carries no DVV item verdicts). */
export function registerContentRun(dir: string, model: ContentModel, warn: (m: string) => void): void {
  try {
    registerRun(dirname(dir), entryOfContent(model, basename(dir)));
  } catch (err) {
    warn(
      `the content report was not added to index.json (${(err as Error).message}); \`history\` rebuilds it`,
    );
  }
}
