/**
 * `deriveItems` (contract: the engine calls it where the model is built). The implementation lives
 * in src/report so the renderer, which must not import the engine, reads older files the same way.
 */
export { deriveItems, ITEM_ORDER } from '../report/deriveItems.js';
