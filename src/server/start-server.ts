/**
 * Serves the app over HTTP on loopback unless told otherwise.
 * @module
 */
import { randomBytes } from 'node:crypto';
import type { AddressInfo } from 'node:net';
import { serve } from '@hono/node-server';
import type { Sanad } from '../app/index.js';
import { SanadError } from '../core/errors.js';
import { createApp } from './create-app.js';

export interface ServeOptions {
  readonly sanad: Sanad;
  /** 0 picks a free port. */
  readonly port?: number;
  /** Defaults to 127.0.0.1: the ledger is not for the whole network unless someone says so. */
  readonly host?: string;
  /** The write token; a random one when absent. */
  readonly token?: string;
  readonly webRoot?: string;
}

export interface RunningServer {
  /** `http://host:port/` */
  readonly url: string;
  readonly token: string;
  /** Stops accepting connections and waits for open ones to end. */
  close(): Promise<void>;
}

export const DEFAULT_PORT = 5178;

/** A random token: 24 bytes, base64url. */
export function newToken(): string {
  return randomBytes(24).toString('base64url');
}

/**
 * Starts the server and resolves once it listens.
 * @example
 * const server = await startServer({ sanad, port: 0 });
 * console.log(server.url, server.token);
 */
export function startServer(options: ServeOptions): Promise<RunningServer> {
  const host = options.host ?? '127.0.0.1';
  const port = options.port ?? DEFAULT_PORT;
  const token = options.token ?? newToken();
  const app = createApp({
    sanad: options.sanad,
    token,
    ...(options.webRoot ? { webRoot: options.webRoot } : {}),
  });
  return new Promise((resolve, reject) => {
    const server = serve({ fetch: app.fetch, port, hostname: host });
    server.once('error', (error: NodeJS.ErrnoException) => {
      const reason =
        error.code === 'EADDRINUSE'
          ? 'the port is in use; pass --port with another number (or 0 for any free port)'
          : error.message;
      reject(
        new SanadError('SANAD_INVALID_ARGUMENT', `Cannot serve on ${host}:${port}: ${reason}`, {
          cause: error,
        }),
      );
    });
    server.once('listening', () => {
      const address = server.address() as AddressInfo;
      const shownHost = address.family === 'IPv6' ? `[${address.address}]` : address.address;
      resolve({
        url: `http://${shownHost}:${address.port}/`,
        token,
        close: () =>
          new Promise((done) => {
            server.close(() => done());
            if ('closeAllConnections' in server) server.closeAllConnections();
          }),
      });
    });
  });
}
