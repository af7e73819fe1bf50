/**
 * Test helpers for the simulator's own integration tests (real server, real undici client).
 * Not part of the public API.
 */
import { Agent, request } from 'undici';
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
    const text = await res.body.text();
    let json: unknown;
    try {
      json = text ? JSON.parse(text) : undefined;
    } catch {
      json = undefined;
    }
    return { status: res.statusCode, headers: res.headers, json, text };
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

export const SERVICE_CLASS = 'http://uri.suomi.fi/codelist/ptv/ptvserclass2/code/P1.1';
export const TARGET_GROUP = 'http://uri.suomi.fi/codelist/ptv/ptvkohderyhmat/code/KR1';
export const ONTOLOGY_TERM = 'http://www.yso.fi/onto/koko/p1234';

const texts = (langs: string[], name: string) => ({
  names: langs.map((l) => ({ type: 'Name', language: l, value: `${name} ${l}` })),
  descriptions: langs.flatMap((l) => [
    { type: 'Summary', language: l, value: `Tiivistelmä ${name} ${l}` },
    { type: 'Description', language: l, value: `Pidempi kuvaus palvelusta ${name} kielellä ${l}.` },
  ]),
});

export function aService(
  orgId: string,
  name: string,
  extra: Record<string, unknown> = {},
  langs = ['fi'],
): Record<string, unknown> {
  const t = texts(langs, name);
  return {
    type: 'Service',
    fundingType: 'PubliclyFunded',
    serviceNames: t.names,
    serviceDescriptions: t.descriptions,
    languages: langs,
    areaType: 'Nationwide',
    serviceClasses: [SERVICE_CLASS],
    ontologyTerms: [ONTOLOGY_TERM],
    targetGroups: [TARGET_GROUP],
    serviceProducers: [{ provisionType: 'SelfProducedServices', organizations: [orgId] }],
    mainResponsibleOrganization: orgId,
    publishingStatus: 'Published',
    ...extra,
  };
}

export function aPhoneChannel(
  orgId: string,
  name: string,
  extra: Record<string, unknown> = {},
  langs = ['fi'],
): Record<string, unknown> {
  const t = texts(langs, name);
  return {
    organizationId: orgId,
    serviceChannelNames: langs.map((l) => ({ language: l, value: `${name} ${l}` })),
    serviceChannelDescriptions: t.descriptions,
    phoneNumbers: langs.map((l) => ({
      type: 'Phone',
      prefixNumber: '+358',
      number: '401234567',
      serviceChargeType: 'FreeOfCharge',
      language: l,
    })),
    languages: langs,
    publishingStatus: 'Published',
    ...extra,
  };
}

export function aWebPageChannel(
  orgId: string,
  name: string,
  extra: Record<string, unknown> = {},
  langs = ['fi'],
): Record<string, unknown> {
  const t = texts(langs, name);
  return {
    organizationId: orgId,
    serviceChannelNames: langs.map((l) => ({ language: l, value: `${name} ${l}` })),
    serviceChannelDescriptions: t.descriptions,
    webPage: langs.map((l) => ({ language: l, value: `https://example.fi/${l}` })),
    accessibilityClassification: langs.map((l) => ({
      language: l,
      accessibilityClassificationLevel: 'Unknown',
    })),
    languages: langs,
    publishingStatus: 'Published',
    ...extra,
  };
}

export function anEChannel(
  orgId: string,
  name: string,
  extra: Record<string, unknown> = {},
  langs = ['fi'],
): Record<string, unknown> {
  return { ...aWebPageChannel(orgId, name, {}, langs), requiresAuthentication: false, ...extra };
}

export function aPrintableForm(
  orgId: string,
  name: string,
  extra: Record<string, unknown> = {},
  langs = ['fi'],
): Record<string, unknown> {
  const t = texts(langs, name);
  return {
    organizationId: orgId,
    serviceChannelNames: langs.map((l) => ({ language: l, value: `${name} ${l}` })),
    serviceChannelDescriptions: t.descriptions,
    channelUrls: langs.map((l) => ({ type: 'PDF', language: l, value: `https://example.fi/form-${l}.pdf` })),
    languages: langs,
    publishingStatus: 'Published',
    ...extra,
  };
}

export function aServiceLocation(
  orgId: string,
  name: string,
  extra: Record<string, unknown> = {},
  langs = ['fi'],
): Record<string, unknown> {
  const t = texts(langs, name);
  return {
    organizationId: orgId,
    serviceChannelNames: t.names,
    displayNameType: langs.map((l) => ({ type: 'Name', language: l })),
    serviceChannelDescriptions: t.descriptions,
    addresses: [
      {
        type: 'Location',
        subType: 'Single',
        streetAddress: {
          street: langs.map((l) => ({ language: l, value: 'Mannerheimintie' })),
          streetNumber: '1',
          postalCode: '00100',
          municipality: '091',
        },
      },
    ],
    languages: langs,
    publishingStatus: 'Published',
    ...extra,
  };
}

export function aSubOrganization(
  parentId: string,
  name: string,
  extra: Record<string, unknown> = {},
): Record<string, unknown> {
  return {
    parentOrganizationId: parentId,
    organizationType: 'Organization',
    organizationNames: [{ type: 'Name', language: 'fi', value: name }],
    displayNameType: [{ type: 'Name', language: 'fi' }],
    organizationDescriptions: [
      { type: 'Summary', language: 'fi', value: `Tiivistelmä ${name}` },
      { type: 'Description', language: 'fi', value: `Kuvaus alaorganisaatiosta ${name}.` },
    ],
    areaType: 'Nationwide',
    publishingStatus: 'Published',
    ...extra,
  };
}
