/**
 * A document's text with extracted items marked by kind. The text is untrusted: it is only
 * ever rendered as text nodes, each stretch wrapped in a <mark> naming the items covering it.
 * @module
 */
import { useMemo } from 'preact/hooks';

export type ItemKind = 'quantity' | 'date' | 'place' | 'entity' | 'statement' | 'event';

export interface TextItem {
  readonly key: string;
  readonly kind: ItemKind;
  readonly span: readonly [number, number];
}

interface Stretch {
  readonly start: number;
  readonly end: number;
  /** Items covering it, narrowest first. */
  readonly items: readonly TextItem[];
}

/**
 * Cuts `length` characters at every item boundary; each stretch lists the items covering it.
 * @example
 * stretches(10, [{ key: 'a', kind: 'date', span: [2, 4] }]); // [0,2] [], [2,4] [a], [4,10] []
 */
export function stretches(length: number, items: readonly TextItem[]): Stretch[] {
  const valid = items.filter(
    ({ span: [s, e] }) => Number.isInteger(s) && Number.isInteger(e) && 0 <= s && s < e && e <= length,
  );
  const cuts = [...new Set([0, length, ...valid.flatMap((item) => [item.span[0], item.span[1]])])].sort(
    (a, b) => a - b,
  );
  const out: Stretch[] = [];
  for (let i = 0; i + 1 < cuts.length; i++) {
    const start = cuts[i]!;
    const end = cuts[i + 1]!;
    const covering = valid
      .filter((item) => item.span[0] <= start && item.span[1] >= end)
      .sort((a, b) => a.span[1] - a.span[0] - (b.span[1] - b.span[0]));
    out.push({ start, end, items: covering });
  }
  return out;
}

export function HighlightedText({
  text,
  items,
  shown,
  selected,
  onSelect,
  dir,
}: {
  text: string;
  items: readonly TextItem[];
  /** Kinds to mark; others are left plain. */
  shown: ReadonlySet<ItemKind>;
  selected: string | null;
  onSelect: (item: TextItem) => void;
  dir: 'ltr' | 'rtl' | 'auto';
}) {
  const visible = useMemo(() => items.filter((item) => shown.has(item.kind)), [items, shown]);
  const parts = useMemo(() => stretches(text.length, visible), [text, visible]);
  return (
    <div class="document-text" dir={dir}>
      {parts.map(({ start, end, items: covering }) => {
        const piece = text.slice(start, end);
        if (covering.length === 0) return piece;
        const kinds = [...new Set(covering.map((item) => item.kind))];
        const first = covering[0]!;
        const isSelected = covering.some((item) => item.key === selected);
        return (
          <mark
            key={start}
            class={`hl ${kinds.map((kind) => `hl-${kind}`).join(' ')}${isSelected ? ' hl-selected' : ''}`}
            data-kinds={kinds.join(' ')}
            data-item={first.key}
            onClick={() => onSelect(first)}
          >
            {piece}
          </mark>
        );
      })}
    </div>
  );
}
