// Stage 1: clean the scraped text and find the title and publication date.
import { ExtractionError, type RawArticle } from '../types.js';

export interface Dateline {
  /** The place the story was filed from ("MADRID", "Moscow"). */
  place: string;
  /** The state or region a wire names after a smaller place ("MARGARA, Armenia —"). */
  region: string | null;
  month: number | null;
  day: number | null;
  /** Where the story it opens starts in the clean text (after any caption before it). */
  offset?: number;
}

export interface CleanArticle {
  title: string | null;
  publishedAt: string;
  cleanText: string;
  dateline: Dateline | null;
  /** The place a byline files the story from ("By Anna Nowak | Warsaw | 21 May 2025"), when it names one. */
  bylinePlace: string | null;
}

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];
export function monthIndex(word: string): number | null {
  const i = MONTHS.indexOf(word.slice(0, 3).toLowerCase());
  return i < 0 ? null : i + 1;
}
const MONTH_RE = '(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\\.?';

const pad = (n: number) => String(n).padStart(2, '0');
const isoOk = (s: string) => /^\d{4}-\d{2}-\d{2}$/.test(s) && !Number.isNaN(Date.parse(s + 'T00:00:00Z'));

// Whole paragraphs that are page furniture, not reporting.
const DEBRIS_PARAGRAPH = [
  /^(?:WATCH|READ MORE|READ|ALSO READ|Also Read|Read more|Read More|RELATED|Related|MORE|Recommended)\s*[:|\-–]/,
  // "Read the previous instalment: ...", "Read our earlier interview: ...": a pointer to another page.
  /^Read (?:the|our) (?:previous|next|earlier|last|first|latest|full) [\w ]{1,30}:/,
  // Share bars and footers: "Share to: Weibo | WeChat", "Copyright © Ministry of ...".
  /^Share(?: this(?: article| story| page)?| to| on| via)?\s*[:|]?\s*(?:(?:Facebook|Twitter|X|WhatsApp|Weibo|WeChat|LinkedIn|E-?mail|Telegram|Reddit|Copy link|Print)\b[\s|,]*)*$/i,
  /^(?:Copyright\s*)?©.{0,150}$/i,
  /^.{0,150}\bAll rights reserved\.?$/i,
  // Lists of other stories: "Most read: A | B | C", "Trending: ...", "More on this story".
  /^(?:Most (?:read|popular|viewed|shared)|Trending(?: now)?|Top stories|Latest(?: news)?|Popular|Editor['’]s picks|You may also like|More from [\w ]{1,30}|More on this story|Read also|Related (?:stories|articles|coverage|information|links)|Further reading)\s*(?::|\||\s[-–]\s|$)/i,
  /^\(?\s*With inputs? from [^)]*\)?\.?$/i,
  /^\((?:Reporting|Writing|Editing|Additional reporting) by [^)]*\)\.?$/i,
  /^Advertisement$/i,
  // Page controls: "[Print] [Close] Font size: L M S".
  /^(?:\[[^\]]{1,20}\]\s*)+(?:Font size\b.*)?$/i,
  /^Font size\b/i,
  /^(?:Sign up|Subscribe|Get the latest|Click here|Download the|Follow us|Share this|Also watch)\b/i,
  /^(?:Image|Photo|Picture|File photo)\s*(?:Source|Credit)?\s*:/i,
  // A caption that ends with its credit: "X greets Y at the palace in Lima. Photo: Agencia Meridiana".
  /^.{0,300}\b(?:Photo|Photograph|Picture|Image)(?:\s+credit)?\s*:\s*[^.:]{1,80}[)\]]?$/i,
  // Menus, share bars and breadcrumbs: short items between pipes or arrows ("Home | World | Business",
  // "Share on: Facebook | X", "Home > World > Europe"); a dated byline between pipes stays.
  /^(?=[^\d]*$)(?:[^|>›»]{1,32}\s[|>›»]\s){2,}[^|>›»]{1,32}$/,
];
// A line that is only a time stamp: "Wednesday, May 31st 2023 - 09:48 UTC", "Published On 13 Apr 2025",
// "Updated 4:12 PM EDT, September 19, 2025". It dates the article but reports nothing.
const STAMP_LINE = new RegExp(
  `^(?:(?:Published|Updated|Posted|Last updated|First published)(?:\\s+[Oo]n)?\\s*:?\\s*)?(?:\\d{1,2}[:.]\\d{2}\\s*(?:[AaPp]\\.?[Mm]\\.?)?\\s*(?:[A-Z]{2,5})?,?\\s*)?(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day,?\\s+)?` +
    `(?:(\\d{1,2})(?:st|nd|rd|th)?\\s+(${MONTH_RE})|(${MONTH_RE})\\s+(\\d{1,2})(?:st|nd|rd|th)?),?\\s+(\\d{4})` +
    `(?:\\s*[-–|,]?\\s*\\d{1,2}[:.]\\d{2}(?:\\s*[AaPp]\\.?[Mm]\\.?)?(?:\\s*\\(?[A-Z]{2,5}\\)?)?)?\\s*$`,
);
function stampDate(line: string): string | null {
  const m = STAMP_LINE.exec(line);
  if (!m) return null;
  const month = monthIndex(m[2] ?? m[3] ?? '');
  const ymd = month ? `${m[5]}-${pad(month)}-${pad(Number(m[1] ?? m[4]))}` : null;
  return ymd && isoOk(ymd) ? ymd : null;
}
/** A full date written out anywhere in a line: "21 May 2025", "May 21, 2025". */
const DAY_FIRST_DATE = new RegExp(`\\b(\\d{1,2})(?:st|nd|rd|th)?\\s+(${MONTH_RE})\\s*,?\\s+(\\d{4})\\b`);
const MONTH_FIRST_DATE = new RegExp(`\\b(${MONTH_RE})\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+(\\d{4})\\b`);
function fullDateIn(line: string): string | null {
  const dayFirst = DAY_FIRST_DATE.exec(line);
  const monthFirst = dayFirst ? null : MONTH_FIRST_DATE.exec(line);
  const [day, month, year] = dayFirst ? [dayFirst[1], dayFirst[2], dayFirst[3]] : monthFirst ? [monthFirst[2], monthFirst[1], monthFirst[3]] : [];
  const m = month ? monthIndex(month) : null;
  const ymd = m && day && year ? `${year}-${pad(m)}-${pad(Number(day))}` : null;
  return ymd && isoOk(ymd) ? ymd : null;
}

