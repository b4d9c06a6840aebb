import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from './_cli.js';

function script(name: 'eval' | 'bench', args: readonly string[]) {
  return spawnSync(process.execPath, [join(ROOT, 'dist', name, 'main.js'), ...args], {
    cwd: ROOT,
    encoding: 'utf8',
    timeout: 60_000,
  });
}

describe('npm run eval and npm run bench options', () => {
  it('teach their options with --help, with an example', () => {
    const evalHelp = script('eval', ['--help']);
    expect(evalHelp.status).toBe(0);
    expect(evalHelp.stdout).toContain('--only <scorer>');
    expect(evalHelp.stdout).toContain('polnear');
    expect(evalHelp.stdout).toContain('npm run eval -- --only samples');
    const benchHelp = script('bench', ['--help']);
    expect(benchHelp.status).toBe(0);
    expect(benchHelp.stdout).toContain('--mb <megabytes>');
    expect(benchHelp.stdout).toContain('npm run bench -- --only extract');
  });

  it('refuse an unknown scorer or part, or a size that is not a number, in one line naming it', () => {
    const scorer = script('eval', ['--only', 'samplez']);
    expect(scorer.status).toBe(1);
    expect(scorer.stderr.trim().split('\n')).toHaveLength(1);
    expect(scorer.stderr).toContain("'samplez' is invalid");
    expect(scorer.stdout).toBe('');
    const part = script('bench', ['--only', 'search']);
    expect(part.status).toBe(1);
    expect(part.stderr).toContain("'search' is invalid");
    const size = script('bench', ['--mb', 'fifty']);
    expect(size.status).toBe(1);
    expect(size.stderr).toContain("'fifty' is invalid");
  });
});
