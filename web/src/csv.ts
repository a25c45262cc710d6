// The one place the app writes CSV (every "Download CSV" button goes through downloadCSV).
//
// - RFC 4180: fields separated by commas, records by CRLF; a field holding a comma, a double
//   quote, CR or LF is enclosed in double quotes, its double quotes doubled.
// - CSV injection (OWASP, "CSV Injection"): a spreadsheet runs a cell that starts with =, +, -,
//   @, tab (0x09) or carriage return (0x0D) as a formula (`+cmd|' /C calc'!A0`,
//   `=HYPERLINK(...)`). Such a cell gets a leading single quote and is enclosed in double
//   quotes, so it is read as text. The full-width forms ＝ ＋ － ＠ (U+FF1D, U+FF0B, U+FF0D,
//   U+FF20) are treated the same: some spreadsheets in East Asian locales fold them to ASCII.
//   The quote stays visible in the cell: that is OWASP's trade-off for a file that any
//   spreadsheet opens safely.
// - Only strings are neutralised. A cell whose value is a real number (typeof 'number', e.g.
//   -5 or a progress of -12.5) is written as the number, so a spreadsheet still computes with
//   it: a number's text is digits, a sign, a point and an exponent, which no spreadsheet runs
//   as a formula. The string "-5" (a name, a label) is text and gets the quote.
// - A UTF-8 byte-order mark starts the file: without it Excel reads UTF-8 as the legacy code
//   page and garbles Turkish (Şehir) and Cyrillic (Скопје) names.

export type CSVValue = string | number | boolean | null | undefined;

// formulaStart is OWASP's list, with the full-width variants of its four printable characters.
const formulaStart = /^[=+\-@\t\r\uFF1D\uFF0B\uFF0D\uFF20]/;
const needsQuotes = /[",\r\n]/;

export const BOM = '\uFEFF';

// csvField is one value as a CSV field: numbers as they are, null and undefined empty, any
// other value as its text, neutralised and quoted as above.
export function csvField(v: CSVValue): string {
  if (v == null) return '';
  if (typeof v === 'number') return String(v);
  let s = String(v);
  const formula = formulaStart.test(s);
  if (formula) s = "'" + s;
  return formula || needsQuotes.test(s) ? '"' + s.replace(/"/g, '""') + '"' : s;
}

// toCSV is the whole file: the byte-order mark, the header, then each row, every record
// ended by CRLF.
export function toCSV(header: readonly string[], rows: readonly (readonly CSVValue[])[]): string {
  return BOM + [header, ...rows].map((r) => r.map(csvField).join(',') + '\r\n').join('');
}

// downloadCSV saves rows as a CSV file the user can open in a spreadsheet.
export function downloadCSV(name: string, header: readonly string[], rows: readonly (readonly CSVValue[])[]): void {
  const url = URL.createObjectURL(new Blob([toCSV(header, rows)], { type: 'text/csv;charset=utf-8' }));
  const a = document.createElement('a');
  a.href = url;
  a.download = name;
  document.body.appendChild(a);
  a.click();
  a.remove();
  URL.revokeObjectURL(url);
}
