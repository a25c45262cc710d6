// Issue 20's pages, through clicks in headless Chromium against the real server (B40_URL, demo
// data): the secretariat decides with eyes open (everything an applicant wrote, a proposal's
// text, a decision note, and a confirmation dialog that says what will happen), a city applies
// for membership, people are invited, given roles, removed, deactivated and reactivated, the
// home page says what needs the viewer, and the header searches the network. At 1280 and 390 px,
// in English and Turkish, axe on each screen, screenshots in B40_SCREENSHOTS.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { base, shots, gql, token, page, axe, newContext } from './browser.mjs';

async function check(p, name) {
  await p.waitForLoadState('networkidle');
  const width = p.viewportSize().width;
  const scroll = await p.evaluate(() => document.documentElement.scrollWidth);
  assert.ok(scroll <= width, `${name} at ${width}px is ${scroll}px wide`);
  await axe(p, `${name} at ${width}px`);
  await p.screenshot({ path: `${shots}/pages-${name}-${width}.png`, fullPage: true });
}

// inDialog: whether the focused element is inside the open alert dialog.
const inDialog = (p) => p.evaluate(() => !!document.activeElement?.closest('[role="alertdialog"]'));

test('a city applies for membership in Turkish on a phone; the secretariat reads everything it wrote and approves it after a dialog', async (t) => {
  const city = 'Struga ' + Date.now().toString(36);
  const motivation = 'Struga wants to share its lake-shore practices.\nWe took part in two regional meetings.';
  const p = await page(t, { width: 390, lang: 'tr' });
  await p.goto(base + '/');
  await p.getByRole('link', { name: 'Üyelik başvurusu' }).click();
  await p.getByRole('heading', { level: 1, name: 'Üyelik başvurusu' }).waitFor();
  // The rule is explained: Balkan countries (R6.2), the form (R6.3), no fee (R6.4).
  const rule = await p.locator('main .lead').innerText();
  assert.match(rule, /R6\.2, R6\.3/);
  assert.match(rule, /Kuzey Makedonya/);
  assert.match(rule, /R6\.4/);
  await check(p, 'apply-tr');
  const form = p.getByRole('form', { name: 'Üyelik başvurusu' });
  // An unchosen country is said before anything is sent.
  await form.getByRole('button', { name: 'Başvuruyu gönder' }).click();
  await p.getByText('Şehrin ülkesini seçin.').waitFor();
  await form.getByLabel('Şehir (İngilizce adı)').fill(city);
  await form.getByLabel('Şehrin yerel dildeki adı').fill('Струга');
  await form.getByLabel('Ülke').selectOption('MK');
  await form.getByLabel('Belediye başkanı').fill('Mayor of Struga');
  await form.getByLabel('Adınız').fill('Ana Petrovska');
  await form.getByLabel('E-posta adresiniz').fill('ana.petrovska@struga.example');
  await form.getByLabel('Göreviniz').fill('International relations');
  await form.getByLabel('Nüfus').fill('63376');
  await form.getByLabel('Şehriniz neden katılmak istiyor?').fill(motivation);
  await form.getByRole('button', { name: 'Başvuruyu gönder' }).click();
  await p.getByRole('heading', { level: 1, name: 'Başvuru gönderildi' }).waitFor();
  assert.match(await p.locator('main').innerText(), /ana\.petrovska@struga\.example/);
  await check(p, 'apply-sent-tr');

  const sec = await page(t, { email: 'secretariat@b40.demo' });
  await sec.goto(base + '/');
  await sec.getByRole('heading', { level: 1, name: /What needs you/ }).waitFor();
  await sec.getByRole('region', { name: /Membership applications/ }).getByText(city).waitFor();
  await sec.getByRole('link', { name: "Secretariat's desk" }).click();
  const app = sec.getByRole('article', { name: new RegExp(city) });
  await app.waitFor();
  const text = await app.innerText();
  for (const s of ['Струга', 'North Macedonia', 'Mayor of Struga', 'Ana Petrovska, International relations', 'ana.petrovska@struga.example',
    '63,376', 'lake-shore practices', 'two regional meetings']) assert.ok(text.includes(s), `the desk shows ${s}: ${text}`);
  assert.ok(await app.getByRole('link', { name: 'ana.petrovska@struga.example' }).getAttribute('href') === 'mailto:ana.petrovska@struga.example');
  // Approve asks first; Escape cancels and gives the focus back to the button.
  const approve = app.getByRole('button', { name: 'Approve ' + city });
  await approve.click();
  const dialog = sec.getByRole('alertdialog', { name: `Approve the application of ${city}?` });
  await dialog.waitFor();
  assert.ok(await inDialog(sec), 'the focus moves into the dialog');
  assert.match(await dialog.innerText(), /becomes a member city of the network, and ana\.petrovska@struga\.example is invited to be its city administrator/);
  await check(sec, 'desk-approve-dialog');
  await sec.keyboard.press('Escape');
  await dialog.waitFor({ state: 'detached' });
  assert.equal(await approve.evaluate((b) => b === document.activeElement), true, 'the focus returns to Approve');
  assert.equal((await gql('query($id: ID!) { node(id: $id) { ... on MembershipApplication { status } } }',
    { id: (await gql('{ membershipApplications(first: 50, filter: {statuses: [SUBMITTED]}) { edges { node { id cityName } } } }', {}, await token('secretariat@b40.demo')))
      .membershipApplications.edges.find((e) => e.node.cityName === city).node.id }, await token('secretariat@b40.demo'))).node.status, 'SUBMITTED');
  // Confirmed with a note, the city joins and the invitation link is shown to copy.
  await approve.click();
  await dialog.getByLabel(/Decision note/).fill('Welcome to the network');
  await dialog.getByRole('button', { name: 'Approve', exact: true }).click();
  await dialog.waitFor({ state: 'detached' });
  const link = sec.getByLabel(/Invitation link/);
  await link.waitFor();
  assert.match(await link.inputValue(), new RegExp('^' + base.replace(/[.:/]/g, '\\$&') + '/invitation#token='));
  await app.waitFor({ state: 'detached' });
  const decided = await gql('{ membershipApplications(first: 50, filter: {statuses: [APPROVED]}) { edges { node { cityName reviewNote city { name } } } } }', {}, await token('secretariat@b40.demo'));
  const row = decided.membershipApplications.edges.find((e) => e.node.cityName === city);
  assert.equal(row?.node.reviewNote, 'Welcome to the network');
  assert.equal(row?.node.city?.name, city);
});

