import { createRequire } from 'node:module';
import type * as AjvPkg from 'ajv';
import type * as Ajv2020Pkg from 'ajv/dist/2020.js';
import type * as AjvFormatsPkg from 'ajv-formats';
import type * as StandalonePkg from 'ajv/dist/standalone/index.js';

/*
 * Ajv's compiler, loaded on first use. A run validates with the build's precompiled validators, which
 * need only Ajv's small runtime helpers; importing the compiler cost every process ~80 ms of CPU
 * (issue #14). It is still loaded where something compiles: the build, a stale or missing
 * precompiled file, v12 validation, a route map check.
 */
const require = createRequire(import.meta.url);

export const ajvPkg = (): typeof AjvPkg => require('ajv') as typeof AjvPkg;
export const ajv2020Pkg = (): typeof Ajv2020Pkg => require('ajv/dist/2020.js') as typeof Ajv2020Pkg;
// `require` returns module.exports: what an ESM default import of these CommonJS packages gives.
export const ajvFormatsPkg = (): typeof AjvFormatsPkg.default =>
  require('ajv-formats') as typeof AjvFormatsPkg.default;
export const standalonePkg = (): typeof StandalonePkg.default =>
  require('ajv/dist/standalone/index.js') as typeof StandalonePkg.default;
