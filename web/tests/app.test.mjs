// The app in real headless Chromium against the real server (started by e2e_test.go, URL in
// B40_URL, a throw-away database with the demo data). Screenshots of each screen go to
// B40_SCREENSHOTS (kept out of git).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { base, shots, password, gql, login, axe, page as openPage } from './browser.mjs';
import { readFileSync } from 'node:fs';

// page: a fresh browser session that fails the test on any console error (but those matching
// allow) or request to another host.
const page = (t, allow) => openPage(t, { allow });


async function signIn(p, email) {
  await p.goto(base + '/signin');
  await p.getByLabel('E-mail').fill(email);
  await p.getByLabel('Password').fill(password);
  await p.getByRole('button', { name: 'Sign in' }).click();
  await p.getByText('Signed in as').waitFor();
}



// The app sends its operations by hash (documentId), never their text: the manifest codegen
// writes is what the server runs.
const manifest = JSON.parse(readFileSync(new URL('../src/gql/persisted-documents.json', import.meta.url), 'utf8'));
function documentId(op) {
  // An operation's fragments come first in its document.
  const hash = Object.keys(manifest).find((h) => [op + '(', op + ' '].some((f) => manifest[h].startsWith(f) || manifest[h].includes('} ' + f)));
  assert.ok(hash, `no operation "${op}" in the manifest`);
  return 'sha256:' + hash;
}

async function axeShot(p, name) {
  await axe(p, name);
  await p.screenshot({ path: `${shots}/${name}.png`, fullPage: true });
}

test('a city editor creates, edits and publishes a practice; another city finds it without accents and adopts it', async (t) => {
  const p = await page(t);
  await signIn(p, 'editor@tirana.b40.demo');
  await p.getByRole('link', { name: 'My city' }).click();
  await p.getByRole('heading', { name: /My city: Tirana/ }).waitFor();
  await axeShot(p, 'workspace');
  const open = p.getByRole('button', { name: 'New practice' });
  await open.click();
  assert.equal(await open.getAttribute('aria-expanded'), 'true');
  const form = p.getByRole('form', { name: 'New practice' });
  await form.getByLabel('Title').fill('Şehir bahçeleri for every district');
  await form.getByLabel('Text').fill('Community gardens on municipal land, run with neighbourhood associations.');
  await form.getByLabel('Visibility').selectOption('PUBLIC');
  // A double click still makes one practice (the create carries an idempotency key).
  await form.getByRole('button', { name: 'Create' }).dblclick();
  await p.getByText('Şehir bahçeleri for every district').first().waitFor();
  assert.equal(await p.locator('.row', { hasText: 'Şehir bahçeleri for every district' }).count(), 1);
  await p.getByRole('button', { name: 'Edit Şehir bahçeleri for every district' }).click();
  await p.getByLabel('Summary').first().fill('Gardens in every district');
  // Publish carries the version the list shows: wait for the list the save reloads, or the
  // click may send the version before the save (CONFLICT, as it should).
  const practices = documentId('query CityPractices').slice('sha256:'.length);
  const reloaded = p.waitForResponse((r) => r.url().includes(practices));
  await p.getByRole('button', { name: 'Save' }).click();
  await reloaded;
  await p.getByRole('button', { name: 'Publish Şehir bahçeleri for every district' }).click();
  await p.locator('.row', { hasText: 'Şehir bahçeleri for every district' }).getByText('Published').waitFor();

  const q = await page(t);
  await signIn(q, 'editor@split.b40.demo');
  await q.getByRole('link', { name: 'Practice library' }).click();
  await q.getByLabel('Search', { exact: true }).fill('sehir bahceleri');
  await q.getByRole('link', { name: /Şehir bahçeleri for every district/ }).click();
  await q.getByRole('heading', { name: 'Şehir bahçeleri for every district' }).waitFor();
  // The practice has its own URL: a reload shows it again.
  assert.match(q.url(), /\/practices\/[^/]+$/);
  await q.reload();
  await q.getByRole('heading', { name: 'Şehir bahçeleri for every district' }).waitFor();
  await axe(q, 'practice-library');
  await q.getByRole('button', { name: 'Adopt this practice' }).click();
  await q.getByText('Adopted: it is now in your implementations.').waitFor();
  await q.locator('.detail li', { hasText: 'Split' }).waitFor();
  await q.getByRole('link', { name: 'Account' }).click();
  await q.getByRole('heading', { name: 'Change password' }).waitFor();
  await axe(q, 'account');
});

