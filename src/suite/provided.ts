import type { SuiteSettings } from './types.js';
import type { CaseMeta } from './caseMeta.js';
import type { SuitePlan } from './suitePlan.js';

// Typed inject('ptvr') and task.meta.ptvr. The engine provides `ptvr` and the suite plan `ptvrSuites`.
declare module 'vitest' {
  export interface ProvidedContext {
    ptvr: SuiteSettings;
    /** The suite files and which run side by side (suites/support/runSideBySide.ts). */
    ptvrSuites?: SuitePlan;
  }
  interface TaskMeta {
    ptvr?: CaseMeta;
    /** The suite file a case belongs to (set on the side-by-side wrapper, inherited by its cases). */
    ptvrFile?: string;
  }
}

/** The provide() key the engine uses. */
export const PROVIDE_KEY = 'ptvr' as const;
