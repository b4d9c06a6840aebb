/**
 * The site header of a scraped page: the lines above its breadcrumb trail ("Home » News »",
 * "HomeIran News Now…"). A date there is the site's clock on the day the page was saved,
 * shown on every page, not the day the article was published.
 * @module
 */
import rules from './boilerplate.json' with { type: 'json' };
import { headLines } from './head-lines.js';

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
  const lines = headLines(text, rules.pageHeaderMaxLines + 1);
  const trail = lines.findIndex(isBreadcrumb);
  return new Set(trail === -1 ? [] : lines.slice(0, trail));
}
