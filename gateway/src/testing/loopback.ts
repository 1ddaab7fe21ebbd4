import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface LoopbackServer {
  /** `http://127.0.0.1:<port>`, the port the system chose. */
  origin: string;
  close(): Promise<void>;
}

/**
 * Starts a test's stand-in for an outside server (a webhook receiver, an LRS, an identity
 * provider) on a free port of the loopback interface, so tests running side by side never share one.
 */
export async function listenOnLoopback(server: Server): Promise<LoopbackServer> {
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    origin: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
