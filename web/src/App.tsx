import { lazy, Suspense, useEffect, useMemo, useRef, useState } from 'react';
import { createBrowserRouter, Link, NavLink, Outlet, useLocation, useNavigate } from 'react-router';
import { RouterProvider } from 'react-router/dom';
import { Provider, useMutation } from 'urql';
import { newClient } from './api';
import { graphql } from './gql';
import { I18nProvider, languages, loadCatalogue, useT, type Lang } from './i18n';
import { getLang, getToken, setLang, setToken } from './session';
import { RequireSignIn, SessionProvider, useSession } from './viewer';
import { SignIn, AcceptInvitation, ResetPassword, Account } from './pages/Auth';
import { Cities } from './pages/Cities';
import { CityPage } from './pages/City';
import { Practices, PracticePage } from './pages/Practices';
import { Workspace, WorkspaceIndex } from './pages/Workspace';
import { Network } from './pages/Network';
import { Recommendations } from './pages/Recommendations';
import { Desk } from './pages/Desk';
import { Summits, SummitPage } from './pages/Summits';
import { Presidency, PresidencyTerm } from './pages/Presidency';
import { Loading } from './ui';

import { Home } from './pages/Home';
import { Apply } from './pages/Apply';
import { People } from './pages/People';
import { Search, SearchBox } from './pages/Search';
import { ElectionPage, ImplementationPage, ProposalPage, RecommendationPage } from './pages/Items';

// The analytics page brings the charting library: it is loaded when first visited, so the
// app's first load stays small.
const Analytics = lazy(() => import('./pages/Analytics').then((m) => ({ default: m.Analytics })));
import { GroupPage } from './pages/Group';
import { MeetingPage } from './pages/Meeting';
import { Inbox } from './pages/Inbox';
import { Bell } from './components/Bell';
import { LiveProvider } from './live';

// react-router (library data mode): one URL per page and per item, nested routes, and the
// signed-in pages behind RequireSignIn (an anonymous visitor signs in and comes back).
const router = createBrowserRouter([
  {
    element: <Root />,
    children: [
      { index: true, element: <Home /> },
      { path: 'apply', element: <Apply /> },
      { path: 'search', element: <Search /> },
      { path: 'proposals/:id', element: <ProposalPage /> },
      { path: 'recommendations/:id', element: <RecommendationPage /> },
      { path: 'implementations/:id', element: <ImplementationPage /> },
      { path: 'elections/:id', element: <ElectionPage /> },
      { path: 'cities', element: <Cities /> },
      { path: 'cities/:slug', element: <CityPage /> },
      { path: 'practices', element: <Practices /> },
      { path: 'practices/:id', element: <PracticePage /> },
      { path: 'recommendations', element: <Recommendations /> },
      { path: 'network', element: <Network /> },
      { path: 'summits', element: <Summits /> },
      { path: 'summits/:year', element: <SummitPage /> },
      { path: 'presidency', element: <Presidency /> },
      { path: 'presidency/:year', element: <PresidencyTerm /> },
      { path: 'groups/:slug', element: <GroupPage /> },
      { path: 'meetings/:id', element: <MeetingPage /> },
      { path: 'signin', element: <SignIn /> },
      { path: 'invitation', element: <AcceptInvitation /> },
      { path: 'reset-password', element: <ResetPassword /> },
      {
        element: <RequireSignIn />,
        children: [
          { path: 'workspace', element: <WorkspaceIndex /> },
          { path: 'workspace/:slug', element: <Workspace /> },
          { path: 'analytics', element: <Suspense fallback={<Loading />}><Analytics /></Suspense> },
          { path: 'desk', element: <Desk /> },
          { path: 'account', element: <Account /> },
          { path: 'people', element: <People /> },
          { path: 'inbox', element: <Inbox /> },
        ],
      },
      { path: '*', element: <NotFound /> },
    ],
  },
]);

export function App() {
  return <RouterProvider router={router} />;
}

const LogoutDoc = graphql(`
  mutation Logout($input: LogoutInput!) {
    logout(input: $input) { ok }
  }
`);

// Root holds the language, the token and the API client, then the shell around the page.
function Root() {
  const [lang, setLangState] = useState<Lang>(getLang());
  const [token, setTok] = useState(getToken());
  // A new client for a new identity or language: nothing cached crosses them.
  const client = useMemo(() => newClient(lang), [lang, token]);
  useEffect(() => {
    document.documentElement.lang = lang;
  }, [lang]);
  const changeLang = (l: Lang) => {
    setLang(l);
    void loadCatalogue(l).then(() => setLangState(l));
  };
  const onToken = (t: string | null) => {
    setToken(t);
    setTok(t);
  };
  return (
    <I18nProvider lang={lang}>
      <Provider value={client}>
        <Session signedIn={token !== null} onToken={onToken}>
          <LiveProvider signedIn={token !== null} lang={lang}>
            <Shell lang={lang} onLang={changeLang} />
          </LiveProvider>
        </Session>
      </Provider>
    </I18nProvider>
  );
}

