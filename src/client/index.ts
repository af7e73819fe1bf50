export * from './types.js';
export { createPtvClient, type PtvClient, type PtvClientOptions } from './ptvClient.js';
export type { TokenSession } from './tokenManager.js';
export { assertWriteAllowed } from './productionGuard.js';
export { isProductionUrl } from '../core/productionHost.js';
export { readLedger, liveEntities, archivePathFor, entityRefOf, type EntityRef } from './ledger.js';
export { parseJwt, type JwtClaims } from './parseJwt.js';
export {
  clampConcurrency,
  createConcurrencyLimiter,
  type ConcurrencyLimiter,
  type LimiterSlot,
} from './concurrencyLimiter.js';
export { backoffDelay, resolveRetryPolicy, type RetryPolicy } from './retryPolicy.js';
// The request path's stages, for a second origin (v12 reads) and `observe`.
export { createRequestPipeline, type RequestPipelineOptions } from './requestPipeline.js';
export { retryLoop, type Pass, type PassContext } from './retryLoop.js';
export { attemptWithAuth, tokenAuthenticator, type Authenticator } from './attemptWithAuth.js';
export { recoverAmbiguousCreate, createTargetOf } from './recoverAmbiguousCreate.js';
export { createExchangeRecorder, type ExchangeRecorder } from './exchangeRecorder.js';
export { createEvidenceRecorder, type EvidenceRecorder } from './evidenceRecorder.js';
export { createHttpTransport, DEFAULT_TIMEOUTS, type HttpTransport } from './httpTransport.js';
