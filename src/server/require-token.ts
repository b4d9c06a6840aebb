/**
 * Writes need the token that `sanad serve` printed: a page from another site can make the
 * browser send requests to 127.0.0.1, but it cannot read the terminal.
 * @module
 */
import { createHash, timingSafeEqual } from 'node:crypto';
import type { MiddlewareHandler } from 'hono';
import { SanadError } from '../core/errors.js';

const READS = new Set(['GET', 'HEAD', 'OPTIONS']);

function digest(value: string): Buffer {
  return createHash('sha256').update(value, 'utf8').digest();
}

/** A middleware refusing every request but reads unless it carries `Authorization: Bearer <token>`. */
export function requireTokenForWrites(token: string): MiddlewareHandler {
  const expected = digest(token);
  return async (c, next) => {
    if (!READS.has(c.req.method)) {
      const header = c.req.header('authorization') ?? '';
      const given = /^Bearer\s+(\S+)\s*$/i.exec(header)?.[1];
      // Comparing digests keeps the comparison constant-time whatever the lengths.
      if (given === undefined || !timingSafeEqual(digest(given), expected)) {
        throw new SanadError(
          'SANAD_UNAUTHORIZED',
          `Cannot ${c.req.method} ${c.req.path}: ${given === undefined ? 'the request has no token' : 'the token is wrong'}; send "Authorization: Bearer <token>" with the token "sanad serve" printed (or SANAD_TOKEN)`,
        );
      }
    }
    await next();
  };
}
