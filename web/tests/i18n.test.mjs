// The catalogues (src/locales/*.json): English and Turkish have the same keys, every key the
// code uses, and a label for every value of every enum the app shows; each message parses as
// ICU MessageFormat; the partial catalogues hold no key English lacks.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { IntlMessageFormat } from 'intl-messageformat';
import { parse } from '@formatjs/icu-messageformat-parser';

const dir = new URL('../src/locales/', import.meta.url);
const load = (name) => JSON.parse(readFileSync(new URL(name, dir), 'utf8'));
const en = load('en.json');
const tr = load('tr.json');

function files(d) {
  return readdirSync(d).flatMap((f) => {
    const p = join(d, f);
    if (statSync(p).isDirectory()) return f === 'gql' ? [] : files(p);
    return /\.tsx?$/.test(f) ? [p] : [];
  });
}

test('English and Turkish have the same keys', () => {
  assert.deepEqual(Object.keys(tr).filter((k) => !(k in en)), [], 'in tr, not in en');
  assert.deepEqual(Object.keys(en).filter((k) => !(k in tr)), [], 'in en, not in tr');
});

test('every key the code uses is in English and Turkish', () => {
  const src = new URL('../src/', import.meta.url).pathname;
  const used = new Set();
  for (const f of files(src)) {
    const code = readFileSync(f, 'utf8');
    for (const m of code.matchAll(/\bt\(\s*'([^']+)'/g)) used.add(m[1]);
    for (const m of code.matchAll(/<FormattedMessage id="([^"]+)"/g)) used.add(m[1]);
    for (const m of code.matchAll(/\btitle="([a-zA-Z]+)"/g)) used.add(m[1]); // Analytics' chart titles are keys
  }
  assert.ok(used.size > 50, `only ${used.size} keys found in the code`);
  assert.deepEqual([...used].filter((k) => !(k in en)), [], 'used, not in en');
  assert.deepEqual([...used].filter((k) => !(k in tr)), [], 'used, not in tr');
});

test('every value of every enum the app shows has a label in English and Turkish', () => {
  const schema = readFileSync(new URL('../../schema.graphqls', import.meta.url), 'utf8');
  const i18n = readFileSync(new URL('../src/i18n.tsx', import.meta.url), 'utf8');
  const shown = [...i18n.match(/export type EnumName = ([^;]+);/)[1].matchAll(/'(\w+)'/g)].map((m) => m[1]);
  assert.ok(shown.length >= 10);
  for (const name of shown) {
    const body = schema.match(new RegExp(`enum ${name} \\{([^}]*)\\}`));
    assert.ok(body, `enum ${name} is not in the schema`);
    const values = body[1].split('\n').map((l) => l.trim()).filter((l) => /^[A-Z_]+$/.test(l));
    assert.ok(values.length > 0, name);
    for (const v of values) {
      assert.ok(`enum.${name}.${v}` in en, `en lacks enum.${name}.${v}`);
      assert.ok(`enum.${name}.${v}` in tr, `tr lacks enum.${name}.${v}`);
    }
  }
});

test('every message parses as ICU MessageFormat; partial catalogues only translate English keys', () => {
  for (const f of readdirSync(dir)) {
    if (!f.endsWith('.json')) continue;
    const cat = load(f);
    const locale = f.replace('.json', '');
    for (const [k, v] of Object.entries(cat)) {
      assert.ok(k in en, `${f}: ${k} is not an English key`);
      assert.doesNotThrow(() => new IntlMessageFormat(v, locale), `${f}: ${k}`);
    }
  }
  // Plurals follow the language: one city, two cities; Turkish counts without a plural noun.
  assert.equal(new IntlMessageFormat(en.citiesCount, 'en').format({ count: 1 }), '1 city');
  assert.equal(new IntlMessageFormat(en.citiesCount, 'en').format({ count: 2 }), '2 cities');
  assert.equal(new IntlMessageFormat(tr.citiesCount, 'tr').format({ count: 2 }), '2 şehir');
});

// args: the argument names a message uses ({city}, {count, plural, ...}), at any depth.
function args(message) {
  const out = new Set();
  const walk = (nodes) => {
    for (const n of nodes) {
      if (n.value && typeof n.value === 'string' && n.type !== 0) out.add(n.value);
      for (const o of Object.values(n.options ?? {})) walk(o.value);
      if (n.children) walk(n.children);
    }
  };
  walk(parse(message));
  return out;
}

test('Greek, Albanian and Serbian (Latin) have every English key (machine-quality drafts, marked for review in the language menu)', () => {
  const i18n = readFileSync(new URL('../src/i18n.tsx', import.meta.url), 'utf8');
  for (const code of ['el', 'sq', 'sr-Latn']) {
    const cat = load(code + '.json');
    assert.deepEqual(Object.keys(en).filter((k) => !(k in cat)), [], `${code} lacks these English keys`);
    // Placeholders survive translation: every {name} of the English message is in the translation.
    for (const [k, v] of Object.entries(en)) {
      const lost = [...args(v)].filter((a) => !args(cat[k]).has(a));
      assert.deepEqual(lost, [], `${code}: ${k} lost arguments`);
    }
    assert.match(i18n, new RegExp(`code: '${code}'[^}]*reviewed: false`), `${code} is marked as needing review`);
  }
});