async function proposal(email, slug, title, body) {
  const tok = await token(email);
  const cityId = (await gql('query($s: String!) { city(slug: $s) { id } }', { s: slug })).city.id;
  const created = await gql(`mutation($i: CreateProposalInput!) { createProposal(input: $i) { proposal { id version } userErrors { message } } }`,
    { i: { cityId, title, summary: 'In one line', body: [{ locale: 'en', text: body }] } }, tok);
  const p = created.createProposal.proposal;
  await gql('mutation($id: ID!, $v: Int) { submitProposal(input: {proposalId: $id, expectedVersion: $v}) { userErrors { message } } }', { id: p.id, v: p.version }, tok);
  return p.id;
}

test('the desk shows a proposal\'s text and declines it with a note after a dialog that keeps the focus; the city withdraws another after one', async (t) => {
  const stamp = Date.now().toString(36);
  const declined = 'Night buses for all ' + stamp;
  const withdrawn = 'Shared snow ploughs ' + stamp;
  const declinedId = await proposal('editor@athens.b40.demo', 'athens', declined, 'Every member city runs night buses on weekends and shares the timetables.');
  await proposal('editor@athens.b40.demo', 'athens', withdrawn, 'Cities lend each other snow ploughs.');

  const sec = await page(t, { email: 'secretariat@b40.demo' });
  await sec.goto(base + '/desk');
  const card = sec.getByRole('article', { name: declined });
  await card.waitFor();
  assert.match(await card.innerText(), /Every member city runs night buses on weekends and shares the timetables\./);
  assert.match(await card.innerText(), /In one line/);
  await card.getByRole('button', { name: 'Decline ' + declined }).click();
  const dialog = sec.getByRole('alertdialog', { name: `Decline the proposal “${declined}”?` });
  await dialog.waitFor();
  assert.match(await dialog.innerText(), /declined and closed; Athens sees the decision and its note/);
  assert.match(await dialog.innerText(), /This cannot be undone\./);
  // The keyboard stays in the dialog.
  for (let i = 0; i < 6; i++) {
    await sec.keyboard.press('Tab');
    assert.ok(await inDialog(sec), `Tab ${i + 1} stays in the dialog`);
  }
  await dialog.getByLabel(/Decision note/).fill('Out of scope for this year');
  await dialog.getByRole('button', { name: 'Decline', exact: true }).click();
  await card.waitFor({ state: 'detached' });

  // The proposal's page, cold, on a phone: its text, and the decision with its note.
  const athens = await page(t, { width: 390, email: 'editor@athens.b40.demo' });
  await athens.goto(base + '/proposals/' + encodeURIComponent(declinedId));
  await athens.getByRole('heading', { level: 1, name: declined }).waitFor();
  const text = await athens.locator('main').innerText();
  assert.match(text, /Declined/);
  assert.match(text, /Out of scope for this year/);
  assert.match(text, /shares the timetables/);
  await check(athens, 'proposal-declined');

  // Withdraw asks first, too.
  await athens.goto(base + '/workspace/athens');
  const row = athens.locator('.row', { hasText: withdrawn });
  await row.getByRole('button', { name: 'Withdraw ' + withdrawn }).click();
  const ask = athens.getByRole('alertdialog', { name: `Withdraw the proposal “${withdrawn}”?` });
  await ask.waitFor();
  await check(athens, 'withdraw-dialog');
  await ask.getByRole('button', { name: 'Withdraw', exact: true }).click();
  await row.getByText('Withdrawn').waitFor();
});

