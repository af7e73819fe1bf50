import type { EvidenceEntry } from '../../src/core/evidenceEntry.js';
import type { CaseResult, MaterialEntry, ReportModel } from '../../src/report/model.js';

/**
 * A realistic, fixed report model (simulator run) covering every DVV item, passed / failed /
 * skipped-blocked cases, findings, read-backs, evidence and material. Used by the tests, the
 * bench (docs/sample-report is a real run). Pure: the same options always give the same model.
 */
export interface SampleModelOptions {
  /** Total evidence entries; the extra ones are spread over the cases as retries/read-backs. */
  evidenceCount?: number;
  /** Target CTE instead of the simulator (no watermark). */
  cte?: boolean;
  /**
   * Extra generated T5 field cases (`FMT-1001`…), passed, without read-back, each refused by PTV
   * with a 400 and its messages — the shape of a full run's ~440 generated field cases.
   */
  generatedT5?: number;
}

const uuid = (n: number): string => `00000000-0000-4000-8000-${n.toString(16).padStart(12, '0')}`;
const T0 = Date.parse('2026-11-26T10:00:00.000Z');
const iso = (offsetMs: number): string => new Date(T0 + offsetMs).toISOString();

type CaseSeed = Partial<CaseResult> & Pick<CaseResult, 'id' | 'dvvItem' | 'title'>;

const seeds: CaseSeed[] = [
  {
    id: 'CONN-01',
    dvvItem: 'CONN',
    title: 'API user logs in and receives a token bound to the organisation',
  },
  {
    id: 'CONN-02',
    dvvItem: 'CONN',
    title: 'A rejected token (401 invalid_token) triggers exactly one new login',
  },
  {
    id: 'CONN-03',
    dvvItem: 'CONN',
    title: 'API and token hosts are reachable through the firewall (TLS, DNS)',
  },
  { id: 'ORG-01', dvvItem: 'T1', title: 'Create a new sub-organisation under the test organisation' },
  { id: 'ORG-02', dvvItem: 'T1', title: 'Modify the sub-organisation by sourceId and read it back' },
  { id: 'SRV-01', dvvItem: 'T2', title: 'Create a new service in fi, sv and en' },
  {
    id: 'SRV-02',
    dvvItem: 'T2',
    title: 'Modify the service (descriptions, service classes) and read it back',
    status: 'failed',
    findings: [
      {
        path: 'ServiceDescriptions[2].Value',
        message: 'Read-back differs from what was sent (en Summary).',
        rule: 'readback.mismatch',
        severity: 'error',
        expected: 'Building permits for detached houses | *new* rules',
        actual: 'Building permits for detached houses',
      },
    ],
  },
  { id: 'CH-01', dvvItem: 'T3', title: 'Create an e-service channel (EChannel)' },
  { id: 'CH-02', dvvItem: 'T3', title: 'Create a web page channel (WebPage)' },
  { id: 'CH-03', dvvItem: 'T3', title: 'Create a printable form channel (PrintableForm)' },
  { id: 'CH-04', dvvItem: 'T3', title: 'Create a phone channel (Phone) with service hours' },
  {
    id: 'CH-05',
    dvvItem: 'T3',
    title: 'Create a service location channel (ServiceLocation) with a visiting address',
    status: 'failed',
    error:
      'PTV answered 400: {"Addresses[0].StreetAddress.PostalCode":["The code \'00999\' was not found!"]}',
    ptvMessages: ["The code '00999' was not found!"],
  },
  { id: 'CH-06', dvvItem: 'T3', title: 'Modify the phone channel (new number, changed hours)' },
  { id: 'CON-01', dvvItem: 'T4', title: 'Connect the service to its channels and read the connections back' },
  {
    id: 'CON-02',
    dvvItem: 'T4',
    title: 'Add connection-specific additional info to the service location connection',
    status: 'skipped',
    blockedBy: 'CH-05',
  },
  { id: 'FMT-001', dvvItem: 'T5', title: 'sourceId with an underscore is refused (400)' },
  { id: 'FMT-017', dvvItem: 'T5', title: 'Service hours off the quarter hour are refused (400)' },
  {
    id: 'FMT-020',
    dvvItem: 'T5',
    title: 'Summary longer than 150 characters is refused',
    status: 'failed',
    findings: [
      {
        path: 'ServiceDescriptions[0].Value',
        message: 'PTV accepted a 151-character Summary; the integration must not send it.',
        rule: 'maxLength',
        severity: 'error',
        expected: 150,
        actual: 151,
      },
    ],
  },
  {
    id: 'ARC-01',
    dvvItem: 'T6',
    title: 'Archive the service removed from the source system (publishingStatus Deleted)',
  },
  { id: 'ARC-02', dvvItem: 'T6', title: 'Archived channel answers 404 and shows in archived/list' },
  {
    id: 'ARC-03',
    dvvItem: 'T6',
    title: 'Archive the sub-organisation',
    status: 'skipped',
    skipReason: 'not testable on the simulator profile ptv34: organisation archiving is refused',
  },
  {
    id: 'PIT-01',
    dvvItem: 'PIT',
    title: 'The integration never sends publishingStatus Modified',
    findings: [
      {
        path: 'publishingStatus',
        message: 'A UI user left the latest version Modified; every PUT would fail until it is published.',
        rule: 'pitfall.modifiedDeadEnd',
        severity: 'warning',
      },
    ],
  },
  {
    id: 'PIT-02',
    dvvItem: 'PIT',
    title: 'Connection answers are parsed string by string (silent "no common language" drop)',
    ptvMessages: [
      'Channel 00000000-0000-4000-8000-000000000107 ignored, because connection has no common language.',
    ],
  },
];

