import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DEFAULT_LIMITS, prepareDocument, readInput } from '../ingest/index.js';
import { goldFilesIn, readGoldFile } from './gold-file.js';
import { SEED_GOLD_FOLDER, TEAM_GOLD_FOLDER } from './gold-scorer.js';
import { locateGold } from './locate-gold.js';

const root = join(TEAM_GOLD_FOLDER, '../../..');

describe('team gold (test/testdata/gold)', () => {
  const files = goldFilesIn(TEAM_GOLD_FOLDER);

  it('covers at least 10 samples, 3 of them Persian', () => {
    const documents = files.map((f) => readGoldFile(f).gold?.document ?? '');
    expect(documents.length).toBeGreaterThanOrEqual(10);
    expect(documents.filter((d) => d.startsWith('samples/fa/')).length).toBeGreaterThanOrEqual(3);
  });

  // A gold entry that cannot be found in its sample would silently drop out of the figures.
  it.each(files.map((f) => [f.slice(f.lastIndexOf('/') + 1), f]))(
    '%s places every entry in its sample',
    async (_, file) => {
      const { gold, problems } = readGoldFile(file);
      expect(problems).toEqual([]);
      const path = join(root, gold!.document);
      const document = prepareDocument(await readInput({ kind: 'file', path }, DEFAULT_LIMITS));
      expect(document.published?.start).toBe(gold!.published);
      const located = locateGold(gold!, document.text, readFileSync(path, 'utf8'));
      expect(located.problems).toEqual([]);
    },
  );
});

const sharedCorpus = join(root, '../shared/corpus');

// The seeds are not ours and live outside the repository: checked only where ../shared is.
describe.skipIf(!existsSync(sharedCorpus))('seed gold (src/eval/gold-seeds)', () => {
  const files = goldFilesIn(SEED_GOLD_FOLDER);

  it('covers the three corpus seeds', () => {
    expect(files.map((f) => readGoldFile(f).gold?.document)).toEqual([
      'seeds/irna-roundtable-commentary.txt',
      'seeds/resistance-inside-iran.txt',
      'seeds/uprisings-and-fear.txt',
    ]);
  });

  it.each(files.map((f) => [f.slice(f.lastIndexOf('/') + 1), f]))(
    '%s places every entry in its seed',
    async (_, file) => {
      const { gold, problems } = readGoldFile(file);
      expect(problems).toEqual([]);
      const path = join(sharedCorpus, gold!.document);
      const document = prepareDocument(await readInput({ kind: 'file', path }, DEFAULT_LIMITS));
      const located = locateGold(gold!, document.text, readFileSync(path, 'utf8'));
      expect(located.problems).toEqual([]);
      // Every reported passage was written as offsets into the raw file: none may be lost.
      expect(located.statements).toHaveLength(gold!.statements.length);
    },
  );
});
