/** What `ptv-readiness observe` loads once it starts (kept out of --help's import graph). */
export { startObserve } from './startObserve.js';
export { boardChanges } from './renderBoard.js';
export { redrawBoard } from './redrawBoard.js';
export { formatRunSummary, fileToOpen } from '../engine/runSummary.js';
