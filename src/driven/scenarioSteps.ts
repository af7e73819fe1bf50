import type { DrivenKind, ScenarioStep } from './drivenTypes.js';

/** The five channel records, in the order the scenario creates them. */
export const CHANNEL_RECORDS = ['echannel', 'phone', 'webpage', 'printableform', 'servicelocation'] as const;
export type ChannelRecord = (typeof CHANNEL_RECORDS)[number];

const channelKind = (r: ChannelRecord): DrivenKind => `channel/${r}`;
const num = (n: number): string => String(n).padStart(2, '0');

/**
 * The driven scenario (driven-contract.md "Scenario"): T1 sub-organisation, T2 service, T3 one
 * channel of each type, T4 connections (additional information on the service location's, then
 * updated), T6 deletions through the source. T5 is the field comparison of every step; CONN the
 * tool's own login and reads.
 */
export function scenarioSteps(): ScenarioStep[] {
  const steps: ScenarioStep[] = [
    {
      caseId: 'DRV-T1-01',
      key: 'T1.create',
      item: 'T1',
      operation: 'create',
      kind: 'organization',
      record: 'organization',
      needs: [],
      title: 'create a sub-organisation in the source system → visible in PTV',
    },
    {
      caseId: 'DRV-T1-02',
      key: 'T1.update',
      item: 'T1',
      operation: 'update',
      kind: 'organization',
      record: 'organization',
      needs: ['organization'],
      title: 'update the sub-organisation in the source system → visible in PTV',
    },
    {
      caseId: 'DRV-T2-01',
      key: 'T2.create',
      item: 'T2',
      operation: 'create',
      kind: 'service',
      record: 'service',
      needs: [],
      title: 'create a service in the source system → visible in PTV',
    },
    {
      caseId: 'DRV-T2-02',
      key: 'T2.update',
      item: 'T2',
      operation: 'update',
      kind: 'service',
      record: 'service',
      needs: ['service'],
      title: 'update the service in the source system → visible in PTV',
    },
  ];
  CHANNEL_RECORDS.forEach((r, i) =>
    steps.push({
      caseId: `DRV-T3-${num(i + 1)}`,
      key: `T3.create.${r}`,
      item: 'T3',
      operation: 'create',
      kind: channelKind(r),
      record: r,
      needs: [],
      title: `create a ${r} channel in the source system → visible in PTV`,
    }),
  );
  CHANNEL_RECORDS.forEach((r, i) =>
    steps.push({
      caseId: `DRV-T3-${num(i + 6)}`,
      key: `T3.update.${r}`,
      item: 'T3',
      operation: 'update',
      kind: channelKind(r),
      record: r,
      needs: [r],
      title: `update the ${r} channel in the source system → visible in PTV`,
    }),
  );
  CHANNEL_RECORDS.forEach((r, i) =>
    steps.push({
      caseId: `DRV-T4-${num(i + 1)}`,
      key: `T4.connect.${r}`,
      item: 'T4',
      operation: 'create',
      kind: 'connection',
      record: `connection/${r}`,
      needs: ['service', r],
      title:
        r === 'servicelocation'
          ? `connect the service to the ${r} channel with additional information → visible in PTV`
          : `connect the service to the ${r} channel → visible in PTV`,
    }),
  );
  steps.push(
    {
      caseId: 'DRV-T4-06',
      key: 'T4.update.servicelocation',
      item: 'T4',
      operation: 'update',
      kind: 'connection',
      record: 'connection/servicelocation',
      needs: ['connection/servicelocation'],
      title: "update the service location connection's additional information → visible in PTV",
    },
    {
      caseId: 'DRV-T6-01',
      key: 'T6.delete.service',
      item: 'T6',
      operation: 'delete',
      kind: 'service',
      record: 'service',
      needs: ['service'],
      title: 'delete the service in the source system → archived in PTV',
    },
    {
      caseId: 'DRV-T6-02',
      key: 'T6.delete.echannel',
      item: 'T6',
      operation: 'delete',
      kind: 'channel/echannel',
      record: 'echannel',
      needs: ['echannel'],
      title: 'delete the echannel channel in the source system → archived in PTV',
    },
    {
      caseId: 'DRV-T6-03',
      key: 'T6.delete.organization',
      item: 'T6',
      operation: 'delete',
      kind: 'organization',
      record: 'organization',
      needs: ['organization'],
      title: 'delete the sub-organisation in the source system → archived in PTV',
    },
  );
  return steps;
}
