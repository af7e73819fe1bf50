/** content.json: the content test report as data. Every view (HTML, Markdown, CSV) renders from it. */
import { CHECKLIST_ITEMS, type ChecklistItem, type ContentFinding } from './types.js';

export const CONTENT_SCHEMA_VERSION = 1;

export interface ChecklistCount {
  item: ChecklistItem;
  error: number;
  warning: number;
  info: number;
}

export interface ContentModel {
  schemaVersion: typeof CONTENT_SCHEMA_VERSION;
  tool: { name: string; version: string };
  runId: string;
  generatedAt: string;
  target: { name: string; apiUrl: string; simulated: boolean };
  organizationId: string;
  /** `offline`: payload files (`validate --content`), where catalogue-wide rules do not run. */
  source: 'read-api' | 'offline';
  settings: { staleMonths: number; profile: string; overlapThreshold: number };
  counts: {
    subOrganizations: number;
    services: number;
    channels: number;
    /** Absent in reports written before service collections were read. */
    serviceCollections?: number;
    connections: number;
    generalDescriptions: number;
    archivedAutomatically: number;
    entitiesChecked: number;
  };
  summary: ChecklistCount[];
  totals: { error: number; warning: number; info: number };
  /** Checks of issue #15 this version does not make, with why: the report never implies they passed. */
  notChecked: { area: string; reason: string }[];
  /** What could not be read from the target. */
  notes: string[];
  findings: ContentFinding[];
}

export function summarize(findings: readonly ContentFinding[]): {
  summary: ChecklistCount[];
  totals: ContentModel['totals'];
} {
  const by = new Map<ChecklistItem, ChecklistCount>(
    CHECKLIST_ITEMS.map((item) => [item, { item, error: 0, warning: 0, info: 0 }]),
  );
  const totals = { error: 0, warning: 0, info: 0 };
  for (const f of findings) {
    by.get(f.checklist)![f.severity]++;
    totals[f.severity]++;
  }
  return { summary: [...by.values()], totals };
}

/** Honest list of what this first version leaves out (docs/content.md says the same). */
export const NOT_CHECKED: ContentModel['notChecked'] = [
  {
    area: 'C1/C7 readability',
    reason:
      'Passive voice, non-finite clauses, marketing tone, spelling and grammar are not checked yet (long sentences and placeholder text are).',
  },
  {
    area: 'C1 language of text',
    reason:
      'Text written in the wrong language for its language field is not detected yet (no detector installed).',
  },
  {
    area: 'C3 general description choice',
    reason: 'Whether the right general description is attached is a judgement left to the main user.',
  },
  {
    area: 'C6 contradictions',
    reason:
      'Connection additional information is checked for missing languages only, not for contradictions.',
  },
  {
    area: 'Quality-agent rules 5 and 13',
    reason: 'Summary facts missing from the description and personal names are not checked yet.',
  },
  {
    area: 'Service collections',
    reason: 'Service collections are not read (sub-organisations only with --sub-organizations).',
  },
  {
    area: 'Data-model re-check scope',
    reason:
      'Re-checked with the rules engine: names, descriptions, languages and classifications; other fields are not re-checked.',
  },
];
