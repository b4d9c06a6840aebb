import { listPropositions, type Proposition } from '../api/claims.js';
import { GROUPS } from '../api/groups.js';
import { PropositionBadges, useGroupName } from '../components/proposition-badges.js';
import { Status } from '../components/status.js';
import { useI18n } from '../i18n/index.js';
import { Link, navigate, useLocation, withQuery } from '../router.js';
import { useFetch } from '../use-fetch.js';
import { useInterval } from './event.js';
import { usePropositionTitle } from './proposition.js';

/** Contested propositions first, then the best corroborated; otherwise as the server listed them. */
export function contestedFirst(propositions: readonly Proposition[]): Proposition[] {
  return [...propositions].sort(
    (a, b) => Number(b.contested) - Number(a.contested) || b.corroboration - a.corroboration,
  );
}

export function ClaimsScreen() {
  const { t } = useI18n();
  const { query } = useLocation();
  const contested = query.get('contested') === 'true';
  const group = query.get('group') ?? '';
  const groupName = useGroupName();
  const loaded = useFetch(`claims?${query.toString()}`, async () =>
    contestedFirst(await listPropositions({ contested, group })),
  );
  const go = (changes: { contested?: boolean; group?: string }): void =>
    navigate(
      withQuery('/propositions', {
        contested: (changes.contested ?? contested) ? 'true' : null,
        group: changes.group ?? group,
      }),
      { replace: true },
    );
  return (
    <section class="claims-screen">
      <h1>{t('nav.claims')}</h1>
      <div class="filters">
        <label class="inline">
          <input
            type="checkbox"
            name="contested"
            checked={contested}
            onChange={(event) => go({ contested: event.currentTarget.checked })}
          />{' '}
          {t('claims.contestedOnly')}
        </label>
        <label>
          {t('proposition.group')}{' '}
          <select name="group" value={group} onChange={(event) => go({ group: event.currentTarget.value })}>
            <option value="">{t('filter.any')}</option>
            {GROUPS.map((id) => (
              <option key={id} value={id}>
                {groupName(id)}
              </option>
            ))}
          </select>
        </label>
      </div>
      <Status loaded={loaded}>
        {(propositions: Proposition[]) => <PropositionTable propositions={propositions} />}
      </Status>
    </section>
  );
}

export function PropositionTable({ propositions }: { propositions: readonly Proposition[] }) {
  const { t, day, num, list } = useI18n();
  const interval = useInterval();
  const groupName = useGroupName();
  const title = usePropositionTitle();
  if (propositions.length === 0) return <p class="muted">{t('claims.none')}</p>;
  return (
    <table class="proposition-table">
      <thead>
        <tr>
          <th>{t('proposition.title')}</th>
          <th>{t('event.when')}</th>
          <th>{t('proposition.range')}</th>
          <th>{t('proposition.corroboration')}</th>
          <th>{t('proposition.groups')}</th>
        </tr>
      </thead>
      <tbody>
        {propositions.map((p) => (
          <tr key={p.id} data-id={p.id} data-contested={String(p.contested)}>
            <td>
              <Link href={`/propositions/${encodeURIComponent(p.id)}`} dir="auto">
                {title(p)}
              </Link>{' '}
              <PropositionBadges proposition={p} />
            </td>
            <td>{p.when ? day(p.when.start) : '—'}</td>
            <td>{interval(p.range)}</td>
            <td>{num(p.corroboration)}</td>
            <td>{list(p.groups.map(groupName))}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
