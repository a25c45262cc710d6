// The app's module structure: only main.tsx imports App.tsx (pages take the session from
// viewer.tsx, so there is no circle between the shell and its pages), and no page derives a
// role: what the viewer may do comes from the server (viewer.can).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';

const src = new URL('../src/', import.meta.url).pathname;
function files(d) {
  return readdirSync(d).flatMap((f) => {
    const p = join(d, f);
    if (statSync(p).isDirectory()) return f === 'gql' ? [] : files(p);
    return /\.tsx?$/.test(f) ? [p] : [];
  });
}

test('only main.tsx imports App.tsx', () => {
  const importers = files(src).filter((f) => /from '(\.\.?\/)+App'/.test(readFileSync(f, 'utf8'))).map((f) => relative(src, f));
  assert.deepEqual(importers, ['main.tsx']);
});

test('no module reads roles to decide what the viewer may do', () => {
  const offenders = files(src).filter((f) => /networkRoles|isPresidency|'CITY_ADMIN'|'CITY_EDITOR'|'CITY_VIEWER'|'SECRETARIAT'|'ANALYST'/.test(readFileSync(f, 'utf8')))
    .map((f) => relative(src, f));
  assert.deepEqual(offenders, []);
});
