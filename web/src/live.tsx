import { createContext, useCallback, useContext, useEffect, useMemo, useRef, useState, type ReactNode } from 'react';
import { createClient } from 'graphql-sse';
import { whenQuiet } from './api';
import { graphql } from './gql';
import type { Lang } from './session';
import { getToken } from './session';

// Live updates: one event stream per tab (graphql-sse, distinct connections mode: POST
// /graphql with Accept: text/event-stream), shared by whatever shows live data (the bell, the
// inbox). Events carry IDs and kinds only; listeners re-read through the API.

export type LiveEvent = { kind: string; notificationId?: string | null; subjectId?: string | null };
type Listener = (e: LiveEvent) => void;

const NotificationsSub = graphql(`
  subscription LiveNotifications {
    notificationReceived { kind notificationId subjectId }
  }
`);
// Sent by its manifest hash (APQ), never as text, like every operation of the app: a server
// with B40_DOCUMENTS=trusted runs it for a browser session.
const notificationsHash = (NotificationsSub as unknown as { __meta__?: { hash?: string } }).__meta__?.hash ?? '';

const LiveContext = createContext<{ add: (l: Listener) => () => void; connected: boolean } | null>(null);

// LiveProvider holds the stream while someone is signed in. It reconnects when the server ends
// the stream (a restart, a shutdown) or the network fails, with a growing pause; it connects
// only once the app's own requests have been quiet for a moment, so a page loads first.
export function LiveProvider({ signedIn, lang, children }: { signedIn: boolean; lang: Lang; children: ReactNode }) {
  const listeners = useRef(new Set<Listener>());
  const [connected, setConnected] = useState(false);
  useEffect(() => {
    if (!signedIn) return;
    let stopped = false;
    let unsubscribe: (() => void) | null = null;
    let timer: ReturnType<typeof setTimeout> | undefined;
    let pause = 2000;
    const client = createClient({
      url: '/graphql',
      retryAttempts: 0, // reconnection is ours, below
      headers: (): Record<string, string> => {
        const token = getToken();
        return token ? { Authorization: `Bearer ${token}`, 'Accept-Language': lang } : { 'Accept-Language': lang };
      },
    });
    const again = () => {
      setConnected(false);
      if (stopped) return;
      timer = setTimeout(connect, pause);
      pause = Math.min(pause * 2, 60000);
    };
    const connect = async () => {
      await whenQuiet(1500);
      if (stopped || !getToken()) return;
      unsubscribe = client.subscribe<{ notificationReceived: LiveEvent }>({ query: '', operationName: 'LiveNotifications', extensions: { persistedQuery: { version: 1, sha256Hash: notificationsHash } } }, {
        next: (r) => {
          const e = r.data?.notificationReceived;
          if (!e) return;
          if (e.kind === 'READY') {
            pause = 2000;
            setConnected(true);
          }
          for (const l of listeners.current) l(e);
        },
        error: () => again(),
        complete: () => again(),
      });
    };
    void connect();
    return () => {
      stopped = true;
      clearTimeout(timer);
      unsubscribe?.();
      client.dispose();
      setConnected(false);
    };
  }, [signedIn, lang]);
  const add = useCallback((l: Listener) => {
    listeners.current.add(l);
    return () => void listeners.current.delete(l);
  }, []);
  const value = useMemo(() => ({ add, connected }), [add, connected]);
  return <LiveContext.Provider value={value}>{children}</LiveContext.Provider>;
}

// useLive calls onEvent for each live event while the component is shown.
export function useLive(onEvent: Listener) {
  const live = useContext(LiveContext);
  const latest = useRef(onEvent);
  latest.current = onEvent;
  const add = live?.add;
  useEffect(() => add?.((e) => latest.current(e)), [add]);
}

// useLiveConnected says whether the stream is open (its READY arrived).
export function useLiveConnected(): boolean {
  return useContext(LiveContext)?.connected ?? false;
}
