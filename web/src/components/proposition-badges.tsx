import type { ReviewSummary } from '../api/claims.js';
import { useI18n, type MessageKey } from '../i18n/index.js';

/** Contested, admission against interest, and the latest review, as short labels. */
export function PropositionBadges({
  proposition,
}: {
  proposition: { contested: boolean; admission_against_interest: boolean; review: ReviewSummary };
}) {
  const { t } = useI18n();
  return (
    <span class="badges">
      {proposition.contested ? (
        <span class="badge badge-contested" data-badge="contested" title={t('proposition.contestedHint')}>
          {t('proposition.contested')}
        </span>
      ) : null}
      {proposition.admission_against_interest ? (
        <span class="badge badge-admission" data-badge="admission" title={t('proposition.admissionHint')}>
          {t('proposition.admission')}
        </span>
      ) : null}
      {proposition.review ? (
        <span class={`badge badge-review badge-${proposition.review.decision}`} data-badge="review">
          {t(`review.decision.${proposition.review.decision}` as MessageKey)}
        </span>
      ) : null}
    </span>
  );
}

/** An affiliation group's name in the current language; an unknown group shows its id. */
export function useGroupName(): (group: string) => string {
  const { t } = useI18n();
  return (group) => t(`group.${group}` as MessageKey);
}
