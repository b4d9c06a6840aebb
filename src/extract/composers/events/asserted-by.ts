/**
 * Who asserts an event: the speaker of the innermost statement whose reported words hold
 * it, or else the document's own source.
 * @module
 */
import type { Span, Statement } from '../../../core/types.js';

/** The name a statement's speaker is known by: person, else organization, else role. */
export function speakerName(statement: Statement): string | null {
  const { name, organization, role } = statement.speaker;
  return name ?? organization ?? role ?? null;
}

/** The holder of an event whose trigger starts at `offset`. */
export function assertedBy(
  offset: number,
  statements: readonly Statement[],
  source: string | null,
): string | null {
  let innermost: Statement | null = null;
  for (const statement of statements) {
    const [start, end] = statement.quote_span;
    if (offset < start || offset >= end || speakerName(statement) === null) continue;
    if (!innermost || end - start < innermost.quote_span[1] - innermost.quote_span[0]) innermost = statement;
  }
  return innermost ? speakerName(innermost) : source;
}

/**
 * The parts of statements that are not reported words ("Jafari said on Wednesday that"):
 * a date or place there belongs to the saying, not to the event said.
 */
export function attributionSpans(statements: readonly Statement[]): Span[] {
  const spans: Span[] = [];
  for (const { span, quote_span: quote } of statements) {
    if (quote[0] > span[0]) spans.push([span[0], Math.min(quote[0], span[1])]);
    if (span[1] > quote[1]) spans.push([Math.max(quote[1], span[0]), span[1]]);
  }
  return spans;
}

/** Whether `span` lies wholly inside one of `spans`. */
export function insideAny(span: Span, spans: readonly Span[]): boolean {
  for (const s of spans) if (span[0] >= s[0] && span[1] <= s[1]) return true;
  return false;
}
