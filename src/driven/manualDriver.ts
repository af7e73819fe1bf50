import { createInterface } from 'node:readline';
import { PtvrError } from '../core/errors.js';
import { DEFAULT_CAPABILITIES } from './commandDriver.js';
import type { ChangeAnswer, ChangeRequest, Driver, DriverCall } from './drivenTypes.js';

export interface ManualDriverOptions {
  input: NodeJS.ReadableStream & { isTTY?: boolean };
  output: { write(s: string): unknown };
  /** Where the step's material was written (the runner writes it before calling the driver). */
  materialPath: (step: string) => string;
}

/** The `manual` driver needs a person at a terminal; a pipe or CI gets a clear usage error. */
export function requireTty(input: { isTTY?: boolean }): void {
  if (!input.isTTY) {
    throw new PtvrError('PTVR_USAGE', '--driver manual needs an interactive terminal (stdin is not a TTY)', {
      hint: 'run it in a terminal, or automate the steps with --driver command --adapter <path>',
    });
  }
}

const VERB = { create: 'Create', update: 'Update', delete: 'Delete' } as const;

function ask(o: ManualDriverOptions, question: string): Promise<string> {
  const rl = createInterface({ input: o.input, terminal: false });
  return new Promise((resolve) => {
    o.output.write(question);
    rl.once('line', (line) => {
      // Resolve before close: close emits 'close' synchronously, which would answer '' first.
      resolve(line.trim());
      rl.close();
    });
    rl.once('close', () => resolve(''));
  });
}

/**
 * The `manual` driver: prints what to do in the source system (the material is in a file), waits for
 * Enter, and takes an optional sourceId typed by the user. Sync: the user runs the integration, or
 * says it runs on its own schedule.
 */
export function createManualDriver(o: ManualDriverOptions): Driver {
  requireTty(o.input);
  return {
    mode: 'manual',
    capabilities: async () => ({ answer: DEFAULT_CAPABILITIES, durationMs: 0 }),
    async change(req: ChangeRequest): Promise<DriverCall<ChangeAnswer>> {
      const started = Date.now();
      const what = req.kind.replace('channel/', '') + (req.kind.startsWith('channel/') ? ' channel' : '');
      o.output.write(
        `\n[${req.step}] ${VERB[req.operation]} this ${what} in your source system` +
          (req.operation === 'delete' ? ` (the one created as ${req.sourceSystemId ?? 'in this run'})` : '') +
          `.\n  Material: ${o.materialPath(req.step)}\n` +
          (req.material && typeof req.material.names === 'object'
            ? `  Name: ${Object.values(req.material.names as Record<string, string>)[0] ?? ''}\n`
            : ''),
      );
      const typed = await ask(
        o,
        req.operation === 'create'
          ? '  Press Enter when done (or type the sourceId your integration will use in PTV, then Enter): '
          : '  Press Enter when done: ',
      );
      const answer: ChangeAnswer = {
        sourceSystemId: req.sourceSystemId ?? req.suggestedSourceId ?? req.step,
        ...(typed && /^[A-Za-z0-9-.]{1,200}$/.test(typed) && { sourceId: typed }),
      };
      return { answer, durationMs: Date.now() - started };
    },
    async sync(step: string): Promise<DriverCall<{ ran: boolean }>> {
      const started = Date.now();
      const typed = await ask(
        o,
        `[${step}] Run your integration's sync now, then press Enter (type "s" if it runs on a schedule): `,
      );
      return { answer: { ran: typed.toLowerCase() !== 's' }, durationMs: Date.now() - started };
    },
  };
}
