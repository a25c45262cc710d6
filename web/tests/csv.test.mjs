// src/csv.ts, the app's one CSV writer, without a browser: TypeScript compiles the module in
// memory and the test imports it. Run by `npm test` and by csv_test.go (go test ./web/).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import ts from 'typescript';

const source = readFileSync(new URL('../src/csv.ts', import.meta.url), 'utf8');
const js = ts.transpileModule(source, { compilerOptions: { module: ts.ModuleKind.ESNext, target: ts.ScriptTarget.ES2022 } }).outputText;
const { toCSV, csvField } = await import('data:text/javascript;base64,' + Buffer.from(js).toString('base64'));

// parse reads a CSV file as RFC 4180 does (quoted fields, doubled quotes, CRLF records), after
// its byte-order mark.
function parse(text) {
  assert.ok(text.startsWith('\uFEFF'), 'the file starts with a byte-order mark');
  const rows = [];
  let row = [], field = '', i = 1, quoted = false;
  while (i < text.length) {
    const c = text[i];
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') { field += '"'; i += 2; continue; }
      if (c === '"') { quoted = false; i++; continue; }
      field += c; i++; continue;
    }
    if (c === '"' && field === '') { quoted = true; i++; continue; }
    assert.ok(c !== '"', `a bare quote at ${i} in ${JSON.stringify(text)}`);
    if (c === ',') { row.push(field); field = ''; i++; continue; }
    if (c === '\r' && text[i + 1] === '\n') { row.push(field); rows.push(row); row = []; field = ''; i += 2; continue; }
    assert.ok(c !== '\r' && c !== '\n', `a bare line end at ${i} in ${JSON.stringify(text)}`);
    field += c; i++;
  }
  assert.equal(field, '', 'the last record ends with CRLF');
  assert.equal(row.length, 0, 'the last record ends with CRLF');
  return rows;
}

const formula = /^[=+\-@\t\r＝＋－＠]/;

test('cells a spreadsheet would run as formulas are quoted text with a leading single quote', () => {
  for (const [v, want] of [
    ["+cmd|' /C calc'!A0", `"'+cmd|' /C calc'!A0"`],
    ['=HYPERLINK("http://evil.example","Click")', `"'=HYPERLINK(""http://evil.example"",""Click"")"`],
    ['-2+3+cmd|\' /C calc\'!A0', `"'-2+3+cmd|' /C calc'!A0"`],
    ['@SUM(1+1)*cmd|\' /C calc\'!A0', `"'@SUM(1+1)*cmd|' /C calc'!A0"`],
    ['\t=1+1', `"'\t=1+1"`],
    ['\r=1+1', `"'\r=1+1"`],
    ['＝1+1', `"'＝1+1"`],
    ['＋1', `"'＋1"`],
    ['－1', `"'－1"`],
    ['＠SUM(A1)', `"'＠SUM(A1)"`],
    ['-5', `"'-5"`], // a string, so text: only real numbers stay numbers
  ]) assert.equal(csvField(v), want, JSON.stringify(v));
});

test('numbers stay numbers, empty values are empty, other text is as RFC 4180 writes it', () => {
  for (const [v, want] of [
    [-5, '-5'], [-12.5, '-12.5'], [0, '0'], [42, '42'], [1e21, '1e+21'], [null, ''], [undefined, ''], [true, 'true'],
    ['Tirana', 'Tirana'], ['Şehir bahçeleri', 'Şehir bahçeleri'], ['Скопје', 'Скопје'], ['a=b', 'a=b'], ["it's", "it's"],
    ['a,b', '"a,b"'], ['say "hi"', '"say ""hi"""'], ['two\nlines', '"two\nlines"'], ['cr\rhere', '"cr\rhere"'], ['', ''],
  ]) assert.equal(csvField(v), want, JSON.stringify(v));
});

test('a file has a byte-order mark, CRLF line ends and the header first', () => {
  const text = toCSV(['indicator', 'latest'], [['=HYPERLINK("x")', -3], ['Скопје, Şehir', null]]);
  assert.equal(text, '\uFEFFindicator,latest\r\n"\'=HYPERLINK(""x"")",-3\r\n"Скопје, Şehir",\r\n');
  // As bytes (what the Blob holds): EF BB BF first, the names in UTF-8.
  assert.deepEqual([...Buffer.from(text, 'utf8').subarray(0, 3)], [0xef, 0xbb, 0xbf]);
});

test('any text reads back as written, one field per cell, formulas only with their quote', () => {
  // A seeded generator (xorshift), so a failure repeats: strings of separators, quotes, line
  // ends, formula starts and letters from three scripts.
  let seed = 0x2545f491;
  const next = (n) => { seed ^= seed << 13; seed ^= seed >>> 17; seed ^= seed << 5; return (seed >>> 0) % n; };
  const alphabet = [',', '"', '\r', '\n', '\r\n', '=', '+', '-', '@', '\t', '＝', '＋', '－', '＠', "'", ' ', ';', '|', 'a', 'Ş', 'ж', '\uFEFF', '😀'];
  const str = () => Array.from({ length: next(8) }, () => alphabet[next(alphabet.length)]).join('');
  for (let k = 0; k < 2000; k++) {
    const header = Array.from({ length: 1 + next(4) }, str);
    const rows = Array.from({ length: next(4) }, () => header.map(() => (next(5) === 0 ? next(2000) - 1000 : str())));
    const back = parse(toCSV(header, rows));
    const want = [header, ...rows].map((r) => r.map((v) => (typeof v === 'number' ? String(v) : formula.test(v) ? "'" + v : v)));
    assert.deepEqual(back, want, JSON.stringify([header, ...rows]));
  }
});
