import { spawn } from 'node:child_process';
import { PtvrError } from '../core/errors.js';
import type { Redactor } from '../core/redactor.js';
import {
  CONTRACT_VERSION,
  DRIVEN_KINDS,
  type Capabilities,
  type ChangeAnswer,
  type ChangeRequest,
  type Driver,
  type DriverCall,
  type DrivenKind,
} from './drivenTypes.js';

export interface CommandDriverOptions {
  adapter: string;
  cwd: string;
  /** The child's whole environment (the tool's own plus PTV_API_URL & co.); never argv. */
  env: NodeJS.ProcessEnv;
  /** Per operation; `sync` gets `syncTimeoutMs`. */
  timeoutMs: number;
  syncTimeoutMs: number;
  redactor: Redactor;
  /** Grace between SIGTERM and SIGKILL (default 5 s). */
  killGraceMs?: number;
  /** Extra environment per call (PTVR_STEP). */
  stepEnv?: (step: string) => NodeJS.ProcessEnv;
  /** Ctrl-C: the running adapter is stopped (SIGTERM, then SIGKILL) and the call ends PTVR_INTERRUPTED. */
  signal?: AbortSignal;
}

const STDOUT_LIMIT = 1024 * 1024;
const STDERR_LIMIT = 64 * 1024;

/** An adapter failure with what the evidence keeps of it. */
export class AdapterError extends PtvrError {
  constructor(
    code:
      | 'PTVR_ADAPTER_FAILED'
      | 'PTVR_ADAPTER_TIMEOUT'
      | 'PTVR_ADAPTER_OUTPUT_INVALID'
      | 'PTVR_ADAPTER_NOT_FOUND',
    message: string,
    hint: string,
    readonly stderrTail: string,
    readonly stdout: string,
  ) {
    super(code, message, { hint });
  }
}

interface Spawned {
  code: number | null;
  signal: NodeJS.Signals | null;
  stdout: string;
  stderr: string;
  timedOut: boolean;
  durationMs: number;
}

/** Keeps the last `limit` bytes (stderr: the tail says why it failed). */
function tailOf(chunks: Buffer[], limit: number): string {
  const all = Buffer.concat(chunks);
  return all.subarray(Math.max(0, all.length - limit)).toString('utf8');
}

/**
 * Runs `<adapter> <operation> [<kind>]` without a shell: one JSON document on stdin, then EOF; one
 * JSON document expected on stdout. Past the timeout the child gets SIGTERM, then SIGKILL.
 */
function spawnAdapter(
  o: CommandDriverOptions,
  args: string[],
  input: unknown,
  timeoutMs: number,
  step: string,
): Promise<Spawned> {
  const started = Date.now();
  return new Promise((resolve, reject) => {
    let child;
    try {
      child = spawn(o.adapter, args, {
        cwd: o.cwd,
        env: { ...o.env, ...o.stepEnv?.(step) },
        stdio: ['pipe', 'pipe', 'pipe'],
        shell: false,
      });
    } catch (err) {
      reject(err);
      return;
    }
    const out: Buffer[] = [];
    let outBytes = 0;
    const err: Buffer[] = [];
    let errBytes = 0;
    let timedOut = false;
    let interrupted = false;
    let killTimer: NodeJS.Timeout | undefined;
    const stop = (): void => {
      child.kill('SIGTERM');
      killTimer = setTimeout(() => child.kill('SIGKILL'), o.killGraceMs ?? 5000);
    };
    const timer = setTimeout(() => {
      timedOut = true;
      stop();
    }, timeoutMs);
    const onAbort = (): void => {
      interrupted = true;
      stop();
    };
    o.signal?.addEventListener('abort', onAbort, { once: true });
    child.stdout.on('data', (b: Buffer) => {
      if (outBytes < STDOUT_LIMIT) out.push(b);
      outBytes += b.length;
    });
    child.stderr.on('data', (b: Buffer) => {
      err.push(b);
      errBytes += b.length;
      // Bounded memory: keep roughly the last STDERR_LIMIT bytes.
      while (errBytes - err[0]!.length > STDERR_LIMIT) errBytes -= err.shift()!.length;
    });
    child.stdin.on('error', () => undefined); // an adapter that ignores stdin closes the pipe early
    const settle = (): void => {
      clearTimeout(timer);
      if (killTimer) clearTimeout(killTimer);
      o.signal?.removeEventListener('abort', onAbort);
    };
    child.on('error', (e) => {
      settle();
      reject(e);
    });
    child.on('close', (code, signal) => {
      settle();
      if (interrupted) return reject(new PtvrError('PTVR_INTERRUPTED', `${args.join(' ')}: interrupted`));
      resolve({
        code,
        signal,
        stdout: Buffer.concat(out).toString('utf8'),
        stderr: tailOf(err, STDERR_LIMIT),
        timedOut,
        durationMs: Date.now() - started,
      });
    });
    child.stdin.end(JSON.stringify(input) + '\n');
  });
}

