import {
  DECIDED,
  getProposition,
  type Assertion,
  type PropositionWithReviews,
  type Review,
} from '../api/claims.js';
import { ChainPath } from '../components/chain-path.js';
import { PropositionBadges, useGroupName } from '../components/proposition-badges.js';
import { Status } from '../components/status.js';
import { useI18n, type MessageKey } from '../i18n/index.js';
import { Link } from '../router.js';
import { useFetch } from '../use-fetch.js';
import { useInterval } from './event.js';

export function PropositionScreen({ id }: { id: string }) {
  const loaded = useFetch(id, () => getProposition(id));
  return (
    <Status loaded={loaded}>
      {(proposition: PropositionWithReviews) => <PropositionView proposition={proposition} />}
    </Status>
  );
}

/** "Killing in Zahedan, 30 September 2022": what the proposition is about, in one line. */
export function usePropositionTitle(): (p: { type: string; where: readonly string[] }) => string {
  const { t, list } = useI18n();
  return ({ type, where }) =>
    where.length > 0
      ? t('proposition.titleIn', { type: t(`type.${type}` as MessageKey), where: list(where) })
      : t(`type.${type}` as MessageKey);
}

function PropositionView({ proposition }: { proposition: PropositionWithReviews }) {
  const { t, day, num, list } = useI18n();
  const interval = useInterval();
  const groupName = useGroupName();
  const title = usePropositionTitle();
  return (
    <article class="proposition-screen" data-id={proposition.id}>
      <h1 dir="auto">
        {title(proposition)} <PropositionBadges proposition={proposition} />
      </h1>
      <dl class="facts">
        <dt>{t('event.when')}</dt>
        <dd>{proposition.when ? day(proposition.when.start) : t('value.unknown')}</dd>
        <dt>{t('proposition.range')}</dt>
        <dd data-field="range">{interval(proposition.range)}</dd>
        <dt>{t('proposition.corroboration')}</dt>
        <dd data-field="corroboration">
          {t('proposition.groupsCount', { count: proposition.corroboration })}
        </dd>
        <dt>{t('proposition.groups')}</dt>
        <dd data-field="groups">{list(proposition.groups.map(groupName)) || '—'}</dd>
        <dt>{t('proposition.assertionCount')}</dt>
        <dd>{num(proposition.assertions.length)}</dd>
      </dl>
      <h2>{t('proposition.assertions')}</h2>
      <ul class="assertions">
        {proposition.assertions.map((assertion, index) => (
          <AssertionCard key={index} assertion={assertion} fallbackDay={proposition.when?.start ?? null} />
        ))}
      </ul>
      <h2>{t('review.history')}</h2>
      <ReviewHistory reviews={proposition.reviews} />
      <p>
        <Link href="/review">{t('review.openQueue')}</Link>
      </p>
    </article>
  );
}

function AssertionCard({ assertion, fallbackDay }: { assertion: Assertion; fallbackDay: string | null }) {
  const { t, day } = useI18n();
  const interval = useInterval();
  const groupName = useGroupName();
  const when = assertion.when?.start ?? fallbackDay;
  const documentHref = `/documents/${encodeURIComponent(assertion.document)}`;
  return (
    <li
      class={assertion.counted === false ? 'assertion not-counted' : 'assertion'}
      data-group={assertion.group}
    >
      <p class="figure" data-field="figure">
        {interval(assertion)}
      </p>
      {assertion.edited ? (
        <p class="edited" data-field="edited">
          {t('proposition.edited', { figure: interval(assertion.edited) })}
        </p>
      ) : null}
      <dl class="facts">
        <dt>{t('proposition.holder')}</dt>
        <dd data-field="holder">
          <bdi>{assertion.holder}</bdi>
        </dd>
        <dt>{t('proposition.group')}</dt>
        <dd data-field="group">{groupName(assertion.group)}</dd>
        <dt>{t('statement.date')}</dt>
        <dd>{when ? day(when) : t('value.unknown')}</dd>
      </dl>
      {assertion.counted === false ? <p class="muted">{t('proposition.notCounted')}</p> : null}
      <p class="evidence" dir="auto" data-field="evidence">
        {assertion.evidence}
      </p>
      <ChainPath
        document={assertion.document.slice(0, 19)}
        documentHref={documentHref}
        chain={assertion.chain}
      />
    </li>
  );
}

export function ReviewHistory({ reviews }: { reviews: readonly Review[] }) {
  const { t, day } = useI18n();
  if (reviews.length === 0) return <p class="muted">{t('review.none')}</p>;
  return (
    <ol class="review-history">
      {reviews.map((review) => (
        <li key={review.seq} data-decision={review.decision}>
          <strong>{t(`review.decision.${DECIDED[review.decision]}` as MessageKey)}</strong>{' '}
          <span class="muted">{day(review.at.slice(0, 10))}</span>
          <p class="reason" dir="auto">
            {review.reason}
          </p>
          {review.edit ? (
            <p class="muted" dir="ltr">
              {Object.entries(review.edit)
                .map(([key, value]) => `${key}: ${String(value)}`)
                .join(', ')}
            </p>
          ) : null}
        </li>
      ))}
    </ol>
  );
}
