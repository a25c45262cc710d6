// The analytics charts, the summit and presidency pages, in headless Chromium against the real
// server (B40_URL, demo data): charts that can be read (axes, values, legends, a summary, the
// data table behind "Show data", no label cut, the heat map's city names, CSVs with names),
// panels that follow the chosen year, numbers in the chosen language; summits with their
// delegations recorded by the secretariat; the presidency setting its term's targets (R5.1).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { base, shots, gql, token, page, settled, axe } from './browser.mjs';

async function axeShot(p, name) {
  await axe(p, name);
  await p.screenshot({ path: `${shots}/${name}.png`, fullPage: true });
}

async function download(p, button) {
  const d = p.waitForEvent('download');
  await button.click();
  return readFileSync(await (await d).path(), 'utf8');
}

// The API's global IDs of the cities and recommendations a CSV is about.
async function ids() {
  const d = await gql('{ cities(first: 100) { edges { node { id } } } recommendations(first: 100) { edges { node { id } } } }');
  return [...d.cities.edges, ...d.recommendations.edges].map((e) => e.node.id);
}

test('every analytics chart has axes, values, a legend, a summary and its data table; labels are whole; CSVs use names', async (t) => {
  const now = new Date().getFullYear();
  // A recommendation whose title is far longer than 28 characters, taken up by two cities.
  const sec = await token('secretariat@b40.demo');
  const long = `A network-wide programme of cool roofs, shaded streets and drinking fountains for heat waves ${Date.now()}`;
  const summit = (await gql('{ summits(first: 1) { edges { node { id } } } }')).summits.edges[0].node.id;
  const rec = await gql(`mutation($t: String!, $s: ID!) { adoptRecommendation(input: {title: $t, body: [{locale: "en", text: "Sample text."}], summitId: $s, adoptedOn: "${now}-01-15"}) { recommendation { id } userErrors { message } } }`, { t: long, s: summit }, sec);
  assert.deepEqual(rec.adoptRecommendation.userErrors, []);
  const recId = rec.adoptRecommendation.recommendation.id;
  for (const slug of ['kotor', 'pula']) {
    const city = (await gql(`{ city(slug: "${slug}") { id } }`)).city.id;
    const r = await gql(`mutation($c: ID!, $r: ID!) { commitToRecommendation(input: {cityId: $c, recommendationId: $r, visibility: NETWORK}) { userErrors { message } } }`,
      { c: city, r: recId }, await token(`admin@${slug}.b40.demo`));
    assert.deepEqual(r.commitToRecommendation.userErrors, []);
  }

  for (const width of [1280, 390]) {
    await t.test(`at ${width}px`, async (t) => {
      const p = await page(t, { width, email: 'analyst@b40.demo' });
      await p.goto(base + '/analytics');
      await settled(p);
      await p.locator('[data-chart] .recharts-surface').first().waitFor();
      assert.ok(await p.evaluate(() => document.documentElement.scrollWidth) <= width, 'no sideways scrolling');
      for (const id of ['growth', 'by-country', 'by-recommendation', 'indicators', 'group-activity']) {
        const chart = p.locator(`[data-chart="${id}"]`);
        assert.equal(await chart.locator('.recharts-cartesian-axis.xAxis').count(), 1, `${id}: an x axis`);
        assert.ok(await chart.locator('.recharts-cartesian-axis.yAxis').count() >= 1, `${id}: a y axis`);
        assert.ok(await chart.locator('.recharts-cartesian-axis-tick').count() > 2, `${id}: axis ticks`);
        assert.ok((await chart.locator('.recharts-rectangle, .recharts-bar-rectangle path').count()) > 0, `${id}: bars`);
        assert.ok((await chart.locator('.legend li').count()) >= 2, `${id}: a legend`);
        assert.ok((await chart.locator('.chart-summary').innerText()).length > 20, `${id}: a summary`);
        // The table is there for screen readers, and on screen behind "Show data".
        const table = chart.getByRole('table');
        assert.match(await table.locator('caption').innerText(), /\S/);
        await chart.getByRole('button', { name: /^Show data/ }).click();
        await table.waitFor({ state: 'visible' });
        assert.ok(await table.locator('tbody tr').count() > 0, `${id}: table rows`);
        assert.equal(await chart.getByRole('button', { name: /^Hide data/ }).getAttribute('aria-expanded'), 'true');
      }
      // Every axis label is whole: the long title is written out in full (over several lines).
      const ticks = await p.locator('[data-chart="by-recommendation"] .recharts-yAxis-tick-labels text').evaluateAll((ts) => ts.map((e) => [...e.querySelectorAll('tspan')].map((s) => s.textContent).join(' ')));
      assert.ok(ticks.includes(long), `the long title is whole on the axis: ${JSON.stringify(ticks)}`);
      // The heat map names its cities and has a legend.
      const heat = p.locator('[data-chart="heat-map"]');
      for (const name of ['Kotor', 'Pula']) await heat.locator('table.heatmap thead').getByRole('link', { name }).waitFor();
      assert.equal(await heat.locator('table.heatmap tbody th').filter({ hasText: long }).count(), 1);
      assert.equal(await heat.locator('.legend li').count(), 5);
      await axeShot(p, `charts-analytics-${width}`);
    });
  }

  await t.test('CSV files name cities, countries and statuses, never opaque IDs', async (t) => {
    const p = await page(t, { email: 'analyst@b40.demo' });
    await p.goto(base + '/analytics');
    await settled(p);
    const adoption = await download(p, p.locator('[data-chart="heat-map"]').getByRole('button', { name: /Download CSV/ }));
    const lines = adoption.replace('\uFEFF', '').trim().split('\r\n');
    assert.equal(lines[0], 'recommendation,city,country,status,progress');
    assert.ok(lines.some((l) => l.includes('Kotor,Montenegro,Planned,0')), adoption);
    const opaque = await ids();
    assert.deepEqual(opaque.filter((id) => adoption.includes(id)), [], 'an ID in the CSV');
    const byCountry = await download(p, p.locator('[data-chart="by-country"]').getByRole('button', { name: /Download CSV/ }));
    assert.match(byCountry, /\r\nCroatia,/);
    assert.deepEqual(opaque.filter((id) => byCountry.includes(id)), [], 'an ID in the CSV');
  });
});

