import type { InferResponseType } from 'hono/client';
import { api, read } from '../api/client.js';
import { ChainPath } from '../components/chain-path.js';
import { Status } from '../components/status.js';
import { useI18n } from '../i18n/index.js';
import { Link } from '../router.js';
import { useFetch } from '../use-fetch.js';

type Statement = InferResponseType<(typeof api.statements)[':id']['$get'], 200>;
type Document = InferResponseType<(typeof api.documents)[':id']['$get'], 200>;

export function StatementScreen({ id }: { id: string }) {
  const loaded = useFetch(id, async () => {
    const statement = await read(await api.statements[':id'].$get({ param: { id } }));
    const document = await read(await api.documents[':id'].$get({ param: { id: statement.document } }));
    return { statement, document };
  });
  return (
    <Status loaded={loaded}>
      {({ statement, document }: { statement: Statement; document: Document }) => (
        <StatementView statement={statement} document={document} />
      )}
    </Status>
  );
}

function StatementView({ statement, document }: { statement: Statement; document: Document }) {
  const { t, day, list } = useI18n();
  const { speaker } = statement;
  const date = statement.when?.start ?? document.document.published?.start ?? null;
  const title = document.document.title ?? t('document.untitled');
  return (
    <article class="statement-screen">
      <h1>{t('statement.title')}</h1>
      <blockquote class="quote" dir="auto">
        {statement.quote}
      </blockquote>
      <dl class="facts">
        <dt>{t('statement.speaker')}</dt>
        <dd data-field="speaker">
          <bdi>{speaker.name ?? speaker.organization ?? t('statement.unknownSpeaker')}</bdi>
        </dd>
        <dt>{t('statement.role')}</dt>
        <dd data-field="role">
          <bdi>
            {list(
              [speaker.role, speaker.name ? speaker.organization : null].filter((v): v is string =>
                Boolean(v),
              ),
            ) || '—'}
          </bdi>
        </dd>
        <dt>{t('statement.date')}</dt>
        <dd data-field="date">{date ? day(date) : t('value.unknown')}</dd>
        <dt>{t('statement.verb')}</dt>
        <dd>
          <bdi>{statement.verb}</bdi>
        </dd>
        <dt>{t('statement.form')}</dt>
        <dd>{statement.direct ? t('statement.direct') : t('statement.indirect')}</dd>
      </dl>
      <h2>{t('statement.chain')}</h2>
      <ChainPath
        document={title}
        documentHref={`/documents/${encodeURIComponent(statement.document)}`}
        chain={statement.chain}
      />
      <h2>{t('statement.evidence')}</h2>
      <p class="evidence" dir="auto">
        {statement.evidence}
      </p>
      <p>
        <Link href={`/documents/${encodeURIComponent(statement.document)}`} dir="auto">
          {t('statement.inDocument', { title })}
        </Link>
      </p>
    </article>
  );
}
