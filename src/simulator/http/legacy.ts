import type { SimResponse } from './types.js';

/**
 * Answers for paths no v11 route matched (in-api-v11 §1.6, §11.1): v2–v7 get PTV's "not supported"
 * text, everything else ASP.NET's empty 404. v9/v10 exist in PTV but the simulator serves v11 only.
 */
export function unmatched(path: string, origin: string): SimResponse {
  const m = /^\/api\/v([0-9]+)\//i.exec(path);
  const version = m ? Number(m[1]) : undefined;
  if (version !== undefined && version >= 2 && version <= 7) {
    return {
      status: 404,
      text: `This version is not supported! Please check supported versions from swagger: ${origin}/swagger/ui.`,
    };
  }
  return { status: 404 };
}
