import type { Command } from 'commander';
import { openSanad, type SanadConfig } from '../../app/index.js';
import { DEFAULT_PORT, startServer } from '../../server/index.js';
import { configOf } from '../context.js';
import { println } from '../output.js';

export interface ServeFlags {
  port: number;
  host: string;
}

/** Parses a TCP port; 0 means any free port. */
function port(value: string): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n < 0 || n > 65_535)
    throw new RangeError(`Cannot read --port "${value}": expected a whole number from 0 to 65535`);
  return n;
}

/** Adds --port and --host to a command that serves. */
export function serveOptions(command: Command): Command {
  return command
    .option('--port <n>', 'TCP port (0: any free port)', port, DEFAULT_PORT)
    .option(
      '--host <address>',
      'address to bind; other machines can reach it only if you say so',
      '127.0.0.1',
    );
}

/**
 * Serves until the process is stopped: prints the address and, on a line of its own, the token
 * that writes must carry (SANAD_TOKEN when set, random otherwise).
 */
export async function runServe(config: SanadConfig, flags: ServeFlags): Promise<void> {
  const sanad = await openSanad(config);
  let server;
  try {
    server = await startServer({
      sanad,
      port: flags.port,
      host: flags.host,
      ...(process.env['SANAD_TOKEN'] ? { token: process.env['SANAD_TOKEN'] } : {}),
    });
  } catch (error) {
    await sanad.close();
    throw error;
  }
  println(`sanad: serving ${config.home} at ${server.url}`);
  println(`token: ${server.token}`);
  println('(writes such as ingest need "Authorization: Bearer <token>"; press Ctrl-C to stop)');
  const running = server;
  await new Promise<void>((resolve) => {
    const stop = (): void => {
      process.off('SIGINT', stop);
      process.off('SIGTERM', stop);
      void running
        .close()
        .then(() => sanad.close())
        .then(resolve);
    };
    process.on('SIGINT', stop);
    process.on('SIGTERM', stop);
  });
}

export function registerServe(program: Command): void {
  serveOptions(
    program
      .command('serve')
      .description(
        'serve the HTTP API and the web app (search, documents, statements, timeline, map, ingest)',
      ),
  )
    .addHelpText(
      'after',
      `
Examples:
  $ sanad serve                       http://127.0.0.1:${DEFAULT_PORT}/ and a token for writes
  $ sanad serve --port 0              any free port
  $ SANAD_TOKEN=secret sanad serve    a token of your choosing`,
    )
    .action(async (flags: ServeFlags, command: Command) => {
      await runServe(configOf(command), flags);
    });
}
