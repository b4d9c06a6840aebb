import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { mkdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { copyHome, sanad, sanadAsync, tempHome } from './_cli.js';

const GOOD = 'Security forces arrested twelve students in Shiraz on Monday, a rights group said.\n';

/** A home with one document stored, made once and copied by each test. */
let stored: string;
beforeAll(() => {
  stored = tempHome();
  const first = join(stored, 'first.txt');
  writeFileSync(first, 'Workers went on strike in Ahvaz, the report said.\n');
  expect(sanad(stored, ['ingest', first]).status).toBe(0);
});

/** A copy of the stored home, and a folder holding one good file and `bad`. */
function setup(bad: (dir: string) => string): {
  home: string;
  badPath: string;
  goodPath: string;
  before: string;
} {
  const home = copyHome(stored);
  const dir = join(home, 'inbox');
  mkdirSync(dir);
  const goodPath = join(dir, 'good.txt');
  writeFileSync(goodPath, GOOD);
  const badPath = bad(dir);
  return { home, badPath, goodPath, before: readFileSync(join(home, 'ledger.jsonl'), 'utf8') };
}

function expectRefusedButRestIngested(
  home: string,
  args: string[],
  before: string,
  reason: RegExp,
  badName: string,
): void {
  const result = sanad(home, ['ingest', ...args]);
  expect(result.status).not.toBe(0);
  const refusals = result.stderr.split('\n').filter((line) => line.includes(badName));
  expect(refusals).toHaveLength(1);
  expect(refusals[0]).toMatch(reason);
  expect(result.stderr).not.toMatch(/\n\s+at /); // no stack trace
  const after = readFileSync(join(home, 'ledger.jsonl'), 'utf8');
  expect(after.startsWith(before)).toBe(true); // nothing stored before was changed
  expect(after.length).toBeGreaterThan(before.length); // the good file went in
  expect(sanad(home, ['verify']).status).toBe(0);
  expect(sanad(home, ['search', 'Shiraz', '--json']).stdout).toContain('Shiraz');
}

describe('sanad ingest refuses bad input by name and goes on', () => {
  it('refuses an empty file', () => {
    const s = setup((dir) => {
      writeFileSync(join(dir, 'empty.txt'), '');
      return join(dir, 'empty.txt');
    });
    expectRefusedButRestIngested(s.home, [s.goodPath, s.badPath], s.before, /empty/i, 'empty.txt');
  });

  it('refuses a file with NUL bytes', () => {
    const s = setup((dir) => {
      writeFileSync(join(dir, 'nul.txt'), Buffer.from('some text\u0000\u0000more text'));
      return join(dir, 'nul.txt');
    });
    expectRefusedButRestIngested(s.home, [s.badPath, s.goodPath], s.before, /binary/i, 'nul.txt');
  });

  for (const [name, signature] of [
    ['report.txt', Buffer.from('%PDF-1.7\n%âãÏÓ\n1 0 obj\n')],
    ['archive.md', Buffer.from([0x50, 0x4b, 0x03, 0x04, 0x14, 0x00, 0x00, 0x00])],
    ['photo.html', Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00])],
  ] as const) {
    it(`refuses binary content behind a text name (${name})`, () => {
      const s = setup((dir) => {
        writeFileSync(join(dir, name), signature);
        return join(dir, name);
      });
      expectRefusedButRestIngested(s.home, [s.badPath, s.goodPath], s.before, /binary/i, name);
    });
  }

  it('refuses invalid UTF-8', () => {
    const s = setup((dir) => {
      writeFileSync(
        join(dir, 'latin1.txt'),
        Buffer.from([0x54, 0x65, 0x68, 0x72, 0xe2, 0x6e, 0x20, 0xff, 0xfe, 0x0a]),
      );
      return join(dir, 'latin1.txt');
    });
    expectRefusedButRestIngested(s.home, [s.badPath, s.goodPath], s.before, /UTF-8/i, 'latin1.txt');
  });

  it('refuses a file over the size limit', () => {
    const s = setup((dir) => {
      writeFileSync(join(dir, 'huge.txt'), 'Protesters gathered. '.repeat(60_000));
      return join(dir, 'huge.txt');
    });
    expectRefusedButRestIngested(
      s.home,
      ['--max-mb', '1', s.badPath, s.goodPath],
      s.before,
      /limit/i,
      'huge.txt',
    );
  });

  it('refuses a path that does not exist', () => {
    const s = setup((dir) => join(dir, 'missing.txt'));
    expectRefusedButRestIngested(s.home, [s.badPath, s.goodPath], s.before, /exist|no such/i, 'missing.txt');
  });

  it('reports a symlink loop inside a folder and ingests the rest of it', () => {
    const s = setup((dir) => {
      mkdirSync(join(dir, 'nested'));
      symlinkSync('..', join(dir, 'nested', 'loop'));
      return join(dir, 'nested', 'loop');
    });
    expectRefusedButRestIngested(s.home, [join(s.home, 'inbox')], s.before, /loop/i, 'loop');
  });
});

describe('sanad ingest over HTTP', () => {
  let server: Server;
  let base: string;
  beforeAll(async () => {
    server = createServer((request, response) => {
      if (request.url === '/article.html') {
        response.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
        response.end(
          '<html><head><title>Strike spreads to Abadan refinery</title><meta property="og:site_name" content="Test Wire"></head>' +
            '<body><nav>Home | World | Contact Us</nav><article><h1>Strike spreads to Abadan refinery</h1>' +
            '<p>Oil workers at the Abadan refinery walked out on Tuesday, demanding unpaid wages, according to a labour union statement published the same evening.</p>' +
            '<p>The union said that more than 700 contract workers had joined the strike by nightfall and that managers threatened dismissals.</p>' +
            '<script>document.title = "pwned"</script></article></body></html>',
        );
      } else if (request.url === '/silent') {
        // Never answers: the client must give up on its own.
      } else {
        response.writeHead(404, { 'content-type': 'text/plain' });
        response.end('not found');
      }
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  afterAll(() => {
    server.closeAllConnections();
    server.close();
  });

  it('reads an HTML page, refuses a 404 and a URL that never answers, and keeps going', async () => {
    const home = tempHome();
    const result = await sanadAsync(home, [
      'ingest',
      '--timeout',
      '1',
      `${base}/missing`,
      `${base}/silent`,
      `${base}/article.html`,
    ]);
    expect(result.status).toBe(1);
    const lines = result.stderr.trim().split('\n');
    expect(lines.find((l) => l.includes('/missing'))).toMatch(/404/);
    expect(lines.find((l) => l.includes('/silent'))).toMatch(/time|answer/i);
    const found = JSON.parse(sanad(home, ['search', 'refinery', '--json']).stdout) as {
      documents: Array<{ id: string; title: string }>;
    };
    expect(found.documents).toHaveLength(1);
    expect(found.documents[0]!.title).toMatch(/Abadan/);
    const shown = JSON.parse(sanad(home, ['show', found.documents[0]!.id, '--json']).stdout) as {
      document: { text: string; file: string };
    };
    expect(shown.document.text).toContain('more than 700 contract workers');
    expect(shown.document.text).not.toContain('pwned');
    expect(shown.document.file).toBe(`${base}/article.html`);
  });
});
