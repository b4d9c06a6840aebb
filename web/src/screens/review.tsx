import { useEffect, useRef, useState } from 'preact/hooks';
import { ApiError, savedToken, saveToken } from '../api/client.js';
import {
  DECIDED,
  postReview,
  reviewQueue,
  type Decision,
  type Proposition,
  type QueueOrder,
} from '../api/claims.js';
import { PropositionBadges, useGroupName } from '../components/proposition-badges.js';
import { Status } from '../components/status.js';
import { useI18n, type MessageKey } from '../i18n/index.js';
import { Link, navigate, useLocation, withQuery } from '../router.js';
import { useFetch } from '../use-fetch.js';
import { useInterval } from './event.js';
import { usePropositionTitle } from './proposition.js';
import { keyAction, moved } from './review-keys.js';

const ORDERS: readonly QueueOrder[] = ['newest', 'contested'];

export function ReviewScreen() {
  const { t } = useI18n();
  const { query } = useLocation();
  const order: QueueOrder = query.get('order') === 'contested' ? 'contested' : 'newest';
  const loaded = useFetch(`review-queue?${order}`, () => reviewQueue(order));
  const [token, setToken] = useState(savedToken);
  return (
    <section class="review-screen">
      <h1>{t('nav.review')}</h1>
      <TokenField token={token} onToken={setToken} />
      <div class="filters" role="group" aria-label={t('review.order')}>
        {ORDERS.map((value) => (
          <label class="inline" key={value}>
            <input
              type="radio"
              name="order"
              value={value}
              checked={value === order}
              onChange={() => navigate(withQuery('/review', { order: value }), { replace: true })}
            />{' '}
            {t(`review.order.${value}` as MessageKey)}
          </label>
        ))}
      </div>
      <p class="muted">{t('review.keys')}</p>
      <Status loaded={loaded}>
        {(items: Proposition[]) => (
          <Queue key={order} items={items} token={token} onUnauthorized={() => setToken('')} />
        )}
      </Status>
    </section>
  );
}

/** Asks for the write token once; it is then kept in sessionStorage for this tab. */
function TokenField({ token, onToken }: { token: string; onToken: (token: string) => void }) {
  const { t } = useI18n();
  const [draft, setDraft] = useState('');
  if (token) {
    return (
      <p class="token-kept">
        {t('review.tokenKept')}{' '}
        <button
          type="button"
          onClick={() => {
            saveToken('');
            onToken('');
          }}
        >
          {t('review.tokenForget')}
        </button>
      </p>
    );
  }
  return (
    <form
      class="token-form"
      onSubmit={(event) => {
        event.preventDefault();
        saveToken(draft);
        onToken(savedToken());
      }}
    >
      <label>
        {t('ingest.token')}{' '}
        <input
          type="password"
          name="token"
          autoComplete="off"
          value={draft}
          onInput={(event) => setDraft(event.currentTarget.value)}
        />
      </label>{' '}
      <button type="submit">{t('review.tokenKeep')}</button>
      <p class="muted">{t('ingest.tokenHint')}</p>
    </form>
  );
}

interface Outcome {
  readonly ok: boolean;
  readonly message: string;
}

