import { createRoute, z } from '@hono/zod-openapi';
import { eventTimeline } from '../../app/index.js';
import { createRouter, type RouteDeps } from '../_router.js';
import { ErrorBody, EventType, Timeline } from '../schemas.js';

const timeline = createRoute({
  method: 'get',
  path: '/api/timeline',
  summary: 'Events per day, week, month or year, by type',
  request: {
    query: z.object({
      bucket: z.enum(['auto', 'day', 'week', 'month', 'year']).optional(),
      type: EventType.optional(),
      place: z.string().max(200).optional(),
      from: z.string().max(10).optional(),
      to: z.string().max(10).optional(),
    }),
  },
  responses: {
    200: {
      content: { 'application/json': { schema: Timeline } },
      description: 'Bars from the first event to the last',
    },
    400: {
      content: { 'application/json': { schema: ErrorBody } },
      description: 'A filter that cannot be read',
    },
  },
});

export function timelineRoutes({ sanad }: RouteDeps) {
  return createRouter().openapi(timeline, async (c) => {
    const query = c.req.valid('query');
    const filter = Object.fromEntries(
      Object.entries(query).filter(([, value]) => value !== undefined && value !== ''),
    );
    return c.json(await eventTimeline(sanad, filter), 200);
  });
}
