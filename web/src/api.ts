import { Client, cacheExchange, fetchExchange } from 'urql';
import type { Lang } from './i18n';
import { getToken } from './session';

// One client per signed-in identity and language: texts come in the interface's language
// (Accept-Language), and nothing cached for one person is shown to the next.
export function newClient(lang: Lang): Client {
  return new Client({
    url: '/graphql',
    exchanges: [cacheExchange, fetchExchange],
    requestPolicy: 'cache-and-network',
    fetch: trackedFetch,
    fetchOptions: () => {
      const headers: Record<string, string> = { 'Accept-Language': lang };
      const token = getToken();
      if (token) headers.Authorization = `Bearer ${token}`;
      return { headers };
    },
  });
}

// The code of the first top-level error (UNAUTHENTICATED, FORBIDDEN, ...), if any.
export function errorCode(error: { graphQLErrors?: { extensions?: Record<string, unknown> }[] } | undefined): string | undefined {
  const code = error?.graphQLErrors?.[0]?.extensions?.code;
  return typeof code === 'string' ? code : undefined;
}

// The app's requests in flight, so that the live stream connects once a page has loaded.
let inFlight = 0;
let lastDone = Date.now(); // the app's start counts as activity: its first requests follow it

function trackedFetch(input: RequestInfo | URL, init?: RequestInit): Promise<Response> {
  inFlight++;
  return fetch(input, init).finally(() => {
    inFlight--;
    lastDone = Date.now();
  });
}

// whenQuiet resolves once the document has loaded and no request of the app has been in flight
// for ms.
export async function whenQuiet(ms: number): Promise<void> {
  for (;;) {
    const wait = inFlight > 0 ? ms : lastDone + ms - Date.now();
    if (inFlight === 0 && wait <= 0 && document.readyState === 'complete') return;
    await new Promise((r) => setTimeout(r, Math.max(wait, 50)));
  }
}
