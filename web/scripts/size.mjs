// Prints the JavaScript the app loads first, gzipped, and fails the build past the budget.
import { readFileSync, readdirSync } from 'node:fs';
import { gzipSync } from 'node:zlib';

const budget = 300 * 1024;
const index = readFileSync('dist/index.html', 'utf8');
const scripts = [...index.matchAll(/(?:src|href)="\/(assets\/[^"]+\.js)"/g)].map((m) => m[1]);
let total = 0;
for (const file of scripts) total += gzipSync(readFileSync('dist/' + file), { level: 9 }).length;
const all = readdirSync('dist/assets').filter((f) => f.endsWith('.js')).length;
console.log(`first-load JavaScript: ${(total / 1024).toFixed(1)} KB gzipped in ${scripts.length} file(s) (${all} in dist); budget ${budget / 1024} KB`);
if (total > budget) {
  console.error('over the budget');
  process.exit(1);
}
