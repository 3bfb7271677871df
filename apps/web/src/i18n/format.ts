import { useTranslation } from 'react-i18next';

/**
 * Intl's formatters, made once per language and options. Constructing one costs far more than
 * formatting with it (ICU loads and resolves its locale data: ~1 ms each on a starved core), and
 * a challenge page formats three numbers and a time per idea: made on every call, they were half
 * of the first render's script time (test/bench/README.md, the web client's profile).
 */
const formatters = new Map<string, unknown>();

function cached<T>(kind: string, locale: string, options: object | undefined, make: () => T): T {
  const key = `${kind}|${locale}|${options ? JSON.stringify(options) : ''}`;
  let formatter = formatters.get(key) as T | undefined;
  if (formatter === undefined) {
    formatter = make();
    formatters.set(key, formatter);
  }
  return formatter;
}

export const numberFormat = (locale: string, options?: Intl.NumberFormatOptions) => cached('number', locale, options, () => new Intl.NumberFormat(locale, options));
export const dateTimeFormat = (locale: string, options?: Intl.DateTimeFormatOptions) => cached('date', locale, options, () => new Intl.DateTimeFormat(locale, options));
const listFormat = (locale: string, options: Intl.ListFormatOptions) => cached('list', locale, options, () => new Intl.ListFormat(locale, options));
const relativeFormat = (locale: string) => cached('relative', locale, undefined, () => new Intl.RelativeTimeFormat(locale, { numeric: 'auto' }));

/** Dates, numbers and relative times in the interface's language, through Intl. */
export function useFormat() {
  const { i18n } = useTranslation();
  const locale = i18n.language;
  return {
    locale,
    number: (value: number, options?: Intl.NumberFormatOptions) => numberFormat(locale, options).format(value),
    percent: (basisPoints: number) => numberFormat(locale, { style: 'percent', minimumFractionDigits: 2, maximumFractionDigits: 2 }).format(basisPoints / 10_000),
    date: (iso: string) => dateTimeFormat(locale, { dateStyle: 'long', timeStyle: 'short' }).format(new Date(iso)),
    relative: (iso: string) => relative(locale, iso),
    /** Items of a sentence joined as the language joins them ("a, b and c"; `unit`: as a list of measures). */
    list: (items: string[], type: Intl.ListFormatType = 'conjunction') => listFormat(locale, { type }).format(items),
    /** A calendar day (`YYYY-MM-DD`, UTC) as the language writes it. */
    day: (day: string) => dateTimeFormat(locale, { dateStyle: 'long', timeZone: 'UTC' }).format(new Date(`${day}T00:00:00Z`)),
  };
}

const STEPS: [Intl.RelativeTimeFormatUnit, number][] = [
  ['year', 31_536_000],
  ['month', 2_592_000],
  ['week', 604_800],
  ['day', 86_400],
  ['hour', 3_600],
  ['minute', 60],
  ['second', 1],
];

function relative(locale: string, iso: string): string {
  const seconds = (new Date(iso).getTime() - Date.now()) / 1000;
  const format = relativeFormat(locale);
  for (const [unit, size] of STEPS) {
    if (Math.abs(seconds) >= size || unit === 'second') return format.format(Math.round(seconds / size), unit);
  }
  return format.format(0, 'second');
}
