import { chromium } from 'playwright-core';
const [,, path, email, lang = 'en', width = '390', shot] = process.argv;
const base = 'http://127.0.0.1:18085';
const b = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--headless', '--no-sandbox'] });
const ctx = await b.newContext({ viewport: { width: Number(width), height: 844 } });
let tok = null;
if (email && email !== '-') {
  const r = await fetch(base + '/graphql', { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ query: 'mutation($e: String!) { login(input: {email: $e, password: "b40-demo-password"}) { token } }', variables: { e: email } }) });
  tok = (await r.json()).data.login.token;
}
await ctx.addInitScript(([tok, lang]) => { if (tok) sessionStorage.setItem('b40.token', tok); localStorage.setItem('b40.lang', lang); }, [tok, lang]);
const p = await ctx.newPage();
p.on('console', (m) => console.log('console', m.type(), m.text()));
await p.goto(base + path);
await p.waitForLoadState('networkidle');
await p.waitForTimeout(500);
console.log(await p.evaluate((w) => [...document.querySelectorAll('main *')].filter((e) => e.getBoundingClientRect().right > w + 1).slice(0, 8).map((e) => e.tagName + '.' + e.className + ' ' + Math.round(e.getBoundingClientRect().right) + ' ' + (e.textContent || '').slice(0, 60)), Number(width)));
if (shot) await p.screenshot({ path: shot, fullPage: true });
await b.close();