test('"Count the votes" says the turnout and the rule, warns of a past term year and a low turnout, and Escape leaves the election open (Turkish, phone)', async (t) => {
  const sec = await token('secretariat@b40.demo');
  const { summits } = await gql('{ summits(first: 10) { edges { node { id year title election { id termYear status } } } } }', {}, sec);
  let summit = summits.edges.map(({ node }) => node).find((s) => s.election && (s.election.status === 'OPEN' || s.election.status === 'RUNOFF'));
  if (!summit) {
    summit = summits.edges.map(({ node }) => node).find((s) => !s.election);
    assert.ok(summit, 'a summit with an open election or none');
    summit.election = (await gql('mutation($s: ID!, $y: Int!) { openPresidencyElection(input: {summitId: $s, termYear: $y}) { election { id termYear status } } }',
      { s: summit.id, y: summit.year + 1 }, sec)).openPresidencyElection.election;
  }
  const p = await page(t, { width: 390, lang: 'tr', email: 'secretariat@b40.demo' });
  await p.goto(base + '/desk');
  await p.getByLabel('Zirveler').selectOption(summit.id);
  const count = p.getByRole('button', { name: 'Oyları say ' + summit.election.termYear });
  await count.click();
  const dialog = p.getByRole('alertdialog');
  await dialog.waitFor();
  const text = await dialog.innerText();
  assert.match(text, /Katılım: \d+ üye şehirden \d+ şehir oy verdi/);
  assert.match(text, /en çok oyu alan aday kazanır/);
  if (summit.election.termYear < new Date().getFullYear()) assert.match(text, new RegExp(`Dönem yılı ${summit.election.termYear} geçmişte kaldı`));
  assert.match(text, /Katılım düşük/);
  await check(p, 'count-votes-dialog-tr');
  await p.keyboard.press('Escape');
  await dialog.waitFor({ state: 'detached' });
  const after = await gql('query($id: ID!) { presidencyElection(id: $id) { status } }', { id: summit.election.id }, sec);
  assert.equal(after.presidencyElection.status, summit.election.status, 'cancelling counts nothing');
});

