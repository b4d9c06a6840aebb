import type { InferResponseType } from 'hono/client';
import { Fragment } from 'preact';
import { useMemo, useState } from 'preact/hooks';
import { api, read } from '../api/client.js';
import { HighlightedText, type ItemKind, type TextItem } from '../components/highlighted-text.js';
import { Status } from '../components/status.js';
import { useI18n, type MessageKey } from '../i18n/index.js';
import { Link } from '../router.js';
import { useFetch } from '../use-fetch.js';

type View = InferResponseType<(typeof api.documents)[':id']['$get'], 200>;
type Extraction = NonNullable<View['extraction']>;

const KINDS: readonly ItemKind[] = ['quantity', 'date', 'place', 'entity', 'statement', 'event'];

/** Every extracted item as something to mark, keyed by kind and position in its list. */
function itemsOf(extraction: Extraction | null): TextItem[] {
  if (!extraction) return [];
  return [
    ...extraction.quantities.map((q, i) => ({
      key: `quantity:${i}`,
      kind: 'quantity' as const,
      span: q.span,
    })),
    ...extraction.dates.map((d, i) => ({ key: `date:${i}`, kind: 'date' as const, span: d.span })),
    ...extraction.places.map((p, i) => ({ key: `place:${i}`, kind: 'place' as const, span: p.span })),
    ...extraction.entities.map((e, i) => ({ key: `entity:${i}`, kind: 'entity' as const, span: e.span })),
    ...extraction.statements.map((s) => ({
      key: `statement:${s.id}`,
      kind: 'statement' as const,
      span: s.quote_span,
    })),
    ...extraction.events.map((e) => ({ key: `event:${e.id}`, kind: 'event' as const, span: e.span })),
  ];
}

export function DocumentScreen({ id }: { id: string }) {
  const loaded = useFetch(id, async () => read(await api.documents[':id'].$get({ param: { id } })));
  return <Status loaded={loaded}>{(view: View) => <DocumentView view={view} />}</Status>;
}

function DocumentView({ view }: { view: View }) {
  const { t, num, day } = useI18n();
  const { document, extraction } = view;
  const items = useMemo(() => itemsOf(extraction), [extraction]);
  const [shown, setShown] = useState<ReadonlySet<ItemKind>>(() => new Set(KINDS));
  const [selected, setSelected] = useState<string | null>(null);
  const countOf = (kind: ItemKind): number => items.filter((item) => item.kind === kind).length;
  const toggle = (kind: ItemKind): void => {
    const next = new Set(shown);
    if (next.has(kind)) next.delete(kind);
    else next.add(kind);
    setShown(next);
  };

  return (
    <article class="document-screen">
      <header>
        <h1 dir="auto">{document.title ?? t('document.untitled')}</h1>
        <dl class="facts">
          <dt>{t('document.source')}</dt>
          <dd>
            <bdi>{document.source ?? t('value.unknown')}</bdi>
          </dd>
          <dt>{t('document.published')}</dt>
          <dd>{document.published ? day(document.published.start) : t('value.unknown')}</dd>
          <dt>{t('document.language')}</dt>
          <dd>{t(`language.${document.language}` as MessageKey)}</dd>
          {document.author ? (
            <>
              <dt>{t('document.author')}</dt>
              <dd>
                <bdi>{document.author}</bdi>
              </dd>
            </>
          ) : null}
          <dt>{t('document.id')}</dt>
          <dd>
            <code class="hash" data-hash="text">
              {document.id}
            </code>
          </dd>
          <dt>{t('document.rawHash')}</dt>
          <dd>
            <code class="hash" data-hash="raw">
              {document.raw_hash}
            </code>{' '}
            <a
              href={`/api/documents/${encodeURIComponent(document.id)}/raw`}
              target="_blank"
              rel="noopener noreferrer"
              class="raw-link"
            >
              {t('document.raw')}
            </a>
          </dd>
          <dt>{t('document.ledgerEntry')}</dt>
          <dd>{num(view.seq)}</dd>
          <dt>{t('document.extractor')}</dt>
          <dd>
            <code>{extraction?.extractor ?? t('value.none')}</code>
          </dd>
        </dl>
      </header>
      <div class="legend" role="group" aria-label={t('document.legend')}>
        {KINDS.map((kind) => (
          <label key={kind} class={`legend-item hl-${kind}`}>
            <input type="checkbox" checked={shown.has(kind)} onChange={() => toggle(kind)} />
            {t(`kind.${kind}.plural` as MessageKey)} <span class="count">{num(countOf(kind))}</span>
          </label>
        ))}
      </div>
      <div class="document-layout">
        <HighlightedText
          text={document.text}
          items={items}
          shown={shown}
          selected={selected}
          onSelect={(item) => setSelected(item.key)}
          dir={document.language === 'fa' || document.language === 'ar' ? 'rtl' : 'auto'}
        />
        <aside class="item-panel" aria-live="polite">
          {selected && extraction ? (
            <ItemDetails itemKey={selected} extraction={extraction} />
          ) : (
            <p class="muted">{t('document.selectHint')}</p>
          )}
        </aside>
      </div>
    </article>
  );
}

