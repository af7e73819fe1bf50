import type { ObjectType } from '../core/vocabulary.js';
import type { SessionEntities } from './sessionEntities.js';

const PUT_ENTITY =
  /^\/api\/v11\/(organization|service|servicecollection|servicechannel\/[a-z]+)\/(?:(sourceid)\/)?([^/]+)\/?$/i;

const objectTypeOf = (segment: string): ObjectType => {
  const s = segment.toLowerCase();
  if (s === 'organization') return 'Organization';
  if (s === 'service') return 'Service';
  if (s === 'servicecollection') return 'ServiceCollection';
  return 'ServiceChannel';
};

/**
 * How many writes of each entity have reached the proxy. The judge reads an entity back after the
 * integration got its answer; if the integration wrote the same entity again meanwhile, the read-back
 * shows the later write and comparing it with the earlier body would be a false mismatch.
 */
export class WriteGenerations {
  private readonly gens = new Map<string, number>();

  keyOf(id: string): string {
    return `id:${id.toLowerCase()}`;
  }

  /** The key of the entity a PUT names (by id, or by a sourceId this session knows), else undefined. */
  keyOfWrite(method: string, path: string, session: SessionEntities): string | undefined {
    const verb = method.toUpperCase();
    // Connection writes may name many services: one generation for all of them (conservative).
    if ((verb === 'POST' || verb === 'PUT') && /^\/api\/v11\/connection(\/|$)/i.test(path))
      return 'connections';
    if (verb !== 'PUT') return undefined;
    const m = PUT_ENTITY.exec(path);
    if (!m) return undefined;
    let key: string;
    try {
      key = decodeURIComponent(m[3]!);
    } catch {
      key = m[3]!;
    }
    if (!m[2]) return this.keyOf(key);
    const type = objectTypeOf(m[1]!);
    const id = session.findBySourceId(type, key)?.id;
    return id ? this.keyOf(id) : `src:${type}:${key}`;
  }

  /** Counts one more write and returns the new generation. */
  bump(key: string): number {
    const n = (this.gens.get(key) ?? 0) + 1;
    this.gens.set(key, n);
    return n;
  }

  current(key: string): number {
    return this.gens.get(key) ?? 0;
  }
}