test('a city admin invites a colleague, changes the role and removes them; the secretariat deactivates, reactivates and keeps the staff', async (t) => {
  const email = `colleague.${Date.now()}@tirana.example`;
  const admin = await page(t, { width: 390, email: 'admin@tirana.b40.demo' });
  await admin.goto(base + '/');
  await admin.getByRole('button', { name: 'Menu' }).click();
  await admin.getByRole('link', { name: 'People' }).click();
  await admin.getByRole('heading', { level: 2, name: 'People of Tirana' }).waitFor();
  const invite = admin.getByRole('form', { name: 'Invite a colleague to Tirana' });
  await invite.getByLabel('E-mail').fill(email);
  await invite.getByLabel('Role').selectOption({ label: 'City editor' });
  await invite.getByRole('button', { name: 'Invite' }).click();
  const link = invite.getByLabel(/Invitation link/);
  await link.waitFor();
  const url = new URL(await link.inputValue());
  assert.equal(url.pathname, '/invitation');
  const tok = new URLSearchParams(url.hash.slice(1)).get('token');
  await check(admin, 'people-invited');
  // The server mailed it too.
  const mails = await gql('{ outgoingMails(first: 50) { edges { node { to } } } }', {}, await token('secretariat@b40.demo'));
  assert.ok(mails.outgoingMails.edges.some((e) => e.node.to.includes(email)), 'an invitation mail to ' + email);
  await gql('mutation($t: String!) { acceptInvitation(input: {token: $t, name: "Ilir Colleague", password: "a-long-enough-password"}) { userErrors { message } } }', { t: tok });
  await admin.reload();
  const role = admin.getByLabel('Role of Ilir Colleague');
  await role.waitFor();
  assert.equal(await role.inputValue(), 'CITY_EDITOR');
  await role.selectOption({ label: 'City viewer' });
  await admin.waitForLoadState('networkidle');
  const who = async () => (await gql('query($s: String) { users(first: 5, filter: {search: $s}) { edges { node { id status memberships { role city { name } } } } } }',
    { s: email }, await token('secretariat@b40.demo'))).users.edges[0].node;
  await expectEventually(async () => assert.deepEqual((await who()).memberships.map((m) => [m.city.name, m.role]), [['Tirana', 'CITY_VIEWER']]));
  await admin.getByRole('button', { name: 'Remove Ilir Colleague' }).click();
  const ask = admin.getByRole('alertdialog', { name: 'Remove Ilir Colleague from Tirana?' });
  await ask.getByRole('button', { name: 'Remove', exact: true }).click();
  await admin.getByLabel('Role of Ilir Colleague').waitFor({ state: 'detached' });
  assert.deepEqual((await who()).memberships, []);

  // The secretariat finds the person, deactivates and reactivates the account.
  const sec = await page(t, { email: 'secretariat@b40.demo' });
  await sec.goto(base + '/people');
  await sec.getByRole('searchbox', { name: 'Find people by name or e-mail' }).fill(email);
  await sec.getByRole('search', { name: 'Find people by name or e-mail' }).getByRole('button', { name: 'Search' }).click();
  await sec.getByText('1 person', { exact: true }).waitFor();
  await sec.getByRole('button', { name: 'Deactivate Ilir Colleague' }).click();
  await sec.getByRole('alertdialog', { name: 'Deactivate the account of Ilir Colleague?' }).getByRole('button', { name: 'Deactivate', exact: true }).click();
  await sec.getByRole('button', { name: 'Reactivate Ilir Colleague' }).waitFor();
  assert.equal((await who()).status, 'DEACTIVATED');
  await check(sec, 'people-secretariat');
  await sec.getByRole('button', { name: 'Reactivate Ilir Colleague' }).click();
  await sec.getByRole('alertdialog').getByRole('button', { name: 'Reactivate', exact: true }).click();
  await sec.getByRole('button', { name: 'Deactivate Ilir Colleague' }).waitFor();
  assert.equal((await who()).status, 'ACTIVE');

  // Staff (R3.3): added, then removed after a dialog.
  const name = 'Mobility expert ' + Date.now().toString(36);
  const staff = sec.getByRole('form', { name: 'Add a staff member' });
  await staff.getByLabel('Name').fill(name);
  await staff.getByLabel('Position').selectOption({ label: 'Expert' });
  await staff.getByLabel('English level').selectOption('C1');
  await staff.getByRole('button', { name: 'Add' }).click();
  const remove = sec.getByRole('button', { name: 'Remove ' + name });
  await remove.click();
  await sec.getByRole('alertdialog', { name: `Remove ${name} from the secretariat staff?` }).getByRole('button', { name: 'Remove', exact: true }).click();
  await remove.waitFor({ state: 'detached' });
  await sec.getByText(/The secretariat meets R3\.3/).waitFor();
});

