/** v12 write requests: ptv-readiness's own schemas, their validator, the v11 → v12 translation and the FMT-V12 cases. */
export { validateV12, v12Validator, type V12ValidationResult } from './validateV12.js';
export { toV12Request, type V12Translation } from './toV12Request.js';
export { generateFmtV12Cases, type FmtV12Case } from './fmtV12Cases.js';
export { inferV12Kind, isV12Kind, v12SchemaFor, V12_KINDS, type V12Kind } from './v12Kinds.js';
export { V12_DEFS, V12_REQUEST_SCHEMAS, type V12RequestSchema } from './schemas.js';
export { renderedLength, checkRenderedLength } from './renderedLength.js';
