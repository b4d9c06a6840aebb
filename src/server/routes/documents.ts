import { createRoute, z } from '@hono/zod-openapi';
import { NotFoundError } from '../../core/errors.js';
import { createRouter, type RouteDeps } from '../_router.js';
import { DocumentView, ErrorBody, ListedDocument } from '../schemas.js';

const Id = z.object({
  id: z
    .string()
    .max(80)
    .openapi({
      param: { name: 'id', in: 'path' },
      description: 'The full `sha256:…` id or a unique prefix of at least 8 hex digits',
    }),
});

const list = createRoute({
  method: 'get',
  path: '/api/documents',
  summary: 'Documents without their text, in ledger order',
  request: {
    query: z.object({
      limit: z.coerce.number().int().min(1).max(1000).optional(),
      offset: z.coerce.number().int().min(0).optional(),
    }),
  },
  responses: {
    200: {
      content: { 'application/json': { schema: z.object({ documents: z.array(ListedDocument) }) } },
      description: 'A page of documents',
    },
  },
});

const one = createRoute({
  method: 'get',
  path: '/api/documents/{id}',
  summary: 'A document: its cleaned text, hashes, and everything extracted from it',
  request: { params: Id },
  responses: {
    200: { content: { 'application/json': { schema: DocumentView } }, description: 'The document' },
    400: { content: { 'application/json': { schema: ErrorBody } }, description: 'An ambiguous prefix' },
    404: { content: { 'application/json': { schema: ErrorBody } }, description: 'No such document' },
  },
});

const raw = createRoute({
  method: 'get',
  path: '/api/documents/{id}/raw',
  summary: 'The original bytes as read, served as plain text so that they never run as a page',
  request: { params: Id },
  responses: {
    200: { content: { 'text/plain': { schema: z.string() } }, description: 'The raw original' },
    404: {
      content: { 'application/json': { schema: ErrorBody } },
      description: 'No such document or original',
    },
  },
});

export function documentRoutes({ sanad }: RouteDeps) {
  return createRouter()
    .openapi(list, async (c) => {
      const { limit, offset } = c.req.valid('query');
      const documents = await sanad.listDocuments({ limit: limit ?? 100, offset: offset ?? 0 });
      return c.json({ documents }, 200);
    })
    .openapi(one, async (c) => c.json(await sanad.document(c.req.valid('param').id), 200))
    .openapi(raw, async (c) => {
      const { document } = await sanad.document(c.req.valid('param').id);
      const bytes = await sanad.raw(document.raw_hash);
      if (!bytes) throw new NotFoundError('raw original', document.raw_hash);
      // Plain text (and a sandbox, see security-headers.ts): an HTML original shows as its source.
      return c.text(new TextDecoder().decode(bytes), 200);
    });
}
