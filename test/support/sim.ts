/**
 * A real simulator on 127.0.0.1:0 with a logged-in token and a plain undici caller, for integration tests
 * and the bench. Payloads come from the fixtures' builders (`fixtureFor`).
 */
import { Agent, request, type Dispatcher } from 'undici';
import type { BuildOptions, FixtureContext } from '../../fixtures/index.js';
import { createSimulator } from '../../src/simulator/server.js';
import type { Simulator, SimulatorOptions } from '../../src/simulator/options.js';

export interface Call {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  json: unknown;
  text: string;
}

export interface TestSim {
  sim: Simulator;
  token: string;
  call(method: 'GET' | 'POST' | 'PUT', path: string, body?: unknown, token?: string | null): Promise<Call>;
  login(username?: string, password?: string, extra?: Record<string, unknown>): Promise<Call>;
  close(): Promise<void>;
}

/** An undici answer as a Call: its text, and its JSON when the text is JSON (else undefined). */
export async function readCall(res: Dispatcher.ResponseData): Promise<Call> {
  const text = await res.body.text();
  let json: unknown;
  try {
    json = text ? JSON.parse(text) : undefined;
  } catch {
    json = undefined;
  }
  return { status: res.statusCode, headers: res.headers, json, text };
}

export async function startSim(options: SimulatorOptions = {}): Promise<TestSim> {
  const sim = await createSimulator({ control: true, ...options });
  const agent = new Agent({ keepAliveTimeout: 10, keepAliveMaxTimeout: 10, connections: 256 });
  const call = async (
    method: 'GET' | 'POST' | 'PUT',
    path: string,
    body?: unknown,
    token?: string | null,
  ): Promise<Call> => {
    const headers: Record<string, string> = { 'content-type': 'application/json' };
    if (token) headers.authorization = `Bearer ${token}`;
    const res = await request(`${sim.url}${path}`, {
      method,
      headers,
      dispatcher: agent,
      ...(body !== undefined ? { body: typeof body === 'string' ? body : JSON.stringify(body) } : {}),
    });
    return readCall(res);
  };
  const login = (
    username = sim.credentials.username,
    password = sim.credentials.password,
    extra: Record<string, unknown> = {},
  ) => call('POST', '/api/auth/api-login', { username, password, ...extra });
  const first = await login();
  const j = first.json as { ptvToken?: string; serviceToken?: string };
  const token = j.ptvToken ?? j.serviceToken ?? '';
  const t: TestSim = {
    sim,
    token,
    call: (m, p, b, tok) => call(m, p, b, tok === undefined ? token : tok),
    login,
    close: async () => {
      await sim.close();
      await agent.close();
    },
  };
  return t;
}

/**
 * A fixture context for the material called `name` in `organizationId`: the fixtures' builders give each
 * name its own PTV names and sourceIds, so a test creates as many distinct items as it names.
 */
export function fixtureFor(organizationId: string, name: string): FixtureContext {
  return {
    runId: 'simtest',
    seed: 1,
    referenceDate: '2026-11-26T00:00:00.000Z',
    organizationId,
    caseId: name,
  };
}

/** Material in Finnish only (the fixtures default to fi, sv and en), e.g. for an organisation published in fi. */
export const FI_ONLY: BuildOptions = { languages: ['fi'] };

/** Code-list URIs the simulator knows, for tests that build classification lists by hand. */
export const SERVICE_CLASS = 'http://uri.suomi.fi/codelist/ptv/ptvserclass2/code/P1.1';
export const TARGET_GROUP = 'http://uri.suomi.fi/codelist/ptv/ptvkohderyhmat/code/KR1';
export const ONTOLOGY_TERM = 'http://www.yso.fi/onto/koko/p1234';
