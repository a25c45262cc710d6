import { useMemo, useState, createContext, useContext } from 'react';
import { Provider, useMutation, useQuery } from 'urql';
import { newClient } from './api';
import { graphql } from './gql';
import type { ViewerQuery } from './gql/graphql';
import { dictionaries, LangContext, useT } from './i18n';
import { Link, navigate, usePath } from './router';
import { getLang, getToken, setLang, setToken, type Lang } from './session';
import { SignIn, AcceptInvitation, Account } from './pages/Auth';
import { Cities } from './pages/Cities';
import { Practices } from './pages/Practices';
import { Workspace } from './pages/Workspace';
import { Analytics } from './pages/Analytics';
import { Network } from './pages/Network';
import { Recommendations } from './pages/Recommendations';
import { Desk } from './pages/Desk';

const ViewerDoc = graphql(`
  query Viewer {
    viewer {
      user { id name email }
      memberships { role city { id slug name } }
      networkRoles
      isPresidency
    }
  }
`);

const LogoutDoc = graphql(`
  mutation Logout($input: LogoutInput!) {
    logout(input: $input) { ok }
  }
`);

export type Viewer = NonNullable<ViewerQuery['viewer']>;

// signOut ends the session on the server (every session of the person with everywhere), then
// forgets the token; the token is forgotten even when the server cannot be reached.
type Session = { viewer: Viewer | null; signIn: (token: string) => void; signOut: (everywhere?: boolean) => Promise<void> };
const SessionContext = createContext<Session>({ viewer: null, signIn: () => {}, signOut: async () => {} });
export const useSession = () => useContext(SessionContext);

export function App() {
  const [lang, setLangState] = useState<Lang>(getLang());
  const [token, setTok] = useState(getToken());
  // A new client for a new identity or language: nothing cached crosses them.
  const client = useMemo(() => newClient(lang), [lang, token]);
  const changeLang = (l: Lang) => {
    setLang(l);
    setLangState(l);
    document.documentElement.lang = l;
  };
  document.documentElement.lang = lang;
  return (
    <LangContext.Provider value={lang}>
      <Provider value={client}>
        <Shell
          signedIn={token !== null}
          lang={lang}
          onLang={changeLang}
          onToken={(t) => {
            setToken(t);
            setTok(t);
          }}
        />
      </Provider>
    </LangContext.Provider>
  );
}

function Shell(props: { signedIn: boolean; lang: Lang; onLang: (l: Lang) => void; onToken: (t: string | null) => void }) {
  const t = useT();
  const path = usePath();
  const [{ data }] = useQuery({ query: ViewerDoc, pause: !props.signedIn });
  const viewer = props.signedIn ? (data?.viewer ?? null) : null;
  const [, logout] = useMutation(LogoutDoc);
  const session: Session = {
    viewer,
    signIn: (token) => props.onToken(token),
    signOut: async (everywhere = false) => {
      await logout({ input: { allSessions: everywhere } }).catch(() => undefined);
      props.onToken(null);
      navigate('/');
    },
  };
  const analyticsAllowed = !!viewer && (viewer.networkRoles.length > 0 || viewer.isPresidency);
  return (
    <SessionContext.Provider value={session}>
      <a className="skip" href="#main">{t('skip')}</a>
      <header className="top">
        <span className="brand">{t('appName')}</span>
        <nav aria-label={t('nav')}>
          <Link to="/">{t('cities')}</Link>
          <Link to="/network">{t('network')}</Link>
          <Link to="/practices">{t('practices')}</Link>
          <Link to="/recommendations">{t('recommendations')}</Link>
          {viewer && viewer.memberships.length > 0 && <Link to="/workspace">{t('workspace')}</Link>}
          {analyticsAllowed && <Link to="/analytics">{t('analytics')}</Link>}
          {viewer && (viewer.networkRoles.includes('SECRETARIAT') || viewer.isPresidency) && <Link to="/desk">{t('desk')}</Link>}
          {viewer && <Link to="/account">{t('account')}</Link>}
        </nav>
        <div className="session">
          <label className="lang">
            <span>{t('language')}</span>
            <select value={props.lang} onChange={(e) => props.onLang(e.target.value as Lang)}>
              {(Object.keys(dictionaries) as Lang[]).map((l) => (
                <option key={l} value={l}>{l === 'en' ? 'English' : 'Türkçe'}</option>
              ))}
            </select>
          </label>
          {viewer ? (
            <>
              <span className="who">{t('signedInAs')} {viewer.user.name}</span>
              <button type="button" onClick={() => void session.signOut()}>{t('signOut')}</button>
            </>
          ) : (
            <Link to="/signin" className="button">{t('signIn')}</Link>
          )}
        </div>
      </header>
      <main id="main" tabIndex={-1}>
        <Route path={path} />
      </main>
    </SessionContext.Provider>
  );
}

function Route({ path }: { path: string }) {
  switch (true) {
    case path === '/signin':
      return <SignIn />;
    case path === '/invitation':
      return <AcceptInvitation />;
    case path === '/account':
      return <Account />;
    case path === '/practices':
      return <Practices />;
    case path === '/workspace':
      return <Workspace />;
    case path === '/analytics':
      return <Analytics />;
    case path === '/network':
      return <Network />;
    case path === '/recommendations':
      return <Recommendations />;
    case path === '/desk':
      return <Desk />;
    default:
      return <Cities />;
  }
}
