export * from './types.js';
export { createPtvClient, type PtvClient, type PtvClientOptions } from './ptvClient.js';
export { assertWriteAllowed } from './productionGuard.js';
export { isProductionUrl } from '../core/productionHost.js';
export { readLedger, liveEntities, archivePathFor, entityRefOf, type EntityRef } from './ledger.js';
export { parseJwt, type JwtClaims } from './parseJwt.js';
export { clampConcurrency, createConcurrencyLimiter, type ConcurrencyLimiter } from './concurrencyLimiter.js';
export { backoffDelay, resolveRetryPolicy, type RetryPolicy } from './retryPolicy.js';
