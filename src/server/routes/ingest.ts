import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createRoute, z } from '@hono/zod-openapi';
import type { IngestProgress, Sanad } from '../../app/index.js';
import { SanadError } from '../../core/errors.js';
import { createRouter, type RouteDeps } from '../_router.js';
import { ErrorBody, IngestResult } from '../schemas.js';

const Upload = z.object({
  file: z
    .instanceof(File)
    .openapi({ type: 'string', format: 'binary', description: 'One .txt, .md or .html file' }),
  source: z
    .string()
    .max(200)
    .optional()
    .openapi({ description: 'The outlet, when the text does not name it' }),
});

const FromUrl = z.object({
  url: z
    .url({ protocol: /^https?$/ })
    .max(2000)
    .openapi({ example: 'https://example.org/report.html' }),
  source: z.string().max(200).optional(),
});

const answers = {
  201: { content: { 'application/json': { schema: IngestResult } }, description: 'Added to the ledger' },
  200: {
    content: { 'application/json': { schema: IngestResult } },
    description: 'Already in the ledger (or re-extracted)',
  },
  400: {
    content: { 'application/json': { schema: ErrorBody } },
    description: 'A request that cannot be read',
  },
  401: { content: { 'application/json': { schema: ErrorBody } }, description: 'No token, or a wrong one' },
  413: {
    content: { 'application/json': { schema: ErrorBody } },
    description: 'Larger than the ingest limit',
  },
  415: { content: { 'application/json': { schema: ErrorBody } }, description: 'Not text, Markdown or HTML' },
  422: {
    content: { 'application/json': { schema: ErrorBody } },
    description: 'Refused: empty, binary, not UTF-8, unreadable',
  },
  502: {
    content: { 'application/json': { schema: ErrorBody } },
    description: 'The URL could not be fetched',
  },
} as const;

const upload = createRoute({
  method: 'post',
  path: '/api/ingest',
  summary: 'Ingest one uploaded file, with exactly the checks of `sanad ingest`',
  security: [{ Bearer: [] }],
  request: { body: { content: { 'multipart/form-data': { schema: Upload } }, required: true } },
  responses: answers,
});

const fromUrl = createRoute({
  method: 'post',
  path: '/api/ingest/url',
  summary: 'Fetch and ingest one http(s) URL, with exactly the checks of `sanad ingest`',
  security: [{ Bearer: [] }],
  request: { body: { content: { 'application/json': { schema: FromUrl } }, required: true } },
  responses: answers,
});

/** A file name safe to create in a fresh folder, keeping its extension (ingest reads the type from it). */
export function safeFileName(name: string): string {
  const base = name.split(/[/\\]/).pop() ?? '';
  const cleaned = base
    .replace(/[^\p{L}\p{N}\p{M}._ -]/gu, '_')
    .replace(/^[.\s]+/, '')
    .slice(-120);
  return cleaned.length > 0 ? cleaned : 'upload';
}

type Outcome = Extract<IngestProgress, { type: 'added' | 'duplicate' | 'reextracted' }>;

/** Ingests one input; a refusal becomes the error that onError answers with. */
async function ingestOne(
  sanad: Sanad,
  input: string,
  options: { source?: string | undefined; shownAs?: string },
): Promise<{ outcome: Outcome; head: string }> {
  let outcome: Outcome | undefined;
  const summary = await sanad.ingest([input], {
    ...(options.source ? { source: options.source } : {}),
    ...(options.shownAs ? { names: new Map([[input, options.shownAs]]) } : {}),
    onProgress: (event) => {
      if (event.type !== 'rejected') outcome = event;
    },
  });
  const refused = summary.rejected[0];
  if (refused) throw new SanadError(refused.code, refused.message);
  if (!outcome)
    throw new SanadError(
      'SANAD_INPUT_UNREADABLE',
      `Cannot ingest "${options.shownAs ?? input}": nothing was read`,
    );
  return { outcome, head: summary.head };
}

export function ingestRoutes({ sanad, serially }: RouteDeps) {
  return createRouter()
    .openapi(upload, async (c) => {
      const { file, source } = c.req.valid('form');
      const name = safeFileName(file.name);
      const folder = await mkdtemp(join(tmpdir(), 'sanad-upload-'));
      try {
        const path = join(folder, name);
        await writeFile(path, new Uint8Array(await file.arrayBuffer()));
        const { outcome, head } = await serially(() => ingestOne(sanad, path, { source, shownAs: name }));
        const body = { input: name, status: outcome.type, id: outcome.id, head };
        return outcome.type === 'added' ? c.json(body, 201) : c.json(body, 200);
      } finally {
        await rm(folder, { recursive: true, force: true });
      }
    })
    .openapi(fromUrl, async (c) => {
      const { url, source } = c.req.valid('json');
      const { outcome, head } = await serially(() => ingestOne(sanad, url, { source }));
      const body = { input: url, status: outcome.type, id: outcome.id, head };
      return outcome.type === 'added' ? c.json(body, 201) : c.json(body, 200);
    });
}