const isObj = (v: unknown): v is Record<string, unknown> => !!v && typeof v === 'object' && !Array.isArray(v);

/** Parses exactly one JSON object from stdout (surrounding whitespace allowed). */
function parseAnswer(stdout: string): Record<string, unknown> | undefined {
  try {
    const v: unknown = JSON.parse(stdout.trim());
    return isObj(v) ? v : undefined;
  } catch {
    return undefined;
  }
}

const optString = (v: unknown): boolean =>
  v === undefined || (typeof v === 'string' && v.length > 0 && v.length <= 400);

/** Capabilities from the adapter's answer; undefined when the shape is wrong. */
export function parseCapabilities(v: Record<string, unknown>): Capabilities | undefined {
  const kinds = v.kinds;
  if (v.contract !== CONTRACT_VERSION || !Array.isArray(kinds)) return undefined;
  if (!kinds.every((k) => (DRIVEN_KINDS as readonly unknown[]).includes(k))) return undefined;
  if (v.sync !== undefined && v.sync !== 'on-demand' && v.sync !== 'scheduled') return undefined;
  const notMapped: Partial<Record<DrivenKind, string[]>> = {};
  if (v.notMapped !== undefined) {
    if (!isObj(v.notMapped)) return undefined;
    for (const [k, fields] of Object.entries(v.notMapped)) {
      if (!(DRIVEN_KINDS as readonly string[]).includes(k)) return undefined;
      if (!Array.isArray(fields) || !fields.every((f) => typeof f === 'string')) return undefined;
      notMapped[k as DrivenKind] = fields as string[];
    }
  }
  return {
    contract: CONTRACT_VERSION,
    ...(typeof v.name === 'string' && { name: v.name.slice(0, 200) }),
    kinds: kinds as DrivenKind[],
    notMapped,
    sync: (v.sync as Capabilities['sync'] | undefined) ?? 'on-demand',
    declared: true,
  };
}

/** No (valid) capabilities answer: every kind, nothing notMapped, sync on demand (contract). */
export const DEFAULT_CAPABILITIES: Capabilities = {
  contract: CONTRACT_VERSION,
  kinds: [...DRIVEN_KINDS],
  notMapped: {},
  sync: 'on-demand',
  declared: false,
};

