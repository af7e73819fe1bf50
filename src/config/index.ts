export type * from './types.js';
export { defaults } from './defaults.js';
export { knownTargets, knownV12ApiUrls, isProductionUrl, configuredUrls } from './targets.js';
export { requireCredentials, type Credentials } from './credentials.js';
export { configSchema } from './configSchema.js';
export { configViolations, assertUserConfig } from './validateUserConfig.js';
export { loadConfigFile, type LoadedConfigFile } from './loadConfigFile.js';
export { effectiveEnv, secretsFromEnv, ENV_KEYS, type EnvLike } from './loadSecrets.js';
export { resolveConfig, type ResolveInputs } from './resolveConfig.js';
