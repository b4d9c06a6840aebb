import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { sanad, tempHome } from './_cli.js';

interface ListedSource {
  id: string;
  name: string;
  group: string;
  aliases: string[];
  origin: string;
}

function sources(home: string, ...args: string[]): ListedSource[] {
  const result = sanad(home, ['sources', 'list', '--json', ...args]);
  expect(result.status, result.stderr).toBe(0);
  return JSON.parse(result.stdout) as ListedSource[];
}

function ledgerCount(home: string): number {
  const result = sanad(home, ['verify', '--json']);
  expect(result.status, result.stderr).toBe(0);
  return (JSON.parse(result.stdout) as { count: number }).count;
}

/** The ledger entries `sanad export --format jsonl` writes, by kind. */
function exportedEntries(home: string, kind: string): Array<{ payload: Record<string, unknown> }> {
  const result = sanad(home, ['export', '--format', 'jsonl']);
  expect(result.status, result.stderr).toBe(0);
  return result.stdout
    .trimEnd()
    .split('\n')
    .map((line) => JSON.parse(line) as { type: string; kind?: string; payload: Record<string, unknown> })
    .filter((line) => line.type === 'entry' && line.kind === kind);
}

describe('sanad sources', () => {
  it('lists the shipped registry, every group, and filters by group', () => {
    const home = tempHome();
    const all = sources(home);
    expect(all.length).toBeGreaterThanOrEqual(40);
    expect(new Set(all.map((s) => s.group)).size).toBe(9);
    const irgc = sources(home, '--group', 'irgc');
    expect(irgc.map((s) => s.id)).toContain('tasnim');
    expect(irgc.every((s) => s.group === 'irgc')).toBe(true);
    const text = sanad(home, ['sources', 'list', '--group', 'un']);
    expect(text.stdout).toContain('un-sr-iran');
    const unknown = sanad(home, ['sources', 'list', '--group', 'martians']);
    expect(unknown.status).toBe(1);
    expect(unknown.stderr).toMatch(/group "martians": no such group/);
  });

  it('adds and edits sources as ledger entries that verify and rebuild reproduce', () => {
    const home = tempHome();
    const added = sanad(home, [
      'sources',
      'add',
      '--name',
      'Daily Planet',
      '--name-fa',
      'دیلی پلنت',
      '--kind',
      'independent_media',
      '--group',
      'other',
      '--domain',
      'dailyplanet.example',
      '--note',
      'A test outlet.',
    ]);
    expect(added.status, added.stderr).toBe(0);
    expect(added.stdout).toContain('daily-planet');
    const edited = sanad(home, [
      'sources',
      'edit',
      'dailyplanet.example',
      '--alias',
      'The Planet',
      '--group',
      'independent-media',
    ]);
    expect(edited.status, edited.stderr).toBe(0);
    const planet = sources(home).find((s) => s.id === 'daily-planet');
    expect(planet).toMatchObject({ group: 'independent-media', aliases: ['The Planet'], origin: 'ledger' });
    expect(sources(home, '--group', 'other').map((s) => s.id)).not.toContain('daily-planet');
    expect(ledgerCount(home)).toBe(2);

    const before = sanad(home, ['sources', 'list', '--json']).stdout;
    const rebuilt = sanad(home, ['rebuild']);
    expect(rebuilt.status, rebuilt.stderr).toBe(0);
    expect(sanad(home, ['sources', 'list', '--json']).stdout).toBe(before);
    expect(ledgerCount(home)).toBe(2);
  });

  it('refuses unknown groups, taken names and unknown sources, naming them, and writes nothing', () => {
    const home = tempHome();
    const badGroup = sanad(home, [
      'sources',
      'add',
      '--name',
      'X Wire',
      '--kind',
      'official',
      '--group',
      'martians',
    ]);
    expect(badGroup.status).toBe(1);
    expect(badGroup.stderr).toMatch(/Cannot add source "X Wire": group: unknown group/);
    const taken = sanad(home, [
      'sources',
      'add',
      '--id',
      'tasnim-2',
      '--name',
      'Tasnim',
      '--kind',
      'official',
      '--group',
      'irgc',
    ]);
    expect(taken.status).toBe(1);
    expect(taken.stderr).toMatch(/the name "Tasnim" is already source "tasnim"/);
    const missing = sanad(home, ['sources', 'edit', 'Nowhere Gazette', '--note', 'x']);
    expect(missing.status).not.toBe(0);
    expect(missing.stderr).toMatch(/Cannot edit source "Nowhere Gazette"/);
    expect(ledgerCount(home)).toBe(0);
  });

  it('explains itself with examples', () => {
    const home = tempHome();
    for (const args of [
      ['sources', '--help'],
      ['sources', 'add', '--help'],
      ['export', '--help'],
    ]) {
      const help = sanad(home, args);
      expect(help.status).toBe(0);
      expect(help.stdout).toMatch(/Example/);
    }
  });
});

