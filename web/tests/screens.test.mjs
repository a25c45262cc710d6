// Every screen from a cold load of its URL, at 1280 and 390 px, anonymous and signed in as the
// role it is for: no serious or critical axe violation, no sideways scrolling, a reload shows
// the same page, and a screenshot of each (B40_SCREENSHOTS, kept out of git). Then: a signed-in
// page sends an anonymous visitor to sign in and back; an unreachable server shows an error and
// a retry that works; the phone menu; Turkish without raw enum values.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { base, shots, password, gql, token, page, settled, check, rawEnum } from './browser.mjs';

// Any value spelled like an enum with an underscore (IN_PROGRESS, NOT_PURSUED, CITY_ADMIN...),
// whichever enum it comes from.
const anyEnum = /\b[A-Z]{2,}_[A-Z_]+\b/;

test('every screen loads cold from its URL at 1280 and 390 px, passes axe, does not scroll sideways and survives a reload', async (t) => {
  const practice = (await gql('{ practices(first: 1) { edges { node { id title } } } }')).practices.edges[0].node;
  // The demo has a presidency on any date (sample terms follow the clock): its city admin's page.
  const year = new Date().getFullYear();
  const presidency = (await gql('{ network { currentPresidency { city { slug name } } } }')).network.currentPresidency.city;
  // The item pages of issue 20: a proposal (the secretariat sees every submitted one), a
  // recommendation and an implementation (public), an election (opened here when none is).
  const sec = await token('secretariat@b40.demo');
  const items = await gql(`{ proposals(first: 1, filter: { statuses: [SUBMITTED, UNDER_REVIEW, ACCEPTED] }) { edges { node { id title } } }
    recommendations(first: 1) { edges { node { id title } } }
    implementations(first: 1) { edges { node { id city { name } recommendation { title } sourcePractice { title } } } }
    summits(first: 10) { edges { node { id year election { id termYear } } } } }`, {}, sec);
  const proposal = items.proposals.edges[0].node;
  const recommendation = items.recommendations.edges[0].node;
  const implementation = items.implementations.edges[0].node;
  let election = items.summits.edges.map(({ node }) => node.election).find(Boolean);
  if (!election) {
    const s = items.summits.edges[0].node;
    election = (await gql('mutation($s: ID!, $y: Int!) { openPresidencyElection(input: {summitId: $s, termYear: $y}) { election { id termYear } } }',
      { s: s.id, y: s.year + 1 }, sec)).openPresidencyElection.election;
  }
  const screens = [
    ['/', null, 'home', 'The workspace of the B40 Balkan Cities Network'],
    ['/', 'editor@tirana.b40.demo', 'home-city', 'What needs you'],
    ['/', 'secretariat@b40.demo', 'home-secretariat', 'What needs you'],
    ['/', 'analyst@b40.demo', 'home-analyst', 'What needs you'],
    ['/apply', null, 'apply', 'Apply for membership'],
    ['/search?q=split', null, 'search', 'Search: “split”'],
    ['/people', 'admin@tirana.b40.demo', 'people-city', 'People'],
    ['/people', 'secretariat@b40.demo', 'people-secretariat', 'People'],
    ['/proposals/' + encodeURIComponent(proposal.id), 'secretariat@b40.demo', 'proposal', proposal.title],
    ['/recommendations/' + encodeURIComponent(recommendation.id), null, 'recommendation', recommendation.title],
    ['/implementations/' + encodeURIComponent(implementation.id), 'secretariat@b40.demo', 'implementation',
      `${implementation.recommendation?.title ?? implementation.sourcePractice?.title} in ${implementation.city.name}`],
    ['/elections/' + encodeURIComponent(election.id), null, 'election', `Election for ${election.termYear}`],
    ['/cities', null, 'cities', 'Cities'],
    ['/cities/pristina', null, 'city', 'Pristina'],
    ['/practices', null, 'practices', 'Practice library'],
    ['/practices/' + encodeURIComponent(practice.id), null, 'practice', practice.title],
    ['/recommendations', null, 'recommendations', 'Recommendations'],
    ['/network', null, 'network', 'Network'],
    ['/signin', null, 'signin', 'Sign in'],
    ['/invitation', null, 'invitation', 'Accept an invitation'],
    ['/reset-password', null, 'reset-password', 'Forgot your password?'],
    ['/no-such-page', null, 'not-found', 'Page not found'],
    ['/workspace/tirana', 'editor@tirana.b40.demo', 'workspace', 'My city: Tirana'],
    ['/cities/tirana', 'editor@tirana.b40.demo', 'city-signed-in', 'Tirana'],
    ['/analytics', 'analyst@b40.demo', 'analytics', 'Analytics'],
    ['/desk', 'secretariat@b40.demo', 'desk', "Secretariat's desk"],
    ['/account', 'viewer@kotor.b40.demo', 'account', 'Account'],
    ['/summits', null, 'summits', 'Summits'],
    ['/summits/2024', null, 'summit', 'Tirana Summit'],
    ['/summits/2024', 'secretariat@b40.demo', 'summit-secretariat', 'Tirana Summit'],
    ['/presidency', null, 'presidency', 'Presidency'],
    ['/presidency', 'secretariat@b40.demo', 'presidency-secretariat', 'Presidency'],
    ['/presidency/2024', null, 'presidency-term', 'Presidency 2024: Tirana'],
    ['/presidency/' + year, `admin@${presidency.slug}.b40.demo`, 'presidency-term-presidency', `Presidency ${year}: ${presidency.name}`],
    ['/inbox', 'secretariat@b40.demo', 'inbox', 'Notifications'],
  ];
  // English at both widths; Turkish (longer words) on a phone.
  for (const [width, lang] of [[1280, 'en'], [390, 'en'], [390, 'tr']]) {
    for (const [path, email, name, heading] of screens) {
      await t.test(`${path} at ${width}px in ${lang}${email ? ' as ' + email : ''}`, async (t) => {
        const p = await page(t, { width, height: width === 390 ? 844 : 800, email, lang });
        await p.goto(base + path);
        const h1 = lang === 'en' ? p.getByRole('heading', { level: 1, name: heading }) : p.locator('main h1').first();
        await h1.waitFor();
        const shown = await h1.innerText();
        await check(p, lang === 'en' ? name : `${name}-${lang}`, width);
        const text = await p.locator('main').innerText();
        assert.doesNotMatch(text, rawEnum, `${path} in ${lang} shows a raw enum value`);
        // The whole screen (header, menu and page) in every language, Turkish on a phone included.
        assert.doesNotMatch(await p.locator('body').innerText(), anyEnum, `${path} in ${lang} shows a raw enum value`);
        await p.reload();
        await p.getByRole('heading', { level: 1, name: shown }).waitFor();
      });
    }
  }
});

