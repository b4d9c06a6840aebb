import { describe, expect, it } from 'vitest';
import { sanad, tempHome } from './_cli.js';

describe('the job queue without PostgreSQL', () => {
  it('sanad jobs, sanad worker and ingest --queue say the queue needs SANAD_DATABASE_URL, and store nothing', () => {
    const home = tempHome();
    for (const args of [['jobs'], ['worker', '--once'], ['ingest', '--queue', home]]) {
      const result = sanad(home, args, { SANAD_DATABASE_URL: '' });
      expect(result.status, args.join(' ')).not.toBe(0);
      expect(result.stderr).toContain(
        'Cannot use the job queue: it lives in PostgreSQL; set SANAD_DATABASE_URL',
      );
    }
    const summary = sanad(home, ['summary', '--json'], { SANAD_DATABASE_URL: '' });
    expect(JSON.parse(summary.stdout)).toMatchObject({ documents: 0 });
  });

  it('a SANAD_DATABASE_URL that is not PostgreSQL is refused by name', () => {
    const result = sanad(tempHome(), ['search', 'x'], { SANAD_DATABASE_URL: 'mysql://db/sanad' });
    expect(result.status).not.toBe(0);
    expect(result.stderr).toContain('Cannot use SANAD_DATABASE_URL: it must be a PostgreSQL URL');
  });

  it('worker --help shows an example', () => {
    const result = sanad(tempHome(), ['worker', '--help']);
    expect(result.stdout).toContain('$ sanad ingest --queue /shared/reports/ && sanad worker');
  });
});
