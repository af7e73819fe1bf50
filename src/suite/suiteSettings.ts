import { inject } from 'vitest';
import { PtvrError } from '../core/errors.js';
import type { SuiteSettings } from './types.js';
import './provided.js';

/** Settings from inject('ptvr'); a clear error when a suite is run outside `ptv-readiness run`. */
export function suiteSettings(): SuiteSettings {
  const s = inject('ptvr');
  if (!s) {
    throw new PtvrError('PTVR_USAGE', 'Suites need the settings `ptv-readiness run` provides.', {
      hint: 'run suites through `ptv-readiness run`, not plain vitest',
    });
  }
  return s;
}
