import { useState } from 'preact/hooks';
import { api, ApiError, authorization, read, savedToken, saveToken } from '../api/client.js';
import { useI18n, type MessageKey } from '../i18n/index.js';
import { Link } from '../router.js';

type State = 'queued' | 'sending' | 'added' | 'duplicate' | 'reextracted' | 'refused';

interface Row {
  readonly key: number;
  readonly name: string;
  readonly bytes: number | null;
  state: State;
  message: string | null;
  id: string | null;
}

let nextKey = 1;

export function IngestScreen() {
  const { t } = useI18n();
  const [token, setToken] = useState(savedToken);
  const [rows, setRows] = useState<Row[]>([]);
  const [url, setUrl] = useState('');
  const [source, setSource] = useState('');
  const [dragging, setDragging] = useState(false);

  const update = (key: number, changes: Partial<Row>): void =>
    setRows((current) => current.map((row) => (row.key === key ? { ...row, ...changes } : row)));

  const settle = async (key: number, send: () => Promise<Response>): Promise<void> => {
    update(key, { state: 'sending' });
    try {
      const result = (await read(await send())) as { status: State; id: string };
      update(key, { state: result.status, id: result.id, message: null });
    } catch (error) {
      update(key, {
        state: 'refused',
        message: error instanceof ApiError || error instanceof Error ? error.message : String(error),
      });
    }
  };

  // One file after another: the server ingests one at a time anyway, and each row shows its own state.
  const sendFiles = async (files: readonly File[]): Promise<void> => {
    const added = files.map((file) => ({
      key: nextKey++,
      name: file.name,
      bytes: file.size,
      state: 'queued' as State,
      message: null,
      id: null,
    }));
    setRows((current) => [...added, ...current]);
    for (const [index, file] of files.entries()) {
      await settle(added[index]!.key, () =>
        api.ingest.$post(
          { form: { file, ...(source ? { source } : {}) } },
          { headers: authorization(token) },
        ),
      );
    }
  };

  const sendUrl = async (): Promise<void> => {
    const target = url.trim();
    if (!target) return;
    const key = nextKey++;
    setRows((current) => [
      { key, name: target, bytes: null, state: 'queued', message: null, id: null },
      ...current,
    ]);
    setUrl('');
    await settle(key, () =>
      api.ingest.url.$post(
        { json: { url: target, ...(source ? { source } : {}) } },
        { headers: authorization(token) },
      ),
    );
  };

  return (
    <section class="ingest-screen">
      <h1>{t('nav.ingest')}</h1>
      <label class="token">
        {t('ingest.token')}{' '}
        <input
          type="password"
          name="token"
          autoComplete="off"
          value={token}
          onInput={(event) => {
            setToken(event.currentTarget.value);
            saveToken(event.currentTarget.value);
          }}
        />
      </label>
      <p class="muted">{t('ingest.tokenHint')}</p>
      <label>
        {t('ingest.source')}{' '}
        <input
          name="source"
          value={source}
          dir="auto"
          onInput={(event) => setSource(event.currentTarget.value)}
        />
      </label>
      <div
        class={dragging ? 'drop-zone dragging' : 'drop-zone'}
        onDragOver={(event) => {
          event.preventDefault();
          setDragging(true);
        }}
        onDragLeave={() => setDragging(false)}
        onDrop={(event) => {
          event.preventDefault();
          setDragging(false);
          void sendFiles([...(event.dataTransfer?.files ?? [])]);
        }}
      >
        <p>{t('ingest.drop')}</p>
        <input
          type="file"
          name="files"
          multiple
          accept=".txt,.text,.md,.markdown,.html,.htm,.xhtml,text/plain,text/markdown,text/html"
          aria-label={t('ingest.choose')}
          onChange={(event) => {
            const files = [...(event.currentTarget.files ?? [])];
            event.currentTarget.value = '';
            void sendFiles(files);
          }}
        />
      </div>
      <form
        class="url-form"
        onSubmit={(event) => {
          event.preventDefault();
          void sendUrl();
        }}
      >
        <label>
          {t('ingest.url')}{' '}
          <input
            type="url"
            name="url"
            value={url}
            dir="ltr"
            placeholder="https://…"
            onInput={(event) => setUrl(event.currentTarget.value)}
          />
        </label>
        <button type="submit">{t('ingest.fetch')}</button>
      </form>
      {rows.length > 0 ? (
        <table class="ingest-table">
          <thead>
            <tr>
              <th>{t('ingest.input')}</th>
              <th>{t('ingest.size')}</th>
              <th>{t('ingest.state')}</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((row) => (
              <tr key={row.key} data-state={row.state} class={`ingest-${row.state}`}>
                <td dir="auto">{row.name}</td>
                <td>
                  {row.bytes === null
                    ? '—'
                    : t('ingest.kb', { kb: Math.max(1, Math.round(row.bytes / 1024)) })}
                </td>
                <td>
                  <span class="state">{t(`ingest.state.${row.state}` as MessageKey)}</span>
                  {row.message ? (
                    <p class="error" role="alert">
                      {row.message}
                    </p>
                  ) : null}
                  {row.id ? (
                    <>
                      {' '}
                      <Link href={`/documents/${encodeURIComponent(row.id)}`}>{t('ingest.open')}</Link>
                    </>
                  ) : null}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      ) : null}
    </section>
  );
}
