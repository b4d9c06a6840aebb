/**
 * Helpers for browser tests: Debian's Chromium driven by playwright-core, against
 * `sanad serve` started for real on a temporary store.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import { chromium, type Browser, type Page } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';
import { sampleHome } from '../../testdata/sample-store.js';
import { BIN, ROOT } from '../_cli.js';

export const CHROMIUM = '/usr/bin/chromium';
const FLAGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking'];

/**
 * Whether browser tests can run here. In CI a missing Chromium is an error, never a skip:
 * .ci/run installs it, so its absence means the setup is broken.
 */
export function browserAvailable(): boolean {
  if (existsSync(CHROMIUM)) return true;
  if (process.env['CI'] === 'true') {
    throw new Error(
      `Cannot run the browser tests: ${CHROMIUM} is missing; install it with "apt-get install -y chromium"`,
    );
  }
  return false;
}

export function launchBrowser(): Promise<Browser> {
  return chromium.launch({ executablePath: CHROMIUM, args: FLAGS, headless: true });
}

export interface Served {
  readonly url: string;
  readonly token: string;
  /** Everything the server printed, for failure messages. */
  output(): string;
  stop(): Promise<void>;
}

/** Starts `bin/sanad serve --port 0` on `home` and waits for its address and token. */
export function serve(home: string, env: NodeJS.ProcessEnv = {}): Promise<Served> {
  const child: ChildProcess = spawn(process.execPath, [BIN, 'serve', '--port', '0'], {
    cwd: ROOT,
    env: { ...process.env, SANAD_HOME: home, ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let printed = '';
  return new Promise((resolve, reject) => {
    // A server that never said where it listens would otherwise outlive the test run.
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      reject(new Error(`Cannot start sanad serve: no address after 30 s; it printed:\n${printed}`));
    }, 30_000);
    const read = (chunk: Buffer): void => {
      printed += chunk.toString();
      const url = /at (http:\/\/\S+)/.exec(printed)?.[1];
      const token = /^token: (\S+)$/m.exec(printed)?.[1];
      if (url && token) {
        clearTimeout(timer);
        resolve({
          url,
          token,
          output: () => printed,
          stop: () =>
            new Promise((done) => {
              if (child.exitCode !== null) return done();
              const stuck = setTimeout(() => child.kill('SIGKILL'), 10_000);
              child.once('exit', () => {
                clearTimeout(stuck);
                done();
              });
              child.kill('SIGTERM');
            }),
        });
      }
    };
    child.stdout?.on('data', read);
    child.stderr?.on('data', read);
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`Cannot start sanad serve: it exited with ${code}; it printed:\n${printed}`));
    });
  });
}

/** A page that fails the test on any script error or Content-Security-Policy violation. */
export async function strictPage(browser: Browser, problems: string[]): Promise<Page> {
  const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
  page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
  page.on('console', (message) => {
    if (message.type() === 'error') problems.push(`console error: ${message.text()}`);
  });
  page.on('dialog', (dialog) => {
    problems.push(`dialog: ${dialog.message()}`);
    void dialog.dismiss();
  });
  return page;
}

/** What a describe block of browser tests works on: `sanad serve` on the samples, and Chromium. */
export interface ServedSamples {
  readonly server: Served;
  readonly browser: Browser;
}

/**
 * Serves a fresh store of the sample reports and launches Chromium before the enclosing describe
 * block's tests, and closes both after them. Read `server` and `browser` inside the tests.
 */
export function useServedSamples(): ServedSamples {
  const served = {} as { server: Served; browser: Browser };
  beforeAll(async () => {
    served.server = await serve(await sampleHome());
    served.browser = await launchBrowser();
  });
  afterAll(async () => {
    await served.browser?.close();
    await served.server?.stop();
  });
  return served;
}