describe('sanad ingest matches documents to sources', () => {
  it('by --source (any name or domain), by URL and by the outlet the text names', () => {
    const home = tempHome();
    const write = (name: string, text: string): string => {
      const path = join(home, name);
      writeFileSync(path, text);
      return path;
    };
    const plain = write(
      'plain.txt',
      'Workers strike\n\nOil workers in Abadan went on strike on Monday over unpaid wages.\n',
    );
    const byUrl = write(
      'by-url.md',
      '---\ntitle: Teachers gather\nurl: https://en.irna.ir/news/1/teachers\n---\nTeachers gathered in Shiraz on Sunday.\n',
    );
    const named = write(
      'named.txt',
      'Arrests\n\nSecurity forces detained twelve people in Tabriz, Tasnim reported on Friday.\n',
    );

    const unknown = sanad(home, ['ingest', plain, '--source', 'Nowhere Gazette']);
    expect(unknown.status).toBe(1);
    expect(unknown.stderr).toMatch(/--source "Nowhere Gazette": no source of that name or domain/);
    expect(unknown.stderr).toMatch(/sanad sources add/);
    expect(ledgerCount(home)).toBe(0);

    expect(sanad(home, ['ingest', plain, '--source', 'radiofarda.com']).status).toBe(0);
    expect(sanad(home, ['ingest', byUrl, named]).status).toBe(0);
    const matches = new Map(
      exportedEntries(home, 'document.added').map((entry) => [
        (entry.payload['document'] as { file: string }).file,
        entry.payload['source_match'],
      ]),
    );
    expect(matches.get(plain)).toEqual({ source_id: 'radio-farda', how: 'hint', evidence: 'Radio Farda' });
    expect(matches.get(byUrl)).toMatchObject({ source_id: 'irna', how: 'domain' });
    expect(matches.get(named)).toMatchObject({ source_id: 'tasnim', how: 'text' });
    const documentId = (exportedEntries(home, 'document.added')[0]!.payload['document'] as { id: string }).id;
    const shown = sanad(home, ['show', documentId]);
    expect(shown.stdout).toMatch(/matched\s+Radio Farda \(radio-farda, independent-media\) by hint/);
  });
});

describe('sanad export', () => {
  it('writes a file with --out, and refuses an unknown format naming it', () => {
    const home = tempHome();
    const report = join(home, 'report.txt');
    writeFileSync(
      report,
      'Protest\n\nHundreds of retirees protested in Ahvaz on 12 March 2023, IRNA reported.\n',
    );
    expect(sanad(home, ['ingest', report]).status).toBe(0);
    const out = join(home, 'events.csv');
    const result = sanad(home, ['export', '--format', 'acled-csv', '--out', out]);
    expect(result.status, result.stderr).toBe(0);
    const rows = parse(readFileSync(out, 'utf8'), { columns: true }) as Record<string, string>[];
    expect(rows.length).toBeGreaterThan(0);
    expect(rows[0]).toMatchObject({ source: 'Islamic Republic News Agency', country: 'Iran' });
    const unknown = sanad(home, ['export', '--format', 'xml']);
    expect(unknown.status).toBe(1);
    expect(unknown.stderr).toMatch(/Cannot export as "xml": no such format/);
  });
});