test('a stale edit shows the conflict and offers to reload, never overwrites', async (t) => {
  const tok = await login('editor@athens.b40.demo');
  const athens = (await gql('{ city(slug: "athens") { id } }')).city.id;
  const created = await gql(`mutation($c: ID!) { createPractice(input: {cityId: $c, title: "Heat shelters", body: [{locale: "en", text: "Cool rooms."}]}) { practice { id version } } }`,
    { c: athens }, tok);
  const { id, version } = created.createPractice.practice;
  const p = await page(t);
  await signIn(p, 'editor@athens.b40.demo');
  await p.getByRole('link', { name: 'My city' }).click();
  await p.getByRole('button', { name: 'Edit Heat shelters' }).click();
  // Someone else saves first.
  await gql('mutation($i: ID!, $v: Int!) { updatePractice(input: {practiceId: $i, expectedVersion: $v, title: "Heat shelters (theirs)"}) { userErrors { code } } }',
    { i: id, v: version }, tok);
  await p.getByLabel('Title').first().fill('Heat shelters (mine)');
  await p.getByRole('button', { name: 'Save' }).click();
  await p.getByText('Someone changed this since you opened it.').waitFor();
  await axeShot(p, 'conflict');
  await p.getByRole('button', { name: 'Reload the latest version' }).click();
  // The form now holds the latest version, ready to edit again.
  await p.getByText('Someone changed this since you opened it.').waitFor({ state: 'detached' });
  assert.equal(await p.getByLabel('Title').first().inputValue(), 'Heat shelters (theirs)');
  const after = await gql('query($i: ID!) { node(id: $i) { ... on Practice { title } } }', { i: id }, tok);
  assert.equal(after.node.title, 'Heat shelters (theirs)');
});

test("a PRIVATE practice of one city never reaches another city's browser", async (t) => {
  const tok = await login('editor@sarajevo.b40.demo');
  const sarajevo = (await gql('{ city(slug: "sarajevo") { id } }')).city.id;
  const secret = 'Confidential flood budget ' + Date.now();
  const r = await gql(`mutation($c: ID!, $t: String!) { createPractice(input: {cityId: $c, title: $t, body: [{locale: "en", text: "x"}], visibility: PRIVATE}) { practice { id version } } }`,
    { c: sarajevo, t: secret }, tok);
  await gql('mutation($i: ID!) { publishPractice(input: {practiceId: $i}) { userErrors { code } } }', { i: r.createPractice.practice.id }, tok);
  const p = await page(t);
  // Every API answer passes through here on its way to the page.
  const seen = [];
  const sent = [];
  await p.route((url) => url.pathname === '/graphql', async (route) => {
    const req = route.request();
    const params = req.method() === 'GET' ? Object.fromEntries(new URL(req.url()).searchParams) : JSON.parse(req.postData() ?? '{}');
    sent.push(params);
    const response = await route.fetch();
    const body = await response.text();
    seen.push(body);
    await route.fulfill({ response, body });
  });
  await signIn(p, 'admin@split.b40.demo');
  for (const link of ['Cities', 'Practice library', 'My city']) {
    await p.getByRole('link', { name: link }).click();
    await p.waitForLoadState('networkidle');
  }
  await p.getByRole('link', { name: 'Practice library' }).click();
  await p.getByLabel('Search', { exact: true }).fill('Confidential flood');
  await p.waitForLoadState('networkidle');
  await p.getByText('Nothing to show.').waitFor();
  assert.ok(seen.length >= 3, `only ${seen.length} answers seen`);
  assert.ok(!seen.some((body) => body.includes(secret)), 'the private title reached the browser');
  // Every request named a document of the manifest by hash and sent no text (so the app works
  // on a server with B40_DOCUMENTS=trusted); queries went by GET.
  for (const params of sent) {
    assert.equal(params.query, undefined, 'a request sent a document text: ' + JSON.stringify(params));
    assert.ok(manifest[String(params.documentId).replace(/^sha256:/, '')], 'not a manifest document: ' + JSON.stringify(params));
  }
  assert.ok(sent.some((params) => params.documentId === documentId('query Viewer')), 'the viewer query was not sent by its hash');
});

