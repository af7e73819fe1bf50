import type { ReportModel } from '../report/model.js';
import { toolVersion } from '../core/toolVersion.js';
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** Installed version of a dependency (for the report's tool block), or "unknown". */
export function packageVersion(name: string): string {
  try {
    let dir = dirname(fileURLToPath(import.meta.resolve(name)));
    for (let i = 0; i < 6; i++) {
      const p = join(dir, 'package.json');
      if (existsSync(p)) {
        const pkg = JSON.parse(readFileSync(p, 'utf8')) as { name?: string; version?: string };
        if (pkg.name === name && pkg.version) return pkg.version;
      }
      dir = dirname(dir);
    }
  } catch {
    // fall through
  }
  return 'unknown';
}

/** The report's tool block: who produced it, with the versions that shape its results. */
export function toolInfo(): ReportModel['tool'] {
  return {
    name: 'ptv-readiness',
    version: toolVersion(),
    node: process.versions.node,
    vitest: packageVersion('vitest'),
    faker: packageVersion('@faker-js/faker'),
  };
}