function ItemDetails({ itemKey, extraction }: { itemKey: string; extraction: Extraction }) {
  const { t, num, day } = useI18n();
  const [kind, ref] = itemKey.split(/:(.*)/s) as [ItemKind, string];
  const rows: Array<[string, string]> = [];
  let link: string | null = null;
  if (kind === 'quantity') {
    const q = extraction.quantities[Number(ref)]!;
    rows.push(
      [t('item.text'), q.text],
      [t('item.low'), q.low === null ? '—' : num(q.low)],
      [t('item.high'), q.high === null ? '—' : num(q.high)],
      [t('item.qualifier'), q.qualifier],
    );
    if (q.unit) rows.push([t('item.unit'), q.unit]);
    if (q.counted) rows.push([t('item.counted'), q.counted]);
  } else if (kind === 'date') {
    const d = extraction.dates[Number(ref)]!;
    rows.push(
      [t('item.text'), d.text],
      [t('item.start'), day(d.start)],
      [t('item.end'), day(d.end)],
      [t('item.precision'), d.precision],
    );
  } else if (kind === 'place') {
    const p = extraction.places[Number(ref)]!;
    rows.push([t('item.text'), p.text], [t('item.name'), p.name], [t('item.kind'), p.kind]);
    if (p.lat !== null && p.lon !== null) rows.push([t('item.coordinates'), `${num(p.lat)}, ${num(p.lon)}`]);
  } else if (kind === 'entity') {
    const e = extraction.entities[Number(ref)]!;
    rows.push([t('item.text'), e.text], [t('item.name'), e.name], [t('item.kind'), e.kind]);
  } else if (kind === 'statement') {
    const s = extraction.statements.find((item) => item.id === ref)!;
    rows.push(
      [t('statement.speaker'), s.speaker.name ?? s.speaker.organization ?? '—'],
      [t('statement.quote'), s.quote],
    );
    link = `/statements/${encodeURIComponent(ref)}`;
  } else {
    const e = extraction.events.find((item) => item.id === ref)!;
    rows.push(
      [t('event.type'), t(`type.${e.type}` as MessageKey)],
      [t('event.when'), e.when ? day(e.when.start) : '—'],
      [t('event.where'), e.where.join(', ')],
    );
    link = `/events/${encodeURIComponent(ref)}`;
  }
  return (
    <div class="item-details" data-kind={kind}>
      <h2>{t(`kind.${kind}` as MessageKey)}</h2>
      <dl>
        {rows.map(([label, value]) => (
          <Fragment key={label}>
            <dt>{label}</dt>
            <dd>
              <bdi>{value}</bdi>
            </dd>
          </Fragment>
        ))}
      </dl>
      {link ? <Link href={link}>{t('item.open')}</Link> : null}
    </div>
  );
}
