/**
 * The order a run's suite files run in, shared by the engine (which plans it) and the worker's one test
 * file (suites/support/runSideBySide.ts, which imports the files as planned). Plain JSON: it travels
 * to the worker through provide('ptvrSuites').
 */
export interface SuitePlan {
  /** Groups one after the other; inside an `alongside` group the files run side by side. */
  groups: SuiteGroup[];
}

export interface SuiteGroup {
  alongside: boolean;
  files: PlannedFile[];
}

export interface PlannedFile {
  /** Absolute path the worker imports. */
  path: string;
  /** The case `file` field of report.json: the path relative to the package root. */
  file: string;
}
