import { createRoute, z } from '@hono/zod-openapi';
import { placeName } from '../../app/index.js';
import { createRouter, type RouteDeps } from '../_router.js';
import { ErrorBody, EventType, EventView, ListedEvent } from '../schemas.js';

const list = createRoute({
  method: 'get',
  path: '/api/events',
  summary: 'Events, newest first, filtered by type, dates and place',
  request: {
    query: z.object({
      type: EventType.optional(),
      from: z.string().max(10).optional().openapi({ example: '2022-09-16' }),
      to: z.string().max(10).optional(),
      place: z.string().max(200).optional(),
      limit: z.coerce.number().int().min(1).max(10_000).optional(),
    }),
  },
  responses: {
    200: {
      content: { 'application/json': { schema: z.object({ events: z.array(ListedEvent) }) } },
      description: 'Events',
    },
    400: {
      content: { 'application/json': { schema: ErrorBody } },
      description: 'A filter that cannot be read',
    },
  },
});

const one = createRoute({
  method: 'get',
  path: '/api/events/{id}',
  summary: 'An event with the text it covers',
  request: {
    params: z.object({
      id: z
        .string()
        .max(80)
        .openapi({ param: { name: 'id', in: 'path' } }),
    }),
  },
  responses: {
    200: { content: { 'application/json': { schema: EventView } }, description: 'The event' },
    404: { content: { 'application/json': { schema: ErrorBody } }, description: 'No such event' },
  },
});

export function eventRoutes({ sanad }: RouteDeps) {
  return createRouter()
    .openapi(list, async (c) => {
      const { place, ...query } = c.req.valid('query');
      const filter = Object.fromEntries(
        Object.entries(query).filter(([, value]) => value !== undefined && value !== ''),
      );
      const named = place ? { place: placeName(place) } : {};
      return c.json({ events: await sanad.events({ ...filter, ...named }) }, 200);
    })
    .openapi(one, async (c) => c.json(await sanad.event(c.req.valid('param').id), 200));
}
