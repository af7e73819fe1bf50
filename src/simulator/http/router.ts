import type { HttpMethod, RouteDef } from './types.js';

interface CompiledRoute {
  route: RouteDef;
  segments: { literal?: string; param?: string }[];
  literals: number;
}

export interface RouteMatch {
  route: RouteDef;
  params: Record<string, string>;
}

/**
 * Matches a path against routes declared as data. Literal segments beat parameters
 * (`/Service/active/{id}` wins over `/Service/{id}`), as in ASP.NET attribute routing.
 */
export function createRouter(routes: readonly RouteDef[]) {
  const compiled: CompiledRoute[] = routes.map((route) => {
    const segments = route.path
      .split('/')
      .filter(Boolean)
      .map((s) =>
        s.startsWith('{') && s.endsWith('}') ? { param: s.slice(1, -1) } : { literal: s.toLowerCase() },
      );
    return { route, segments, literals: segments.filter((s) => s.literal).length };
  });
  // Most specific first, so the first hit is the right one.
  compiled.sort((a, b) => b.literals - a.literals);
  const byLength = new Map<number, CompiledRoute[]>();
  for (const c of compiled) {
    const list = byLength.get(c.segments.length) ?? [];
    list.push(c);
    byLength.set(c.segments.length, list);
  }

  return {
    /** `undefined` when no route has this path; `'method'` when the path exists for another method. */
    match(method: HttpMethod | string, path: string): RouteMatch | 'method' | undefined {
      const parts = path.split('/').filter(Boolean);
      const candidates = byLength.get(parts.length) ?? [];
      let pathExists = false;
      for (const c of candidates) {
        const params: Record<string, string> = {};
        let ok = true;
        for (let i = 0; i < parts.length; i++) {
          const seg = c.segments[i]!;
          const part = parts[i]!;
          if (seg.literal !== undefined) {
            if (seg.literal !== part.toLowerCase()) {
              ok = false;
              break;
            }
          } else {
            params[seg.param!] = safeDecode(part);
          }
        }
        if (!ok) continue;
        if (c.route.method === method) return { route: c.route, params };
        pathExists = true;
      }
      return pathExists ? 'method' : undefined;
    },
  };
}

function safeDecode(s: string): string {
  try {
    return decodeURIComponent(s);
  } catch {
    return s;
  }
}
