import { type ReactNode } from 'react';
import { IntlProvider, useIntl } from 'react-intl';
import en from './locales/en.json';
import type { Lang } from './session';

export type { Lang };

// The app's own words, as ICU MessageFormat catalogues a translator edits as files
// (src/locales/*.json; terms in src/locales/GLOSSARY.md). English and Turkish are complete
// (tests/i18n.test.mjs fails on a missing key); the others are partial, fall back to English
// key by key, and are marked in the language menu until a native speaker has reviewed them.
export type Key = keyof typeof en;

type Catalogue = Partial<Record<Key, string>>;
export const languages: { code: Lang; name: string; reviewed: boolean }[] = [
  { code: 'en', name: 'English', reviewed: true },
  { code: 'tr', name: 'Türkçe', reviewed: true },
  { code: 'el', name: 'Ελληνικά', reviewed: false },
  { code: 'sq', name: 'Shqip', reviewed: false },
  { code: 'sr-Latn', name: 'Srpski (latinica)', reviewed: false },
];

// English is in the first load (every other catalogue falls back to it); each other catalogue
// is a file of its own, fetched before the app first shows that language (loadCatalogue), so
// no one downloads four languages to read one.
const loaders: Record<Exclude<Lang, 'en'>, () => Promise<{ default: Catalogue }>> = {
  tr: () => import('./locales/tr.json'),
  el: () => import('./locales/el.json'),
  sq: () => import('./locales/sq.json'),
  'sr-Latn': () => import('./locales/sr-Latn.json'),
};
const loaded = new Map<Lang, Catalogue>([['en', en]]);

// loadCatalogue fetches lang's catalogue once; when it cannot be fetched the app shows English
// (the fallback of every missing key) rather than nothing.
export async function loadCatalogue(lang: Lang): Promise<void> {
  if (loaded.has(lang) || lang === 'en') return;
  try {
    loaded.set(lang, (await loaders[lang]()).default);
  } catch {
    // offline or a stale deployment: English until the next load
  }
}

export function I18nProvider({ lang, children }: { lang: Lang; children: ReactNode }) {
  // A missing key falls back to English, one key at a time.
  const messages = { ...en, ...loaded.get(lang) } as Record<string, string>;
  return (
    <IntlProvider locale={lang} defaultLocale="en" messages={messages}>
      {children}
    </IntlProvider>
  );
}

export type Values = Record<string, string | number | Date>;

// useT formats a catalogue message: t('citiesCount', { count: 3 }).
export function useT(): (key: Key, values?: Values) => string {
  const intl = useIntl();
  return (key, values) => intl.formatMessage({ id: key }, values) as string;
}

// Enums the app shows, each value with its label in the catalogues (enum.<Enum>.<VALUE>).
export type EnumName = 'CityStatus' | 'JoinRoute' | 'PresidencyTermStatus' | 'WorkingGroupKind' | 'WorkingGroupStatus' |
  'WorkingGroupMeetingKind' | 'Role' | 'MembershipApplicationStatus' | 'PresidencyElectionStatus' | 'Visibility' |
  'ProposalStatus' | 'MeetingRequestStatus' | 'ImplementationStatus' | 'PracticeStatus' | 'IndicatorDirection' | 'IndicatorScope' | 'IndicatorSource' | 'IndicatorMetric' |
  'UserStatus' | 'SecretariatPosition' | 'MeetingStatus' | 'MinutesStatus' | 'RsvpAnswer' | 'AttendanceStatus' | 'NotificationDelivery' | 'MailStatus' | 'WorkingGroupSide';

// useFormat: enum labels, country names (Intl.DisplayNames; Kosovo from the catalogue, as
// not every runtime names XK), dates and numbers in the interface's language.
export function useFormat() {
  const intl = useIntl();
  let regions: Intl.DisplayNames | null = null;
  return {
    label: (e: EnumName, value: string) => intl.formatMessage({ id: `enum.${e}.${value}` }),
    country: (code: string) => {
      if (code === 'XK') return intl.formatMessage({ id: 'country.XK' });
      regions ??= new Intl.DisplayNames([intl.locale, 'en'], { type: 'region' });
      return regions.of(code) ?? code;
    },
    // A calendar date (YYYY-MM-DD) is shown as that day wherever the reader is.
    date: (iso: string | null | undefined) => (iso ? intl.formatDate(iso.length === 10 ? iso + 'T00:00:00Z' : iso, { dateStyle: 'medium', timeZone: iso.length === 10 ? 'UTC' : undefined }) : '—'),
    // A moment in a meeting's own time zone, with the zone named (the reader may be elsewhere).
    dateTime: (iso: string, timeZone?: string) =>
      intl.formatDate(iso, { year: 'numeric', month: 'short', day: 'numeric', hour: '2-digit', minute: '2-digit', timeZone, timeZoneName: timeZone ? 'short' : undefined }),
    time: (iso: string, timeZone?: string) => intl.formatDate(iso, { hour: '2-digit', minute: '2-digit', timeZone }),
    number: (n: number) => intl.formatNumber(n),
    percent: (n: number) => intl.formatNumber(n / 100, { style: 'percent', maximumFractionDigits: 0 }),
  };
}