function Queue({
  items,
  token,
  onUnauthorized,
}: {
  items: readonly Proposition[];
  token: string;
  onUnauthorized: () => void;
}) {
  const { t } = useI18n();
  const title = usePropositionTitle();
  const [reviewed, setReviewed] = useState<ReadonlySet<string>>(new Set());
  const [index, setIndex] = useState(0);
  const [decision, setDecision] = useState<Decision | null>(null);
  const [outcome, setOutcome] = useState<Outcome | null>(null);
  const reasonField = useRef<HTMLTextAreaElement>(null);
  const open = items.filter((item) => !reviewed.has(item.id));
  const selected = open[Math.min(index, open.length - 1)];

  // The reason field is always there, so it takes the focus at once and no typed key is lost.
  const decide = (chosen: Decision): void => {
    setDecision(chosen);
    setOutcome(null);
    reasonField.current?.focus();
  };

  // Bound again after every render, so the handler sees the current list and selection.
  useEffect(() => {
    const onKey = (event: KeyboardEvent): void => {
      const target = event.target as HTMLElement | null;
      if (target?.closest('input:not([type=radio]), textarea, select, [contenteditable]')) return;
      const action = keyAction(event);
      if (!action) return;
      event.preventDefault();
      if ('move' in action) {
        setIndex((current) => moved(current, action.move, open.length));
        setDecision(null);
      } else if (selected) decide(action.decide);
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  });

  useEffect(() => {
    document.querySelector('.queue-item[aria-selected="true"]')?.scrollIntoView({ block: 'nearest' });
  }, [index]);

  const submit = async (form: HTMLFormElement): Promise<void> => {
    if (!selected) return;
    if (!decision) {
      setOutcome({ ok: false, message: t('review.chooseFirst') });
      return;
    }
    const data = new FormData(form);
    const reason = String(data.get('reason') ?? '').trim();
    if (!reason) {
      setOutcome({ ok: false, message: t('review.needReason') });
      return;
    }
    const edit: Record<string, number> = {};
    for (const field of ['low', 'high'] as const) {
      const value = String(data.get(field) ?? '').trim();
      if (value !== '') edit[field] = Number(value);
    }
    if (decision === 'edit' && Object.keys(edit).length === 0) {
      setOutcome({ ok: false, message: t('review.needEdit') });
      return;
    }
    try {
      await postReview(
        {
          target: selected.id,
          decision,
          reason,
          ...(decision === 'edit' ? { edit } : {}),
        },
        token,
      );
      setReviewed((done) => new Set([...done, selected.id]));
      setDecision(null);
      setOutcome({
        ok: true,
        message: t('review.recorded', {
          decision: t(`review.decision.${DECIDED[decision]}` as MessageKey),
          title: title(selected),
        }),
      });
      form.reset();
    } catch (error) {
      if (error instanceof ApiError && error.status === 401) {
        saveToken('');
        onUnauthorized();
      }
      setOutcome({ ok: false, message: error instanceof Error ? error.message : String(error) });
    }
  };

  return (
    <div class="review-layout">
      {open.length === 0 ? (
        <p class="muted">{t('review.empty')}</p>
      ) : (
        <ul class="queue" role="listbox" aria-label={t('nav.review')}>
          {open.map((item, i) => (
            <li
              key={item.id}
              role="option"
              class="queue-item"
              data-id={item.id}
              aria-selected={item === selected}
              onClick={() => {
                setIndex(i);
                setDecision(null);
              }}
            >
              <span dir="auto">{title(item)}</span> <PropositionBadges proposition={item} />
            </li>
          ))}
        </ul>
      )}
      <div class="review-panel">
        {outcome ? (
          <p class={outcome.ok ? 'notice' : 'error'} role={outcome.ok ? 'status' : 'alert'}>
            {outcome.message}
          </p>
        ) : null}
        {selected ? (
          <>
            <QueueItem proposition={selected} />
            <div class="decisions" role="group" aria-label={t('review.decision')}>
              {(['accept', 'reject', 'edit'] as const).map((value) => (
                <button
                  type="button"
                  key={value}
                  data-decision={value}
                  aria-pressed={decision === value}
                  onClick={() => decide(value)}
                >
                  {t(`review.do.${value}` as MessageKey)} <kbd>{value[0]}</kbd>
                </button>
              ))}
            </div>
            <form
              class="review-form"
              onSubmit={(event) => {
                event.preventDefault();
                void submit(event.currentTarget);
              }}
            >
              <label>
                {t('review.reason')}
                <textarea
                  ref={reasonField}
                  name="reason"
                  rows={2}
                  dir="auto"
                  onKeyDown={(event) => {
                    if (event.key === 'Enter' && !event.shiftKey) {
                      event.preventDefault();
                      event.currentTarget.form?.requestSubmit();
                    } else if (event.key === 'Escape') {
                      event.currentTarget.blur();
                    }
                  }}
                />
              </label>
              {decision === 'edit' ? (
                <div class="filters">
                  <label>
                    {t('item.low')} <input type="number" name="low" min="0" dir="ltr" />
                  </label>
                  <label>
                    {t('item.high')} <input type="number" name="high" min="0" dir="ltr" />
                  </label>
                </div>
              ) : null}
              <button type="submit" disabled={!decision}>
                {decision ? t('review.submit') : t('review.chooseFirst')}
              </button>
            </form>
          </>
        ) : null}
      </div>
    </div>
  );
}

/** The selected item: what it says, who says it, and a link to the whole proposition. */
function QueueItem({ proposition }: { proposition: Proposition }) {
  const { t, day, num } = useI18n();
  const interval = useInterval();
  const groupName = useGroupName();
  const title = usePropositionTitle();
  return (
    <div class="queue-detail">
      <h2 dir="auto">
        <Link href={`/propositions/${encodeURIComponent(proposition.id)}`}>{title(proposition)}</Link>
      </h2>
      <dl class="facts">
        <dt>{t('event.when')}</dt>
        <dd>{proposition.when ? day(proposition.when.start) : t('value.unknown')}</dd>
        <dt>{t('proposition.range')}</dt>
        <dd>{interval(proposition.range)}</dd>
        <dt>{t('proposition.corroboration')}</dt>
        <dd>{num(proposition.corroboration)}</dd>
      </dl>
      <ul class="queue-assertions">
        {proposition.assertions.map((assertion, index) => (
          <li key={index}>
            <strong>{interval(assertion)}</strong> · <bdi>{assertion.holder}</bdi> (
            {groupName(assertion.group)})
          </li>
        ))}
      </ul>
    </div>
  );
}
