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

/** secureHeaders with sanad's Content-Security-Policy. */
export function securityHeaders(): MiddlewareHandler {
  return secureHeaders({
    contentSecurityPolicy: CONTENT_SECURITY_POLICY,
    crossOriginEmbedderPolicy: false,
    referrerPolicy: 'no-referrer',
  });
}
