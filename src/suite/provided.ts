import type { SuiteSettings } from './types.js';
import type { CaseMeta } from './caseMeta.js';

// Typed inject('ptvr') and task.meta.ptvr. The engine provides `ptvr`; nothing else is shared.
declare module 'vitest' {
  export interface ProvidedContext {
    ptvr: SuiteSettings;
  }
  interface TaskMeta {
    ptvr?: CaseMeta;
  }
}

/** The provide() key the engine uses. */
export const PROVIDE_KEY = 'ptvr' as const;
