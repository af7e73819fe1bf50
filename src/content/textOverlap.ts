/**
 * How much of a service's own text repeats its general description (C4, quality-agent rule 6).
 * Measure: containment of word trigrams — the share of the service text's distinct word trigrams
 * (lower-cased, punctuation dropped) that also occur in the general description's texts of the same
 * language. 1.0 means every three-word run was copied; independent texts on one topic stay well below 0.2.
 */
export const OVERLAP_THRESHOLD = 0.5;
/** Shorter texts give too few trigrams for the share to mean anything. */
export const OVERLAP_MIN_TRIGRAMS = 8;

function words(text: string): string[] {
  return text
    .toLowerCase()
    .split(/[^\p{L}\p{N}]+/u)
    .filter((w) => w.length > 0);
}

export function trigrams(text: string): Set<string> {
  const w = words(text);
  const out = new Set<string>();
  for (let i = 0; i + 2 < w.length; i++) out.add(`${w[i]} ${w[i + 1]} ${w[i + 2]}`);
  return out;
}

/** Share of `text`'s trigrams found in `source`; undefined when `text` has too few to judge. */
export function containment(text: string, source: Set<string>): number | undefined {
  const own = trigrams(text);
  if (own.size < OVERLAP_MIN_TRIGRAMS) return undefined;
  let shared = 0;
  for (const t of own) if (source.has(t)) shared++;
  return shared / own.size;
}
