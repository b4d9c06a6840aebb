import { createRoute, z } from '@hono/zod-openapi';
import { createRouter, type RouteDeps } from '../_router.js';

const Health = z
  .object({
    ok: z.literal(true),
    ledger_head: z.string().openapi({ description: 'The hash of the last ledger entry' }),
    ledger_entries: z.number().int(),
    documents: z.number().int(),
    statements: z.number().int(),
    events: z.number().int(),
  })
  .openapi('Health');

const health = createRoute({
  method: 'get',
  path: '/api/health',
  summary: 'Whether the server answers, and the ledger head it serves',
  responses: { 200: { content: { 'application/json': { schema: Health } }, description: 'Up' } },
});

export function healthRoutes({ sanad }: RouteDeps) {
  return createRouter().openapi(health, async (c) => {
    const stats = await sanad.stats();
    return c.json(
      {
        ok: true as const,
        ledger_head: stats.head,
        ledger_entries: stats.lastSeq,
        documents: stats.documents,
        statements: stats.statements,
        events: stats.events,
      },
      200,
    );
  });
}
