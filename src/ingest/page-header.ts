/**
 * The site header of a scraped page: the lines above its breadcrumb trail ("Home » News »",
 * "HomeIran News Now…"). A date there is the site's clock on the day the page was saved,
 * shown on every page, not the day the article was published.
 * @module
 */
import rules from './boilerplate.json' with { type: 'json' };

const BREADCRUMB = new RegExp(rules.breadcrumbs.map((pattern) => `(?:${pattern})`).join('|'), 'u');

/** Whether `line` is a breadcrumb trail starting at the site's home page. */
export function isBreadcrumb(line: string): boolean {
  return BREADCRUMB.test(line.trim());
}

/**
 * The trimmed non-blank lines above the breadcrumb trail, when one stands among the first
 * `rules.pageHeaderMaxLines` such lines; otherwise none.
 */
export function linesAboveBreadcrumb(text: string): ReadonlySet<string> {
  const above: string[] = [];
  let offset = 0;
  while (above.length < rules.pageHeaderMaxLines && offset < text.length) {
    const newline = text.indexOf('\n', offset);
    const end = newline === -1 ? text.length : newline;
    const line = text.slice(offset, end).trim();
    offset = end + 1;
    if (line === '') continue;
    if (isBreadcrumb(line)) return new Set(above);
    above.push(line);
  }
  return new Set();
}
