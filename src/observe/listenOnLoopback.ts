import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { PtvrError } from '../core/errors.js';

/** Listens on 127.0.0.1 only (the proxy is never reachable from the network); resolves the port. */
export async function listenOnLoopback(server: Server, port: number): Promise<number> {
  return new Promise((resolve, reject) => {
    server.once('error', (err: NodeJS.ErrnoException) =>
      reject(
        err.code === 'EADDRINUSE'
          ? new PtvrError('PTVR_PORT_IN_USE', `Port ${port} on 127.0.0.1 is already in use`, {
              hint: 'pick another with --port <n> (or --port 0 for any free port)',
            })
          : err,
      ),
    );
    server.listen(port, '127.0.0.1', () => resolve((server.address() as AddressInfo).port));
  });
}