async function expectEventually(fn, tries = 20) {
  for (let i = 1; ; i++) {
    try {
      return await fn();
    } catch (e) {
      if (i >= tries) throw e;
      await new Promise((r) => setTimeout(r, 100));
    }
  }
}

test('the home page says what needs each kind of viewer', async (t) => {
  const anon = await page(t, { width: 390 });
  await anon.goto(base + '/');
  await anon.getByRole('heading', { level: 1, name: 'The workspace of the B40 Balkan Cities Network' }).waitFor();
  await anon.getByRole('link', { name: 'Apply for membership' }).waitFor();

  const sec = await page(t, { email: 'secretariat@b40.demo' });
  await sec.goto(base + '/');
  await sec.getByRole('heading', { level: 1, name: /What needs you/ }).waitFor();
  for (const region of [/Membership applications \(\d+\)/, /Proposals to review \(\d+\)/, /Working groups overdue for a meeting \(\d+\)/, 'Elections to run', 'Secretariat staff (R3.3)']) {
    await sec.getByRole('region', { name: region }).waitFor();
  }
  // The demo's groups have not met for months: each is listed as overdue.
  const overdue = (await gql('{ workingGroups(first: 100, filter: {statuses: [ACTIVE]}) { edges { node { name { text } isMeetingOverdue } } } }'))
    .workingGroups.edges.filter((e) => e.node.isMeetingOverdue).map((e) => e.node.name.text);
  const groups = sec.getByRole('region', { name: /Working groups overdue/ });
  assert.equal(await groups.getByRole('listitem').count(), overdue.length);
  for (const g of overdue) await groups.getByText(g).waitFor();

  // A city editor: the city's drafts, proposals awaiting a decision, implementations without an update in 90 days.
  const stamp = Date.now().toString(36);
  const tok = await token('editor@kotor.b40.demo');
  const kotor = (await gql('{ city(slug: "kotor") { id } }')).city.id;
  await gql('mutation($i: CreatePracticeInput!) { createPractice(input: $i) { userErrors { message } } }',
    { i: { cityId: kotor, title: 'Draft ' + stamp, body: [{ locale: 'en', text: 'Draft text' }] } }, tok);
  const waiting = 'Waiting ' + stamp;
  await proposal('editor@kotor.b40.demo', 'kotor', waiting, 'Proposal text');
  const editor = await page(t, { width: 390, email: 'editor@kotor.b40.demo' });
  await editor.goto(base + '/');
  await editor.getByRole('heading', { level: 1, name: /What needs you/ }).waitFor();
  await editor.getByRole('region', { name: /Drafts/ }).getByRole('link', { name: 'Draft ' + stamp }).waitFor();
  await editor.getByRole('region', { name: /Proposals awaiting a decision/ }).getByRole('link', { name: waiting }).click();
  await editor.getByRole('heading', { level: 1, name: waiting }).waitFor();
  await editor.goBack();
  const stale = (await gql(`query($c: [ID!], $d: DateTime!) { implementations(first: 100, filter: {cityIds: $c, statuses: [PLANNED, IN_PROGRESS], updatedTo: $d}) { totalCount } }`,
    { c: [kotor], d: new Date(Date.now() - 90 * 86400e3).toISOString() }, tok)).implementations.totalCount;
  await editor.getByRole('heading', { level: 2, name: new RegExp(`Implementations without an update in 90 days \\(${stale}\\)`) }).waitFor();
  await check(editor, 'home-editor');

  const analyst = await page(t, { email: 'analyst@b40.demo', lang: 'tr' });
  await analyst.goto(base + '/');
  const figures = analyst.getByRole('region', { name: 'Rakamlarla ağ' });
  await figures.waitFor();
  const members = (await gql('{ network { memberCount } }')).network.memberCount;
  assert.match(await figures.innerText(), new RegExp(`${members}\\s*üye şehir`));
});

