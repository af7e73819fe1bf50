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
    area: 'C1/C7 spelling and grammar',
    reason:
      'Spelling and grammar are not checked; passive voice and non-finite clauses only by Finnish word-shape heuristics.',
  },
  {
    area: 'C3 general description choice',
    reason:
      'Whether the right general description is attached is left to the main user (each attached one is listed).',
  },
  {
    area: 'C6 contradictions',
    reason: 'Connection texts are compared with the channel for phone numbers and clock times only.',
  },
  {
    area: 'Quality-agent rule 5',
    reason: 'Summary facts are compared with the description for numbers and capitalised words only.',
  },
  {
    area: 'Data-model re-check scope',
    reason:
      'Re-checked with the rules engine: names, descriptions, languages and classifications; other fields are not re-checked.',
  },
];
