/**
 * Bytes to text, refusing what is not text: empty input, binary formats, invalid UTF-8.
 * @module
 */
import { InputRejectedError } from '../core/errors.js';
import table from './binary-signatures.json' with { type: 'json' };

interface Signature {
  readonly name: string;
  readonly bytes: Buffer;
}

const SIGNATURES: readonly Signature[] = table.signatures.map(({ name, hex }) => ({
  name,
  bytes: Buffer.from(hex, 'hex'),
}));

const HTML_CHARSET = /<meta[^>]{0,200}?charset\s*=\s*["']?\s*([\w:.-]{1,40})/i;
const UTF8_LABELS: ReadonlySet<string> = new Set(['utf-8', 'utf8', 'unicode-1-1-utf-8']);

/** The name of the binary format `bytes` starts with, or null. */
export function binarySignature(bytes: Uint8Array): string | null {
  for (const signature of SIGNATURES) {
    if (bytes.length >= signature.bytes.length && signature.bytes.every((byte, i) => bytes[i] === byte)) {
      return signature.name;
    }
  }
  return null;
}

/** A non-UTF-8 charset declared in an HTML page's first bytes that this runtime can decode. */
function declaredHtmlCharset(bytes: Buffer): string | null {
  const head = bytes.subarray(0, 2048).toString('latin1');
  const label = HTML_CHARSET.exec(head)?.[1]?.toLowerCase();
  if (label === undefined || UTF8_LABELS.has(label)) return null;
  try {
    new TextDecoder(label);
    return label;
  } catch {
    return null;
  }
}

function decodeWith(name: string, bytes: Buffer, encoding: string, what: string): string {
  try {
    return new TextDecoder(encoding, { fatal: true }).decode(bytes);
  } catch (error) {
    throw new InputRejectedError(
      'SANAD_INPUT_ENCODING',
      name,
      `${what} (convert it to UTF-8 and try again)`,
      {
        cause: error,
      },
    );
  }
}

/**
 * Decodes `bytes` to a string. UTF-8 (with or without BOM) is the norm; UTF-16 with a BOM and
 * an HTML page's declared charset are honoured.
 * @throws InputRejectedError SANAD_INPUT_EMPTY, SANAD_INPUT_BINARY or SANAD_INPUT_ENCODING
 */
export function decodeBytes(name: string, bytes: Buffer, mediaType: string): string {
  if (bytes.length === 0) throw new InputRejectedError('SANAD_INPUT_EMPTY', name, 'empty (0 bytes)');
  const first = bytes[0];
  const second = bytes[1];
  let text: string;
  if (first === 0xff && second === 0xfe) {
    text = decodeWith(name, bytes, 'utf-16le', 'invalid UTF-16 text');
  } else if (first === 0xfe && second === 0xff) {
    text = decodeWith(name, bytes, 'utf-16be', 'invalid UTF-16 text');
  } else {
    const format = binarySignature(bytes);
    if (format !== null) {
      throw new InputRejectedError('SANAD_INPUT_BINARY', name, `binary content (${format} signature)`);
    }
    const nul = bytes.indexOf(0);
    if (nul !== -1) {
      throw new InputRejectedError('SANAD_INPUT_BINARY', name, `binary content (NUL byte at offset ${nul})`);
    }
    const charset = mediaType === 'text/html' ? declaredHtmlCharset(bytes) : null;
    text =
      charset === null
        ? decodeWith(name, bytes, 'utf-8', 'invalid UTF-8')
        : decodeWith(name, bytes, charset, `invalid ${charset} text`);
  }
  if (!/\S/.test(text)) throw new InputRejectedError('SANAD_INPUT_EMPTY', name, 'only whitespace');
  return text;
}
