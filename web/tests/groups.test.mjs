// Working groups in the browser (issue 20), at 390 px: a city admin joins a group, asks for an
// extra meeting, the secretariat sees and declines it, the admin leaves through the confirm
// dialog; the secretariat proposes a group on the Network page. The API confirms each step.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync } from 'node:fs';
import { chromium } from 'playwright-core';
import AxeBuilder from '@axe-core/playwright';

const base = process.env.B40_URL;
const shots = process.env.B40_SCREENSHOTS ?? 'test-results/screenshots';
const password = 'b40-demo-password';
mkdirSync(shots, { recursive: true });

let browser;
before(async () => {
  browser = await chromium.launch({
    executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium',
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking',
      '--disable-component-update', '--disable-sync'],
  });
});
after(async () => browser?.close());

async function gql(query, variables, token) {
  const r = await fetch(base + '/graphql', {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', ...(token ? { Authorization: 'Bearer ' + token } : {}) },
    body: JSON.stringify({ query, variables }),
  });
  const body = await r.json();
  assert.equal(body.errors, undefined, JSON.stringify(body.errors));
  return body.data;
}

// Enum values as the API spells them: the app shows labels instead.
const rawEnum = /\b(ACTIVE|SUSPENDED|WITHDRAWN|PUBLISHED|DRAFT|PUBLIC|PRIVATE|NETWORK|PLANNED|IN_PROGRESS|COMPLETED|NOT_PURSUED|PERMANENT|TEMPORARY|SUBMITTED|UNDER_REVIEW|ACCEPTED|DECLINED|OPEN|RUNOFF|DECIDED|CLOSED|CITY_ADMIN|CITY_EDITOR|CITY_VIEWER)\b/;

const tokens = {};
async function token(email) {
  tokens[email] ??= (await gql('mutation($e: String!, $p: String!) { login(input: {email: $e, password: $p}) { token } }', { e: email, p: password })).login.token;
  return tokens[email];
}

// page opens a fresh browser session (signed in as email when given, the language when given)
// that fails the test on any console error or request to another host; allow lists console
// messages a test provokes on purpose.
async function page(t, { width = 1280, height = 800, email, lang, allow, tok = null } = {}) {
  const context = await browser.newContext({ viewport: { width, height } });
  if (email) tok = await token(email);
  await context.addInitScript(([tok, lang]) => {
    if (tok && !sessionStorage.getItem('b40.init')) { sessionStorage.setItem('b40.token', tok); sessionStorage.setItem('b40.init', '1'); }
    if (lang) localStorage.setItem('b40.lang', lang);
  }, [tok, lang]);
  const p = await context.newPage();
  const problems = [];
  p.on('console', (m) => { if (m.type() === 'error' && !(allow && allow.test(m.text()))) problems.push('console: ' + m.text()); });
  p.on('pageerror', (e) => problems.push('page error: ' + e.message));
  p.on('request', (r) => { if (!r.url().startsWith(base) && !r.url().startsWith('data:') && !r.url().startsWith('blob:')) problems.push('other host: ' + r.url()); });
  t.after(async () => {
    await context.close();
    assert.deepEqual(problems, [], 'the page had problems');
  });
  return p;
}

// settled waits for the page's first heading and for no query still loading.
async function settled(p) {
  await p.locator('main h1').first().waitFor();
  await p.waitForLoadState('networkidle');
  await p.locator('.state-loading').first().waitFor({ state: 'detached' });
}

