// What the browser tests share (imported, never run on its own: node --test runs *.test.mjs):
// the server under test (B40_URL), headless Chromium launched once per file, the API as the
// demo accounts, a fresh browser session per page that fails its test on any console error or
// request to another host, and the checks every screen gets (no error state, no sideways
// scroll, axe, a screenshot).
import { before, after } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync } from 'node:fs';
import { chromium } from 'playwright-core';
import AxeBuilder from '@axe-core/playwright';

export const base = process.env.B40_URL;
export const shots = process.env.B40_SCREENSHOTS ?? 'test-results/screenshots';
export const password = 'b40-demo-password';
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

// newContext is a bare browser context, for a test that provokes console errors on purpose
// (a server that cannot be reached) and checks the page itself.
export const newContext = (options) => browser.newContext(options);

// gql asks the API (as token's holder when given) and fails the test on any error.
export async function gql(query, variables, token) {
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
export const rawEnum = /\b(ACTIVE|SUSPENDED|WITHDRAWN|PUBLISHED|DRAFT|PUBLIC|PRIVATE|NETWORK|PLANNED|IN_PROGRESS|COMPLETED|NOT_PURSUED|PERMANENT|TEMPORARY|SUBMITTED|UNDER_REVIEW|ACCEPTED|DECLINED|OPEN|RUNOFF|DECIDED|CLOSED|CITY_ADMIN|CITY_EDITOR|CITY_VIEWER)\b/;

// login signs a demo account in: a new session each time (for tests that end sessions).
export async function login(email) {
  return (await gql('mutation($e: String!, $p: String!) { login(input: {email: $e, password: $p}) { token } }', { e: email, p: password })).login.token;
}

const tokens = {};
// token signs a demo account in once per file.
export async function token(email) {
  tokens[email] ??= await login(email);
  return tokens[email];
}

// page opens a fresh browser session (signed in as email when given, the language when given;
// a phone's height below 600 px wide) that fails the test on any console error or request to
// another host; allow lists console messages a test provokes on purpose.
export async function page(t, { width = 1280, height = width < 600 ? 844 : 800, email, lang, allow, tok = null } = {}) {
  const context = await browser.newContext({ viewport: { width, height }, acceptDownloads: true });
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
export async function settled(p) {
  await p.locator('main h1').first().waitFor();
  await p.waitForLoadState('networkidle');
  await p.locator('.state-loading').first().waitFor({ state: 'detached' });
}

// check: the settled page shows no error state, does not scroll sideways at width, passes axe
// (no serious or critical violation) and is kept as a screenshot.
export async function check(p, name, width) {
  await settled(p);
  assert.equal(await p.locator('.state-error').count(), 0, `${name}: an error state`);
  const scroll = await p.evaluate(() => document.documentElement.scrollWidth);
  assert.ok(scroll <= width, `${name} at ${width}px is ${scroll}px wide`);
  await axe(p, `${name} at ${width}px`);
  await p.screenshot({ path: `${shots}/screen-${name}-${width}.png`, fullPage: true });
}

// axe fails the test on any serious or critical violation.
export async function axe(p, name) {
  const result = await new AxeBuilder({ page: p }).analyze();
  const bad = result.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
  assert.deepEqual(bad.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`), [], `axe on ${name}`);
}
