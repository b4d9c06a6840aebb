import { describe, expect, it } from 'vitest';
import { matchPath, withQuery } from './paths.js';

describe('matchPath()', () => {
  it('reads path parameters, decoded', () => {
    expect(matchPath('/documents/:id', '/documents/sha256%3Aab12')).toEqual({ id: 'sha256:ab12' });
    expect(matchPath('/', '/')).toEqual({});
    expect(matchPath('/events', '/events/')).toEqual({});
  });

  it('does not match other paths or undecodable parameters', () => {
    expect(matchPath('/events/:id', '/events')).toBeNull();
    expect(matchPath('/documents/:id', '/statements/st_1')).toBeNull();
    expect(matchPath('/documents/:id', '/documents/%E0%A4%A')).toBeNull();
  });
});

describe('withQuery()', () => {
  it('leaves out empty values and encodes the rest', () => {
    expect(withQuery('/search', { q: 'اعدام مشهد', kind: '', from: null, limit: 20 })).toBe(
      '/search?q=%D8%A7%D8%B9%D8%AF%D8%A7%D9%85+%D9%85%D8%B4%D9%87%D8%AF&limit=20',
    );
    expect(withQuery('/map', {})).toBe('/map');
  });
});