function evidenceFor(c: CaseResult, n: number, base: number, apiUrl: string): EvidenceEntry {
  const write = n === 0 && c.dvvItem !== 'CONN';
  const resource = { T1: 'Organization', T2: 'Service', T3: 'ServiceChannel/EChannel', T4: 'Connection' }[
    c.dvvItem as 'T1'
  ];
  const url =
    c.dvvItem === 'CONN' ? `${apiUrl}/api/auth/api-login` : `${apiUrl}/api/v11/${resource ?? 'Service'}`;
  const body = JSON.stringify({
    sourceId: `ptvr-20261126-${c.id.toLowerCase()}`,
    publishingStatus: 'Published',
    serviceNames: [{ type: 'Name', language: 'fi', value: `Rakennuslupa <testi> ${c.id}` }],
  });
  const refused = c.id.startsWith('FMT-1') && c.readBacks.length === 0; // generated T5 cases
  const status = (c.status === 'failed' || refused) && write ? 400 : 200;
  return {
    id: `E${String(base).padStart(6, '0')}`,
    caseId: c.id,
    attempt: n === 1 && c.id === 'CONN-02' ? 2 : 1,
    requestId: `R${String(base).padStart(6, '0')}`,
    method: c.dvvItem === 'CONN' ? 'POST' : write ? 'POST' : 'GET',
    url: write || c.dvvItem === 'CONN' ? url : `${url}/${uuid(base)}`,
    status,
    startedAt: iso(base * 137),
    durationMs: 40 + ((base * 37) % 160),
    requestHeaders: { 'content-type': 'application/json', authorization: '[REDACTED]' },
    ...(write || c.dvvItem === 'CONN'
      ? { requestBody: c.dvvItem === 'CONN' ? '{"username":"API7@testi.fi","password":"[REDACTED]"}' : body }
      : {}),
    responseHeaders: { 'content-type': 'application/json; charset=utf-8' },
    responseBody:
      status === 400
        ? '{"Addresses[0].StreetAddress.PostalCode":["The code \'00999\' was not found!"]}'
        : JSON.stringify({ id: uuid(base), publishingStatus: 'Published', note: 'x'.repeat(200) }),
  };
}

const readPath: Partial<Record<string, string>> = {
  T1: 'Organization',
  T3: 'ServiceChannel',
};

