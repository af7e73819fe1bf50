import type { LookupFunction } from 'node:net';

/** A resolver that sends every host name to 127.0.0.1, so tests can use production host names safely. */
export const lookupLoopback: LookupFunction = (_hostname, options, callback) => {
  const cb = callback as unknown as (
    err: NodeJS.ErrnoException | null,
    address: string | Array<{ address: string; family: number }>,
    family?: number,
  ) => void;
  if ((options as { all?: boolean }).all) cb(null, [{ address: '127.0.0.1', family: 4 }]);
  else cb(null, '127.0.0.1', 4);
};
