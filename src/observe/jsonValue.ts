export { isObj } from '../rules/checks/context.js';

/** A non-empty string, else undefined: PTV bodies use '' and null alike for "absent". */
export const str = (v: unknown): string | undefined => (typeof v === 'string' && v !== '' ? v : undefined);
