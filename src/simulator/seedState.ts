import type { ResolvedSimConfig } from './config.js';
import type { SimState } from './store/simState.js';
import { organizationSeedData } from './seed.js';

/** Puts the seeded organisations into a fresh state (kept as they are when the database has them). */
export function seedState(state: SimState, config: ResolvedSimConfig): void {
  const now = config.clock().toISOString();
  for (const o of config.organizations) {
    const id = o.id.toLowerCase();
    if (state.get(id)) continue;
    const version = { status: 'Published' as const, data: organizationSeedData(o), modified: now };
    state.put({
      id,
      objectType: 'Organization',
      organizationId: id,
      created: now,
      seq: state.nextSeq(),
      latest: version,
      published: version,
    });
    if (o.sourceId) state.setSource(config.mainUser.username, 'Organization', o.sourceId, id);
  }
}