/** The `command` driver: the organisation's adapter executable (driven-contract.md). */
export function createCommandDriver(o: CommandDriverOptions): Driver {
  const red = (s: string): string => o.redactor.redactString(s);

  async function call(
    what: string,
    args: string[],
    input: unknown,
    timeoutMs: number,
    step: string,
  ): Promise<{ answer: Record<string, unknown>; stderrTail: string; durationMs: number }> {
    let r: Spawned;
    try {
      r = await spawnAdapter(o, args, input, timeoutMs, step);
    } catch (err) {
      if (err instanceof PtvrError) throw err;
      const code = (err as NodeJS.ErrnoException)?.code ?? String(err);
      throw new AdapterError(
        'PTVR_ADAPTER_NOT_FOUND',
        `${what}: the adapter ${o.adapter} could not be started (${code})`,
        'check --adapter / driver.adapter: an existing executable file (chmod +x, with a #! line)',
        '',
        '',
      );
    }
    const stderrTail = red(r.stderr);
    if (r.timedOut) {
      throw new AdapterError(
        'PTVR_ADAPTER_TIMEOUT',
        `${what}: no answer within ${Math.round(timeoutMs / 1000)} s (the adapter was stopped)`,
        what === 'sync'
          ? 'raise --sync-timeout if the sync needs longer'
          : 'raise --adapter-timeout if the operation needs longer',
        stderrTail,
        red(r.stdout),
      );
    }
    if (r.code !== 0) {
      const how = r.code === null ? `was killed by ${r.signal ?? 'a signal'}` : `exited ${r.code}`;
      throw new AdapterError(
        'PTVR_ADAPTER_FAILED',
        `${what} ${how}`,
        "the adapter's stderr is in the step's evidence (driven/ in the run directory)",
        stderrTail,
        red(r.stdout),
      );
    }
    const answer = parseAnswer(r.stdout);
    if (!answer) {
      throw new AdapterError(
        'PTVR_ADAPTER_OUTPUT_INVALID',
        `${what}: stdout is not one JSON object`,
        'the adapter must print exactly one JSON document on stdout (logs go to stderr)',
        stderrTail,
        red(r.stdout.slice(0, 4096)),
      );
    }
    return { answer, stderrTail, durationMs: r.durationMs };
  }

  const invalid = (what: string, why: string, got: { answer: unknown; stderrTail: string }): AdapterError =>
    new AdapterError(
      'PTVR_ADAPTER_OUTPUT_INVALID',
      `${what}: ${why}`,
      'see the answer shapes in docs/driven.md',
      got.stderrTail,
      red(JSON.stringify(got.answer).slice(0, 4096)),
    );

  return {
    mode: 'command',
    async capabilities(): Promise<DriverCall<Capabilities>> {
      try {
        const r = await call(
          'capabilities',
          ['capabilities'],
          { contract: CONTRACT_VERSION },
          o.timeoutMs,
          'capabilities',
        );
        const caps = parseCapabilities(r.answer);
        if (!caps) throw invalid('capabilities', 'not a capabilities answer of contract 1', r);
        return { answer: caps, stderrTail: r.stderrTail, durationMs: r.durationMs };
      } catch (err) {
        // An adapter without `capabilities` (non-zero exit): the contract's defaults apply.
        if (err instanceof AdapterError && err.code === 'PTVR_ADAPTER_FAILED')
          return { answer: DEFAULT_CAPABILITIES, stderrTail: err.stderrTail, durationMs: 0 };
        throw err;
      }
    },
    async change(req: ChangeRequest): Promise<DriverCall<ChangeAnswer>> {
      const what = `${req.operation} ${req.kind}`;
      const r = await call(what, [req.operation, req.kind], req, o.timeoutMs, req.step);
      const a = r.answer;
      if (!optString(a.sourceSystemId) || !optString(a.sourceId))
        throw invalid(what, 'sourceSystemId / sourceId must be non-empty strings when present', r);
      if (req.operation === 'create' && a.sourceSystemId === undefined)
        throw invalid(what, 'a create answer needs sourceSystemId', r);
      const answer: ChangeAnswer = {
        ...(typeof a.sourceSystemId === 'string' && { sourceSystemId: a.sourceSystemId }),
        ...(typeof a.sourceId === 'string' && { sourceId: a.sourceId }),
      };
      return { answer, stderrTail: r.stderrTail, durationMs: r.durationMs };
    },
    async sync(step: string, runId: string): Promise<DriverCall<{ ran: boolean }>> {
      const r = await call(
        'sync',
        ['sync'],
        { contract: CONTRACT_VERSION, operation: 'sync', runId, step },
        o.syncTimeoutMs,
        step,
      );
      if (typeof r.answer.ran !== 'boolean') throw invalid('sync', 'the answer needs "ran": true|false', r);
      return { answer: { ran: r.answer.ran }, stderrTail: r.stderrTail, durationMs: r.durationMs };
    },
  };
}