// The words of a speaker label before a colon: an office, an honorific or a transcript's "Q" and "A".
const SPEAKER_LABEL = /^(?:(?:MR|MS|MRS|DR|Mr|Ms|Mrs|Dr)\.?\s|(?:Q|A|QUESTION|Question|ANSWER|Answer)$)|\b(?:Secretary|Minister|Spokesperson|Spokesman|Spokeswoman|President|Ambassador|Chairman|Chairperson|Moderator|SECRETARY|MINISTER|SPOKESPERSON|SPOKESMAN|SPOKESWOMAN|PRESIDENT|AMBASSADOR|MODERATOR)\b/;

// A place and a full date alone on a line: "Santo Domingo, January 22, 2026", "Islamabad, Thursday, 21 November 2024".
const PLACE_DATE_LINE = new RegExp(`^(\\p{Lu}[\\p{L}.'’-]+(?:\\s\\p{Lu}[\\p{L}.'’-]+){0,2}),\\s*(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day,\\s*)?(?:(?:\\d{1,2}\\s+${MONTH_RE})|(?:${MONTH_RE}\\s+\\d{1,2}(?:st|nd|rd|th)?)),?\\s+\\d{4}$`, 'u');
// The line that opens a transcript and names whose words follow.
// (Also a ministry's heading: "Foreign Ministry Spokesperson Gao Mingyuan's Regular Press Conference on March 17, 2025".)
const TRANSCRIPT_INTRO = /^(?:(?:TRANSCRIPT|Transcript)\s*:\s*)?(?:(?:Full\s+)?Transcript\s+of|(?:Opening\s+)?Remarks|(?:Regular\s+|Weekly\s+|Daily\s+)?(?:Press\s+)?Briefing)\b[^|]*?\b(?:by|with|of)\s+(?:the\s+)?(?:[\p{L}-]+,?\s+){0,5}(?:(?:Mr|Ms|Mrs|Dr)\.\s+)?\p{Lu}[\p{L}'’-]+\s+\p{Lu}[\p{L}'’-]+|^(?:\p{Lu}[\p{L}-]*\s+){1,5}\p{Lu}[\p{L}'’-]+\s+\p{Lu}[\p{L}'’-]+['’]s\s+(?:Regular\s+|Weekly\s+|Daily\s+)?(?:Press\s+)?(?:Conference|Briefing)\b/u;

// Debris fragments inside a paragraph.
const DEBRIS_INLINE: RegExp[] = [
  /\bFollow us on\b(?:\s+(?:Facebook|Twitter|X|Instagram|Google News|WhatsApp|Telegram)\b[,\s]*)*/g,
  /\s*\(With inputs? from [^)]*\)\s*$/gi,
  /\s*\(File (?:photo|image)\)/gi,
];

