// The interface languages (src/locales/<code>.json).
export const langCodes = ['en', 'tr', 'el', 'sq', 'sr-Latn'] as const;
export type Lang = (typeof langCodes)[number];

export function isLang(v: string | null): v is Lang {
  return (langCodes as readonly (string | null)[]).includes(v);
}

// What the browser keeps: the session token in sessionStorage (never in a URL, gone with the
// tab), the interface language in localStorage (remembered).
const tokenKey = 'b40.token';
const langKey = 'b40.lang';

export function getToken(): string | null {
  return sessionStorage.getItem(tokenKey);
}

export function setToken(token: string | null): void {
  if (token) sessionStorage.setItem(tokenKey, token);
  else sessionStorage.removeItem(tokenKey);
}

export function getLang(): Lang {
  const v = localStorage.getItem(langKey);
  if (isLang(v)) return v;
  const nav = navigator.language.toLowerCase();
  if (nav.startsWith('tr')) return 'tr';
  return 'en';
}

export function setLang(lang: Lang): void {
  localStorage.setItem(langKey, lang);
}

// A fresh key per create, so a double click or a retry makes one item (contract C6).
export function newIdempotencyKey(): string {
  return crypto.randomUUID();
}

// safeNext keeps a sign-in's return address on this site: a path, never another host.
export function safeNext(next: string | null): string {
  return next && next.startsWith('/') && !next.startsWith('//') && !next.startsWith('/\\') ? next : '/';
}
