/**
 * Configuration shapes. `UserConfig` is what a config file or flags may supply (everything optional);
 * `ResolvedConfig` is complete, frozen and the only shape passed downstream. Secrets live in their own
 * slice and never travel through vitest `provide`.
 */
import type {
  AuthShape,
  ReportFormat,
  ReadApi,
  ReportLang,
  RuleProfile,
  SuiteId,
  TargetChoice,
  TargetName,
  WriteApi,
} from '../core/vocabulary.js';
import type { SimDefect } from '../simulator/options.js';

export type { AuthShape, ReadApi, ReportFormat, ReportLang, SuiteId, TargetName, WriteApi };

export interface SimulatorUserConfig {
  /** Simulator behaviour profile. */
  profile?: RuleProfile;
  /** Added latency per request, `ms` or `ms±jitter` (same syntax as `ptv-readiness simulate`). */
  latency?: string;
  /** Fault injection spec passed to the simulator, e.g. `429:0.05,503:0.02`. */
  faults?: string;
  /** Deliberate defects (hidden; for the harness's own failing-run tests). */
  defects?: string[];
  /** Persist simulator state here so `cleanup` can restart it after the run died. */
  db?: string;
  /** Simulated v11 → v12 copy delay (`<n>ms|s|m|h`), default 0s. */
  v12Delay?: string;
}

/** The v12 read path (v12-migration.md §4.2): the API-key gateway and how long to wait for the copy. */
export interface V12UserConfig {
  /** v12 base URL; default per target (cte, prod), the simulator's own origin on sim. */
  apiUrl?: string;
  /** Propagation deadline after the run's last write (`<n>ms|s|m|h`). */
  wait?: string;
  /** Poll interval while waiting. */
  poll?: string;
  /** Stop with the V12 cases pending; `readback <run-dir>` finishes them. */
  defer?: boolean;
  /** The v12 write route map (`--v12-routes`); default the bundled, inferred one (§4.8). */
  routes?: string;
}

/** Driven runs (issue #12): how `run` reaches the organisation's source system. Durations: `90s`, `10m`, `500ms`. */
export interface DriverUserConfig {
  mode?: 'builtin' | 'command' | 'manual';
  /** Adapter executable (relative paths: from the current directory). */
  adapter?: string;
  syncTimeout?: string;
  syncPoll?: string;
  adapterTimeout?: string;
}

/** What ptv-readiness.config.json or the flags may supply. */
export interface UserConfig {
  target?: TargetChoice;
  apiUrl?: string;
  tokenUrl?: string;
  authShape?: AuthShape;
  /** PTV organisation under which test material is created (default: the token's). */
  organizationId?: string;
  organization?: { name?: string; businessId?: string };
  tester?: { name?: string; email?: string; phone?: string };
  suites?: SuiteId[];
  seed?: number;
  referenceDate?: string;
  ruleProfile?: RuleProfile;
  /** Reports directory; each run writes `<out>/<run-id>/`. */
  out?: string;
  keep?: boolean;
  concurrency?: number;
  evidenceBodyLimit?: number;
  formats?: ReportFormat[];
  langs?: ReportLang[];
  sim?: SimulatorUserConfig;
  driver?: DriverUserConfig;
  /**
   * Which APIs read back what the run wrote (v11 always, as DVV's evidence; v12 adds the V12 suite), and
   * which one writes (`v12`: the suites of suites/v12/ through the route map, reads v12 only).
   */
  api?: { read?: ReadApi[]; write?: WriteApi };
  v12?: V12UserConfig;
}

/** Credentials: only from the environment, `.env` or `--secrets-file`. Never printed or provided. */
export interface Secrets {
  readonly username?: string;
  readonly password?: string;
  /** Production only: Palveluhallinta organisation id for `api-login`. */
  readonly apiUserOrganisation?: string;
  /** PTV_API_KEY: the v12 `x-api-key` for the target environment. */
  readonly apiKey?: string;
}

/** The embedded simulator: its URLs exist only once it has started (engine/startTarget.ts). */
export interface SimTarget {
  readonly name: 'sim';
  readonly authShape: AuthShape;
}

/** CTE, production or any other PTV: both URLs are known and parse (checked by resolveConfig). */
export interface RemoteTarget {
  readonly name: Exclude<TargetName, 'sim'>;
  readonly apiUrl: string;
  readonly tokenUrl: string;
  readonly authShape: AuthShape;
}

export type ResolvedTarget = SimTarget | RemoteTarget;

/** The simulator's `--latency`, parsed: milliseconds added per request, ± jitter. */
export interface SimLatency {
  readonly ms: number;
  readonly jitterMs?: number;
}

/** The simulator's `--faults`, parsed: probabilities in [0, 1]. */
export interface SimFaults {
  readonly '5xx'?: number;
  readonly '429'?: number;
  readonly reset?: number;
}

export interface ResolvedConfig {
  readonly target: ResolvedTarget;
  readonly organizationId?: string;
  readonly organization: { readonly name?: string; readonly businessId?: string };
  readonly tester: { readonly name?: string; readonly email?: string; readonly phone?: string };
  /** Empty = all suites. */
  readonly suites: readonly SuiteId[];
  readonly seed: number;
  readonly referenceDate: string;
  readonly ruleProfile: RuleProfile;
  /** Absolute reports directory. */
  readonly out: string;
  readonly keep: boolean;
  readonly concurrency: number;
  readonly evidenceBodyLimit: number;
  readonly formats: readonly ReportFormat[];
  readonly langs: readonly ReportLang[];
  readonly sim: {
    readonly profile: RuleProfile;
    readonly latency?: SimLatency;
    readonly faults?: SimFaults;
    readonly defects: readonly SimDefect[];
    readonly db?: string;
    /** Simulated v11 → v12 copy delay in ms (0 = at once). */
    readonly v12DelayMs: number;
  };
  /**
   * The read APIs: with `writeApi` v11 always v11 first, and `v12` adds the V12 read-back suite; with
   * `writeApi` v12 only `['v12']` (the suites read back through v12).
   */
  readonly readApis: readonly ReadApi[];
  /** The API the suites write through: v11 (DVV's test) or v12 (the write profile, suites/v12/). */
  readonly writeApi: WriteApi;
  readonly v12: {
    /** Configured v12 base URL (undefined on sim: the simulator's origin, known once it runs). */
    readonly apiUrl?: string;
    readonly waitMs: number;
    readonly pollMs: number;
    readonly defer: boolean;
    /** Absolute path of `--v12-routes` (undefined: the bundled default map). */
    readonly routes?: string;
  };
  readonly secrets: Secrets;
  /** Driven-run settings as given (flags over file); src/driven/drivenSettings.ts parses them. */
  readonly driver: Readonly<DriverUserConfig>;
  /** Where the config file came from, for messages (undefined when none was found). */
  readonly configFile?: string;
}