function Session(props: { signedIn: boolean; onToken: (t: string | null) => void; children: React.ReactNode }) {
  const [, logout] = useMutation(LogoutDoc);
  const navigate = useNavigate();
  return (
    <SessionProvider
      signedIn={props.signedIn}
      signIn={(t) => props.onToken(t)}
      // signOut ends the session on the server (every session of the person with everywhere),
      // then forgets the token; the token is forgotten even when the server cannot be reached.
      signOut={async (everywhere = false) => {
        // Leave a signed-in page first, or its guard would send the visitor to sign in again
        // as soon as the ended session is noticed.
        await navigate('/', { flushSync: true });
        // Forget the token before ending it, so nothing asks with it once it is ended; the
        // logout itself carries it explicitly.
        const token = getToken();
        props.onToken(null);
        if (token) {
          await logout({ input: { allSessions: everywhere } }, { fetchOptions: { headers: { Authorization: `Bearer ${token}` } } })
            .catch(() => undefined);
        }
      }}
      onExpired={() => props.onToken(null)}
    >
      {props.children}
    </SessionProvider>
  );
}

function Shell(props: { lang: Lang; onLang: (l: Lang) => void }) {
  const t = useT();
  const { viewer, signOut } = useSession();
  const location = useLocation();
  const [menuOpen, setMenuOpen] = useState(false);
  // A new page closes the menu and moves focus to the page (not on the first load), so a
  // keyboard or screen-reader user starts at its content.
  const first = useRef(true);
  useEffect(() => {
    setMenuOpen(false);
    if (first.current) first.current = false;
    else document.getElementById('main')?.focus();
  }, [location.pathname]);
  // The tab's title follows the page's heading.
  const appName = t('appName');
  useEffect(() => {
    const main = document.getElementById('main')!;
    const update = () => {
      const h = main.querySelector('h1')?.textContent?.trim();
      const title = h ? `${h} · ${appName}` : appName;
      if (document.title !== title) document.title = title;
    };
    update();
    const observer = new MutationObserver(update);
    observer.observe(main, { subtree: true, childList: true, characterData: true });
    return () => observer.disconnect();
  }, [appName]);
  const can = viewer?.can;
  const nav = (
    <>
      <NavLink to="/cities">{t('cities')}</NavLink>
      <NavLink to="/network">{t('network')}</NavLink>
      <NavLink to="/practices">{t('practices')}</NavLink>
      <NavLink to="/recommendations">{t('recommendations')}</NavLink>
      {viewer && viewer.memberships.length > 0 && <NavLink to="/workspace">{t('workspace')}</NavLink>}
      {can?.viewAnalytics && <NavLink to="/analytics">{t('analytics')}</NavLink>}
      {(can?.reviewProposals || can?.reviewApplications) && <NavLink to="/desk">{t('desk')}</NavLink>}
      {(can?.manageSecretariat || (can?.adminCityIds.length ?? 0) > 0) && <NavLink to="/people">{t('people')}</NavLink>}
      {viewer && <NavLink to="/account">{t('account')}</NavLink>}
    </>
  );
  return (
    <>
      <a className="skip" href="#main">{t('skip')}</a>
      <header className="top">
        <div className="bar">
          <Link to="/" className="brand">{t('appName')}</Link>
          {viewer && <Bell />}
          <button type="button" className="menu-button" aria-expanded={menuOpen} aria-controls="main-nav"
            onClick={() => setMenuOpen(!menuOpen)} onKeyDown={(e) => { if (e.key === 'Escape') setMenuOpen(false); }}>
            {t('menu')}
          </button>
        </div>
        <div id="main-nav" className={'menu' + (menuOpen ? ' open' : '')}
          onKeyDown={(e) => { if (e.key === 'Escape') setMenuOpen(false); }}>
          <nav aria-label={t('nav')}>{nav}</nav>
          <SearchBox />
          <div className="session">
            <label className="lang">
              <span>{t('language')}</span>
              <select value={props.lang} onChange={(e) => props.onLang(e.target.value as Lang)}>
                {languages.map((l) => (
                  <option key={l.code} value={l.code} lang={l.code}>{l.name}{l.reviewed ? '' : ` (${t('needsReview')})`}</option>
                ))}
              </select>
            </label>
            {viewer ? (
              <>
                <span className="who">{t('signedInAs')} {viewer.user.name}</span>
                <button type="button" onClick={() => void signOut()}>{t('signOut')}</button>
              </>
            ) : (
              location.pathname !== '/signin' && (
                <Link to={'/signin?next=' + encodeURIComponent(location.pathname + location.search)} className="button">{t('signIn')}</Link>
              )
            )}
          </div>
        </div>
      </header>
      <main id="main" tabIndex={-1}>
        <Outlet />
      </main>
    </>
  );
}

function NotFound() {
  const t = useT();
  return (
    <section>
      <h1>{t('notFound')}</h1>
      <p>{t('notFoundText')}</p>
      <p><Link to="/cities">{t('backToCities')}</Link></p>
    </section>
  );
}
