// Stage: date expressions, resolved against the publication date. News prose
// dates mostly by weekday and relative phrases, whose meaning depends on tense
// ("on Tuesday" is the past Tuesday in "met on Tuesday", the next one in "will
// meet on Tuesday"), so each mention carries a past and a future reading.
import type { PartialDate } from '../types.js';
import { monthIndex } from './clean.js';

export interface DateMention {
  start: number;
  end: number;
  text: string;
  past: PartialDate;
  future: PartialDate;
}

const DAY_MS = 86400e3;
const pad = (n: number) => String(n).padStart(2, '0');
const toDate = (iso: string) => new Date(iso + 'T00:00:00Z');
const ymd = (d: Date) => `${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}`;
const day = (d: Date): PartialDate => ({ value: ymd(d), precision: 'day' });
const month = (y: number, m: number): PartialDate => {
  const d = new Date(Date.UTC(y, m - 1, 1));
  return { value: `${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}`, precision: 'month' };
};
const year = (y: number): PartialDate => ({ value: String(y), precision: 'year' });
const both = (p: PartialDate) => ({ past: p, future: p });

const WEEKDAYS = ['sunday', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday'];
// "\b" ends a word only at ASCII letters: "Mar" must not be read in "María".
const NO_LETTER = '(?![\\u00C0-\\u024F])';
const MONTH = '(January|February|March|April|May|June|July|August|September|October|November|December|Jan\\.?|Feb\\.?|Mar\\.?|Apr\\.?|Jun\\.?|Jul\\.?|Aug\\.?|Sept?\\.?|Oct\\.?|Nov\\.?|Dec\\.?)';
const NUM: Record<string, number> = { a: 1, an: 1, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10 };

/**
 * Phrases that point back at the day just reported: "earlier in the day", "later that day", "the same day".
 * No rule resolves them, so such a clause takes the date of the sentence before it (defaultDate in events.ts).
 */
export const ANAPHORIC_DAY = /\b(?:(?:earlier|later) (?:in the|that) day|(?:on )?the same day|that same day)\b/i;

/**
 * Phrases that count on from the day just reported: "the next day", "the following day", "two days later".
 * The day they count from is the sentence's earlier one or the last one told before (events.ts).
 */
export const NEXT_DAY = /\b(?:(?:on\s+)?the\s+(?:next|following)\s+day|(a|one|two|three|four|five)\s+days?\s+later)\b/i;
export const nextDayCount = (m: RegExpExecArray) => NUM[m[1]?.toLowerCase() ?? 'a'] ?? 1;

const OCCASION_AFTER = /^\s+(?:[\w-]+\s+){0,3}?(?:meeting|talks|summit|visit|call|vote|election|elections|attack|strikes?|session|conference|ministerial|agreement|deal|announcement|decision|statement|exercises?|drills|trip|parade|ceremony)\b/i;

/**
 * The past and future readings of a day or month (`mk` of a year): the year given, or counted from the
 * publication year ("last year"), else the one before or after publication that the time falls in.
 */
function yearReadings(mk: (y: number) => PartialDate, py: number, year: string | undefined, rel: string | undefined, thisYear: number, pubKey: number): { past: PartialDate; future: PartialDate } {
  if (year) return both(mk(Number(year)));
  if (rel) return both(mk(py + (rel === 'last' ? -1 : rel === 'next' ? 1 : 0)));
  return { past: mk(thisYear <= pubKey ? py : py - 1), future: mk(thisYear >= pubKey ? py : py + 1) };
}

interface Rule {
  re: RegExp;
  /** `told` is the last year the article named before the match ("In 2018 ... In March that year"). */
  resolve: (m: RegExpExecArray, pub: Date, told: number | null) => { past: PartialDate; future: PartialDate } | null;
}

// "that year", "the same year", "the following year": the year told just before.
const THAT_YEAR = String.raw`(that|the same|the following|the next) year`;
const toldYear = (told: number | null, which: string) => (told === null ? null : told + (/following|next/i.test(which) ? 1 : 0));

const RULES: Rule[] = [
  // "today", "earlier in the day", "later on Tuesday" is handled by the weekday rule
  { re: /\b(?:today|tonight|this (?:morning|afternoon|evening)|(?:earlier|later) today|hours (?:later|earlier|before|after))\b/gi, resolve: (_, p) => both(day(p)) },
  { re: /\byesterday\b/gi, resolve: (_, p) => both(day(new Date(+p - DAY_MS))) },
  // "The signing came a day after Somalia accused ...", "a day earlier", "the previous day": the day(s) before the report's day.
  {
    re: /\b(?:(?:came|comes|coming|,)\s+(a|one|two|three)\s+(days?|weeks?)\s+after|(a|one|two|three)\s+(days?|weeks?)\s+earlier|the (?:previous|preceding) day|the day before)\b/gi,
    resolve: (m, p) => both(day(new Date(+p - (NUM[(m[1] ?? m[3] ?? 'a').toLowerCase()] ?? 1) * (/^week/i.test(m[2] ?? m[4] ?? '') ? 7 : 1) * DAY_MS))),
  },
  { re: /\btomorrow\b/gi, resolve: (_, p) => both(day(new Date(+p + DAY_MS))) },
  // "3 March 2024", "4 April last year", and "on 7 April" (a year back when told in the past, as for "on April 7")
  {
    re: new RegExp(`\\b(\\d{1,2})\\s+${MONTH}(?:\\s+(\\d{4})|\\s+(last|next|this) year)?\\b${NO_LETTER}`, 'g'),
    resolve: (m, p) => {
      const mi = monthIndex(m[2] ?? '');
      if (!mi) return null;
      const py = p.getUTCFullYear();
      return yearReadings((y) => day(new Date(Date.UTC(y, mi - 1, Number(m[1])))), py, m[3], m[4], Date.UTC(py, mi - 1, Number(m[1])), +p);
    },
  },
  // "in September last year", "in early July", "on March 3", "March 3, 2024", "in February that year"
  {
    re: new RegExp(`\\b(?:(?:early|late|mid)[- ])?${MONTH}(?:\\s+(\\d{1,2})(?:st|nd|rd|th)?)?(?:,?\\s+(\\d{4})|\\s+(last|next|this) year|\\s+${THAT_YEAR})?(?![\\w-])${NO_LETTER}`, 'g'),
    resolve: (m, p, told) => {
      const mi = monthIndex(m[1] ?? '');
      if (!mi || (m[1] === 'May' && !m[2] && !m[3] && !m[4] && !m[5] && !/\b(?:in|since|by|until|of|early|late|mid|last|next)[\s-]+$/i.test(m.input.slice(Math.max(0, m.index - 8), m.index)))) return null;
      const dd = m[2] ? Number(m[2]) : null;
      const py = p.getUTCFullYear();
      const mk = (y: number) => (dd ? day(new Date(Date.UTC(y, mi - 1, dd))) : month(y, mi));
      const thatYear = m[5] ? toldYear(told, m[5]) : null;
      if (thatYear !== null) return both(mk(thatYear));
      // "last April" in an April story is a year back; "next April" a year on.
      const before = m.input.slice(Math.max(0, m.index - 6), m.index);
      if (!dd && !m[3] && !m[4] && /\blast\s+$/i.test(before)) return both(mk(mi - 1 < p.getUTCMonth() ? py : py - 1));
      if (!dd && !m[3] && !m[4] && /\bnext\s+$/i.test(before)) return both(mk(mi - 1 > p.getUTCMonth() ? py : py + 1));
      return yearReadings(mk, py, m[3], m[4], Date.UTC(py, mi - 1, dd ?? 1), dd ? +p : Date.UTC(py, p.getUTCMonth(), 1));
    },
  },
  // "on Tuesday", "last Friday", "next Monday", "Monday's briefing"
  {
    re: /\b(?:(last|next|this|on|earlier on|later on|by|from|until)\s+)?(Sunday|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday)\b/gi,
    resolve: (m, p) => {
      const wd = WEEKDAYS.indexOf((m[2] ?? '').toLowerCase());
      const rel = (m[1] ?? '').toLowerCase();
      const back = (p.getUTCDay() - wd + 7) % 7;
      const fwd = (wd - p.getUTCDay() + 7) % 7;
      const past = day(new Date(+p - (rel === 'last' && back === 0 ? 7 : back) * DAY_MS));
      const future = day(new Date(+p + (rel === 'next' && fwd === 0 ? 7 : fwd) * DAY_MS));
      if (rel === 'last') return both(past);
      if (rel === 'next') return both(future);
      return { past, future };
    },
  },
  // Week-relative phrases only pin the month.
  {
    re: /\b(?:(?:earlier|later)\s+)?(this|last|next|the coming|the past)\s+(week|month|year)(?:'s|’s)?\b/gi,
    resolve: (m, p) => {
      // "this year's OSCE chair": a possessive time dates the noun after it, and only an occasion's.
      if (/['’]s$/.test(m[0]) && !OCCASION_AFTER.test(m.input.slice(m.index + m[0].length, m.index + m[0].length + 40))) return null;
      const rel = (m[1] ?? '').toLowerCase();
      const unit = (m[2] ?? '').toLowerCase();
      const dir = rel === 'last' || rel === 'the past' ? -1 : rel === 'next' || rel === 'the coming' ? 1 : 0;
      const y = p.getUTCFullYear();
      const mo = p.getUTCMonth() + 1;
      if (unit === 'week') {
        const d = new Date(+p + dir * 7 * DAY_MS);
        return both(month(d.getUTCFullYear(), d.getUTCMonth() + 1));
      }
      if (unit === 'month') return both(month(y, mo + dir));
      return both(year(y + dir));
    },
  },
  // "this summer", "last winter": only the year is known (the season's last month decides "last" and "next").
  {
    re: /\b(this|last|next|earlier this|late last|early next)\s+(spring|summer|autumn|fall|winter)\b/gi,
    resolve: (m, p) => {
      const rel = (m[1] ?? '').toLowerCase().split(' ').pop();
      const end = { spring: 5, summer: 8, autumn: 11, fall: 11, winter: 2 }[(m[2] ?? '').toLowerCase() as 'spring'] ?? 12;
      const y = p.getUTCFullYear();
      const mo = p.getUTCMonth() + 1;
      if (rel === 'this') return both(year(y));
      if (rel === 'last') return both(year(mo > end ? y : y - 1));
      return both(year(mo < end - 2 ? y : y + 1));
    },
  },
  // "two weeks ago", "three years ago"
  {
    re: /\b(\d+|an?|one|two|three|four|five|six|seven|eight|nine|ten)\s+(day|week|month|year)s?\s+ago\b/gi,
    resolve: (m, p) => {
      const n = /^\d+$/.test(m[1] ?? '') ? Number(m[1]) : NUM[(m[1] ?? '').toLowerCase()] ?? 1;
      const unit = (m[2] ?? '').toLowerCase();
      if (unit === 'day') return both(day(new Date(+p - n * DAY_MS)));
      if (unit === 'week') {
        const d = new Date(+p - n * 7 * DAY_MS);
        return both(month(d.getUTCFullYear(), d.getUTCMonth() + 1));
      }
      if (unit === 'month') return both(month(p.getUTCFullYear(), p.getUTCMonth() + 1 - n));
      return both(year(p.getUTCFullYear() - n));
    },
  },
  // "in 2019", "since 2014", "by 2030"
  { re: /\b(?:in|since|by|until|from|of|early|late|mid-)\s*((?:19|20)\d{2})\b(?![-\d])/gi, resolve: (m) => both(year(Number(m[1]))) },
  // "later that year", "the following year": the year told before, or the one after it.
  {
    re: new RegExp(String.raw`\b(?:(?:later|earlier)\s+|in\s+|during\s+)?${THAT_YEAR}\b`, 'gi'),
    resolve: (m, _p, told) => {
      const y = toldYear(told, m[1] ?? '');
      return y === null ? null : both(year(y));
    },
  },
];

// A year the article names ("in 2020", "March 2018"), for "that year" after it.
const YEAR_TOLD = /\b(?:19|20)\d{2}\b(?![-\d])/g;

/**
 * All date expressions in `text` (which starts at `offset` in the clean text). `before` is the article's text before
 * it, where "that year" finds its year.
 */
export function findDates(text: string, offset: number, published: string, before = ''): DateMention[] {
  const pub = toDate(published);
  const found: DateMention[] = [];
  // (The last year told before the sentence is found once; one inside it, before the match, comes after it.)
  let yearBefore: number | null | undefined;
  const lastYear = (upTo: number): number | null => {
    const inside = [...text.slice(0, upTo).matchAll(YEAR_TOLD)].pop();
    if (inside) return Number(inside[0]);
    yearBefore ??= Number([...before.matchAll(YEAR_TOLD)].pop()?.[0] ?? NaN);
    return Number.isNaN(yearBefore) ? null : yearBefore;
  };
  for (const rule of RULES) {
    rule.re.lastIndex = 0;
    for (let m = rule.re.exec(text); m; m = rule.re.exec(text)) {
      const r = rule.resolve(m, pub, /year/i.test(m[0]) ? lastYear(m.index) : null);
      if (!r) continue;
      const start = offset + m.index;
      const end = start + m[0].length;
      // Earlier rules are more specific; skip overlaps with what they found.
      if (found.some((f) => start < f.end && end > f.start)) continue;
      found.push({ start, end, text: m[0], ...r });
    }
  }
  return found.sort((a, b) => a.start - b.start);
}
