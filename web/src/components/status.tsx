import type { ComponentChildren } from 'preact';
import { useI18n } from '../i18n/index.js';
import type { Loaded } from '../use-fetch.js';

/** Shows loading and error states; renders its children with the data once there is some. */
export function Status<T>({
  loaded,
  children,
}: {
  loaded: Loaded<T>;
  children: (data: T) => ComponentChildren;
}) {
  const { t } = useI18n();
  if (loaded.state === 'failed') {
    return (
      <p class="error" role="alert">
        {loaded.error.message}
      </p>
    );
  }
  if (loaded.data === undefined)
    return (
      <p class="muted" aria-busy="true">
        {t('status.loading')}
      </p>
    );
  return <div aria-busy={loaded.state === 'loading'}>{children(loaded.data)}</div>;
}
