/** IN→OUT read-back mapping and comparison (in-api-v11.md §10). */
export { compareEntity, toKey, type ReadBackComparison } from './compareEntity.js';
export { compareConnection, connectedIds, findConnectionItem } from './compareConnection.js';
export { fieldMaps, kindOfChannelType, type FieldMap, type ReadBackKind } from './fieldMaps.js';
export { recordReadBack } from './recordReadBack.js';
export { storedForm } from './storedForm.js';
export { compareNeutral, type NeutralComparison } from './compareNeutral.js';
export { isOlderV12Copy } from './isOlderV12Copy.js';
