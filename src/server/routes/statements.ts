import { createRoute, z } from '@hono/zod-openapi';
import { createRouter, type RouteDeps } from '../_router.js';
import { ErrorBody, StatementView } from '../schemas.js';

const one = createRoute({
  method: 'get',
  path: '/api/statements/{id}',
  summary: 'A statement: quote, speaker, date, chain of transmission and the text it covers',
  request: {
    params: z.object({
      id: z
        .string()
        .max(80)
        .openapi({ param: { name: 'id', in: 'path' }, example: 'st_83ae037437b2cd9d' }),
    }),
  },
  responses: {
    200: { content: { 'application/json': { schema: StatementView } }, description: 'The statement' },
    404: { content: { 'application/json': { schema: ErrorBody } }, description: 'No such statement' },
  },
});

export function statementRoutes({ sanad }: RouteDeps) {
  return createRouter().openapi(one, async (c) =>
    c.json(await sanad.statement(c.req.valid('param').id), 200),
  );
}