test('/workspace opens the first city; an anonymous visitor to a signed-in page signs in and comes back to it', async (t) => {
  const p = await page(t);
  await p.goto(base + '/workspace/tirana?tab=1');
  await p.waitForURL(/\/signin\?next=/);
  assert.equal(new URL(p.url()).searchParams.get('next'), '/workspace/tirana?tab=1');
  await p.getByLabel('E-mail').fill('editor@tirana.b40.demo');
  await p.getByLabel('Password').fill(password);
  await p.getByRole('button', { name: 'Sign in' }).click();
  await p.getByRole('heading', { level: 1, name: 'My city: Tirana' }).waitFor();
  assert.equal(new URL(p.url()).pathname, '/workspace/tirana');
  // The city's practices are there after a reload (the page asks for the URL's city once the viewer is known).
  await p.reload();
  await p.getByRole('heading', { name: 'Practices of Tirana' }).waitFor();
  await p.locator('.rows .row').first().waitFor();
  await p.goto(base + '/workspace');
  await p.waitForURL(/\/workspace\/tirana$/);
  // A sign-in never returns to another host.
  const q = await page(t);
  await q.goto(base + '/signin?next=' + encodeURIComponent('//example.com/x'));
  await q.getByLabel('E-mail').fill('editor@tirana.b40.demo');
  await q.getByLabel('Password').fill(password);
  await q.getByRole('button', { name: 'Sign in' }).click();
  await q.getByRole('heading', { level: 1, name: /^What needs you/ }).waitFor();
  assert.equal(new URL(q.url()).host, new URL(base).host);
});

