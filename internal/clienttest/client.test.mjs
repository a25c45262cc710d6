// Real clients against the real server (started by clienttest_test.go, URL in B40_URL):
// Apollo Client surfaces our error codes for a validation error, an expired token and a
// document using @defer (which this server does not offer); its persisted-query link registers
// a document and then sends the hash alone; the graphql-http audit passes
// every MUST and SHOULD of the GraphQL-over-HTTP specification.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { ApolloClient, HttpLink, InMemoryCache, gql, CombinedGraphQLErrors } from '@apollo/client';
import { Defer20220824Handler } from '@apollo/client/incremental';
import { PersistedQueryLink } from '@apollo/client/link/persisted-queries';
import { serverAudits } from 'graphql-http';
import { createHash } from 'node:crypto';

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

// Apollo's automatic persisted queries: the hash alone first (by GET), PERSISTED_QUERY_NOT_FOUND,
// then the text with the hash, which registers it; the next client sends the hash alone and is
// answered.
test("Apollo's persisted-query link registers a document and then sends its hash alone", async () => {
  const sent = [];
  const recording = (input, init) => {
    const u = new URL(String(input));
    sent.push(init?.method === 'POST' ? JSON.parse(init.body) : Object.fromEntries(u.searchParams));
    return fetch(input, init);
  };
  const apqClient = () => new ApolloClient({
    link: new PersistedQueryLink({ sha256: (q) => createHash('sha256').update(q).digest('hex'), useGETForHashedQueries: true })
      .concat(new HttpLink({ uri: url, fetch: recording })),
    cache: new InMemoryCache(),
  });
  const q = gql`{ network { name secretariatCity { name } } }`;
  const first = await apqClient().query({ query: q });
  assert.equal(first.data.network.secretariatCity.name, 'Istanbul');
  assert.equal(sent.length, 2, JSON.stringify(sent));
  assert.equal(sent[0].query, undefined, 'the first request sent the text');
  assert.ok(sent[1].query, 'the second request did not send the text');
  const second = await apqClient().query({ query: q });
  assert.equal(second.data.network.name, 'B40 Balkan Cities Network');
  assert.equal(sent.length, 3, JSON.stringify(sent));
  assert.equal(sent[2].query, undefined, 'a registered hash was sent with its text');
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