test("a server that does not know the app's documents is sent their text", async (t) => {
  // As an older binary would answer (or one built from other sources, under npm run dev): every
  // documentId is unknown. Chromium logs each 400 on the console, which is expected here.
  const p = await page(t, /status of 400/);
  const texts = [];
  let refused = 0;
  await p.route((url) => url.pathname === '/graphql', async (route) => {
    const req = route.request();
    const params = req.method() === 'GET' ? Object.fromEntries(new URL(req.url()).searchParams) : JSON.parse(req.postData() ?? '{}');
    if (params.documentId) {
      refused++;
      await route.fulfill({ status: 400, contentType: 'application/graphql-response+json',
        body: JSON.stringify({ errors: [{ message: 'PersistedQueryNotFound', extensions: { code: 'PERSISTED_QUERY_NOT_FOUND' } }] }) });
      return;
    }
    texts.push(params.query);
    await route.continue();
  });
  await p.goto(base + '/cities');
  await p.getByRole('link', { name: 'Tirana' }).first().waitFor();
  assert.ok(refused > 0, 'no request named its document by id');
  assert.ok(texts.some((q) => /\bcities\(/.test(q ?? '')), 'the cities query was not sent as text: ' + JSON.stringify(texts));
});

test("the analytics page draws its charts and its CSV has the API's numbers", async (t) => {
  const p = await page(t);
  await signIn(p, 'analyst@b40.demo');
  await p.getByRole('link', { name: 'Analytics' }).click();
  await p.getByRole('heading', { name: 'Membership growth' }).waitFor();
  assert.ok((await p.locator('[data-chart] .recharts-rectangle').count()) > 0, 'no bars drawn');
  await axeShot(p, 'analytics');
  const download = p.waitForEvent('download');
  await p.getByRole('button', { name: 'Download CSV Membership growth' }).click();
  const text = readFileSync(await (await download).path(), 'utf8');
  const api = await gql('{ analytics { membershipGrowth(interval: YEAR) { period count cumulative } } }', {}, await login('analyst@b40.demo'));
  // A byte-order mark for Excel, then RFC 4180's CRLF records (tests/csv.test.mjs tests the writer).
  assert.equal(text, '\uFEFF' + ['period,count,cumulative', ...api.analytics.membershipGrowth.map((r) => `${r.period},${r.count},${r.cumulative}`)]
    .map((l) => l + '\r\n').join(''));
});

test('every public screen passes axe, and the Turkish interface shows Turkish labels', async (t) => {
  const p = await page(t);
  await p.goto(base + '/cities');
  await p.getByRole('heading', { name: 'Cities' }).waitFor();
  await axeShot(p, 'cities');
  await p.getByLabel('Country').selectOption('HR');
  await p.getByRole('rowheader', { name: 'Split' }).waitFor();
  assert.equal(await p.getByRole('rowheader', { name: /Athens/ }).count(), 0);
  for (const [path, name] of [['/network', 'network'], ['/recommendations', 'recommendations-public'], ['/invitation', 'invitation'], ['/practices', 'practices-public']]) {
    await p.goto(base + path);
    await p.waitForLoadState('networkidle');
    await axeShot(p, name);
  }
  await p.goto(base + '/signin');
  await axeShot(p, 'sign-in');
  await p.getByLabel('Language').selectOption('tr');
  await p.getByRole('heading', { name: 'Giriş yap' }).waitFor();
  await p.getByRole('link', { name: 'Şehirler' }).click();
  await p.getByRole('heading', { name: 'Şehirler' }).waitFor();
  assert.equal(await p.evaluate(() => document.documentElement.lang), 'tr');
  await axeShot(p, 'cities-tr');
  await p.reload();
  await p.getByRole('heading', { name: 'Şehirler' }).waitFor(); // the choice is remembered
});

test('GraphiQL loads from the server alone and runs a query', async (t) => {
  const p = await page(t);
  await p.goto(base + '/graphiql');
  await p.locator('.graphiql-container').waitFor();
  await p.locator('.graphiql-query-editor', { hasText: 'memberCount' }).waitFor();
  await p.waitForLoadState('networkidle'); // the schema has been read (introspection)
  await p.getByRole('button', { name: /Execute query/ }).first().click();
  await p.locator('.result-window', { hasText: 'B40 Balkan Cities Network' }).waitFor();
  await p.screenshot({ path: `${shots}/graphiql.png` });
});

test('a proposal goes from draft to accepted, becomes a recommendation, and a city commits to it and records progress', async (t) => {
  const title = 'Shared cooling centres ' + Date.now();
  const athens = await page(t);
  await signIn(athens, 'editor@athens.b40.demo');
  await athens.getByRole('link', { name: 'My city' }).click();
  await athens.getByRole('button', { name: 'New proposal' }).click();
  const form = athens.getByRole('form', { name: 'New proposal' });
  await form.getByLabel('Title').fill(title);
  await form.getByLabel('Text').fill('Cities open cooling centres in heatwaves and share where they are.');
  await form.getByRole('button', { name: 'Create' }).click();
  await athens.getByRole('button', { name: 'Submit ' + title }).click();
  await athens.locator('.row', { hasText: title }).getByText('Submitted').waitFor();

  const sec = await page(t);
  await signIn(sec, 'secretariat@b40.demo');
  await sec.getByRole('link', { name: "Secretariat's desk" }).click();
  await sec.getByRole('button', { name: 'Take under review ' + title }).click();
  // Accepting and making a recommendation ask first, in a dialog that says what they do.
  await sec.getByRole('button', { name: 'Accept ' + title }).click();
  await sec.getByRole('alertdialog').getByRole('button', { name: 'Accept', exact: true }).click();
  await sec.getByRole('alertdialog').waitFor({ state: 'detached' });
  await sec.getByRole('button', { name: 'Make it a recommendation ' + title }).click();
  await sec.getByRole('alertdialog').getByRole('button', { name: 'Make it a recommendation', exact: true }).click();
  await sec.getByRole('button', { name: 'Make it a recommendation ' + title }).waitFor({ state: 'detached' });
  await axe(sec, 'desk');

  const split = await page(t);
  await signIn(split, 'editor@split.b40.demo');
  await split.getByRole('link', { name: 'Recommendations' }).click();
  await split.getByRole('heading', { name: 'Recommendations' }).waitFor();
  await split.getByRole('button', { name: `Commit my city: Split — ${title}` }).click();
  await split.getByRole('article', { name: title }).getByRole('rowheader', { name: 'Split' }).waitFor();
  await axe(split, 'recommendations');
  await split.getByRole('link', { name: 'My city' }).click();
  const impl = split.getByRole('article', { name: title });
  await impl.getByLabel('Status').selectOption('IN_PROGRESS');
  await impl.getByRole('spinbutton', { name: 'Progress' }).fill('30');
  await impl.getByLabel('Note').fill('Two centres open');
  await impl.getByRole('button', { name: 'Record an update' }).click();
  await impl.getByText(/In progress · 30% — Two centres open/).waitFor();
});

test('a presidency election with a tie goes to a runoff through the UI', async (t) => {
  // The demo's latest summit is this year's (sample years follow the clock): it elects next year's term.
  const term = new Date().getFullYear() + 1;
  const sec = await page(t);
  await signIn(sec, 'secretariat@b40.demo');
  await sec.getByRole('link', { name: "Secretariat's desk" }).click();
  await sec.getByRole('button', { name: 'Open the election' }).click();
  await sec.getByRole('heading', { name: new RegExp('Presidency election ' + term) }).waitFor();

  const admins = {};
  for (const city of ['Split', 'Sarajevo']) {
    const p = await page(t);
    await signIn(p, `admin@${city.toLowerCase()}.b40.demo`);
    await p.getByRole('link', { name: 'Network' }).click();
    await p.getByRole('link', { name: new RegExp(term + ': Open') }).click();
    await p.getByRole('button', { name: 'Stand as candidate ' + city }).click();
    await p.getByRole('listitem').filter({ hasText: city }).first().waitFor();
    admins[city] = p;
  }
  await axe(admins.Split, 'network-election');
  for (const [city, p] of Object.entries(admins)) {
    // The election has its own URL: a reload shows it again.
    await p.reload();
    await p.getByRole('heading', { name: new RegExp('Presidency election ' + term) }).waitFor();
    await p.getByLabel(`Vote for (${city})`).selectOption({ label: city });
    await p.getByRole('button', { name: 'Vote for ' + city }).click();
    await p.getByText(/— 1 vote\b|[12] of \d+ votes cast/).first().waitFor();
  }
  await sec.reload();
  await sec.getByRole('button', { name: 'Count the votes' }).click();
  await sec.getByRole('alertdialog').getByRole('button', { name: 'Count the votes', exact: true }).click();
  await sec.getByText(/Runoff · Round 2/).waitFor();
});

// viewerEmail asks the API who a token is: the e-mail, or the error code when it no longer works.
async function viewerEmail(tok) {
  const r = await fetch(base + '/graphql', {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', Authorization: 'Bearer ' + tok },
    body: JSON.stringify({ query: '{ viewer { user { email } } }' }),
  });
  const body = await r.json();
  return body.errors ? body.errors[0].extensions.code : body.data.viewer.user.email;
}

test('signing out ends the session on the server; "sign out everywhere" ends every session', async (t) => {
  const p = await page(t);
  await signIn(p, 'viewer@kotor.b40.demo');
  const first = await p.evaluate(() => sessionStorage.getItem('b40.token'));
  assert.equal(await viewerEmail(first), 'viewer@kotor.b40.demo');
  // The app forgets the token at once and ends it on the server in the background: wait for
  // that answer before asking the server about the token.
  const loggedOut = () => p.waitForResponse((r) => r.url().endsWith('/graphql') && (r.request().postData() ?? '').includes(documentId('mutation Logout')));
  let ended = loggedOut();
  await p.getByRole('button', { name: 'Sign out' }).click();
  await ended;
  await p.getByRole('link', { name: 'Sign in' }).waitFor();
  assert.equal(await p.evaluate(() => sessionStorage.getItem('b40.token')), null);
  assert.equal(await viewerEmail(first), 'UNAUTHENTICATED');

  const elsewhere = await login('viewer@kotor.b40.demo');
  await signIn(p, 'viewer@kotor.b40.demo');
  await p.getByRole('link', { name: 'Account' }).click();
  ended = loggedOut();
  await p.getByRole('button', { name: 'Sign out everywhere' }).click();
  await ended;
  await p.getByRole('link', { name: 'Sign in' }).waitFor();
  assert.equal(await viewerEmail(elsewhere), 'UNAUTHENTICATED');
});

test('a mailed invitation link fills the token in; a forgotten password is asked for by e-mail, and a bad reset link says so', async (t) => {
  const admin = await login('admin@kotor.b40.demo');
  const kotor = (await gql('{ city(slug: "kotor") { id } }')).city.id;
  const invited = await gql(`mutation($c: ID!, $e: Email!) { inviteUser(input: {email: $e, role: CITY_VIEWER, cityId: $c}) { invitationToken } }`,
    { c: kotor, e: `new.viewer.${Date.now()}@kotor.example` }, admin);
  const p = await page(t);
  await p.setViewportSize({ width: 390, height: 844 });
  await p.goto(base + '/invitation#token=' + encodeURIComponent(invited.inviteUser.invitationToken));
  assert.equal(await p.getByLabel('Invitation token').inputValue(), invited.inviteUser.invitationToken);
  await p.getByLabel('Your name').fill('New Viewer');
  await p.getByLabel('New password').fill('a-long-enough-password');
  await p.getByRole('button', { name: 'Accept an invitation' }).click();
  // At 390 px "Signed in as" sits in the closed menu: the session token and the home page show it.
  await p.waitForFunction(() => sessionStorage.getItem('b40.token') !== null);
  await p.getByRole('heading', { level: 1, name: 'What needs you, New Viewer' }).waitFor();

  const q = await page(t);
  await q.setViewportSize({ width: 390, height: 844 });
  await q.goto(base + '/signin');
  await q.getByRole('link', { name: 'Forgot your password?' }).click();
  await q.getByLabel('E-mail').fill('viewer@split.b40.demo');
  await q.getByRole('button', { name: 'Send me a link' }).click();
  await q.getByText('If an account has this address, a link is on its way.').waitFor();
  assert.ok(await q.evaluate(() => document.documentElement.scrollWidth <= 390), 'the page scrolls sideways at 390 px');
  await axe(q, 'forgot-password');
  await q.goto(base + '/reset-password#token=b40r_not-a-real-token');
  await q.getByRole('heading', { name: 'Choose a new password' }).waitFor();
  await q.getByLabel('New password').fill('another-long-password');
  await q.getByRole('button', { name: 'Choose a new password' }).click();
  await q.getByText('This link is unknown, already used or expired.').waitFor();
});

test('someone with an account, signed in, accepts an invitation to a second city from its link (390 px)', async (t) => {
  const email = 'editor@kotor.b40.demo';
  const pula = (await gql('{ city(slug: "pula") { id } }')).city.id;
  const invited = await gql(`mutation($c: ID!, $e: Email!) { inviteUser(input: {email: $e, role: CITY_VIEWER, cityId: $c}) { invitationToken userErrors { message } } }`,
    { c: pula, e: email }, await login('admin@pula.b40.demo'));
  assert.deepEqual(invited.inviteUser.userErrors, []);
  const p = await page(t);
  await signIn(p, email);
  await p.setViewportSize({ width: 390, height: 844 });
  await p.goto(base + '/invitation#token=' + encodeURIComponent(invited.inviteUser.invitationToken));
  await p.getByText('Accepting as ' + email).waitFor();
  // An existing account keeps its name and password: the form asks for neither.
  assert.equal(await p.getByLabel('New password').count(), 0);
  assert.ok(await p.evaluate(() => document.documentElement.scrollWidth <= 390), 'the page scrolls sideways at 390 px');
  await axeShot(p, 'invitation-signed-in-390');
  await p.getByRole('button', { name: 'Accept an invitation' }).click();
  await p.waitForURL(base + '/');
  const token = await p.evaluate(() => sessionStorage.getItem('b40.token'));
  const me = await gql('{ viewer { memberships { role city { slug } } } }', {}, token);
  assert.deepEqual(me.viewer.memberships.map((m) => `${m.city.slug}:${m.role}`).sort(), ['kotor:CITY_EDITOR', 'pula:CITY_VIEWER']);
  // The same link again is spent, and says so.
  await p.goto(base + '/invitation#token=' + encodeURIComponent(invited.inviteUser.invitationToken));
  await p.getByRole('button', { name: 'Accept an invitation' }).click();
  await p.getByRole('alert').first().waitFor();
});

test('a person chooses how each kind of notification reaches them by mail and their time zone; the choice is theirs and it holds (390 px, Turkish too)', async (t) => {
  const p = await page(t);
  await signIn(p, 'editor@athens.b40.demo');
  await p.setViewportSize({ width: 390, height: 844 });
  await p.goto(base + '/account');
  await p.getByRole('heading', { name: 'Notifications' }).waitFor();
  const kind = p.getByLabel('A proposal of my city decided');
  assert.equal(await kind.inputValue(), 'IMMEDIATE');
  await kind.selectOption('DAILY');
  await p.getByText('A proposal of my city decided: Daily digest.').waitFor();
  await p.getByLabel('An implementation without an update for 90 days').selectOption('OFF');
  await p.getByText('An implementation without an update for 90 days: No e-mail.').waitFor();
  await p.getByLabel('Time zone').selectOption('Europe/Athens');
  await p.getByText('Time zone set to Europe/Athens.').waitFor();
  assert.ok(await p.evaluate(() => document.documentElement.scrollWidth <= 390), 'the account page scrolls sideways at 390 px');
  await axeShot(p, 'account-notifications');

  // Stored for this person, read back through the API; another person is untouched.
  const tok = await p.evaluate(() => sessionStorage.getItem('b40.token'));
  const q = '{ viewer { timeZone notificationPreferences { kind delivery } } }';
  const mine = (await gql(q, {}, tok)).viewer;
  const of = (v, k) => v.notificationPreferences.find((x) => x.kind === k).delivery;
  assert.equal(mine.timeZone, 'Europe/Athens');
  assert.equal(of(mine, 'PROPOSAL_DECIDED'), 'DAILY');
  assert.equal(of(mine, 'IMPLEMENTATION_STALE'), 'OFF');
  assert.equal(of(mine, 'PROPOSAL_ENDORSED'), 'IMMEDIATE');
  const other = (await gql(q, {}, await login('admin@athens.b40.demo'))).viewer;
  assert.equal(of(other, 'PROPOSAL_DECIDED'), 'IMMEDIATE');

  // A reload shows the choices; in Turkish the same screen speaks Turkish.
  await p.reload();
  assert.equal(await p.getByLabel('A proposal of my city decided').inputValue(), 'DAILY');
  await p.evaluate(() => localStorage.setItem('b40.lang', 'tr'));
  await p.reload();
  await p.getByRole('heading', { name: 'Bildirimler' }).waitFor();
  assert.equal(await p.getByLabel('Şehrimin bir önerisi karara bağlandı').inputValue(), 'DAILY');
  await p.getByLabel('Şehrimin bir önerisi karara bağlandı').selectOption('WEEKLY');
  await p.getByText('Şehrimin bir önerisi karara bağlandı: Haftalık özet.').waitFor();
  assert.ok(await p.evaluate(() => document.documentElement.scrollWidth <= 390), 'the Turkish account page scrolls sideways at 390 px');
  await axeShot(p, 'account-notifications-tr');
  await p.evaluate(() => localStorage.removeItem('b40.lang'));
});

test('the secretariat sees a failed delivery with the mail server\'s answers and retries it (390 px)', async (t) => {
  const p = await page(t);
  await signIn(p, 'secretariat@b40.demo');
  await p.setViewportSize({ width: 390, height: 844 });
  await p.goto(base + '/desk');
  await p.getByRole('heading', { name: 'Outgoing mail' }).waitFor();
  const row = p.locator('.mail').filter({ hasText: 'Proposal accepted: Bounced notice' });
  await row.waitFor();
  assert.match(await row.innerText(), /Failed[\s\S]*to editor@kotor\.b40\.demo[\s\S]*2 attempts[\s\S]*550 5\.1\.1 <editor@kotor\.b40\.demo>: Recipient address rejected/);
  await row.getByRole('button', { name: 'Delivery attempts' }).click();
  await row.getByText('451 4.3.0 Try again later').waitFor();
  assert.ok(await p.evaluate(() => document.documentElement.scrollWidth <= 390), 'the desk scrolls sideways at 390 px');
  await axeShot(p, 'desk-outgoing-mail');

  await row.getByRole('button', { name: 'Retry to editor@kotor.b40.demo' }).click();
  await p.getByText('Queued for delivery again.').waitFor();
  await p.getByText('No failed deliveries.').waitFor();
  // (Not looked up among pending mail: after the other tests many invitations wait there, newest first.)
  const tok = await p.evaluate(() => sessionStorage.getItem('b40.token'));
  const mails = (await gql('{ outgoingMails(filter: {statuses: [FAILED]}) { totalCount } }', {}, tok)).outgoingMails;
  assert.equal(mails.totalCount, 0);

  // Nobody else sees the screen: a city admin's desk has no outgoing mail, and the API refuses.
  const r = await fetch(base + '/graphql', { method: 'POST', headers: { 'Content-Type': 'application/json', Authorization: 'Bearer ' + await login('admin@kotor.b40.demo') },
    body: JSON.stringify({ query: '{ outgoingMails { totalCount } }' }) });
  assert.equal((await r.json()).errors[0].extensions.code, 'FORBIDDEN');
});
