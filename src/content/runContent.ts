/**
 * `ptv-readiness content`: start (or reach) the target, read the organisation's catalogue with GETs,
 * run the rule table, write the report directory. On the simulator a demo catalogue with planted
 * problems is written first (the only writes this command ever sends, and only to the simulator).
 */
import { join } from 'node:path';
import type { ResolvedConfig } from '../config/types.js';
import { PtvrError } from '../core/errors.js';
import type { Io } from '../core/io.js';
import { createRedactor } from '../core/redactor.js';
import { createPtvClient } from '../client/index.js';
import { makeRunId } from '../engine/runId.js';
import { startTarget } from '../engine/startTarget.js';
import { toolVersion } from '../core/toolVersion.js';
import { checkContent } from './checkContent.js';
import { DEFAULT_STALE_MONTHS } from './defaults.js';
import { NOT_CHECKED, summarize, type ContentModel } from './contentModel.js';
import { readCatalogue, type ReadProgress } from './readCatalogue.js';
import { seedDemoCatalogue } from './seedDemoCatalogue.js';
import { OVERLAP_THRESHOLD } from './textOverlap.js';
import { ptvUiLink } from './ptvUiLink.js';
import type { ContentLang } from './types.js';
import { writeContentReport, type ContentFormat } from './writeContentReport.js';

export interface RunContentOptions {
  config: ResolvedConfig;
  io: Io;
  signal?: AbortSignal;
  staleMonths?: number;
  formats: readonly ContentFormat[];
  langs: readonly ContentLang[];
  concurrency?: number;
  /** For PTV_READINESS_CHROME (the PDF). */
  env?: NodeJS.ProcessEnv;
  /** Also read the sub-organisations and their services and channels. */
  subOrganizations?: boolean;
  /** sim only: write the demo catalogue first (default true). */
  demo?: boolean;
  now?: () => Date;
}

export interface RunContentResult {
  dir: string;
  model: ContentModel;
  files: string[];
}

function progressLine(io: Io): (p: ReadProgress) => void {
  return (p) => {
    // Every tenth page and the last: enough to see a 150-page read move without flooding a log.
    if (p.done === p.total || p.done % 10 === 0)
      io.stderr.write(`content: ${p.phase} ${p.done}/${p.total}\n`);
  };
}

export async function runContent(options: RunContentOptions): Promise<RunContentResult> {
  const { config, io } = options;
  const now = options.now ?? (() => new Date());
  const started = await startTarget(config);
  const redactor = createRedactor();
  try {
    const client = createPtvClient({
      apiUrl: started.apiUrl,
      tokenUrl: started.tokenUrl,
      authShape: started.authShape,
      credentials: {
        username: started.username,
        password: started.password,
        ...(started.apiUserOrganisation !== undefined && {
          apiUserOrganisation: started.apiUserOrganisation,
        }),
      },
      ...(started.organizationId !== undefined && { ptvOrganizationId: started.organizationId }),
      runId: 'content',
      redactor,
      concurrency: options.concurrency ?? 4,
      ...(options.signal && { signal: options.signal }),
      onWarning: (m) => io.stderr.write(`warning: ${m}\n`),
    });
    try {
      const organizationId = started.organizationId ?? (await client.token()).organizationId;
      if (!organizationId) {
        throw new PtvrError('PTVR_CONFIG_INVALID', 'No organisation to read: the token names none.', {
          hint: 'pass --organization-id <guid> or set PTV_ORGANIZATION_ID',
        });
      }
      if (started.simulated && options.demo !== false) {
        io.stderr.write('content: writing the demo catalogue (planted problems) into the simulator\n');
        await seedDemoCatalogue(client, { organizationId });
      }
      const catalogue = await readCatalogue(client, {
        organizationId,
        concurrency: options.concurrency ?? 4,
        onProgress: progressLine(io),
        ...(options.subOrganizations && { subOrganizations: true }),
      });
      const staleMonths = options.staleMonths ?? DEFAULT_STALE_MONTHS;
      const entities = [
        ...(catalogue.organization ? [catalogue.organization] : []),
        ...(catalogue.subOrganizations ?? []),
        ...catalogue.services,
        ...catalogue.channels,
        ...(catalogue.serviceCollections ?? []),
      ];
      const findings = checkContent(entities, {
        now: now(),
        staleMonths,
        profile: config.ruleProfile,
        catalogue,
      }).map((f) => {
        const link = ptvUiLink(started.name, f.entityKind, f.entityId, f.channelType);
        return link ? { ...f, link } : f;
      });
      const generatedAt = now();
      const runId = makeRunId(generatedAt, started.name);
      const model: ContentModel = {
        schemaVersion: 1,
        tool: { name: 'ptv-readiness', version: toolVersion() },
        runId,
        generatedAt: generatedAt.toISOString(),
        target: { name: started.name, apiUrl: started.apiUrl, simulated: started.simulated },
        organizationId,
        source: 'read-api',
        settings: { staleMonths, profile: config.ruleProfile, overlapThreshold: OVERLAP_THRESHOLD },
        counts: {
          subOrganizations: catalogue.subOrganizations?.length ?? 0,
          services: catalogue.services.length,
          channels: catalogue.channels.length,
          serviceCollections: catalogue.serviceCollections?.length ?? 0,
          connections: catalogue.connections.length,
          generalDescriptions: catalogue.generalDescriptions.size,
          archivedAutomatically: catalogue.archivedAutomatically?.length ?? 0,
          entitiesChecked: entities.length,
        },
        ...summarize(findings),
        notChecked: NOT_CHECKED,
        notes: catalogue.notes,
        findings,
      };
      const dir = join(config.out, runId);
      const written = await writeContentReport(dir, model, options.formats, options.langs, options.env);
      for (const w of written.warnings)
        io.stderr.write(`warning: ${w.code}: ${w.message} (${w.hint ?? ''})\n`);
      return { dir, model, files: written.files };
    } finally {
      await client.close();
    }
  } finally {
    await started.close();
  }
}
