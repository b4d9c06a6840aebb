/**
 * Builds the benchmark corpus on disk: the sample reports and the development corpus
 * (../shared/corpus) repeated with unique suffixes until it reaches the target size.
 * Streams file by file, so memory stays flat whatever the size.
 * @module
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { extname, join } from 'node:path';

/** Texts to repeat: plain article bodies, each a separate document. */
export function* seedTexts(
  samples: string,
  shared: string | null,
): Generator<{ name: string; text: string; ext: string }> {
  for (const file of walk(samples)) {
    if (/\.(md|txt|html)$/.test(file) && !file.endsWith('README.md')) {
      yield { name: file, text: readFileSync(file, 'utf8'), ext: extname(file) };
    }
  }
  if (!shared) return;
  for (const file of walk(join(shared, 'seeds')))
    yield { name: file, text: readFileSync(file, 'utf8'), ext: '.txt' };
  const polnear = join(shared, 'polnear', 'data');
  for (const file of walk(polnear)) {
    if (file.endsWith('.txt')) yield { name: file, text: readFileSync(file, 'utf8'), ext: '.txt' };
  }
  const boroumand = join(shared, 'boroumand-1988');
  if (existsSync(boroumand)) {
    for (const entry of readdirSync(boroumand).sort()) {
      if (!entry.endsWith('.yaml')) continue;
      const text = circumstances(readFileSync(join(boroumand, entry), 'utf8'));
      if (text) yield { name: entry, text, ext: '.txt' };
    }
  }
}

/** The folded `circumstances: >` block of a Boroumand case file. */
function circumstances(yaml: string): string | null {
  const start = yaml.indexOf('\ncircumstances:');
  if (start < 0) return null;
  const lines = yaml
    .slice(start + 1)
    .split('\n')
    .slice(1);
  const body: string[] = [];
  for (const line of lines) {
    if (line.length > 0 && !/^\s/.test(line)) break;
    body.push(line.trim());
  }
  const text = body.join(' ').replace(/\s+/g, ' ').trim();
  return text.length > 200 ? `Case narrative\n\n${text}\n` : null;
}

function* walk(folder: string): Generator<string> {
  if (!existsSync(folder)) return;
  for (const entry of readdirSync(folder).sort()) {
    const path = join(folder, entry);
    if (statSync(path).isDirectory()) yield* walk(path);
    else yield path;
  }
}

/** Writes copies of the seed texts into `out` until `targetBytes`; returns files and bytes. */
export function buildCorpus(
  out: string,
  targetBytes: number,
  samples: string,
  shared: string | null,
): { files: number; bytes: number } {
  mkdirSync(out, { recursive: true });
  let files = 0;
  let bytes = 0;
  for (let round = 0; bytes < targetBytes; round++) {
    let wroteAny = false;
    for (const seed of seedTexts(samples, shared)) {
      const suffix = `\n\nBench copy ${round}-${files}.\n`;
      const text =
        seed.ext === '.html' ? seed.text.replace('</body>', `<p>${suffix}</p></body>`) : seed.text + suffix;
      const folder = join(out, String(Math.floor(files / 1000)).padStart(4, '0'));
      if (files % 1000 === 0) mkdirSync(folder, { recursive: true });
      writeFileSync(join(folder, `doc-${files}${seed.ext}`), text);
      files++;
      bytes += Buffer.byteLength(text);
      wroteAny = true;
      if (bytes >= targetBytes) break;
    }
    if (!wroteAny) throw new RangeError(`Cannot build a bench corpus: no seed texts in "${samples}"`);
  }
  return { files, bytes };
}