// A wire names the state or region after a place the reader may not know: "TROMSØ, Norway, March 5 (Wire) -",
// "MARGARA, Armenia —", "KYIV, Ukraine (AP) —".
const DATELINE_PLACE = `(\\p{Lu}[\\p{L} .'’-]{1,40}?)(?:,\\s*(\\p{Lu}[\\p{L}.'’-]+(?:\\s\\p{Lu}[\\p{L}.'’-]+){0,2}))?`;
const DATELINE_END = `\\s*(?:\\(([^)]{1,60})\\))?\\s*(?:--|[-–—:])\\s+`;
const DATELINE_MONTH_FIRST = new RegExp(`^${DATELINE_PLACE}(?:,\\s*(${MONTH_RE})\\s+(\\d{1,2})(?:,\\s*(\\d{4}))?)?${DATELINE_END}`, 'u');
// ("Astana, 12 March 2025 – ...": a ministry's dateline puts the day first.)
const DATELINE_DAY_FIRST = new RegExp(`^${DATELINE_PLACE},\\s*(\\d{1,2})\\s+(${MONTH_RE})(?:\\s+(\\d{4}))?${DATELINE_END}`, 'u');

/** A dateline opening a paragraph: its place (and region), date parts and agency, and the whole of it. */
function readDateline(paragraph: string): { whole: string; place: string; region: string | null; month?: string; day?: string; year?: string; agency?: string } | null {
  const d = DATELINE_DAY_FIRST.exec(paragraph);
  if (d?.[1]) return { whole: d[0], place: d[1].trim(), region: d[2] ?? null, day: d[3], month: d[4], year: d[5], agency: d[6] };
  const m = DATELINE_MONTH_FIRST.exec(paragraph);
  return m?.[1] ? { whole: m[0], place: m[1].trim(), region: m[2] ?? null, month: m[3], day: m[4], year: m[5], agency: m[6] } : null;
}

// A byline in the languages outlets file English editions from: "By", "Por", "Par", "Von".
const BYLINE = /^(?:By|Por|Par|Von)\s/i;

/** "By Anna Nowak | Warsaw | 21 May 2025", "Por Redacción | Lima, 11 de junio de 2025": the place among the byline's parts. */
function placeInByline(line: string): string | null {
  for (const part of line.split(/\s[|·•]\s/).slice(1)) {
    const place = /^\s*(\p{Lu}[\p{L}.'’-]+(?:\s\p{Lu}[\p{L}.'’-]+){0,2})\s*(?:,.*)?$/u.exec(part)?.[1];
    if (place && !MONTH_NAME.test(place)) return place;
  }
  return null;
}
const MONTH_NAME = new RegExp(`^${MONTH_RE}$`, 'i');

