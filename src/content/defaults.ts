/**
 * Default staleness limit for FRESH.stale, in months. PTV's own expiry months live in its database
 * and are not published (process-and-quality §2); 12 flags content a year old, before PTV would.
 */
export const DEFAULT_STALE_MONTHS = 12;