test('the panels follow the chosen year and say which ignore it; Turkish numbers and labels', async (t) => {
  const now = new Date().getFullYear();
  const p = await page(t, { email: 'analyst@b40.demo', lang: 'tr' });
  await p.goto(base + '/analytics');
  await settled(p);
  await p.locator('[data-chart] .recharts-surface').first().waitFor();
  assert.match(await p.locator('[data-chart="growth"] .chart-scope').innerText(), /Tüm yıllar/);
  assert.match(await p.locator('[data-chart="indicators"] .chart-scope').innerText(), new RegExp(`${now} döneminin`));
  const text = await p.locator('main').innerText();
  assert.doesNotMatch(text, /\b[A-Z]{2,}_[A-Z_]+\b/);
  assert.match(text, /Planlandı|Sürüyor|Tamamlandı/);
  // Percentages the Turkish way (%40, not 40%).
  assert.match(await p.locator('[data-chart="heat-map"] table.heatmap').innerText(), /%\d+/);
  // Another year: the URL, the scope lines and the figures follow it.
  await p.getByLabel('Yıl', { exact: true }).selectOption(String(now - 2));
  await p.waitForURL(new RegExp(`year=${now - 2}`));
  await p.locator('[data-chart="indicators"] .chart-scope').filter({ hasText: String(now - 2) }).waitFor();
  await p.locator('#report-h').filter({ hasText: String(now - 2) }).waitFor();
  await p.reload();
  await settled(p);
  assert.equal(await p.getByLabel('Yıl', { exact: true }).inputValue(), String(now - 2));
  await axeShot(p, 'charts-analytics-tr-1280');
});

test('a city editor told of the annual report reads it from the link, without the network figures', async (t) => {
  const now = new Date().getFullYear();
  for (const width of [1280, 390]) {
    await t.test(`at ${width}px`, async (t) => {
      const p = await page(t, { width, email: 'editor@sarajevo.b40.demo' });
      await p.goto(base + `/analytics?year=${now - 1}`);
      await settled(p);
      await p.getByRole('heading', { level: 1, name: 'Annual report' }).waitFor();
      await p.locator('#report-h').filter({ hasText: String(now - 1) }).waitFor();
      assert.equal(await p.locator('[data-chart]').count(), 0, 'the network figures are for analysts');
      assert.ok(await p.evaluate(() => document.documentElement.scrollWidth) <= width, 'no sideways scrolling');
      await axeShot(p, `charts-report-editor-${width}`);
    });
  }
});

