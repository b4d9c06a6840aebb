/**
 * Loads data for a screen and re-loads when its key changes; a later answer never overwrites a
 * newer one.
 * @module
 */
import { useEffect, useState } from 'preact/hooks';

export type Loaded<T> =
  | { readonly state: 'loading'; readonly data?: T }
  | { readonly state: 'done'; readonly data: T }
  | { readonly state: 'failed'; readonly error: Error; readonly data?: T };

export function useFetch<T>(key: string | null, load: () => Promise<T>): Loaded<T> {
  const [loaded, setLoaded] = useState<Loaded<T>>({ state: 'loading' });
  useEffect(() => {
    if (key === null) return;
    let live = true;
    setLoaded((previous) => ({
      state: 'loading',
      ...('data' in previous && previous.data !== undefined ? { data: previous.data } : {}),
    }));
    load().then(
      (data) => live && setLoaded({ state: 'done', data }),
      (error: unknown) =>
        live &&
        setLoaded({ state: 'failed', error: error instanceof Error ? error : new Error(String(error)) }),
    );
    return () => {
      live = false;
    };
    // The key names what is loaded; `load` is a fresh closure every render.
  }, [key]);
  return loaded;
}