test('a session the server no longer knows is forgotten, and a signed-in page asks to sign in again', async (t) => {
  const p = await page(t, { tok: 'b40s_no-such-session', allow: /status of 401/ });
  await p.goto(base + '/account');
  await p.waitForURL(/\/signin\?next=%2Faccount$/);
  await p.getByRole('heading', { level: 1, name: 'Sign in' }).waitFor();
  assert.equal(await p.evaluate(() => sessionStorage.getItem('b40.token')), null);
});

test('with the server unreachable a page shows the error and a retry that works once it is back', async (t) => {
  const p = await page(t, { allow: /Failed to load resource/ });
  const api = (url) => url.pathname === '/graphql';
  await p.route(api, (route) => route.abort());
  await p.goto(base + '/practices');
  const alert = p.getByRole('alert').filter({ hasText: 'The server could not be reached' });
  await alert.waitFor();
  await p.screenshot({ path: `${shots}/screen-unreachable-1280.png`, fullPage: true });
  await p.unroute(api);
  await alert.getByRole('button', { name: 'Retry' }).click();
  await p.locator('.cards .card').first().waitFor();
  assert.equal(await p.locator('.state-error').count(), 0);
});

test('on a phone the navigation is a menu button that opens and closes', async (t) => {
  const p = await page(t, { width: 390, height: 844, email: 'editor@tirana.b40.demo' });
  await p.goto(base + '/cities');
  await settled(p);
  const menu = p.getByRole('button', { name: 'Menu' });
  assert.equal(await menu.getAttribute('aria-expanded'), 'false');
  assert.equal(await p.getByRole('link', { name: 'My city' }).isVisible(), false);
  await menu.click();
  assert.equal(await menu.getAttribute('aria-expanded'), 'true');
  await p.getByRole('link', { name: 'My city' }).click();
  await p.getByRole('heading', { level: 1, name: 'My city: Tirana' }).waitFor();
  assert.equal(await menu.getAttribute('aria-expanded'), 'false');
  await menu.click();
  await p.keyboard.press('Escape');
  assert.equal(await menu.getAttribute('aria-expanded'), 'false');
});

test('in Turkish the cities, a city and a practice show Turkish labels, country names and no raw enum values', async (t) => {
  const p = await page(t, { lang: 'tr' });
  await p.goto(base + '/cities');
  await p.getByRole('heading', { level: 1, name: 'Şehirler' }).waitFor();
  await settled(p);
  assert.equal(await p.evaluate(() => document.documentElement.lang), 'tr');
  const text = await p.locator('main').innerText();
  assert.doesNotMatch(text, rawEnum);
  assert.match(text, /Hırvatistan/);
  assert.match(text, /Kosova/);
  assert.match(text, /Aktif/);
  await p.getByRole('link', { name: 'Pristina' }).click();
  await p.getByRole('heading', { level: 1, name: /Pristina/ }).waitFor();
  await settled(p);
  assert.doesNotMatch(await p.locator('main').innerText(), rawEnum);
  await p.locator('main .card a').first().click();
  await p.getByRole('heading', { level: 2, name: 'Benimseyen şehirler' }).waitFor();
  await settled(p);
  const practice = await p.locator('main').innerText();
  assert.doesNotMatch(practice, rawEnum);
  assert.match(practice, /Paylaşan: /);
  await check(p, 'practice-tr', 1280);
  // The language menu marks the catalogues no native speaker has reviewed yet.
  const options = await p.getByLabel('Dil').locator('option').allInnerTexts();
  assert.ok(options.includes('Türkçe') && options.includes('English'), options.join());
  assert.ok(options.some((o) => o.startsWith('Ελληνικά (') && o.includes('gözden geçirilmeli')), options.join());
});
