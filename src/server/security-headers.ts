/**
 * Headers that keep untrusted document text inert even if it ever reached the page as markup:
 * no inline or foreign script, no plugins, no base-URL tricks, no framing.
 * @module
 */
import type { MiddlewareHandler } from 'hono';
import { secureHeaders } from 'hono/secure-headers';

export const CONTENT_SECURITY_POLICY = {
  defaultSrc: ["'self'"],
  scriptSrc: ["'self'"],
  objectSrc: ["'none'"],
  baseUri: ["'none'"],
  frameAncestors: ["'none'"],
  formAction: ["'self'"],
  connectSrc: ["'self'"],
  imgSrc: ["'self'", 'data:'],
  // Leaflet and ECharts position their elements through the style attribute.
  styleSrc: ["'self'", "'unsafe-inline'"],
};

/** Raw originals may be HTML: shown as plain text in a sandbox, they can neither run nor load anything. */
export const RAW_CONTENT_SECURITY_POLICY = { defaultSrc: ["'none'"], sandbox: [''] };

const RAW_PATH = /^\/api\/documents\/[^/]+\/raw$/;

/** secureHeaders with sanad's Content-Security-Policy; the stricter one for raw originals. */
export function securityHeaders(): MiddlewareHandler {
  const options = { crossOriginEmbedderPolicy: false, referrerPolicy: 'no-referrer' } as const;
  const app = secureHeaders({ ...options, contentSecurityPolicy: CONTENT_SECURITY_POLICY });
  const raw = secureHeaders({ ...options, contentSecurityPolicy: RAW_CONTENT_SECURITY_POLICY });
  return (c, next) => (RAW_PATH.test(c.req.path) ? raw : app)(c, next);
}
