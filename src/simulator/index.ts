/** The embedded PTV simulator: see docs/simulator.md. */
export { createSimulator } from './server.js';
export type {
  SimDefect,
  SimOrganizationSeed,
  SimRole,
  SimUserSeed,
  Simulator,
  SimulatorOptions,
} from './options.js';
export { SIM_DEFECTS } from './options.js';
export { DEFAULT_PASSWORD, DEFAULT_USERNAME, DEFAULT_ORGANIZATION } from './seed.js';
export {
  override,
  type OverrideHandler,
  type OverrideReply,
  type OverrideResolver,
  type RecordedCall,
} from './http/overrides.js';
