import {
  aConnection,
  aPhoneChannel,
  aPrintableFormChannel,
  aService,
  aServiceLocation,
  aWebPageChannel,
  anEChannel,
  anOrganization,
  nameTag,
  type FixtureContext,
} from '../../fixtures/index.js';
import type { ScenarioStep } from './drivenTypes.js';
import type { ChannelRecord } from './scenarioSteps.js';

/** What the bodies of a run are built from (the same seed and ids give the same bodies on resume). */
export interface BodyContext {
  runId: string;
  seed: number;
  referenceDate: string;
  organizationId: string;
  /** PTV ids of the records found so far (service and channels, for connections). */
  ptvIds: Record<string, string | undefined>;
}

type Body = Record<string, unknown>;

/** Appended to every description on update: the change the tool waits to see in PTV. */
export const UPDATE_NOTE = {
  fi: 'Päivitetty lähdejärjestelmässä.',
  sv: 'Uppdaterad i källsystemet.',
  en: 'Updated in the source system.',
} as const;

const CHANNEL_BUILDERS: Record<ChannelRecord, (ctx: FixtureContext) => Body> = {
  echannel: (c) => anEChannel(c) as unknown as Body,
  phone: (c) => aPhoneChannel(c) as unknown as Body,
  webpage: (c) => aWebPageChannel(c) as unknown as Body,
  printableform: (c) => aPrintableFormChannel(c) as unknown as Body,
  servicelocation: (c) => aServiceLocation(c) as unknown as Body,
};

const CHANNEL_TYPE: Record<
  ChannelRecord,
  'EChannel' | 'Phone' | 'WebPage' | 'PrintableForm' | 'ServiceLocation'
> = {
  echannel: 'EChannel',
  phone: 'Phone',
  webpage: 'WebPage',
  printableform: 'PrintableForm',
  servicelocation: 'ServiceLocation',
};

/** One fixture context per scenario record: its sourceId and name tag stay the same across steps. */
export function fixtureContextFor(b: BodyContext, record: string): FixtureContext {
  return {
    runId: b.runId,
    seed: b.seed,
    referenceDate: b.referenceDate,
    organizationId: b.organizationId,
    caseId: `DRV-${record.replace(/[^A-Za-z0-9]/g, '')}`,
  };
}

/** The run's marker: part of every name the material carries (the fixtures' name tag holds the run id). */
export function markerOf(runId: string): string {
  return runId;
}

/** The name tag of one record, e.g. `(ptvr 20261127T183000Z-sim-ab12 DRVservice.1)`. */
export function recordTag(b: BodyContext, record: string): string {
  return nameTag(fixtureContextFor(b, record));
}

function withNote(items: unknown, types: readonly string[]): unknown {
  if (!Array.isArray(items)) return items;
  return items.map((it: { type?: string; language?: string; value?: string }) => {
    const note = UPDATE_NOTE[it.language as keyof typeof UPDATE_NOTE];
    return it.type !== undefined && types.includes(it.type) && note && typeof it.value === 'string'
      ? { ...it, value: `${it.value} ${note}` }
      : it;
  });
}

const DESCRIPTION_FIELD: Record<string, string> = {
  organization: 'organizationDescriptions',
  service: 'serviceDescriptions',
};

function entityBody(step: ScenarioStep, b: BodyContext): Body {
  const ctx = fixtureContextFor(b, step.record);
  if (step.kind === 'organization') return anOrganization(ctx) as unknown as Body;
  if (step.kind === 'service') return aService(ctx) as unknown as Body;
  return CHANNEL_BUILDERS[step.record as ChannelRecord](ctx);
}

function connectionBody(step: ScenarioStep, b: BodyContext): Body {
  const channel = step.record.split('/')[1] as ChannelRecord;
  const target = {
    serviceId: b.ptvIds.service ?? '',
    serviceChannelId: b.ptvIds[channel] ?? '',
    channelType: CHANNEL_TYPE[channel],
  };
  // Additional information on the service location's connection only (T4's "at least one").
  if (channel !== 'servicelocation')
    return { serviceId: target.serviceId, serviceChannelId: target.serviceChannelId };
  const ctx = fixtureContextFor(b, step.record);
  const body = aConnection(ctx, target, undefined, {
    n: step.operation === 'update' ? 2 : 1,
  }) as unknown as Body;
  return step.operation === 'update'
    ? { ...body, description: withNote(body.description, ['Description']) }
    : body;
}

/**
 * The v11 IN body ptv-readiness itself would send for a step (the seeded fixture builders); an update
 * is the full new state: the created body with a note appended to its descriptions.
 */
export function ptvBodyFor(step: ScenarioStep, b: BodyContext): Body {
  if (step.kind === 'connection') return connectionBody(step, b);
  const body = entityBody(step, b);
  if (step.operation !== 'update') return body;
  const field = DESCRIPTION_FIELD[step.kind] ?? 'serviceChannelDescriptions';
  return { ...body, [field]: withNote(body[field], ['Description']) };
}
