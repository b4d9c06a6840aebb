/**
 * The one place where errors become HTTP answers: a stable code, a status, and a message in
 * sanad's pattern ("Cannot <action> <object>: <current state>") that says what to do.
 * @module
 */
import { HTTPException } from 'hono/http-exception';
import type { ContentfulStatusCode } from 'hono/utils/http-status';
import { isSanadError, messageOf, type SanadErrorCode } from '../core/errors.js';

/** Codes the API answers with: sanad's own, plus one for what nobody foresaw. */
export type ApiErrorCode = SanadErrorCode | 'SANAD_INTERNAL';

export interface ErrorAnswer {
  readonly status: ContentfulStatusCode;
  readonly body: { readonly error: { readonly code: ApiErrorCode; readonly message: string } };
}

const STATUS: Readonly<Record<SanadErrorCode, ContentfulStatusCode>> = {
  SANAD_INPUT_UNREADABLE: 422,
  SANAD_INPUT_EMPTY: 422,
  SANAD_INPUT_BINARY: 422,
  SANAD_INPUT_ENCODING: 422,
  SANAD_INPUT_UNSUPPORTED: 415,
  SANAD_INPUT_TOO_LARGE: 413,
  SANAD_FETCH_FAILED: 502,
  SANAD_FETCH_TIMEOUT: 504,
  SANAD_LEDGER_CHAIN_BROKEN: 500,
  SANAD_LEDGER_CORRUPT: 500,
  SANAD_LEDGER_LOCKED: 503,
  SANAD_STORE_FAILED: 500,
  SANAD_NOT_FOUND: 404,
  SANAD_INVALID_ARGUMENT: 400,
  SANAD_UNAUTHORIZED: 401,
};

/** What to do, added to messages that do not say it themselves. */
const ADVICE: Partial<Record<ApiErrorCode, string>> = {
  SANAD_NOT_FOUND: 'check the id, or search for the item',
  SANAD_LEDGER_CHAIN_BROKEN: 'run "sanad verify" to find the first bad entry',
  SANAD_LEDGER_CORRUPT: 'run "sanad verify" to find the first bad entry',
  SANAD_STORE_FAILED: 'run "sanad rebuild" to rebuild the store from the ledger',
  SANAD_INTERNAL: "see the server's terminal for details",
};

function answer(status: ContentfulStatusCode, code: ApiErrorCode, message: string): ErrorAnswer {
  const advice = ADVICE[code];
  const full = advice && !message.includes(';') ? `${message}; ${advice}` : message;
  return { status, body: { error: { code, message: full } } };
}

/**
 * Maps anything thrown while answering a request to an error answer.
 * @example
 * toErrorAnswer(new NotFoundError('document', 'ab12')).status; // 404
 */
export function toErrorAnswer(error: unknown): ErrorAnswer {
  if (isSanadError(error)) return answer(STATUS[error.code] ?? 500, error.code, error.message);
  if (error instanceof RangeError || error instanceof TypeError || error instanceof SyntaxError) {
    return answer(400, 'SANAD_INVALID_ARGUMENT', error.message);
  }
  if (error instanceof HTTPException) {
    const status = error.status as ContentfulStatusCode;
    if (status === 413) {
      return answer(
        413,
        'SANAD_INPUT_TOO_LARGE',
        `Cannot read the request: ${error.message || 'its body is too large'}`,
      );
    }
    const code: ApiErrorCode =
      status === 401 ? 'SANAD_UNAUTHORIZED' : status < 500 ? 'SANAD_INVALID_ARGUMENT' : 'SANAD_INTERNAL';
    return answer(status, code, `Cannot answer the request: ${error.message || `status ${status}`}`);
  }
  return answer(500, 'SANAD_INTERNAL', `Cannot answer the request: ${messageOf(error)}`);
}
