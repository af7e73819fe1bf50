import { AsyncLocalStorage } from 'node:async_hooks';
import type { CaseMeta } from './caseMeta.js';

/**
 * The step whose code is running. AsyncLocalStorage rather than a module variable, so a request made
 * from any await depth (or from concurrently running flows) is tagged with the right case.
 */
export const currentStep = new AsyncLocalStorage<CaseMeta>();
