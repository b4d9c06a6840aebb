import { describe, expect, it } from 'vitest';
import { InputRejectedError } from '../core/errors.js';
import { decodeBytes } from './decode-bytes.js';

function refusal(bytes: Buffer, mediaType = 'text/plain'): InputRejectedError {
  try {
    decodeBytes('notes/a.txt', bytes, mediaType);
  } catch (error) {
    if (error instanceof InputRejectedError) return error;
    throw error;
  }
  throw new Error('expected a refusal');
}

describe('decodeBytes()', () => {
  it('refuses an empty input as SANAD_INPUT_EMPTY', () => {
    const error = refusal(Buffer.alloc(0));
    expect(error.code).toBe('SANAD_INPUT_EMPTY');
    expect(error.message).toBe('Cannot ingest "notes/a.txt": empty (0 bytes)');
  });

  it('refuses whitespace-only input as SANAD_INPUT_EMPTY', () => {
    const error = refusal(Buffer.from(' \n\t\r\n  \u00a0\n'));
    expect(error.code).toBe('SANAD_INPUT_EMPTY');
    expect(error.message).toContain('only whitespace');
  });

  it('refuses text with a NUL byte as SANAD_INPUT_BINARY', () => {
    const error = refusal(Buffer.from('Protest in Ahvaz\u0000\u0001 on Friday'));
    expect(error.code).toBe('SANAD_INPUT_BINARY');
    expect(error.message).toBe('Cannot ingest "notes/a.txt": binary content (NUL byte at offset 16)');
  });

  it.each([
    ['PDF', Buffer.from('%PDF-1.7\n%âãÏÓ\n1 0 obj', 'latin1')],
    ['ZIP', Buffer.from([0x50, 0x4b, 0x03, 0x04, 0x14, 0x00, 0x06, 0x00])],
    ['PNG', Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00])],
    ['JPEG', Buffer.from([0xff, 0xd8, 0xff, 0xe0, 0x00, 0x10])],
    ['GIF', Buffer.from('GIF89a\u0001\u0000', 'latin1')],
    ['GZIP', Buffer.from([0x1f, 0x8b, 0x08, 0x00])],
  ])('refuses a %s signature as SANAD_INPUT_BINARY naming the format', (format, bytes) => {
    const error = refusal(bytes);
    expect(error.code).toBe('SANAD_INPUT_BINARY');
    expect(error.message).toBe(`Cannot ingest "notes/a.txt": binary content (${format} signature)`);
  });

  it('refuses invalid UTF-8 as SANAD_INPUT_ENCODING', () => {
    // Latin-1 "Café" is not UTF-8: 0xE9 starts a three-byte sequence that never completes.
    const error = refusal(Buffer.from('Caf\u00e9 in Shiraz closed by police', 'latin1'));
    expect(error.code).toBe('SANAD_INPUT_ENCODING');
    expect(error.message).toContain('invalid UTF-8');
  });

  it('reads UTF-8 with a byte order mark and drops the mark', () => {
    const bytes = Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from('اعتصاب کامیون‌داران')]);
    expect(decodeBytes('a.txt', bytes, 'text/plain')).toBe('اعتصاب کامیون‌داران');
  });

  it('reads UTF-16 little-endian text that starts with its byte order mark', () => {
    const bytes = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('Strike in Abadan', 'utf16le')]);
    expect(decodeBytes('a.txt', bytes, 'text/plain')).toBe('Strike in Abadan');
  });

  it('reads an HTML page in the charset its <meta> declares', () => {
    const html = '<html><head><meta charset="windows-1252"></head><body>Caf\u00e9</body></html>';
    expect(decodeBytes('a.html', Buffer.from(html, 'latin1'), 'text/html')).toContain('Café');
  });
});
