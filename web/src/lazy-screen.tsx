/**
 * Screens with heavy libraries (the chart, the map) load when first shown, so that the first
 * screen loads only what it needs.
 * @module
 */
import type { ComponentType } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { useI18n } from './i18n/index.js';

export function lazyScreen<P extends object>(load: () => Promise<ComponentType<P>>): ComponentType<P> {
  let loaded: ComponentType<P> | null = null;
  return function LazyScreen(props: P) {
    const { t } = useI18n();
    const [Screen, setScreen] = useState<ComponentType<P> | null>(() => loaded);
    const [failed, setFailed] = useState<string | null>(null);
    useEffect(() => {
      if (Screen) return;
      load().then(
        (component) => {
          loaded = component;
          setScreen(() => component);
        },
        (error: unknown) => setFailed(error instanceof Error ? error.message : String(error)),
      );
    }, []);
    if (failed) return <p class="error">{failed}</p>;
    return Screen ? <Screen {...props} /> : <p class="muted">{t('status.loading')}</p>;
  };
}