/** Cleans `raw`; throws ExtractionError for inputs that cannot be articles. */
export function clean(raw: RawArticle): CleanArticle {
  let text = (raw.text ?? '').replace(/\r\n?/g, '\n').replace(/\u00a0/g, ' ');
  if (!text.trim()) throw new ExtractionError(`${raw.source}: empty text`);
  const bad = (text.match(/[\u0000-\u0008\u000e-\u001f\ufffd]/g) ?? []).length;
  if (bad > 0 && bad / text.length > 0.005) throw new ExtractionError(`${raw.source}: text looks binary (${bad} control or replacement characters)`);

  // A leading "date YYYY-MM-DD" header carries the publication date.
  let headerDate: string | null = null;
  text = text.replace(/^\s*date\s+(\d{4}-\d{2}-\d{2})\b[ \t]*/i, (_, d: string) => {
    headerDate = d;
    return '';
  });

  let title = raw.title?.trim() || null;
  let stampYmd: string | null = null;
  let bylinePlace: string | null = null;
  let linePlace: string | null = null;
  const paragraphs: string[] = [];
  for (let para of text.split(/\n+/)) {
    para = para.trim();
    // An image credit swallows the rest of its line: "Image Source : AP <caption>".
    para = para.replace(/\bImage Source\s*:.*$/i, '').trim();
    // A transcript's asker is no actor of the story: "Question (Imran Sheikh, Daily Khabar): ..." is a question.
    para = para.replace(/^(Q|Question)\s*\([^()]{1,60}\)\s*(?=[:：])/i, '$1');
    for (const re of DEBRIS_INLINE) para = para.replace(re, ' ').trim();
    para = para.replace(/\s{2,}/g, ' ');
    if (!para || DEBRIS_PARAGRAPH.some((re) => re.test(para))) continue;
    const stamp = stampDate(para);
    if (stamp) {
      stampYmd ??= stamp;
      continue;
    }
    // A short line with no closing punctuation is a headline or subheading, or a byline, whose full
    // date ("By Anna Nowak | Warsaw | 21 May 2025") dates the article.
    const words = para.split(' ').length;
    // "Transcript of the weekly press briefing by Foreign Ministry spokesperson X": the line that names a
    // transcript's speaker is content, which the speaker labels after it ("MS. X:") refer back to.
    if (TRANSCRIPT_INTRO.test(para) && words <= 25) {
      // (The line may be the page's heading too.)
      if (!title && paragraphs.length === 0) title = para;
      paragraphs.push(/[.!?]$/.test(para) ? para : `${para}.`);
      continue;
    }
    if (!/[.!?"”’)]$/.test(para) && words <= 20) {
      // "Santo Domingo, January 22, 2026" on a line of its own: a dateline set apart from the story.
      const placeDate = PLACE_DATE_LINE.exec(para);
      const lineDate = placeDate ? fullDateIn(para) : null;
      if (placeDate?.[1] && lineDate) {
        stampYmd ??= lineDate;
        linePlace ??= placeDate[1];
        continue;
      }
      const byline = BYLINE.test(para);
      const stamp = /\s[|·•]\s/.test(para) ? fullDateIn(para) : null;
      if (byline || stamp) stampYmd ??= stamp ?? fullDateIn(para);
      // ("Pacific Newsdesk | Port Moresby | Thursday 19 March 2026": an outlet's stamp names the place like a byline.)
      if (byline || stamp) bylinePlace ??= placeInByline(para);
      if (!title && paragraphs.length === 0) title = para;
      continue;
    }
    paragraphs.push(para);
  }

  // Dateline: "MADRID, June 28 (Agency) - ", "Moscow: ", "BEIJING, March 3, 2024 (Wire) —",
  // "SEOUL, Nov. 3 (Agency) -- " (a double hyphen standing for a dash).
  let dateline: Dateline | null = null;
  let datelineYmd: string | null = null;
  // The dateline opens the story, which may come after a photo caption or two.
  for (let pi = 0; pi < Math.min(3, paragraphs.length) && !dateline; pi++) {
    const first = paragraphs[pi];
    if (!first) break;
    if (pi > 0 && paragraphs[pi - 1]!.length > 200) break;
    const m = readDateline(first);
    // An all-caps place before a dash needs no date or agency ("BEIJING — ...").
    const capsDash = !!m && /^\p{Lu}[\p{Lu} .'’-]{2,}$/u.test(m.place) && /(?:--|[–—-])\s+$/.test(m.whole);
    // (Not a transcript's speaker label: "Press Secretary TANIGUCHI: Good afternoon.", "MR PRICE: Thank you.")
    const colon = !!m && m.whole.trim().endsWith(':');
    const speakerLabel = colon && SPEAKER_LABEL.test(m?.place ?? '');
    if (m && (m.month || m.agency || colon || capsDash) && !/\bsaid\b/i.test(m.place) && !speakerLabel) {
      const month = m.month ? monthIndex(m.month) : null;
      const day = m.day ? Number(m.day) : null;
      dateline = { place: m.place, region: m.region, month, day, offset: paragraphs.slice(0, pi).filter((p) => p.trim()).reduce((n, p) => n + p.length + 2, 0) };
      if (m.year && month && day) datelineYmd = `${m.year}-${pad(month)}-${pad(day)}`;
      paragraphs[pi] = first.slice(m.whole.length);
    }
  }
  if (!dateline && linePlace) dateline = { place: linePlace, region: null, month: null, day: null, offset: 0 };
  // A byline with a full date ("Published March 3, 2024", "By X | Warsaw | 21 May 2025") near the top also dates the article.
  if (!datelineYmd) {
    const head = paragraphs.slice(0, 3).join(' ').slice(0, 400);
    const m = new RegExp(`\\b(${MONTH_RE})\\s+(\\d{1,2}),\\s*(\\d{4})\\b`).exec(head) ?? /\b(\d{4})-(\d{2})-(\d{2})\b/.exec(head);
    const dayFirst = m ? null : DAY_FIRST_DATE.exec(head);
    if (m && m[1] && m[2] && m[3]) {
      datelineYmd = /^\d{4}$/.test(m[1]) ? `${m[1]}-${m[2]}-${m[3]}` : `${m[3]}-${pad(monthIndex(m[1]) ?? 1)}-${pad(Number(m[2]))}`;
    } else if (dayFirst && dayFirst[1] && dayFirst[2] && dayFirst[3]) {
      datelineYmd = `${dayFirst[3]}-${pad(monthIndex(dayFirst[2]) ?? 1)}-${pad(Number(dayFirst[1]))}`;
    }
  }

  const fromFallback = (): string | null => {
    const fb = raw.fallbackDate && isoOk(raw.fallbackDate) ? raw.fallbackDate : null;
    if (!fb || !dateline?.month || !dateline.day) return fb;
    // A yearless dateline fixes day and month; take the year that lands nearest the fallback.
    const y = Number(fb.slice(0, 4));
    const target = Date.parse(fb + 'T00:00:00Z');
    let best = fb;
    let bestGap = Infinity;
    for (const yy of [y - 1, y, y + 1]) {
      const cand = `${yy}-${pad(dateline.month)}-${pad(dateline.day)}`;
      if (!isoOk(cand)) continue;
      const gap = Math.abs(Date.parse(cand + 'T00:00:00Z') - target);
      if (gap < bestGap) [best, bestGap] = [cand, gap];
    }
    return bestGap <= 40 * 86400e3 ? best : fb;
  };
  const candidates = [raw.publishedAt, headerDate, datelineYmd ?? stampYmd].map((d) => (d ? String(d).slice(0, 10) : null));
  const publishedAt = candidates.find((d): d is string => !!d && isoOk(d)) ?? fromFallback();
  if (!publishedAt) throw new ExtractionError(`${raw.source}: no determinable publication date (no published_at, date header, dated dateline or fallback date)`);

  const cleanText = paragraphs.filter((p) => p.trim()).join('\n\n');
  if (!cleanText) throw new ExtractionError(`${raw.source}: no article text left after cleaning`);
  return { title, publishedAt, cleanText, dateline, bylinePlace };
}
