import { createRoute, z } from '@hono/zod-openapi';
import { eventMap, iranBasePoints } from '../../app/index.js';
import { createRouter, type RouteDeps } from '../_router.js';
import { BasePlaces, ErrorBody, EventMap, EventType } from '../schemas.js';

const map = createRoute({
  method: 'get',
  path: '/api/map',
  summary: 'Events counted per place they name, with coordinates from the gazetteer',
  request: {
    query: z.object({
      type: EventType.optional(),
      from: z.string().max(10).optional(),
      to: z.string().max(10).optional(),
    }),
  },
  responses: {
    200: { content: { 'application/json': { schema: EventMap } }, description: 'Counts per place' },
    400: {
      content: { 'application/json': { schema: ErrorBody } },
      description: 'A filter that cannot be read',
    },
  },
});

const places = createRoute({
  method: 'get',
  path: '/api/places',
  summary: "Iran's provinces and larger cities, drawn under the events",
  responses: { 200: { content: { 'application/json': { schema: BasePlaces } }, description: 'Base points' } },
});

export function mapRoutes({ sanad }: RouteDeps) {
  return createRouter()
    .openapi(map, async (c) => {
      const query = c.req.valid('query');
      const filter = Object.fromEntries(
        Object.entries(query).filter(([, value]) => value !== undefined && value !== ''),
      );
      return c.json(await eventMap(sanad, filter), 200);
    })
    .openapi(places, (c) => {
      c.header('Cache-Control', 'max-age=3600');
      return c.json({ places: [...iranBasePoints()] }, 200);
    });
}
