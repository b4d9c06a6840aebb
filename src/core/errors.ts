/**
 * sanad's error classes. Every error has a stable `code`; causes are kept.
 * Messages follow "Cannot <action> <object>: <current state>".
 * @module
 */

export type SanadErrorCode =
  | 'SANAD_INPUT_UNREADABLE'
  | 'SANAD_INPUT_EMPTY'
  | 'SANAD_INPUT_BINARY'
  | 'SANAD_INPUT_ENCODING'
  | 'SANAD_INPUT_TOO_LARGE'
  | 'SANAD_INPUT_UNSUPPORTED'
  | 'SANAD_FETCH_FAILED'
  | 'SANAD_FETCH_TIMEOUT'
  | 'SANAD_LEDGER_CHAIN_BROKEN'
  | 'SANAD_LEDGER_CORRUPT'
  | 'SANAD_LEDGER_LOCKED'
  | 'SANAD_STORE_FAILED'
  | 'SANAD_NOT_FOUND'
  | 'SANAD_INVALID_ARGUMENT'
  | 'SANAD_UNAUTHORIZED';

export class SanadError extends Error {
  readonly code: SanadErrorCode;

  constructor(code: SanadErrorCode, message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = 'SanadError';
    this.code = code;
  }
}

/** An input (file or URL) that sanad refuses, with the reason. */
export class InputRejectedError extends SanadError {
  readonly input: string;

  constructor(code: SanadErrorCode, input: string, reason: string, options?: { cause?: unknown }) {
    super(code, `Cannot ingest "${input}": ${reason}`, options);
    this.name = 'InputRejectedError';
    this.input = input;
  }
}

export class NotFoundError extends SanadError {
  constructor(what: string, id: string) {
    super('SANAD_NOT_FOUND', `Cannot find ${what} "${id}": no such id in the store`);
    this.name = 'NotFoundError';
  }
}

export function isSanadError(value: unknown): value is SanadError {
  return value instanceof SanadError;
}

/** The message of anything thrown, for one-line reports. */
export function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
