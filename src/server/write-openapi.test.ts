import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { OPENAPI_PATH, openApiText } from './write-openapi.js';

describe('docs/openapi.json', () => {
  it('is the document the routes describe today (run "npm run openapi" after changing a route)', () => {
    expect(readFileSync(OPENAPI_PATH, 'utf8')).toBe(openApiText());
  });

  it('describes every screen route, the token on writes, and the error shape', () => {
    const document = JSON.parse(openApiText()) as {
      paths: Record<string, Record<string, { security?: unknown[]; responses: Record<string, unknown> }>>;
      components: { schemas: Record<string, unknown>; securitySchemes: Record<string, unknown> };
    };
    expect(Object.keys(document.paths).sort()).toEqual([
      '/api/documents',
      '/api/documents/{id}',
      '/api/documents/{id}/raw',
      '/api/events',
      '/api/events/{id}',
      '/api/health',
      '/api/ingest',
      '/api/ingest/url',
      '/api/map',
      '/api/places',
      '/api/propositions',
      '/api/propositions/{id}',
      '/api/review-queue',
      '/api/reviews',
      '/api/search',
      '/api/statements/{id}',
      '/api/timeline',
    ]);
    expect(document.paths['/api/ingest']!['post']!.security).toEqual([{ Bearer: [] }]);
    expect(document.paths['/api/ingest']!['post']!.responses['401']).toBeDefined();
    expect(document.paths['/api/reviews']!['post']!.security).toEqual([{ Bearer: [] }]);
    expect(document.paths['/api/reviews']!['post']!.responses['401']).toBeDefined();
    expect(document.components.securitySchemes['Bearer']).toEqual({ type: 'http', scheme: 'bearer' });
    expect(document.components.schemas['Error']).toBeDefined();
  });
});
