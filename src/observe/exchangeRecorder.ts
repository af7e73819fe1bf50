import type { EvidenceRecorder } from '../client/evidenceRecorder.js';
import { appendLineDurable } from '../core/appendLineDurable.js';
import type { Redactor } from '../core/redactor.js';
import { classifyExchange } from './classifyExchange.js';
import type { Observation } from './coverageBoard.js';
import type { Judge } from './judgeWrite.js';
import type { Exchange, Judgement, ObservedLine } from './observeTypes.js';
import type { SessionEntities } from './sessionEntities.js';
import type { WriteGenerations } from './writeGenerations.js';
import { recordNumberTexts } from '../core/jsonNumberText.js';

export interface ExchangeRecorderOptions {
  redactor: Redactor;
  evidence: EvidenceRecorder;
  /** The run's observed.jsonl. */
  observedPath: string;
  session: SessionEntities;
  generations: WriteGenerations;
  /** Late-bound: the judge reports back through recordJudgement, so it is created after the recorder. */
  judge: () => Judge;
  /** Called after every recorded exchange and judgement (the coverage board is due a look). */
  onRecorded: () => void;
}

export interface ExchangeRecorder {
  /** Every exchange so far in arrival order, with its judgement once the read-back is done. */
  readonly observations: readonly Observation[];
  /**
   * Records one exchange: evidence, the observed line, the session's knowledge, then queues its
   * judgement. `arrivalKey`/`arrivalGen`: the write generation counted when the request arrived.
   */
  record(x: Exchange, forwardedTo: string, arrivalKey?: string, arrivalGen?: number): void;
  /** The judge's verdict on exchange `seq`: attached to its observation and appended to the log. */
  recordJudgement(seq: number, judgement: Judgement, evidenceIds: string[]): void;
}

function parseJson(buf: Buffer | undefined): unknown {
  if (!buf || buf.length === 0 || buf.length > 8 * 1024 * 1024) return undefined;
  try {
    const text = buf.toString('utf8');
    // Numbers keep their source text, so the judge binds 60.10 as PTV does ("60.10").
    return recordNumberTexts(text, JSON.parse(text));
  } catch {
    return undefined;
  }
}

/** Everything secret in a login exchange or a bearer header becomes known to the redactor first. */
function learnSecrets(redactor: Redactor, x: Exchange, reqJson: unknown, resJson: unknown): void {
  const auth = x.requestHeaders.authorization;
  if (auth) redactor.addSecret(auth.replace(/^Bearer\s+/i, '').trim());
  const pick = (v: unknown, keys: string[]): void => {
    if (typeof v !== 'object' || v === null) return;
    for (const k of keys) redactor.addSecret((v as Record<string, unknown>)[k] as string | undefined);
  };
  if (/\/api\/auth\//i.test(x.url)) {
    pick(reqJson, ['username', 'password', 'apiUserOrganisation']);
    pick(resJson, ['ptvToken', 'serviceToken', 'access_token', 'token']);
  }
}

/** The observe run's memory and log: each exchange classified, recorded redacted, and queued for judging. */
export function createExchangeRecorder(o: ExchangeRecorderOptions): ExchangeRecorder {
  const { redactor, evidence, observedPath, session, generations } = o;
  const observations: Observation[] = [];
  const bySeq = new Map<number, Observation>();
  let seq = 0;

  const record = (x: Exchange, forwardedTo: string, arrivalKey?: string, arrivalGen?: number): void => {
    const reqJson = parseJson(x.requestBody);
    const resJson = parseJson(x.responseBody);
    learnSecrets(redactor, x, reqJson, resJson);
    const e = evidence.record({
      attempt: 1,
      requestId: evidence.newRequestId(),
      method: x.method,
      url: forwardedTo,
      ...(x.status !== undefined && { status: x.status }),
      ...(x.error !== undefined && { error: x.error }),
      startedAt: x.startedAt,
      durationMs: x.durationMs,
      requestHeaders: x.requestHeaders,
      requestBody: x.requestBody.toString('utf8'),
      ...(x.responseHeaders && { responseHeaders: x.responseHeaders }),
      ...(x.responseBody && { responseBody: x.responseBody.toString('utf8') }),
    });
    const path = x.url.split('?')[0]!;
    const classification = classifyExchange(
      {
        method: x.method,
        path,
        ...(x.status !== undefined && { status: x.status }),
        ...(reqJson !== undefined && { requestJson: reqJson }),
        ...(resJson !== undefined && { responseJson: resJson }),
        bearer: /^Bearer\s+\S/i.test(x.requestHeaders.authorization ?? ''),
        ...(x.error !== undefined && { error: x.error }),
        ...(x.refusedByProxy !== undefined && { refusedByProxy: x.refusedByProxy }),
        ...(x.clientGone && { clientGone: true }),
      },
      session,
    );
    if (x.status !== undefined && x.status >= 200 && x.status < 300) session.apply(classification);
    const s = ++seq;
    const ob: Observation = { seq: s, classification };
    observations.push(ob);
    bySeq.set(s, ob);
    const line: ObservedLine = {
      type: 'exchange',
      seq: s,
      evidenceId: e.id,
      at: x.startedAt.toISOString(),
      durationMs: Math.round(x.durationMs * 10) / 10,
      method: x.method,
      path: redactor.redactString(path),
      ...(x.status !== undefined && { status: x.status }),
      classification,
    };
    // One write() per exchange as it happens: a SIGKILL loses at most the exchange in progress.
    appendLineDurable(observedPath, redactor.redactJson(line), { fsync: false });
    // A create is its entity's first write: its generation starts when the answer names the id.
    const key =
      arrivalKey ?? (classification.entity?.id ? generations.keyOf(classification.entity.id) : undefined);
    const gen = arrivalGen ?? (key ? generations.current(key) : 0);
    o.judge().enqueue(s, classification, {
      requestJson: reqJson,
      responseJson: resJson,
      authorization: x.requestHeaders.authorization,
      status: x.status,
      isCurrent: () => key === undefined || generations.current(key) === gen,
    });
    o.onRecorded();
  };

  const recordJudgement = (s: number, judgement: Judgement, evidenceIds: string[]): void => {
    const ob = bySeq.get(s);
    if (ob) ob.judgement = judgement;
    const line: ObservedLine = { type: 'judgement', seq: s, judgement, evidenceIds };
    appendLineDurable(observedPath, redactor.redactJson(line), { fsync: false });
    o.onRecorded();
  };

  return { observations, record, recordJudgement };
}