async function check(p, name, width) {
  await settled(p);
  assert.equal(await p.locator('.state-error').count(), 0, `${name}: an error state`);
  const scroll = await p.evaluate(() => document.documentElement.scrollWidth);
  assert.ok(scroll <= width, `${name} at ${width}px is ${scroll}px wide`);
  const result = await new AxeBuilder({ page: p }).analyze();
  const bad = result.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
  assert.deepEqual(bad.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`), [], `axe on ${name} at ${width}px`);
  await p.screenshot({ path: `${shots}/screen-${name}-${width}.png`, fullPage: true });
}

const groupSlug = 'smart-cities-and-digital-transformation';
const GroupQ = `query($s: String!) { workingGroup(slug: $s) { id members { city { slug } } meetingRequests { id reason status city { slug } } } }`;

test('a city admin joins a group, requests an extra meeting, the secretariat answers, the admin leaves', async (t) => {
  const admin = await token('admin@split.b40.demo');
  const sec = await token('secretariat@b40.demo');
  const split = (await gql('{ city(slug: "split") { id } }')).city.id;
  let g = (await gql(GroupQ, { s: groupSlug }, admin)).workingGroup;
  // The server keeps its data between runs: start with Split outside the group.
  if (g.members.some((m) => m.city.slug === 'split')) {
    await gql('mutation($g: ID!, $c: ID!) { leaveWorkingGroup(input: {workingGroupId: $g, cityId: $c}) { userErrors { code } } }', { g: g.id, c: split }, admin);
  }
  const reason = `Flood season planning ${Date.now()}`;
  const p = await page(t, { width: 390, height: 844, email: 'admin@split.b40.demo' });
  await p.goto(base + '/groups/' + groupSlug);
  await p.getByRole('heading', { level: 1, name: 'Smart cities and digital transformation' }).waitFor();
  await check(p, 'group-admin', 390);
  assert.equal(await p.getByRole('button', { name: /Request an extra meeting/ }).count(), 0, 'no request before joining');
  await p.getByLabel('Focal point (Split)').fill('Ana Perić');
  await p.getByRole('button', { name: /Join this group/ }).click();
  await p.getByRole('button', { name: /Leave this group/ }).waitFor();
  g = (await gql(GroupQ, { s: groupSlug }, admin)).workingGroup;
  assert.ok(g.members.some((m) => m.city.slug === 'split'), 'the API has Split as a member');

  await p.getByRole('button', { name: 'Request an extra meeting' }).click();
  await p.getByLabel('Why an extra meeting is needed').fill(reason);
  await p.getByRole('button', { name: 'Send the request' }).click();
  await p.getByRole('status').filter({ hasText: 'The request was sent to the secretariat.' }).waitFor();
  await p.locator('.meeting-requests li', { hasText: reason }).getByText('Pending').waitFor();
  await check(p, 'group-requested', 390);
  assert.doesNotMatch(await p.locator('main').innerText(), rawEnum);
  g = (await gql(GroupQ, { s: groupSlug }, admin)).workingGroup;
  const req = g.meetingRequests.find((r) => r.reason === reason);
  assert.equal(req?.status, 'PENDING', 'the API has the pending request');
  assert.equal(req.city.slug, 'split');

  await t.test('the secretariat sees the request and declines it', async (t) => {
    const s = await page(t, { width: 390, height: 844, email: 'secretariat@b40.demo' });
    await s.goto(base + '/groups/' + groupSlug);
    const item = s.locator('.meeting-requests li', { hasText: reason });
    await item.waitFor();
    await check(s, 'group-secretariat', 390);
    await item.getByRole('button', { name: 'Answer the request (Split)' }).click();
    await item.getByLabel('Note to the city').fill('Please bring it to the next regular meeting.');
    await item.getByRole('button', { name: 'Decline' }).click();
    await s.locator('.meeting-requests li', { hasText: reason }).getByText('Declined').waitFor();
    const r = (await gql(GroupQ, { s: groupSlug }, sec)).workingGroup.meetingRequests.find((x) => x.reason === reason);
    assert.equal(r.status, 'DECLINED', 'the API has the request declined');
  });

  await p.reload();
  await p.locator('.meeting-requests li', { hasText: reason }).getByText('Declined').waitFor();
  await p.getByRole('button', { name: /Leave this group/ }).click();
  const dialog = p.getByRole('alertdialog');
  await dialog.getByText('Take Split out of this group?').waitFor();
  await check(p, 'group-leave-dialog', 390);
  await dialog.getByRole('button', { name: 'Leave this group' }).click();
  await dialog.waitFor({ state: 'detached' });
  await p.getByRole('button', { name: /Join this group/ }).waitFor();
  g = (await gql(GroupQ, { s: groupSlug }, admin)).workingGroup;
  assert.ok(!g.members.some((m) => m.city.slug === 'split'), 'the API no longer has Split as a member');
});

test('the secretariat proposes a working group on the Network page', async (t) => {
  const sec = await token('secretariat@b40.demo');
  const name = `Coastal resilience ${Date.now()}`;
  const p = await page(t, { width: 390, height: 844, email: 'secretariat@b40.demo' });
  await p.goto(base + '/network');
  await settled(p);
  await p.getByRole('button', { name: 'Propose a working group' }).click();
  await p.getByLabel('Name (English)').fill(name);
  await p.getByLabel('Address name (optional)').fill('Not A Slug');
  await p.locator('form').getByRole('button', { name: 'Propose a working group' }).click();
  // The server's userError is shown next to its field, and nothing was made.
  await p.locator('.field', { has: p.getByLabel('Address name (optional)') }).getByText(/lower-case/).waitFor();
  await p.getByLabel('Address name (optional)').fill('');
  await p.locator('form').getByRole('button', { name: 'Propose a working group' }).click();
  await p.getByRole('status').filter({ hasText: 'Proposed' }).waitFor();
  await check(p, 'network-proposed', 390);
  const slug = name.toLowerCase().replace(/ /g, '-');
  const g = (await gql('query($s: String!) { workingGroup(slug: $s) { status proposedBy name { text } } }', { s: slug }, sec)).workingGroup;
  assert.equal(g?.status, 'PROPOSED');
  assert.equal(g.proposedBy, 'SECRETARIAT');
  assert.equal(g.name.text, name);
});

test('the group page in Turkish at 390px offers a city admin to join, with the requests listed', async (t) => {
  const p = await page(t, { width: 390, height: 844, email: 'admin@kotor.b40.demo', lang: 'tr' });
  await p.goto(base + '/groups/' + groupSlug);
  await p.getByRole('heading', { level: 2, name: 'Ek toplantı talepleri' }).waitFor();
  await check(p, 'group-admin-tr', 390);
  const joined = await p.getByRole('button', { name: /Bu gruptan ayrıl/ }).count();
  if (!joined) await p.getByRole('button', { name: /Bu gruba katıl/ }).waitFor();
  assert.doesNotMatch(await p.locator('main').innerText(), rawEnum);
});
