import type { RuleProfile } from '../core/vocabulary.js';

/**
 * The one table of limits that differ between rule profiles (process-and-quality.md §6.2,
 * in-api-v11.md §11.4). `ptv34` = PTV 3.4 source; `live2026` = what the live service does in 2026.
 * Flags are 0/1 so the table stays a plain number record.
 */
const PROFILE_TABLE = {
  ptv34: {
    serviceDescription: 2500,
    serviceUserInstruction: 2500,
    channelDescription: 2500,
    collectionDescription: 2500,
    /** Organisation descriptions stayed at 2,500 live [3P ptv-mcp guide]. */
    organizationDescription: 2500,
    requirements: 2500,
    /** 1 = `WellbeingServiceCounties` accepted as an area type. */
    wellbeingCounties: 0,
    /** 1 = warn when a service has no UserInstruction (LIPAS: mandatory since 3.3.2026, unconfirmed). */
    userInstructionWarning: 0,
  },
  live2026: {
    serviceDescription: 5000,
    serviceUserInstruction: 5000,
    // [INF] LIPAS probed 5,000 on descriptions generally; channels assumed to follow services.
    channelDescription: 5000,
    collectionDescription: 5000,
    organizationDescription: 2500,
    requirements: 5000,
    wellbeingCounties: 1,
    userInstructionWarning: 1,
  },
} as const satisfies Record<RuleProfile, Record<string, number>>;

export type LimitName = keyof (typeof PROFILE_TABLE)['ptv34'];
export type ProfileLimits = Readonly<Record<LimitName, number>>;

export { RULE_PROFILES, DEFAULT_RULE_PROFILE as DEFAULT_PROFILE } from '../core/vocabulary.js';

export function ruleLimits(profile: RuleProfile): ProfileLimits {
  return PROFILE_TABLE[profile];
}
