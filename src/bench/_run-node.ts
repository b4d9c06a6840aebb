import { spawn } from 'node:child_process';

/**
 * Runs `script` with this process's Node, its `nodeFlags` and `args`, `env` added to this
 * process's environment; resolves to what it printed on stdout, or rejects with `what` and what
 * it printed on stderr.
 */
export function runNode(
  what: string,
  script: string,
  args: readonly string[],
  env: NodeJS.ProcessEnv = {},
  nodeFlags: readonly string[] = [],
): Promise<string> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [...nodeFlags, script, ...args], {
      env: { ...process.env, ...env },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    child.stdout.setEncoding('utf8').on('data', (chunk: string) => (stdout += chunk));
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
    child.on('error', reject);
    child.on('exit', (code) =>
      code === 0 ? resolve(stdout) : reject(new Error(`${what} exited with ${code}: ${stderr.trim()}`)),
    );
  });
}
