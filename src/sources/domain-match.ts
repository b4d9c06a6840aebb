/**
 * Matching a URL or host name against a source's domains: "news.irna.ir" is IRNA's,
 * "https://www.bbc.com/persian/articles/x" is BBC Persian's and not the BBC's as a whole.
 * @module
 */

interface Address {
  readonly host: string;
  readonly path: string;
}

/** Host (lower case, without "www.") and path of a URL, host name or "host/path" text; null if unreadable. */
export function addressOf(hostOrUrl: string): Address | null {
  const text = hostOrUrl.trim();
  if (!text) return null;
  const withScheme = /^[a-z][a-z0-9+.-]*:\/\//i.test(text) ? text : `https://${text}`;
  try {
    const url = new URL(withScheme);
    if (!url.hostname) return null;
    const host = url.hostname
      .toLowerCase()
      .replace(/^www\./, '')
      .replace(/\.$/, '');
    const path = decodeURIComponent(url.pathname).toLowerCase().replace(/\/+$/, '');
    return { host, path };
  } catch {
    return null;
  }
}

/**
 * How specifically `domain` covers `address`: 0 when it does not, otherwise larger for a
 * longer domain and path prefix, so that the most specific source wins.
 */
export function domainMatchScore(domain: string, address: Address): number {
  const wanted = addressOf(domain);
  if (!wanted) return 0;
  const hostMatches = address.host === wanted.host || address.host.endsWith(`.${wanted.host}`);
  if (!hostMatches) return 0;
  if (wanted.path && address.path !== wanted.path && !address.path.startsWith(`${wanted.path}/`)) return 0;
  return wanted.host.length + wanted.path.length * 2 + (address.host === wanted.host ? 1 : 0);
}
