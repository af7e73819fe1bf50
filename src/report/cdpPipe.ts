import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Readable, Writable } from 'node:stream';

type Params = Record<string, unknown>;
interface Pending {
  resolve: (result: Params) => void;
  reject: (err: Error) => void;
  timer: NodeJS.Timeout;
}

/**
 * A Chromium driven over the DevTools protocol on its own pipe (`--remote-debugging-pipe`: the
 * browser reads commands on fd 3 and answers on fd 4, each message JSON ended by a NUL). The PDF
 * printer needs five commands; playwright-core, which spoke them before, costs the CLI about 70 MB of
 * RSS and a CPU second or two just to load its 7 MB bundle.
 */
export class CdpPipe {
  private nextId = 1;
  private readonly pending = new Map<number, Pending>();
  private readonly listeners = new Map<string, (params: Params) => void>();
  private buffered: Buffer[] = [];
  private stderrTail = '';
  private closedError: Error | undefined;
  private readonly exited: Promise<void>;
  private readonly killOnExit = (): void => this.kill();

  private constructor(
    private readonly child: ChildProcess,
    private readonly userDataDir: string,
  ) {
    const out = child.stdio[4] as Readable;
    out.on('data', (chunk: Buffer) => this.receive(chunk));
    out.on('error', () => undefined);
    (child.stdio[3] as Writable).on('error', () => undefined);
    child.stderr?.setEncoding('utf8');
    child.stderr?.on('data', (s: string) => (this.stderrTail = (this.stderrTail + s).slice(-2000)));
    this.exited = new Promise((resolve) => {
      child.once('error', (err) => {
        this.fail(err);
        resolve();
      });
      child.once('exit', (code, signal) => {
        this.fail(new Error(`the browser exited (${signal ?? `code ${code}`})${this.lastLog()}`));
        resolve();
      });
    });
    // The browser runs in its own process group (Ctrl-C reaches the CLI, which still prints the
    // interrupted run's report); it must not outlive the CLI however that ends.
    process.once('exit', this.killOnExit);
  }

  /** Starts the browser with a fresh profile; resolves once it answers on the pipe. */
  static async launch(executablePath: string, args: readonly string[], timeoutMs = 60_000): Promise<CdpPipe> {
    const userDataDir = mkdtempSync(join(tmpdir(), 'ptvr-chromium-'));
    const child = spawn(
      executablePath,
      [...args, `--user-data-dir=${userDataDir}`, '--remote-debugging-pipe', '--no-startup-window'],
      { stdio: ['ignore', 'ignore', 'pipe', 'pipe', 'pipe'], detached: true },
    );
    const pipe = new CdpPipe(child, userDataDir);
    try {
      await pipe.send('Browser.getVersion', {}, undefined, timeoutMs);
    } catch (err) {
      await pipe.close();
      throw err;
    }
    return pipe;
  }

  /** Sends one command (to a page when sessionId is given) and resolves with its result. */
  send(method: string, params: Params = {}, sessionId?: string, timeoutMs = 60_000): Promise<Params> {
    if (this.closedError) return Promise.reject(this.closedError);
    const id = this.nextId++;
    return new Promise<Params>((resolve, reject) => {
      const timer = setTimeout(() => {
        this.pending.delete(id);
        reject(new Error(`${method} got no answer within ${Math.round(timeoutMs / 1000)} s`));
      }, timeoutMs);
      this.pending.set(id, { resolve, reject, timer });
      (this.child.stdio[3] as Writable).write(`${JSON.stringify({ id, method, params, sessionId })}\0`);
    });
  }

  /** Calls `listener` with each event `method` of the session (one listener per pair). */
  on(sessionId: string, method: string, listener: ((params: Params) => void) | undefined): void {
    if (listener) this.listeners.set(`${sessionId} ${method}`, listener);
    else this.listeners.delete(`${sessionId} ${method}`);
  }

  /** Closes the browser (politely, then by signal) and removes its profile. */
  async close(): Promise<void> {
    if (!this.closedError) void this.send('Browser.close', {}, undefined, 5_000).catch(() => undefined);
    const timer = setTimeout(() => this.kill(), 5_000);
    await this.exited;
    clearTimeout(timer);
    process.removeListener('exit', this.killOnExit);
    rmSync(this.userDataDir, { recursive: true, force: true, maxRetries: 3 });
  }

  private kill(): void {
    try {
      if (this.child.pid && this.child.exitCode === null) process.kill(-this.child.pid, 'SIGKILL');
    } catch {
      // already gone
    }
  }

  private receive(chunk: Buffer): void {
    let start = 0;
    for (let end = chunk.indexOf(0); end >= 0; end = chunk.indexOf(0, start)) {
      this.buffered.push(chunk.subarray(start, end));
      const text = Buffer.concat(this.buffered).toString('utf8');
      this.buffered = [];
      start = end + 1;
      this.dispatch(JSON.parse(text) as Message);
    }
    if (start < chunk.length) this.buffered.push(chunk.subarray(start));
  }

  private dispatch(msg: Message): void {
    if (msg.id !== undefined) {
      const p = this.pending.get(msg.id);
      if (!p) return;
      this.pending.delete(msg.id);
      clearTimeout(p.timer);
      if (msg.error) p.reject(new Error(msg.error.message));
      else p.resolve(msg.result ?? {});
    } else if (msg.method) {
      this.listeners.get(`${msg.sessionId ?? ''} ${msg.method}`)?.(msg.params ?? {});
    }
  }

  private fail(err: Error): void {
    this.closedError ??= err;
    for (const p of this.pending.values()) {
      clearTimeout(p.timer);
      p.reject(err);
    }
    this.pending.clear();
  }

  private lastLog(): string {
    const line = this.stderrTail.trim().split('\n').at(-1);
    return line ? `: ${line}` : '';
  }
}

interface Message {
  id?: number;
  method?: string;
  sessionId?: string;
  params?: Params;
  result?: Params;
  error?: { message: string };
}
