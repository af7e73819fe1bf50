import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { PtvrError } from '../core/errors.js';
import { readBoundedText } from '../core/readBoundedFile.js';
import type { ContentModel } from '../content/contentModel.js';
import { validateContentModel } from '../content/validateContentModel.js';
import { isLocalUrl } from './isLocalUrl.js';

export interface BundleableContent {
  model: ContentModel;
  /** Directory-relative files that go into the bundle, sorted. */
  files: string[];
}

const refuse = (message: string, hint: string): PtvrError =>
  new PtvrError('PTVR_BUNDLE_REFUSED', message, { hint });

/**
 * Checks a `content` report directory for the bundle: a valid content.json, read from DVV's
 * environment (not the simulator's demo catalogue, not a local address unless `allowLocal`), for the
 * same organisation as the technical run when both name one. Its views (PDF, HTML, CSV) go along.
 */
export function checkBundleableContent(
  dir: string,
  opts: { allowLocal: boolean; organizationId?: string },
): BundleableContent {
  const text = readBoundedText(join(dir, 'content.json'), {
    code: 'PTVR_RUN_DIR_INVALID',
    what: 'content.json',
    maxBytes: 256 * 1024 * 1024,
    hint: 'pass the directory `ptv-readiness content` wrote, e.g. reports/<run-id>',
  });
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (err) {
    throw new PtvrError('PTVR_RUN_DIR_INVALID', `${dir}/content.json is not valid JSON.`, {
      hint: 'content.json is written atomically by `ptv-readiness content`; run it again',
      cause: err,
    });
  }
  const model = validateContentModel(json);
  if (model.target.simulated) {
    throw refuse(
      `${model.runId} read the simulator's demo catalogue, not the organisation's content.`,
      'run `ptv-readiness content --target cte` (or prod, read-only) and bundle that directory',
    );
  }
  if (isLocalUrl(model.target.apiUrl) && !opts.allowLocal) {
    throw refuse(
      `${model.runId} read a loopback or private address (${model.target.apiUrl}).`,
      'bundle a content report read from PTV; --allow-local bundles it anyway, for testing the tool only',
    );
  }
  if (opts.organizationId && opts.organizationId.toLowerCase() !== model.organizationId.toLowerCase()) {
    throw refuse(
      `${model.runId} is the content of organisation ${model.organizationId}, the technical run's is ${opts.organizationId}.`,
      'pass the content report of the same organisation',
    );
  }
  const files = readdirSync(dir)
    .filter((f) => f === 'content.json' || /^content\.(fi|en)\.(pdf|html|csv)$/.test(f))
    .sort();
  if (!files.some((f) => /\.(pdf|html)$/.test(f))) {
    throw refuse(
      `${model.runId} has no PDF or HTML of the content report.`,
      'run `ptv-readiness content` again with --formats html,pdf,md,csv',
    );
  }
  return { model, files };
}
