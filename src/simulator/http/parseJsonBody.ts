import { exceedsJsonDepth, MAX_JSON_DEPTH, maxDepthMessage } from '../../core/jsonDepth.js';
import { recordNumberTexts } from '../../core/jsonNumberText.js';
import { modelState } from './responses.js';
import type { SimResponse } from './types.js';

/**
 * Parses a POST/PUT body as PTV's Newtonsoft.Json reader would: an empty body is `null` (the route
 * answers RequestIsNull), numbers keep their source text for string fields (core/jsonNumberText.ts),
 * malformed JSON and JSON nested deeper than MaxDepth 32 are a 400 ModelState
 * answer [FW] — never a 500 or a stack overflow further in.
 */
export function parseJsonBody(text: string): { body: unknown } | { refused: SimResponse } {
  if (text.trim() === '') return { body: null };
  let body: unknown;
  try {
    body = JSON.parse(text);
  } catch (err) {
    return {
      refused: modelState({
        '': [`Unexpected character encountered while parsing value: ${(err as Error).message.slice(0, 200)}`],
      }),
    };
  }
  if (exceedsJsonDepth(body, MAX_JSON_DEPTH)) return { refused: modelState({ '': [maxDepthMessage()] }) };
  // A number bound to a string keeps its text, as in PTV (`60.10` stays "60.10").
  return { body: recordNumberTexts(text, body) };
}
