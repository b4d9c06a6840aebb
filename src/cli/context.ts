/**
 * What every command shares: the configuration from global flags and the environment,
 * and a way to open sanad and always close it.
 * @module
 */
import type { Command } from 'commander';
import { configFromEnv, openSanad, type Sanad, type SanadConfig } from '../app/index.js';

export interface GlobalOptions {
  home?: string;
}

export function configOf(command: Command, overrides: Partial<SanadConfig> = {}): SanadConfig {
  const globals = command.optsWithGlobals<GlobalOptions>();
  return configFromEnv(process.env, { ...(globals.home ? { home: globals.home } : {}), ...overrides });
}

export async function withSanad<T>(config: SanadConfig, work: (sanad: Sanad) => T | Promise<T>): Promise<T> {
  const sanad = await openSanad(config);
  try {
    return await work(sanad);
  } finally {
    await sanad.close();
  }
}

/** Parses a positive number flag; commander passes strings. */
export function positiveNumber(flag: string) {
  return (value: string): number => {
    const n = Number(value);
    if (!Number.isFinite(n) || n <= 0)
      throw new RangeError(`Cannot read ${flag} "${value}": expected a positive number`);
    return n;
  };
}

/** A commander parser for a flag that takes a whole number, 0 included, naming the flag when it is not one. */
export function wholeNumber(flag: string) {
  return (value: string): number => {
    if (!/^\d+$/.test(value.trim()))
      throw new RangeError(`Cannot read ${flag} "${value}": expected a whole number (0, 1, 2, …)`);
    return Number(value);
  };
}
