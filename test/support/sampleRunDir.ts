import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { ReportModel } from '../../src/report/model.js';

/** The run.json a run that produced `model` would have written (for tests and examples). */
export function sampleRunInfo(model: ReportModel): Record<string, string> {
  return {
    runId: model.run.id,
    createdAt: model.run.startedAt,
    toolVersion: model.tool.version,
    target: model.target.name,
    apiUrl: model.target.apiUrl,
    tokenUrl: model.target.tokenUrl,
    authShape: 'cte',
  };
}

/** Writes report.json and the matching run.json into `dir`: the least a run directory holds. */
export function writeSampleRunDir(dir: string, model: ReportModel): string {
  writeFileSync(join(dir, 'report.json'), JSON.stringify(model, null, 2) + '\n');
  writeFileSync(join(dir, 'run.json'), JSON.stringify(sampleRunInfo(model), null, 2) + '\n');
  return dir;
}