test('summits: the list, a summit with its delegations, and the secretariat records a delegation', async (t) => {
  const p = await page(t, { email: 'secretariat@b40.demo' });
  await p.goto(base + '/summits');
  await settled(p);
  await p.getByRole('link', { name: 'Tirana Summit' }).click();
  await p.getByRole('heading', { level: 1, name: 'Tirana Summit' }).waitFor();
  await settled(p);
  assert.match(await p.locator('main').innerText(), /Building Urban Resilience/);
  await p.getByRole('rowheader', { name: 'Athens' }).waitFor();
  await p.getByRole('button', { name: 'Record a delegation' }).click();
  const form = p.getByRole('form', { name: 'Record a delegation' });
  // A city not yet attending (the list offers only those), then its delegation's people.
  const city = (await form.getByLabel('City').locator('option').first().innerText()).trim();
  await form.getByLabel('City').selectOption({ label: city });
  await form.getByLabel('Head of delegation: name').fill('Deputy mayor (test person)');
  await form.getByLabel('Head of delegation: post').fill('Deputy mayor');
  await form.getByLabel(/Other members/).fill('Adviser One, Adviser\nAdviser Two');
  await form.getByRole('button', { name: 'Record a delegation' }).click();
  await p.getByRole('rowheader', { name: city }).waitFor();
  const row = p.getByRole('row').filter({ has: p.getByRole('rowheader', { name: city }) });
  assert.match(await row.innerText(), /Deputy mayor \(test person\), Deputy mayor[\s\S]*Adviser One \(Adviser\); Adviser Two/);
  await axeShot(p, 'summit-1280');
  const api = await gql('{ summits(first: 20) { edges { node { year delegations { city { name } head { name } } } } } }');
  const tirana = api.summits.edges.find((e) => e.node.year === 2024).node;
  assert.equal(tirana.delegations.find((d) => d.city.name === city).head.name, 'Deputy mayor (test person)');
});

test("the presidency sees its term's indicators and sets a target; another city's admin may not", async (t) => {
  const now = new Date().getFullYear();
  const cur = (await gql('{ network { currentPresidency { year city { slug name } } } }')).network.currentPresidency;
  assert.ok(cur, 'the demo has a presidency this year');
  const p = await page(t, { email: `admin@${cur.city.slug}.b40.demo` });
  await p.goto(base + '/presidency');
  await settled(p);
  await p.getByRole('link', { name: `Indicators and targets of ${now}` }).click();
  await p.getByRole('heading', { level: 1, name: `Presidency ${now}: ${cur.city.name}` }).waitFor();
  await settled(p);
  await p.getByText(/you may set this term's targets/).waitFor();
  const heat = 'Residents covered by a heat action plan (sample figures)';
  await p.getByRole('button', { name: `Change the target: ${heat}` }).click();
  const form = p.getByRole('form', { name: `Change the target: ${heat}` });
  await form.getByLabel(/^Target/).fill('81');
  await form.getByRole('button', { name: 'Save' }).click();
  await form.getByText('Saved.').waitFor();
  await p.getByText(/to 81 % by/).waitFor();
  await axeShot(p, 'presidency-term-1280');
  const api = await gql(`{ indicators(first: 50) { edges { node { key targets { termYear target } } } } }`, {}, await token('analyst@b40.demo'));
  const target = api.indicators.edges.find((e) => e.node.key === 'heat-plan-coverage').node.targets.find((x) => x.termYear === now);
  assert.equal(target.target, 81);

  const other = await page(t, { email: 'admin@athens.b40.demo' });
  await other.goto(base + '/presidency/' + now);
  await settled(other);
  await other.getByRole('heading', { level: 2, name: 'Indicators and targets of the term' }).waitFor();
  assert.equal(await other.getByRole('button', { name: /Change the target/ }).count(), 0);
  assert.equal(await other.getByText(/you may set this term's targets/).count(), 0);
});
