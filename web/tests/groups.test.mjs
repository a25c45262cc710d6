// Working groups in the browser (issue 20), at 390 px: a city admin joins a group, asks for an
// extra meeting, the secretariat sees and declines it, the admin leaves through the confirm
// dialog; the secretariat proposes a group on the Network page. The API confirms each step.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { base, gql, token, page, settled, check, rawEnum } from './browser.mjs';

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
