import type { DocumentNode } from 'graphql';
import { Client, cacheExchange, fetchExchange, mapExchange, stringifyDocument, type Operation } from 'urql';
import type { Lang } from './i18n';
import { getToken } from './session';

// One client per signed-in identity and language: texts come in the interface's language
// (Accept-Language), and nothing cached for one person is shown to the next.
export function newClient(lang: Lang): Client {
  return new Client({
    url: '/graphql',
    exchanges: [cacheExchange, persistedDocuments, fetchExchange],
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

// Trusted documents: every operation of the app is in web/src/gql/persisted-documents.json,
// which codegen writes and the server embeds, under the SHA-256 of its text. The app sends
// only `documentId: "sha256:<hex>"` (the GraphQL-over-HTTP persisted documents proposal; by
// GET for queries, so a URL names the query), never the text; a server started with
// B40_DOCUMENTS=trusted runs nothing else for browsers.
const texts = new Map<string, string>(); // documentId → the text, for a server that lacks it

const persistedDocuments = mapExchange({
  onOperation(op: Operation) {
    const hash = (op.query as { __meta__?: { hash?: string } }).__meta__?.hash;
    if (!hash) return op;
    const documentId = `sha256:${hash}`;
    if (!texts.has(documentId)) texts.set(documentId, stringifyDocument(op.query as DocumentNode));
    // No definitions and a documentId: urql's fetch sends the id instead of the query.
    const query = { kind: 'Document', definitions: [], documentId } as unknown as DocumentNode;
    Object.defineProperty(query, '__key', { value: (op.query as { __key?: number }).__key, enumerable: false });
    return { ...op, query };
  },
});

// A server that does not know a hash (one built from other sources: `npm run dev` against an
// older binary) answers PERSISTED_QUERY_NOT_FOUND; the request is sent once more with its text,
// by POST. A server in trusted mode refuses that too, which is the point.
async function fetchWithFallback(input: RequestInfo | URL, init?: RequestInit): Promise<Response> {
  const res = await fetch(input, init);
  if (res.ok || res.status >= 500) return res;
  const body = await res.clone().text();
  if (!body.includes('PERSISTED_QUERY_NOT_FOUND')) return res;
  let params: Record<string, unknown>;
  const url = new URL(String(input), location.href);
  if ((init?.method ?? 'GET').toUpperCase() === 'GET') {
    params = {};
    for (const [k, v] of url.searchParams) params[k] = k === 'variables' || k === 'extensions' ? JSON.parse(v) : v;
  } else {
    params = JSON.parse(String(init?.body ?? '{}'));
  }
  const query = texts.get(String(params.documentId));
  if (!query) return res;
  delete params.documentId;
  const headers = new Headers(init?.headers);
  headers.set('Content-Type', 'application/json');
  return fetch(url.origin + url.pathname, { ...init, method: 'POST', headers, body: JSON.stringify({ ...params, query }) });
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
  return fetchWithFallback(input, init).finally(() => {
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
