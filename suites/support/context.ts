import type { FixtureContext } from '../../fixtures/index.js';
import type { StepContext } from '#ptvr';

let tokenOrg: string | undefined;

/**
 * The organisation test material belongs to: PTV_ORGANIZATION_ID, else the token's active
 * organisation (a CTE token is bound to one organisation).
 */
export async function organizationIdOf(ctx: StepContext): Promise<string> {
  if (ctx.settings.organizationId) return ctx.settings.organizationId;
  tokenOrg ??= (await ctx.client.token()).organizationId;
  if (!tokenOrg) throw new Error('no organisation: set PTV_ORGANIZATION_ID (the token names none)');
  return tokenOrg;
}

/** The fixture context of this case: run seed + case id reseed faker, so data is stable per case. */
export async function fixtureContextOf(ctx: StepContext, caseId = ctx.caseId): Promise<FixtureContext> {
  return {
    runId: ctx.settings.runId,
    seed: ctx.settings.seed,
    referenceDate: ctx.settings.referenceDate,
    organizationId: await organizationIdOf(ctx),
    caseId,
  };
}
