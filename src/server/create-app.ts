/**
 * The HTTP app: the API routes of every screen, the token check for writes, body limits,
 * security headers, one onError, and the web app's static files.
 * @module
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { OpenAPIHono } from '@hono/zod-openapi';
import { serveStatic } from '@hono/node-server/serve-static';
import { bodyLimit } from 'hono/body-limit';
import { compress } from 'hono/compress';
import type { Sanad } from '../app/index.js';
import { SanadError } from '../core/errors.js';
import { createRouter, type RouteDeps } from './_router.js';
import { toErrorAnswer } from './error-response.js';
import { requireTokenForWrites } from './require-token.js';
import { documentRoutes } from './routes/documents.js';
import { eventRoutes } from './routes/events.js';
import { healthRoutes } from './routes/health.js';
import { ingestRoutes } from './routes/ingest.js';
import { mapRoutes } from './routes/map.js';
import { propositionRoutes } from './routes/propositions.js';
import { reviewRoutes } from './routes/reviews.js';
import { searchRoutes } from './routes/search.js';
import { statementRoutes } from './routes/statements.js';
import { timelineRoutes } from './routes/timeline.js';
import { securityHeaders } from './security-headers.js';

export interface AppOptions {
  readonly sanad: Sanad;
  /** The bearer token every write must carry. */
  readonly token: string;
  /** The built web app (web/dist); the API alone is served when it is missing. */
  readonly webRoot?: string;
  /** Largest JSON request body, in bytes. */
  readonly maxJsonBytes?: number;
}

/** web/dist of this checkout, from src/server or dist/server alike. */
export const DEFAULT_WEB_ROOT = fileURLToPath(new URL('../../web/dist', import.meta.url));

export const OPENAPI_INFO = {
  openapi: '3.1.0',
  info: {
    title: 'sanad',
    version: '1',
    description:
      "sanad's HTTP API: every read the command line has, and the writes (ingest). Writes need `Authorization: Bearer <token>` with the token `sanad serve` printed. Errors answer `{ error: { code, message } }`.",
  },
} as const;

/**
 * Every API route, chained so that its type describes them all: the web app's client is built
 * from `AppType`. Propositions, sources and reviews (issue 4) join here as routes/<screen>.ts.
 */
function apiRoutes(deps: RouteDeps) {
  return createRouter()
    .route('/', healthRoutes(deps))
    .route('/', searchRoutes(deps))
    .route('/', documentRoutes(deps))
    .route('/', statementRoutes(deps))
    .route('/', eventRoutes(deps))
    .route('/', timelineRoutes(deps))
    .route('/', mapRoutes(deps))
    .route('/', ingestRoutes(deps))
    .route('/', propositionRoutes(deps))
    .route('/', reviewRoutes(deps));
}

/** The API routes with what the OpenAPI document says beyond them. */
function describedApi(deps: RouteDeps): OpenAPIHono {
  const api = createRouter();
  api.openAPIRegistry.registerComponent('securitySchemes', 'Bearer', { type: 'http', scheme: 'bearer' });
  return api.route('/', apiRoutes(deps));
}

function openApiDocumentOf(app: OpenAPIHono): ReturnType<OpenAPIHono['getOpenAPI31Document']> {
  return app.getOpenAPI31Document(OPENAPI_INFO);
}

/**
 * The OpenAPI 3.1 document of the API, built from the routes (committed as docs/openapi.json).
 * @example
 * writeFileSync('docs/openapi.json', JSON.stringify(openApiDocument(), null, 2));
 */
export function openApiDocument(): ReturnType<OpenAPIHono['getOpenAPI31Document']> {
  // Route modules only keep their deps for handlers, and no request reaches these.
  return openApiDocumentOf(describedApi({} as RouteDeps));
}

/** The type the web app's `hc<AppType>()` client is built from. */
export type AppType = ReturnType<typeof apiRoutes>;

/** One thing after another: the next starts when the previous has settled. */
function serialQueue(): RouteDeps['serially'] {
  let last: Promise<unknown> = Promise.resolve();
  return (work) => {
    const next = last.then(work, work);
    last = next.catch(() => undefined);
    return next;
  };
}

const UPLOAD_OVERHEAD = 64 * 1024;

/**
 * Builds the app; serve it with `startServer` or call `app.request()` in tests.
 * @example
 * const app = createApp({ sanad, token: 'secret' });
 * const res = await app.request('/api/health');
 */
export function createApp(options: AppOptions): OpenAPIHono {
  const { sanad, token } = options;
  const app = new OpenAPIHono();
  const tooLarge = (limit: number) => () => {
    throw new SanadError(
      'SANAD_INPUT_TOO_LARGE',
      `Cannot read the request: its body is larger than ${Math.round(limit / 1024)} KB`,
    );
  };
  const uploadLimit = sanad.config.maxBytes + UPLOAD_OVERHEAD;
  const jsonLimit = options.maxJsonBytes ?? 64 * 1024;

  app.onError((error, c) => {
    const { status, body } = toErrorAnswer(error);
    if (status >= 500) console.error(error);
    return c.json(body, status);
  });
  app.use('*', securityHeaders());
  app.use('/api/*', requireTokenForWrites(token));
  app.use('/api/*', (c, next) => {
    const limit = c.req.path === '/api/ingest' ? uploadLimit : jsonLimit;
    return bodyLimit({ maxSize: limit, onError: tooLarge(limit) })(c, next);
  });
  app.use('/api/*', async (c, next) => {
    await next();
    c.header('Cache-Control', c.res.headers.get('Cache-Control') ?? 'no-store');
  });

  app.route('/', describedApi({ sanad, serially: serialQueue() }));
  app.get('/api/openapi.json', (c) => c.json(openApiDocumentOf(app)));
  app.all('/api/*', (c) => {
    throw new SanadError(
      'SANAD_NOT_FOUND',
      `Cannot find route "${c.req.method} ${c.req.path}": no such route; see /api/openapi.json for the routes`,
    );
  });

  mountWebApp(app, options.webRoot ?? DEFAULT_WEB_ROOT);
  return app;
}

/** The SPA: its files as they are, and index.html for every other page (the app routes itself). */
function mountWebApp(app: OpenAPIHono, root: string): void {
  const index = join(root, 'index.html');
  if (!existsSync(index)) {
    app.get('*', (c) =>
      c.text(
        `Cannot show the web app: ${index} is missing; run "npm run build" to build it. The API answers under /api.`,
        503,
      ),
    );
    return;
  }
  app.use('/assets/*', compress());
  app.use('/assets/*', async (c, next) => {
    await next();
    // Vite names assets by content hash, so a name never changes meaning.
    if (c.res.status === 200) c.header('Cache-Control', 'public, max-age=31536000, immutable');
  });
  app.use('*', serveStatic({ root }));
  app.get('*', serveStatic({ path: index }));
}
