import { createRoute, z } from '@hono/zod-openapi';
import { searchWithFacets } from '../../app/index.js';
import { createRouter, type RouteDeps } from '../_router.js';
import { ErrorBody, EventType, SearchResults } from '../schemas.js';

const Kinds = z
  .string()
  .regex(/^(document|statement|event)(,(document|statement|event))*$/, 'expected kinds separated by commas')
  .transform((value) => value.split(',') as Array<'document' | 'statement' | 'event'>);

const SearchQuery = z.object({
  q: z
    .string()
    .max(500)
    .openapi({ example: 'executions Mashhad', description: 'Words in English or Persian; "…" for a phrase' }),
  kind: Kinds.optional().openapi({ type: 'string', example: 'statement,event' }),
  language: z.string().max(10).optional(),
  source: z.string().max(200).optional(),
  type: EventType.optional(),
  from: z.string().max(10).optional().openapi({ example: '2022-09' }),
  to: z.string().max(10).optional(),
  place: z.string().max(200).optional(),
  group: z.string().max(100).optional().openapi({ example: 'rights-ngo' }),
  review: z.enum(['reviewed', 'unreviewed']).optional(),
  limit: z.coerce.number().int().min(1).max(200).optional(),
});

const search = createRoute({
  method: 'get',
  path: '/api/search',
  summary: 'Full-text search over documents, statements and events, grouped by kind, with facet counts',
  request: { query: SearchQuery },
  responses: {
    200: { content: { 'application/json': { schema: SearchResults } }, description: 'Hits by kind' },
    400: {
      content: { 'application/json': { schema: ErrorBody } },
      description: 'A filter that cannot be read',
    },
  },
});

export function searchRoutes({ sanad }: RouteDeps) {
  return createRouter().openapi(search, async (c) => {
    const { q, limit, kind, ...rest } = c.req.valid('query');
    const filters = {
      ...(kind ? { kinds: kind } : {}),
      ...Object.fromEntries(Object.entries(rest).filter(([, value]) => value !== undefined && value !== '')),
    };
    return c.json(await searchWithFacets(sanad, q, filters, limit ?? 20), 200);
  });
}