test('the header searches the network: cities, practices, recommendations and groups, accents and case aside', async (t) => {
  const p = await page(t, { width: 390 });
  await p.goto(base + '/cities');
  await p.getByRole('button', { name: 'Menu' }).click();
  await p.getByRole('searchbox', { name: 'Search the network' }).fill('CLIMATE');
  await p.keyboard.press('Enter');
  await p.getByRole('heading', { level: 1, name: 'Search: “CLIMATE”' }).waitFor();
  await p.getByRole('heading', { level: 2, name: /Working groups \(1\)/ }).waitFor();
  await p.getByText('Local climate action').waitFor();
  await check(p, 'search-climate');
  await p.goto(base + '/search?q=LAKTASI');
  await p.getByRole('heading', { level: 2, name: /Cities \(1\)/ }).waitFor();
  await p.getByRole('main').getByRole('link', { name: 'Laktaši' }).click();
  await p.getByRole('heading', { level: 1, name: /Laktaši/ }).waitFor();
  const rec = (await gql('{ recommendations(first: 1) { edges { node { title } } } }')).recommendations.edges[0].node.title;
  const word = rec.split(/\s+/).find((w) => w.length > 5);
  await p.goto(base + '/search?q=' + encodeURIComponent(word.toUpperCase()));
  await p.getByRole('main').getByRole('link', { name: rec }).click();
  await p.getByRole('heading', { level: 1, name: rec }).waitFor();
  await p.getByRole('heading', { level: 2, name: 'Take-up by city' }).waitFor();
});

test('the new pages show an error with a retry when the server cannot be reached, and the data once it can', async (t) => {
  const rec = (await gql('{ recommendations(first: 1) { edges { node { id title } } } }')).recommendations.edges[0].node;
  for (const [path, ready] of [['/recommendations/' + encodeURIComponent(rec.id), (p) => p.getByRole('heading', { level: 1, name: rec.title })],
    ['/search?q=split', (p) => p.getByRole('heading', { level: 2, name: /Cities \(1\)/ })],
    ['/apply', (p) => p.getByRole('form', { name: 'Apply for membership' })]]) {
    const context = await newContext();
    t.after(() => context.close());
    const p = await context.newPage();
    const api = (url) => url.pathname === '/graphql';
    await p.route(api, (route) => route.abort());
    await p.goto(base + path);
    const alert = p.getByRole('alert').filter({ hasText: 'The server could not be reached' });
    await alert.waitFor();
    await p.unroute(api);
    await alert.getByRole('button', { name: 'Retry' }).click();
    await ready(p).waitFor();
    assert.equal(await p.locator('.state-error').count(), 0, path);
  }
});
