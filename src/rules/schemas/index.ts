export { buildSchema } from './entities.js';
export type { Schema } from './build.js';