export function sampleModel(options: SampleModelOptions = {}): ReportModel {
  const apiUrl = options.cte ? 'https://api.palvelutietovaranto.trn.suomi.fi' : 'http://127.0.0.1:41234';
  const cases: CaseResult[] = seeds.map((s, i) => ({
    status: 'passed',
    durationMs: 120 + i * 31,
    attempts: s.id === 'CONN-02' ? 3 : 2,
    findings: [],
    evidenceIds: [],
    entityIds: s.status === 'skipped' || s.dvvItem === 'CONN' ? [] : [uuid(100 + i)],
    ptvMessages: [],
    readBacks:
      s.status === 'skipped' || s.dvvItem === 'CONN'
        ? []
        : [
            {
              endpoint: `GET /api/v11/${readPath[s.dvvItem] ?? 'Service'}/${uuid(100 + i)}`,
              entityId: uuid(100 + i),
              fields: [
                { path: 'publishingStatus', sent: 'Published', read: 'Published', ok: true },
                {
                  path: 'serviceNames[0].value',
                  sent: `Rakennuslupa ${s.id}`,
                  read: `Rakennuslupa ${s.id}`,
                  ok: true,
                },
                ...(s.id === 'SRV-02'
                  ? [
                      {
                        path: 'serviceDescriptions[2].value',
                        sent: 'Building permits | *new* rules',
                        read: 'Building permits',
                        ok: false,
                      },
                    ]
                  : []),
              ],
            },
          ],
    file: `suites/${s.dvvItem.toLowerCase()}.suite.ts`,
    ...s,
  }));

  for (let n = 1; n <= (options.generatedT5 ?? 0); n++) {
    const field = `ServiceNames[0].Value${'x'.repeat(n % 7)}`;
    cases.push({
      id: `FMT-${1000 + n}`,
      dvvItem: 'T5',
      title: `service: ${field} max 100: at the limit accepted, one over refused`,
      status: 'passed',
      durationMs: 3 + (n % 9),
      attempts: 1 + (n % 2),
      findings: [],
      evidenceIds: [],
      entityIds: [],
      ptvMessages: [
        `${field}: Maximum length of property 'Value' must be '100'.`,
        `${field}: Maximum length of property 'Value' must be '100'.`,
      ],
      readBacks: [],
      file: 'suites/t5-fields.suite.ts',
    });
  }

  const active = cases.filter((c) => c.status !== 'skipped');
  const wanted = Math.max(options.evidenceCount ?? active.length * 2, active.length);
  const evidence: EvidenceEntry[] = [];
  for (let k = 0; k < wanted; k++) {
    const c = active[k % active.length]!;
    const e = evidenceFor(c, Math.floor(k / active.length), k + 1, apiUrl);
    evidence.push(e);
    c.evidenceIds.push(e.id);
  }

  const material: MaterialEntry[] = [
    {
      objectType: 'Organization',
      id: uuid(103),
      sourceId: 'ptvr-20261126-org-01',
      caseId: 'ORG-01',
      finalState: 'kept',
    },
    {
      objectType: 'Service',
      id: uuid(105),
      sourceId: 'ptvr-20261126-srv-01',
      caseId: 'SRV-01',
      finalState: 'archived',
    },
    ...(['EChannel', 'WebPage', 'PrintableForm', 'Phone'] as const).map((channelType, i): MaterialEntry => ({
      objectType: 'ServiceChannel',
      channelType,
      id: uuid(107 + i),
      sourceId: `ptvr-20261126-ch-0${i + 1}`,
      caseId: `CH-0${i + 1}`,
      finalState: i === 3 ? 'live' : 'archived',
    })),
  ];

  return {
    schemaVersion: 1,
    status: 'failed',
    run: {
      id: '20261126T100000Z-7f3a',
      startedAt: iso(0),
      finishedAt: iso(94_500),
      durationMs: 94_500,
      seed: 20261126,
      referenceDate: '2026-11-26',
      ruleProfile: 'live2026',
      suites: ['suites/conn.suite.ts', 'suites/t1.suite.ts', 'suites/t2.suite.ts', 'suites/t3.suite.ts'],
      kept: false,
    },
    target: options.cte
      ? {
          name: 'cte',
          apiUrl,
          tokenUrl: 'https://palvelutietovaranto.trn.suomi.fi/api/auth/api-login',
          apiVersion: 'v11',
          simulated: false,
        }
      : {
          name: 'sim',
          apiUrl,
          tokenUrl: `${apiUrl}/api/auth/api-login`,
          apiVersion: 'v11',
          simulated: true,
          simulatorProfile: 'live2026',
        },
    tool: { name: 'ptv-readiness', version: '0.1.0', node: 'v20.20.2', vitest: '4.1.12', faker: '10.6.0' },
    organization: {
      name: 'Esimerkkilän kunta',
      ptvOrganizationId: 'ae788356-6950-48fc-b3ff-63243f74fe53',
      businessId: '1234567-1',
    },
    tester: {
      name: 'Testi Testaaja',
      email: 'testi.testaaja@esimerkkila.invalid',
      phone: '+358 40 000 0000',
    },
    token: {
      shape: 'ptvToken',
      lifetimeSeconds: 86_400,
      organizationId: 'ae788356-6950-48fc-b3ff-63243f74fe53',
    },
    cases,
    material,
    evidence,
    evidenceTotal: evidence.length,
    errors: [],
  };
}
