import { createContext, useContext, useEffect, type ReactNode } from 'react';
import { Navigate, Outlet, useLocation } from 'react-router';
import { useQuery } from 'urql';
import { errorCode } from './api';
import { graphql } from './gql';
import type { ViewerQuery } from './gql/graphql';
import { Loading, ErrorState } from './ui';

// The session, in its own module so that pages and the app shell import it without importing
// each other. The server says what the viewer may do (viewer.can); nothing here reads roles.
const ViewerDoc = graphql(`
  query Viewer {
    viewer {
      user { id name email }
      memberships { role city { id slug name } }
      can { reviewApplications manageNetwork runElections viewAnalytics reviewProposals manageSecretariat approveWorkingGroups setIndicatorTargets runMeetings manageMail editCityIds adminCityIds }
    }
  }
`);

export type Viewer = NonNullable<ViewerQuery['viewer']>;
export type ViewerCity = Viewer['memberships'][number]['city'];

// status: anonymous (no token), loading (a token, the viewer not yet known), ready, or error
// (the server could not say; retry asks again).
export type Session = {
  status: 'anonymous' | 'loading' | 'ready' | 'error';
  viewer: Viewer | null;
  retry: () => void;
  signIn: (token: string) => void;
  signOut: (everywhere?: boolean) => Promise<void>;
};

const SessionContext = createContext<Session>({
  status: 'anonymous', viewer: null, retry: () => {}, signIn: () => {}, signOut: async () => {},
});
export const useSession = () => useContext(SessionContext);

export function SessionProvider(props: {
  signedIn: boolean;
  signIn: (token: string) => void;
  signOut: (everywhere?: boolean) => Promise<void>;
  onExpired: () => void;
  children: ReactNode;
}) {
  const [{ data, error }, refetch] = useQuery({ query: ViewerDoc, pause: !props.signedIn });
  let status: Session['status'] = 'anonymous';
  if (props.signedIn) {
    if (data?.viewer) status = 'ready';
    else if (error && errorCode(error) === 'UNAUTHENTICATED') status = 'anonymous';
    else if (error) status = 'error';
    else status = 'loading';
  }
  // A token the server no longer knows (expired, signed out elsewhere) is forgotten.
  const expired = props.signedIn && !!error && errorCode(error) === 'UNAUTHENTICATED';
  const { onExpired } = props;
  useEffect(() => {
    if (expired) onExpired();
  }, [expired, onExpired]);
  const session: Session = {
    status,
    viewer: status === 'ready' ? data!.viewer! : null,
    retry: () => refetch({ requestPolicy: 'network-only' }),
    signIn: props.signIn,
    signOut: props.signOut,
  };
  return <SessionContext.Provider value={session}>{props.children}</SessionContext.Provider>;
}

// RequireSignIn guards the signed-in pages: an anonymous visitor goes to sign in and comes back
// (?next=); a page waits for the viewer instead of rendering with none.
export function RequireSignIn() {
  const { status, retry } = useSession();
  const location = useLocation();
  if (status === 'anonymous') {
    const next = location.pathname + location.search;
    return <Navigate to={'/signin?next=' + encodeURIComponent(next)} replace />;
  }
  if (status === 'loading') return <Loading />;
  if (status === 'error') return <ErrorState onRetry={retry} />;
  return <Outlet />;
}

// The viewer's cities the server lets them edit, and administer.
export function editCities(v: Viewer | null): ViewerCity[] {
  return (v?.memberships ?? []).map((m) => m.city).filter((c) => v!.can.editCityIds.includes(c.id));
}

export function adminCities(v: Viewer | null): ViewerCity[] {
  return (v?.memberships ?? []).map((m) => m.city).filter((c) => v!.can.adminCityIds.includes(c.id));
}
