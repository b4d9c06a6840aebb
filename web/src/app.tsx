/**
 * The shell: navigation, the language switch, and the screen the address names.
 * @module
 */
import { useEffect, useState } from 'preact/hooks';
import { I18nContext, i18nFor, LANGUAGES, useI18n } from './i18n/index.js';
import { lazyScreen } from './lazy-screen.js';
import { Link, matchPath, useLocation } from './router.js';
import { DocumentScreen } from './screens/document.js';
import { EventScreen } from './screens/event.js';
import { EventsScreen } from './screens/events.js';
import { ClaimsScreen } from './screens/claims.js';
import { IngestScreen } from './screens/ingest.js';
import { PropositionScreen } from './screens/proposition.js';
import { ReviewScreen } from './screens/review.js';
import { SearchScreen } from './screens/search.js';
import { StatementScreen } from './screens/statement.js';

const TimelineScreen = lazyScreen(() => import('./screens/timeline.js').then((m) => m.TimelineScreen));
const MapScreen = lazyScreen(() => import('./screens/map.js').then((m) => m.MapScreen));

/** Pages and their screens, in the order they are tried. */
const PAGES: ReadonlyArray<readonly [string, (params: Record<string, string>) => preact.JSX.Element]> = [
  ['/', () => <SearchScreen />],
  ['/search', () => <SearchScreen />],
  ['/documents/:id', ({ id }) => <DocumentScreen id={id!} key={id} />],
  ['/statements/:id', ({ id }) => <StatementScreen id={id!} key={id} />],
  ['/events', () => <EventsScreen />],
  ['/events/:id', ({ id }) => <EventScreen id={id!} key={id} />],
  ['/propositions', () => <ClaimsScreen />],
  ['/propositions/:id', ({ id }) => <PropositionScreen id={id!} key={id} />],
  ['/review', () => <ReviewScreen />],
  ['/timeline', () => <TimelineScreen />],
  ['/map', () => <MapScreen />],
  ['/ingest', () => <IngestScreen />],
];

const NAV = [
  ['/search', 'nav.search'],
  ['/events', 'nav.events'],
  ['/propositions', 'nav.claims'],
  ['/review', 'nav.review'],
  ['/timeline', 'nav.timeline'],
  ['/map', 'nav.map'],
  ['/ingest', 'nav.ingest'],
] as const;

const LANG_KEY = 'sanad.lang';

function initialLanguage(): string {
  const saved = localStorage.getItem(LANG_KEY);
  if (saved && LANGUAGES[saved]) return saved;
  const preferred = navigator.language.slice(0, 2);
  return LANGUAGES[preferred] ? preferred : 'en';
}

export function App() {
  const [lang, setLang] = useState(initialLanguage);
  const i18n = i18nFor(lang);
  useEffect(() => {
    document.documentElement.lang = i18n.lang;
    document.documentElement.dir = i18n.dir;
    document.title = i18n.t('app.title');
    localStorage.setItem(LANG_KEY, i18n.lang);
  }, [i18n]);
  return (
    <I18nContext.Provider value={i18n}>
      <Shell onLanguage={setLang} />
    </I18nContext.Provider>
  );
}

function Shell({ onLanguage }: { onLanguage: (lang: string) => void }) {
  const { t, lang } = useI18n();
  const { path } = useLocation();
  let screen: preact.JSX.Element | null = null;
  for (const [pattern, render] of PAGES) {
    const params = matchPath(pattern, path === '' ? '/' : path);
    if (params) {
      screen = render(params);
      break;
    }
  }
  return (
    <>
      <header class="top">
        <Link href="/" class="brand">
          {t('app.name')}
        </Link>
        <nav aria-label={t('nav.label')}>
          <ul>
            {NAV.map(([href, key]) => (
              <li key={href}>
                <Link href={href} aria-current={path.startsWith(href) ? 'page' : undefined}>
                  {t(key)}
                </Link>
              </li>
            ))}
          </ul>
        </nav>
        <div class="languages" role="group" aria-label={t('lang.label')}>
          {Object.entries(LANGUAGES).map(([code, messages]) => (
            <button
              type="button"
              key={code}
              lang={code}
              data-lang={code}
              aria-pressed={code === lang}
              onClick={() => onLanguage(code)}
            >
              {messages.$meta.name}
            </button>
          ))}
        </div>
      </header>
      <main>{screen ?? <p class="error">{t('page.notFound', { path })}</p>}</main>
    </>
  );
}
