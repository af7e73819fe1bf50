import type { ResolvedConfig, TargetName, AuthShape } from '../config/types.js';
import { PtvrError } from '../core/errors.js';
import { createSimulator } from '../simulator/index.js';
import { parseDefects, parseFaults, parseLatency } from '../simulator/cliOptions.js';

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
      // Same flag syntax as `ptv-readiness simulate` (one parser, the simulator's).
      ...(config.sim.latency !== undefined && { latency: parseLatency(config.sim.latency) }),
      ...(config.sim.faults !== undefined && { faults: parseFaults(config.sim.faults) }),
      defects: parseDefects(config.sim.defects),
    });
    return {
      name: 'sim',
      apiUrl: sim.apiUrl,
      tokenUrl: sim.tokenUrl,
      authShape: target.authShape,
      username: sim.credentials.username,
      password: sim.credentials.password,
      organizationId: config.organizationId ?? sim.organizationId,
      ...(sim.controlUrl !== undefined && { controlUrl: sim.controlUrl }),
      simulated: true,
      usesDefaultCredentials: secrets.username === undefined && secrets.password === undefined,
      close: () => sim.close(),
    };
  }
  if (!target.apiUrl || !target.tokenUrl) {
    throw new PtvrError('PTVR_INTERNAL', `target ${target.name} has no URLs`);
  }
  if (secrets.username === undefined || secrets.password === undefined) {
    throw new PtvrError(
      'PTVR_SECRET_MISSING',
      `The ${target.name} target needs PTV_USERNAME and PTV_PASSWORD.`,
      {
        hint: 'set them in the environment, a .env file, or pass --secrets-file <path>',
      },
    );
  }
  return {
    name: target.name,
    apiUrl: target.apiUrl,
    tokenUrl: target.tokenUrl,
    authShape: target.authShape,
    username: secrets.username,
    password: secrets.password,
    ...(secrets.apiUserOrganisation !== undefined && { apiUserOrganisation: secrets.apiUserOrganisation }),
    ...(config.organizationId !== undefined && { organizationId: config.organizationId }),
    simulated: false,
    usesDefaultCredentials: false,
    close: async () => {},
  };
}
