/**
 * A router for one screen's routes, sharing the hook that turns invalid input into sanad's
 * error answer (the same shape onError gives).
 * @module
 */
import { OpenAPIHono } from '@hono/zod-openapi';
import type { Sanad } from '../app/index.js';
import { SanadError } from '../core/errors.js';

/** What route modules are built from. */
export interface RouteDeps {
  readonly sanad: Sanad;
  /** Runs ingests one after another: two at once could both take a document for new. */
  readonly serially: <T>(work: () => Promise<T>) => Promise<T>;
}

export function createRouter(): OpenAPIHono {
  return new OpenAPIHono({
    defaultHook: (result) => {
      if (result.success) return;
      const issue = result.error.issues[0];
      const where = issue && issue.path.length > 0 ? ` "${issue.path.join('.')}"` : '';
      throw new SanadError(
        'SANAD_INVALID_ARGUMENT',
        `Cannot read the request's ${result.target}${where}: ${issue?.message ?? 'it does not fit the API'}; see /api/openapi.json`,
      );
    },
  });
}
