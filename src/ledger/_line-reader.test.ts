import { closeSync, mkdtempSync, openSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { lastNewlineBefore, readLastLine, readLines } from './_line-reader.js';

function withFile<T>(content: string | Buffer, use: (fd: number, size: number) => T): T {
  const path = join(mkdtempSync(join(tmpdir(), 'sanad-lines-')), 'file');
  writeFileSync(path, content);
  const fd = openSync(path, 'r');
  try {
    return use(fd, Buffer.byteLength(content));
  } finally {
    closeSync(fd);
  }
}

describe('readLines()', () => {
  it('decodes Persian text whose multi-byte characters straddle every chunk boundary', () => {
    const lines = ['زن، زندگی، آزادی', 'تجمع معلمان در ۳۰ شهر', 'plain ascii'];
    // A 5-byte buffer splits two-byte letters at many offsets.
    const read = withFile(`${lines.join('\n')}\n`, (fd, size) => [
      ...readLines(fd, { end: size, bufferBytes: 5 }),
    ]);
    expect(read.map((line) => line.text)).toEqual(lines);
    expect(read.map((line) => line.number)).toEqual([1, 2, 3]);
    expect(read.every((line) => line.complete)).toBe(true);
    expect(read[0]!.bytes).toBe(Buffer.byteLength(lines[0]!));
  });

  it('reads a line many times longer than its buffer', () => {
    const long = 'اعتراض '.repeat(5000);
    const read = withFile(`short\n${long}\nend\n`, (fd, size) => [
      ...readLines(fd, { end: size, bufferBytes: 1000 }),
    ]);
    expect(read.map((line) => line.text)).toEqual(['short', long, 'end']);
  });

  it('reports a last line without a newline as incomplete', () => {
    const read = withFile('one\ntwo\nthr', (fd, size) => [...readLines(fd, { end: size, bufferBytes: 4 })]);
    expect(read.at(-1)).toEqual({ text: 'thr', bytes: 3, number: 3, complete: false });
  });

  it('passes over skipped lines and keeps counting them', () => {
    const read = withFile('a\n' + 'b'.repeat(50) + '\nc\nd\n', (fd, size) => [
      ...readLines(fd, { end: size, skip: 2, bufferBytes: 8 }),
    ]);
    expect(read.map((line) => [line.number, line.text])).toEqual([
      [3, 'c'],
      [4, 'd'],
    ]);
  });

  it('stops at the given end offset even if the file is longer', () => {
    const read = withFile('a\nb\nc\n', (fd) => [...readLines(fd, { end: 4 })]);
    expect(read.map((line) => line.text)).toEqual(['a', 'b']);
  });
});

describe('readLastLine()', () => {
  it('finds the last line by reading backwards across chunks', () => {
    const last = '{"seq":3,"text":"' + 'سند'.repeat(40_000) + '"}';
    const content = `first\nsecond\n${last}\n`;
    const found = withFile(content, (fd, size) => readLastLine(fd, size));
    expect(found?.text).toBe(last);
    expect(found?.start).toBe(Buffer.byteLength('first\nsecond\n'));
  });

  it('returns the only line of a one-line file and null for an empty one', () => {
    expect(withFile('only\n', (fd, size) => readLastLine(fd, size))?.text).toBe('only');
    expect(withFile('', (fd, size) => readLastLine(fd, size))).toBeNull();
  });
});

describe('lastNewlineBefore()', () => {
  it('returns -1 when no newline precedes the offset', () => {
    expect(withFile('abc', (fd, size) => lastNewlineBefore(fd, size, 2))).toBe(-1);
    expect(withFile('a\nbcdefgh', (fd, size) => lastNewlineBefore(fd, size, 2))).toBe(1);
  });
});
