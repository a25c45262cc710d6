// Time to a usable page on a cold load, and what the browser downloads for it (make bench).
// Each run is a fresh browser context (no cache, no service worker): the page counts as usable
// when its heading is shown and no loading state is left. Bytes are as sent on the wire
// (compressed). Usage: B40_URL=http://127.0.0.1:8080 node scripts/coldload.mjs [runs]
import { chromium } from 'playwright-core';

const base = process.env.B40_URL;
if (!base) {
  console.error('coldload: set B40_URL to a server with the demo data (b40 serve with B40_DEMO=1)');
  process.exit(2);
}
const runs = Number(process.argv[2] ?? 7);
const password = 'b40-demo-password';

async function gql(query, variables, token) {
  const res = await fetch(base + '/graphql', {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', ...(token ? { Authorization: 'Bearer ' + token } : {}) },
    body: JSON.stringify({ query, variables }),
  });
  const body = await res.json();
  if (body.errors) throw new Error(JSON.stringify(body.errors));
  return body.data;
}

const login = async (email) =>
  (await gql('mutation($e: String!, $p: String!) { login(input: {email: $e, password: $p}) { token } }', { e: email, p: password })).login.token;

// The screens people open first, as the roles that open them.
const screens = [
  ['/', null],
  ['/cities', null],
  ['/practices', null],
  ['/cities/tirana', null],
  ['/network', null],
  ['/', 'editor@tirana.b40.demo'],
  ['/workspace/tirana', 'editor@tirana.b40.demo'],
  ['/desk', 'secretariat@b40.demo'],
  ['/analytics', 'analyst@b40.demo'],
];

const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-dev-shm-usage'],
});
const pct = (xs, p) => [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor((xs.length - 1) * p))];
const rows = [];
try {
  for (const [path, email] of screens) {
    const token = email ? await login(email) : null;
    const times = [];
    let bytes = 0;
    let requests = 0;
    for (let i = 0; i < runs; i++) {
      const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
      await context.addInitScript((tok) => { if (tok) sessionStorage.setItem('b40.token', tok); }, token);
      const page = await context.newPage();
      const cdp = await context.newCDPSession(page);
      await cdp.send('Network.enable');
      let wire = 0;
      let count = 0;
      cdp.on('Network.loadingFinished', (e) => { wire += e.encodedDataLength; count++; });
      const start = Date.now();
      await page.goto(base + path, { waitUntil: 'commit' });
      await page.waitForFunction(() => {
        const h1 = document.querySelector('main h1, h1');
        return !!h1 && h1.textContent.trim() !== '' && !document.querySelector('.state-loading');
      }, null, { timeout: 30000, polling: 'raf' });
      times.push(Date.now() - start);
      await page.waitForLoadState('networkidle').catch(() => {});
      bytes = wire;
      requests = count;
      await context.close();
    }
    rows.push({ path, as: email ?? 'anonymous', p50: pct(times, 0.5), max: Math.max(...times), kb: (bytes / 1024).toFixed(1), requests });
  }
} finally {
  await browser.close();
}
console.log(`\ncold load to a usable page (${runs} fresh browser contexts each, 1280 px; bytes on the wire, compressed)`);
console.log('screen'.padEnd(22) + 'as'.padEnd(26) + 'p50 ms'.padStart(8) + 'max ms'.padStart(8) + 'KB'.padStart(9) + 'requests'.padStart(10));
for (const r of rows) {
  console.log(r.path.padEnd(22) + r.as.padEnd(26) + String(r.p50).padStart(8) + String(r.max).padStart(8) + r.kb.padStart(9) + String(r.requests).padStart(10));
}
