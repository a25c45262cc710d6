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
