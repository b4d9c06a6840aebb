import { createRoute, z } from '@hono/zod-openapi';
import { createRouter, type RouteDeps } from '../_router.js';
import { ErrorBody, Review } from '../schemas.js';

const ReviewRequest = z.object({
  target: z
    .string()
    .max(80)
    .openapi({ example: 'pr_3f2a91b07c1d4e55', description: 'A proposition, event or statement id' }),
  decision: z.enum(['accept', 'reject', 'edit']),
  edit: z
    .record(z.string(), z.unknown())
    .optional()
    .openapi({ description: 'For an edit: the fields it changes, e.g. {"low": 300}' }),
  reason: z.string().min(1).max(4000),
});

const record = createRoute({
  method: 'post',
  path: '/api/reviews',
  summary: "Record an analyst's decision (a new ledger entry; nothing is overwritten)",
  security: [{ Bearer: [] }],
  request: { body: { content: { 'application/json': { schema: ReviewRequest } }, required: true } },
  responses: {
    201: {
      content: { 'application/json': { schema: z.object({ review: Review }) } },
      description: 'Recorded',
    },
    400: {
      content: { 'application/json': { schema: ErrorBody } },
      description: 'A review that cannot be read',
    },
    401: { content: { 'application/json': { schema: ErrorBody } }, description: 'No token, or a wrong one' },
    404: { content: { 'application/json': { schema: ErrorBody } }, description: 'No such target' },
  },
});

export function reviewRoutes({ sanad, serially }: RouteDeps) {
  return createRouter().openapi(record, async (c) => {
    const body = c.req.valid('json');
    const review = await serially(() =>
      sanad.review({
        target: body.target,
        decision: body.decision,
        edit: body.edit ?? null,
        reason: body.reason,
      }),
    );
    return c.json({ review }, 201);
  });
}
