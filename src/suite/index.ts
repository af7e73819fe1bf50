/** Worker-side suite kit: what suites/*.suite.ts are written with. */
export * from './types.js';
export type { CaseMeta } from './caseMeta.js';
export { flow, step } from './step.js';
export { suiteSettings } from './suiteSettings.js';
export { suiteClient } from './suiteClient.js';
export { PROVIDE_KEY } from './provided.js';
export { RUN_FILES, runFile } from './runFiles.js';
