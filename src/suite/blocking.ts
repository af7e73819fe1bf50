/**
 * Which earlier case keeps a step from running. Pure bookkeeping (no vitest), so the rules are unit
 * tested; step.ts applies them.
 *
 * Rules:
 * - A failed step blocks every later step of its flow.
 * - A step skipped as *blocked* (by its flow or an unmet `needs`) blocks the later steps of its own flow
 *   too: what it would have created or checked is missing for them as well.
 * - A step that skips itself with `ctx.skip(reason)` ("not testable on this target") does not block its
 *   flow: the later steps may still be testable. A step that `needs` it is blocked by it. A step whose
 *   skip leaves nothing to build on calls `ctx.skip(reason, { blockFlow: true })`.
 * - The blocker named is always the root cause: the failed case (or the self-skipped one), never an
 *   intermediate blocked case.
 * - A need (or an `after`) on a case that has started but not finished is waited for, so a case can run
 *   in the same concurrent group as what it needs (vitest starts a group's cases in declaration order):
 *   only a needed case that never started is "did not run".
 */
export interface FlowState {
  name: string;
  /** Root cause blocking every later step of the flow (set once, by the first failure or block). */
  blockedBy?: string;
}

type Recorded =
  { status: 'passed' } | { status: 'failed' } | { status: 'skipped' } | { status: 'blocked'; root: string };

export interface Block {
  /** The root cause to name as `blockedBy`. */
  root: string;
  skipReason: string;
}

export class CaseOutcomes {
  /** Every case this worker has run (cases may `need` cases of other flows and files). */
  private readonly byId = new Map<string, Recorded>();
  /** Cases started and not yet recorded: what waits on them resumes when they are. */
  private readonly running = new Map<string, () => void>();
  private readonly finished = new Map<string, Promise<void>>();

  /** The case has begun: from now on a need on it waits for its outcome instead of "did not run". */
  started(id: string): void {
    if (this.byId.has(id) || this.finished.has(id)) return;
    this.finished.set(id, new Promise<void>((resolve) => this.running.set(id, resolve)));
  }

  /** Resolves when every listed case that has started has an outcome (the others are not waited for). */
  async settled(ids: readonly string[]): Promise<void> {
    await Promise.all(ids.flatMap((id) => (this.running.has(id) ? [this.finished.get(id)!] : [])));
  }

  /** Whether the case has an outcome yet. */
  has(id: string): boolean {
    return this.byId.has(id);
  }

  passed(id: string): void {
    this.record(id, { status: 'passed' });
  }

  failed(id: string, flow: FlowState | undefined): void {
    this.record(id, { status: 'failed' });
    if (flow && flow.blockedBy === undefined) flow.blockedBy = id;
  }

  /** `ctx.skip(reason)`: blocks only the steps that `need` it, unless blockFlow. */
  skipped(id: string, flow: FlowState | undefined, blockFlow = false): void {
    this.record(id, { status: 'skipped' });
    if (blockFlow && flow && flow.blockedBy === undefined) flow.blockedBy = id;
  }

  /** The block on a step about to run, or undefined when it may run. Records the block. */
  blockFor(id: string, needs: readonly string[], flow: FlowState | undefined): Block | undefined {
    const block = flow?.blockedBy !== undefined ? flowBlock(flow.blockedBy) : this.needBlock(needs);
    if (!block) return undefined;
    this.record(id, { status: 'blocked', root: block.root });
    if (flow && flow.blockedBy === undefined) flow.blockedBy = block.root;
    return block;
  }

  private record(id: string, r: Recorded): void {
    this.byId.set(id, r);
    this.running.get(id)?.();
    this.running.delete(id);
  }

  private needBlock(needs: readonly string[]): Block | undefined {
    for (const need of needs) {
      const o = this.byId.get(need);
      if (o?.status === 'passed') continue;
      const root = o?.status === 'blocked' ? o.root : need;
      const why =
        o === undefined
          ? 'did not run'
          : o.status === 'blocked'
            ? 'was blocked'
            : o.status === 'failed'
              ? 'failed'
              : 'was skipped';
      const via = root === need ? `needed case ${why}` : `needed case ${need} ${why}`;
      return { root, skipReason: `blocked by ${root} (${via})` };
    }
    return undefined;
  }
}

function flowBlock(root: string): Block {
  return { root, skipReason: `blocked by ${root}` };
}
