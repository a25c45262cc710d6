// Live updates in the browser: two people in two browser contexts; one acts, and the other's
// bell and inbox change without a reload (graphql-sse against the real server).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { base, shots, password, gql, login, axe, page as openPage } from './browser.mjs';

const page = (t, width = 1280) => openPage(t, { width, height: 800 });


async function signIn(p, email) {
  await p.goto(base + '/signin');
  await p.getByLabel('E-mail').fill(email);
  await p.getByLabel('Password').fill(password);
  await p.getByRole('button', { name: 'Sign in' }).click();
  await p.locator('header a.bell').waitFor(); // visible at 390 px too (the menu folds)
}



async function axeShot(p, name) {
  await axe(p, name);
  await p.screenshot({ path: `${shots}/${name}.png`, fullPage: true });
}

const unread = (p) => p.locator('header a.bell').getAttribute('data-unread').then(Number);

test("the secretariat decides a city's proposal, and its editor's bell and inbox update without a reload", async (t) => {
  const title = 'Night buses ' + Date.now();
  const ed = await login('editor@kotor.b40.demo');
  const kotor = (await gql('{ city(slug: "kotor") { id } }')).city.id;
  const { id } = (await gql(`mutation($c: ID!, $t: String!) { createProposal(input: {cityId: $c, title: $t, body: [{locale: "en", text: "Buses all night."}], visibility: NETWORK}) { proposal { id } } }`,
    { c: kotor, t: title }, ed)).createProposal.proposal;
  await gql('mutation($id: ID!) { submitProposal(input: {proposalId: $id}) { proposal { status } } }', { id }, ed);

  // The editor, on a phone, watches the inbox.
  const editor = await page(t, 390);
  await signIn(editor, 'admin@kotor.b40.demo');
  await editor.getByRole('link', { name: /^Notifications/ }).click();
  await editor.getByRole('heading', { name: 'Notifications' }).waitFor();
  await editor.locator('.state-loading').first().waitFor({ state: 'detached' });
  const before = await unread(editor);
  await editor.evaluate(() => { window.b40NoReload = true; });
  // Wait for the live stream to be open before acting (its READY re-reads the count).
  await editor.locator('header a.bell[data-live="on"]').waitFor();

  const sec = await page(t);
  await signIn(sec, 'secretariat@b40.demo');
  await sec.getByRole('link', { name: "Secretariat's desk" }).click();
  await sec.getByRole('button', { name: 'Take under review ' + title }).click();
  await sec.getByRole('button', { name: 'Accept ' + title }).click();
  await sec.getByRole('alertdialog').getByRole('button', { name: 'Accept', exact: true }).click(); // the decision asks first
  await sec.getByRole('button', { name: 'Make it a recommendation ' + title }).waitFor();

  // The bell counts it, and the inbox lists it with a link to the proposal, with no reload.
  await editor.waitForFunction(([n]) => Number(document.querySelector('header a.bell')?.getAttribute('data-unread')) > n, [before], { timeout: 20000 });
  const item = editor.locator('li.notification', { hasText: title }).first();
  await item.waitFor();
  assert.equal(await editor.evaluate(() => window.b40NoReload), true, 'the page was reloaded');
  assert.ok(await item.getByRole('link').first().getAttribute('href'), 'the notification links to its item');
  const sideways = await editor.evaluate(() => document.documentElement.scrollWidth > document.documentElement.clientWidth);
  assert.equal(sideways, false, 'the inbox scrolls sideways at 390 px');
  await axe(editor, 'inbox-390');
  await editor.getByRole('button', { name: 'Mark all as read' }).click();
  await editor.locator('header a.bell[data-unread="0"]').waitFor();
  await editor.locator('li.notification.unread').first().waitFor({ state: 'detached' });
});
