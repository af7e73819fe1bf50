// The suites use the one v11 path table (src/core/apiPaths.ts) under their historical names.
export { API_V11 as API, apiPaths as paths } from '#ptvr';
