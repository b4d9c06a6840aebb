import { createRoute, z } from '@hono/zod-openapi';
import { createRouter, type RouteDeps } from '../_router.js';
import { ErrorBody, Proposition, PropositionView } from '../schemas.js';

const Flag = z.enum(['true', 'false']).transform((value) => value === 'true');

const list = createRoute({
  method: 'get',
  path: '/api/propositions',
  summary: 'Propositions, exactly as `sanad claims --json` prints them with the same filters',
  request: {
    query: z.object({
      contested: Flag.optional().openapi({ type: 'string', enum: ['true', 'false'] }),
      group: z.string().max(100).optional().openapi({ example: 'iran-state' }),
      limit: z.coerce.number().int().min(1).max(100_000).optional(),
    }),
  },
  responses: {
    200: {
      content: { 'application/json': { schema: z.array(Proposition) } },
      description: 'Propositions, newest first',
    },
    400: {
      content: { 'application/json': { schema: ErrorBody } },
      description: 'A filter that cannot be read',
    },
  },
});

const one = createRoute({
  method: 'get',
  path: '/api/propositions/{id}',
  summary: 'A proposition with its assertions and its review history, newest first',
  request: {
    params: z.object({
      id: z
        .string()
        .max(80)
        .openapi({ param: { name: 'id', in: 'path' }, example: 'pr_3f2a91b07c1d4e55' }),
    }),
  },
  responses: {
    200: { content: { 'application/json': { schema: PropositionView } }, description: 'The proposition' },
    404: { content: { 'application/json': { schema: ErrorBody } }, description: 'No such proposition' },
  },
});

const queue = createRoute({
  method: 'get',
  path: '/api/review-queue',
  summary: 'Propositions no analyst has reviewed yet',
  request: {
    query: z.object({
      order: z.enum(['newest', 'contested']).optional(),
      limit: z.coerce.number().int().min(1).max(10_000).optional(),
    }),
  },
  responses: {
    200: {
      content: { 'application/json': { schema: z.object({ propositions: z.array(Proposition) }) } },
      description: 'Unreviewed propositions: newest first, or contested first',
    },
    400: {
      content: { 'application/json': { schema: ErrorBody } },
      description: 'A query that cannot be read',
    },
  },
});

export function propositionRoutes({ sanad }: RouteDeps) {
  return createRouter()
    .openapi(list, async (c) => {
      const { contested, group, limit } = c.req.valid('query');
      const filter = {
        ...(contested ? { contested: true } : {}),
        ...(group ? { group } : {}),
        ...(limit ? { limit } : {}),
      };
      return c.json(await sanad.claims(filter), 200);
    })
    .openapi(one, async (c) => c.json(await sanad.proposition(c.req.valid('param').id), 200))
    .openapi(queue, async (c) => {
      const { order, limit } = c.req.valid('query');
      const propositions = await sanad.claims({
        reviewed: false,
        order: order ?? 'newest',
        ...(limit ? { limit } : {}),
      });
      return c.json({ propositions }, 200);
    });
}
