import type { Classification, Operation } from './observeTypes.js';

/** A classification with nothing demonstrated or found yet; the per-kind classifiers fill it in. */
export function blankClassification(route: string, operation: Operation, title: string): Classification {
  return {
    operation,
    title,
    route,
    demonstrates: [],
    notes: [],
    findings: [],
    ptvMessages: [],
    isCase: false,
  };
}
