// Working-group meetings and calendars (issue 22) in the browser: the group page with the next
// meeting, RSVP and an agenda item added; the meeting page; the account page's next meetings
// and calendar feed with rotate; at 1280 and 390 px, axe clean, in English and Turkish.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { base, gql, token, page, check, rawEnum } from './browser.mjs';

// One meeting of the local economic cooperation group three days ahead, Athens a member
// (idempotent: the server keeps its data between runs).
async function fixture() {
  const sec = await token('secretariat@b40.demo');
  const admin = await token('admin@athens.b40.demo');
  const g = (await gql('{ workingGroup(slug: "local-economic-cooperation") { id nextMeeting { id } } }')).workingGroup;
  const athens = (await gql('{ city(slug: "athens") { id } }')).city.id;
  await gql('mutation($g: ID!, $c: ID!) { joinWorkingGroup(input: {workingGroupId: $g, cityId: $c}) { userErrors { code } } }', { g: g.id, c: athens }, admin);
  if (g.nextMeeting) return g.nextMeeting.id;
  const start = new Date(Date.now() + 3 * 86400e3);
  start.setUTCMinutes(0, 0, 0);
  const r = await gql(`mutation($in: ScheduleMeetingInput!) { scheduleMeeting(input: $in) { meeting { id } userErrors { code message } } }`, {
    in: { workingGroupId: g.id, kind: 'REGULAR', startsAt: start.toISOString(), endsAt: new Date(start.getTime() + 5400e3).toISOString(),
      timeZone: 'Europe/Athens', onlineUrl: 'https://meet.example.org/lec' },
  }, sec);
  assert.deepEqual(r.scheduleMeeting.userErrors, []);
  return r.scheduleMeeting.meeting.id;
}

test('the group page shows the next meeting; an official answers and adds an agenda item; the lead side sees the meeting page', async (t) => {
  const id = await fixture();
  for (const width of [1280, 390]) {
    await t.test(`group page at ${width}px`, async (t) => {
      const p = await page(t, { width, height: width === 390 ? 844 : 800, email: 'editor@athens.b40.demo' });
      await p.goto(base + '/groups/local-economic-cooperation');
      await p.getByRole('heading', { level: 1, name: 'Local economic cooperation' }).waitFor();
      await check(p, 'group', width);
      assert.doesNotMatch(await p.locator('main').innerText(), rawEnum);
      await p.getByRole('link', { name: 'Add to calendar (.ics)' }).first().waitFor();
      await p.getByRole('button', { name: 'Going', exact: true }).click();
      await p.locator('button[aria-pressed="true"]', { hasText: 'Going' }).waitFor();
      const title = `Bus procurement ${width}`;
      await p.getByRole('button', { name: 'Add an agenda item' }).click();
      await p.getByLabel('Title').fill(title);
      await p.locator('form').getByRole('button', { name: 'Add an agenda item' }).click();
      await p.locator('.agenda li', { hasText: title }).waitFor();
      await check(p, 'group-answered', width);
      // The group's feed address, asked for (made on first use, not on every visit): it answers text/calendar.
      await p.getByRole('button', { name: "Show my address for this group's calendar" }).click();
      const feed = p.getByLabel('Feed address');
      await p.waitForFunction(() => document.querySelector('input[readonly]')?.value.includes('/calendar/feeds/'));
      const r = await fetch(await feed.inputValue());
      assert.equal(r.status, 200);
      assert.match(r.headers.get('content-type'), /^text\/calendar/);
      assert.match(await r.text(), /Local economic cooperation/);
      await check(p, 'group-feed', width);
    });
  }
  await t.test('meeting page as the secretariat', async (t) => {
    const p = await page(t, { width: 390, height: 844, email: 'secretariat@b40.demo' });
    await p.goto(base + '/meetings/' + encodeURIComponent(id));
    await p.getByRole('heading', { level: 1, name: 'Meeting' }).waitFor();
    await p.locator('.agenda li').first().waitFor();
    await check(p, 'meeting', 390);
  });
  await t.test('group page in Turkish at 390px', async (t) => {
    const p = await page(t, { width: 390, height: 844, email: 'viewer@athens.b40.demo', lang: 'tr' });
    await p.goto(base + '/groups/local-economic-cooperation');
    await p.getByRole('heading', { level: 1, name: 'Yerel ekonomik işbirliği' }).waitFor();
    await check(p, 'group-tr', 390);
    assert.doesNotMatch(await p.locator('main').innerText(), rawEnum);
    await p.getByRole('link', { name: 'Takvime ekle (.ics)' }).first().waitFor();
    await p.getByRole('button', { name: 'Bu grubun takvimi için adresimi göster' }).click();
    await p.getByRole('link', { name: 'Bu grubun toplantılarına abone olun (iCalendar akışı)' }).waitFor();
    await check(p, 'group-feed-tr', 390);
  });
});

test('the account page lists the next meetings and the calendar feed, which answers text/calendar and can be replaced', async (t) => {
  await fixture();
  const p = await page(t, { width: 390, height: 844, email: 'viewer@athens.b40.demo' });
  await p.goto(base + '/account');
  await p.getByRole('heading', { level: 1, name: 'Account' }).waitFor();
  await p.getByRole('heading', { name: 'Your next meetings' }).waitFor();
  await p.locator('.next-meetings li', { hasText: 'Local economic cooperation' }).first().waitFor();
  const field = p.getByLabel('Feed address');
  await p.waitForFunction(() => document.querySelector('input[readonly]')?.value.includes('/calendar/feeds/'));
  const before = await field.inputValue();
  await check(p, 'account-feed', 390);
  const r = await fetch(before);
  assert.equal(r.status, 200);
  assert.match(r.headers.get('content-type'), /^text\/calendar/);
  const ics = await r.text();
  assert.match(ics, /BEGIN:VTIMEZONE\r\nTZID:Europe\/Athens/);
  await p.getByRole('button', { name: 'Replace the address' }).click();
  await p.getByText('The address is replaced; the old one no longer works.').waitFor();
  const after = await field.inputValue();
  assert.notEqual(after, before);
  assert.equal((await fetch(before)).status, 404);
  assert.equal((await fetch(after)).status, 200);
});
