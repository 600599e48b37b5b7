// Entry point: language and session providers, the header, and the routes. Pages are loaded lazily
// so the first screen (the overview) does not wait for the chart library or the editor pages.
import { render } from 'preact';
import { ErrorBoundary, LocationProvider, Route, Router, lazy } from 'preact-iso';
import { useMemo, useRef, useState } from 'preact/hooks';
import { SessionProvider } from './auth.tsx';
import { Header } from './components/Header.tsx';
import { I18nContext, initialLang, makeI18n, storeLang, useI18n, type Lang } from './i18n.ts';
import './styles.css';

const OverviewPage = lazy(() => import('./pages/OverviewPage.tsx').then((m) => m.OverviewPage));
const ProvincePage = lazy(() => import('./pages/ProvincePage.tsx').then((m) => m.ProvincePage));
const AgencyPage = lazy(() => import('./pages/AgencyPage.tsx').then((m) => m.AgencyPage));
const SearchPage = lazy(() => import('./pages/SearchPage.tsx').then((m) => m.SearchPage));
const DocumentPage = lazy(() => import('./pages/DocumentPage.tsx').then((m) => m.DocumentPage));
const EntitiesPage = lazy(() => import('./pages/EntitiesPage.tsx').then((m) => m.EntitiesPage));
const EntityPage = lazy(() => import('./pages/EntityPage.tsx').then((m) => m.EntityPage));
const ProgrammePage = lazy(() => import('./pages/ProgrammePage.tsx').then((m) => m.ProgrammePage));
const TargetPage = lazy(() => import('./pages/TargetPage.tsx').then((m) => m.TargetPage));
const TasksPage = lazy(() => import('./pages/TasksPage.tsx').then((m) => m.TasksPage));
const ProvincesPage = lazy(() => import('./pages/ProvincesPage.tsx').then((m) => m.ProvincesPage));
const ReviewPage = lazy(() => import('./pages/ReviewPage.tsx').then((m) => m.ReviewPage));
const AuditPage = lazy(() => import('./pages/AuditPage.tsx').then((m) => m.AuditPage));
const SourcesPage = lazy(() => import('./pages/SourcesPage.tsx').then((m) => m.SourcesPage));
const UploadPage = lazy(() => import('./pages/UploadPage.tsx').then((m) => m.UploadPage));
const AlertsPage = lazy(() => import('./pages/AlertsPage.tsx').then((m) => m.AlertsPage));
const AttentionPage = lazy(() => import('./pages/AttentionPage.tsx').then((m) => m.AttentionPage));
const LeaguePage = lazy(() => import('./pages/LeaguePage.tsx').then((m) => m.LeaguePage));
const SubmissionsPage = lazy(() => import('./pages/SubmissionsPage.tsx').then((m) => m.SubmissionsPage));
const LoginPage = lazy(() => import('./pages/LoginPage.tsx').then((m) => m.LoginPage));

function NotFound() {
  const { t } = useI18n();
  return (
    <section>
      <h1>{t('common.notFound')}</h1>
      <a href="/">{t('nav.overview')}</a>
    </section>
  );
}

function Footer() {
  const { t } = useI18n();
  return (
    <footer class="site-footer">
      <p>{t('app.footer')}</p>
    </footer>
  );
}

function App() {
  const [lang, setLangState] = useState<Lang>(initialLang);
  const i18n = useMemo(
    () =>
      makeI18n(lang, (next) => {
        storeLang(next);
        setLangState(next);
      }),
    [lang],
  );
  document.documentElement.lang = lang;

  // After moving to another page (not a new query on the same page), put keyboard and screen-reader
  // focus at the top of the new content, as a full page load would.
  const lastPath = useRef(location.pathname);
  const onRouteChange = () => {
    if (location.pathname === lastPath.current) return;
    lastPath.current = location.pathname;
    document.getElementById('main')?.focus({ preventScroll: true });
    window.scrollTo(0, 0);
  };

  return (
    <I18nContext.Provider value={i18n}>
      <SessionProvider>
        <LocationProvider>
          <a class="skip-link" href="#main">
            {i18n.t('app.skip')}
          </a>
          <Header />
          <main id="main" tabIndex={-1}>
            <ErrorBoundary>
              <Router onRouteChange={onRouteChange}>
                <Route path="/" component={OverviewPage} />
                <Route path="/search" component={SearchPage} />
                <Route path="/documents/:id" component={DocumentPage} />
                <Route path="/entities" component={EntitiesPage} />
                <Route path="/entities/:id" component={EntityPage} />
                <Route path="/programme" component={ProgrammePage} />
                <Route path="/programme/targets/:id" component={TargetPage} />
                <Route path="/tasks" component={TasksPage} />
                <Route path="/provinces" component={ProvincesPage} />
                <Route path="/provinces/league" component={LeaguePage} />
                <Route path="/provinces/:id" component={ProvincePage} />
                <Route path="/agencies/:id" component={AgencyPage} />
                <Route path="/review" component={ReviewPage} />
                <Route path="/audit" component={AuditPage} />
                <Route path="/sources" component={SourcesPage} />
                <Route path="/upload" component={UploadPage} />
                <Route path="/alerts" component={AlertsPage} />
                <Route path="/attention" component={AttentionPage} />
                <Route path="/submissions" component={SubmissionsPage} />
                <Route path="/login" component={LoginPage} />
                <Route default component={NotFound} />
              </Router>
            </ErrorBoundary>
          </main>
          <Footer />
        </LocationProvider>
      </SessionProvider>
    </I18nContext.Provider>
  );
}

const root = document.getElementById('app');
if (root) render(<App />, root);
