import { HTTPException } from 'hono/http-exception';
import { describe, expect, it } from 'vitest';
import { InputRejectedError, NotFoundError, SanadError } from '../core/errors.js';
import { toErrorAnswer } from './error-response.js';

describe('toErrorAnswer()', () => {
  it('maps each kind of refusal to its HTTP status and keeps the stable code', () => {
    expect(toErrorAnswer(new NotFoundError('event', 'ev_1')).status).toBe(404);
    expect(
      toErrorAnswer(new SanadError('SANAD_UNAUTHORIZED', 'Cannot POST /api/ingest: no token')).status,
    ).toBe(401);
    expect(
      toErrorAnswer(new InputRejectedError('SANAD_INPUT_TOO_LARGE', 'a.txt', 'larger than 20 MB')).status,
    ).toBe(413);
    expect(
      toErrorAnswer(new InputRejectedError('SANAD_INPUT_BINARY', 'a.txt', 'binary')).body.error.code,
    ).toBe('SANAD_INPUT_BINARY');
    expect(toErrorAnswer(new SanadError('SANAD_FETCH_TIMEOUT', 'Cannot ingest "u": no answer')).status).toBe(
      504,
    );
  });

  it('reads argument mistakes as 400 SANAD_INVALID_ARGUMENT', () => {
    const answer = toErrorAnswer(new RangeError('Cannot read "from": expected a day'));
    expect(answer).toEqual({
      status: 400,
      body: { error: { code: 'SANAD_INVALID_ARGUMENT', message: 'Cannot read "from": expected a day' } },
    });
  });

  it('adds what to do when the message does not say it already', () => {
    expect(
      toErrorAnswer(new SanadError('SANAD_STORE_FAILED', 'Cannot read the store: disk I/O error')).body.error
        .message,
    ).toBe('Cannot read the store: disk I/O error; run "sanad rebuild" to rebuild the store from the ledger');
    const told = 'Cannot find route "GET /x": no such route; see /api/openapi.json for the routes';
    expect(toErrorAnswer(new SanadError('SANAD_NOT_FOUND', told)).body.error.message).toBe(told);
  });

  it('answers 500 SANAD_INTERNAL for anything unforeseen, without a stack trace', () => {
    const answer = toErrorAnswer(new Error('boom'));
    expect(answer.status).toBe(500);
    expect(answer.body.error).toEqual({
      code: 'SANAD_INTERNAL',
      message: "Cannot answer the request: boom; see the server's terminal for details",
    });
    expect(toErrorAnswer(new HTTPException(413)).body.error.code).toBe('SANAD_INPUT_TOO_LARGE');
  });
});
