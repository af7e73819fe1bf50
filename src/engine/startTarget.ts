import type { ResolvedConfig, TargetName, AuthShape } from '../config/types.js';
import { requireCredentials } from '../config/credentials.js';
import { createSimulator } from '../simulator/index.js';

/** A reachable target: URLs, credentials to use and how to stop it. */
export interface StartedTarget {
  name: TargetName;
  apiUrl: string;
  tokenUrl: string;
  authShape: AuthShape;
  username: string;
  password: string;
  apiUserOrganisation?: string;
  /** From the config, else the simulator's seeded organisation (sim), else undefined (token's). */
  organizationId?: string;
  /** The v12 gateway (sim: the simulator's own origin) and its x-api-key, when the run reads v12. */
  v12ApiUrl?: string;
  apiKey?: string;
  /** True when the key is the simulator's built-in (public) one. */
  usesDefaultApiKey?: boolean;
  controlUrl?: string;
  simulated: boolean;
  /** True when these are the simulator's built-in (public) credentials rather than the user's. */
  usesDefaultCredentials: boolean;
  close(): Promise<void>;
}

/**
 * The embedded simulator for `sim` (fresh state on 127.0.0.1:0, or the `--sim-db` file), else the
 * configured URLs. For sim, PTV_USERNAME / PTV_PASSWORD (when set) become the simulator's user.
 */
export async function startTarget(config: ResolvedConfig): Promise<StartedTarget> {
  const { target, secrets } = config;
  if (target.name === 'sim') {
    const sim = await createSimulator({
      host: '127.0.0.1',
      port: 0,
      profile: config.sim.profile,
      authShape: target.authShape,
      seed: config.seed,
      control: true,
      ...(secrets.username !== undefined && { username: secrets.username }),
      ...(secrets.password !== undefined && { password: secrets.password }),
      ...(config.sim.db !== undefined && { dbPath: config.sim.db }),
      ...(config.sim.latency !== undefined && { latency: config.sim.latency }),
      ...(config.sim.faults !== undefined && { faults: config.sim.faults }),
      defects: [...config.sim.defects],
      ...(secrets.apiKey !== undefined && { apiKey: secrets.apiKey }),
      v12DelayMs: config.sim.v12DelayMs,
      // The run's --v12-routes: the simulator serves the same write routes the suites call.
      ...(config.v12.routes !== undefined && { v12Routes: config.v12.routes }),
    });
    return {
      name: 'sim',
      apiUrl: sim.apiUrl,
      tokenUrl: sim.tokenUrl,
      authShape: target.authShape,
      username: sim.credentials.username,
      password: sim.credentials.password,
      organizationId: config.organizationId ?? sim.organizationId,
      v12ApiUrl: sim.v12ApiUrl,
      apiKey: sim.apiKey,
      usesDefaultApiKey: secrets.apiKey === undefined,
      ...(sim.controlUrl !== undefined && { controlUrl: sim.controlUrl }),
      simulated: true,
      usesDefaultCredentials: secrets.username === undefined && secrets.password === undefined,
      close: () => sim.close(),
    };
  }
  return {
    name: target.name,
    apiUrl: target.apiUrl,
    tokenUrl: target.tokenUrl,
    authShape: target.authShape,
    ...requireCredentials(secrets, `The ${target.name} target`),
    ...(config.organizationId !== undefined && { organizationId: config.organizationId }),
    ...(config.v12.apiUrl !== undefined && { v12ApiUrl: config.v12.apiUrl }),
    ...(secrets.apiKey !== undefined && { apiKey: secrets.apiKey }),
    simulated: false,
    usesDefaultCredentials: false,
    close: async () => {},
  };
}
