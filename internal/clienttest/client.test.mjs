// Real clients against the real server (started by clienttest_test.go, URL in B40_URL):
// Apollo Client surfaces our error codes for a validation error, an expired token and a
// document using @defer (which this server does not offer); the graphql-http audit passes
// every MUST and SHOULD of the GraphQL-over-HTTP specification.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { ApolloClient, HttpLink, InMemoryCache, gql, CombinedGraphQLErrors } from '@apollo/client';
import { Defer20220824Handler } from '@apollo/client/incremental';
import { serverAudits } from 'graphql-http';

const url = process.env.B40_URL + '/graphql';

function client(token) {
  const headers = token ? { Authorization: `Bearer ${token}` } : {};
  // The incremental handler makes Apollo send @defer documents (as multipart/mixed requests).
  return new ApolloClient({ link: new HttpLink({ uri: url, headers }), cache: new InMemoryCache(),
    incrementalHandler: new Defer20220824Handler() });
}

async function codeOf(promise) {
  try {
    await promise;
  } catch (e) {
    assert.ok(CombinedGraphQLErrors.is(e), `want GraphQL errors Apollo can read, got ${e.name}: ${e.message}`);
    return e.errors[0].extensions.code;
  }
  assert.fail('the operation succeeded');
}

test('a validation error reaches Apollo as INVALID_INPUT', async () => {
  assert.equal(await codeOf(client().query({ query: gql`{ network { nope } }` })), 'INVALID_INPUT');
});

test('an expired token reaches Apollo as UNAUTHENTICATED, not only as a status', async () => {
  const q = gql`{ viewer { user { email } } }`;
  assert.equal(await codeOf(client(process.env.B40_EXPIRED_TOKEN).query({ query: q })), 'UNAUTHENTICATED');
});

test('a deferred field is refused with a code, never answered null', async () => {
  const q = gql`{ network { name ... @defer { memberCount } } }`;
  assert.equal(await codeOf(client().query({ query: q })), 'INVALID_INPUT');
});

test('a plain query works', async () => {
  const { data } = await client().query({ query: gql`{ network { name memberCount } }` });
  assert.equal(data.network.memberCount, 17);
});

test('graphql-http audit: every MUST and SHOULD passes', async () => {
  const failed = [];
  for (const audit of serverAudits({ url })) {
    const result = await audit.fn();
    if (result.status !== 'ok' && !audit.name.startsWith('MAY')) {
      failed.push(`${audit.name}: ${result.status} ${result.reason ?? ''}`);
    }
  }
  assert.deepEqual(failed, []);
});
