// Country inference: the state a person with no nationality in the text belongs to. While the
// person's sentence is read, a title's "its" or the dateline may say; the rest is decided once the
// whole article is read (a ministry or capital named later in the story may be the clue).
import { openingPlace, type ArticleContext, type SentenceScope } from './context.js';
import type { Title } from './titles.js';
import type { Mention } from './types.js';

const GOVERNING = /^(?:['’]s?)?\s+(?:[a-z-]+\s+)?(?:government|authorities|military|foreign ministry|leaders)\b/;
const HEAD_OF_STATE = /^(?:(?:newly\s+)?(?:inaugurated|elected|incoming|outgoing|interim|acting|former)\s+)?(?:President|Prime Minister|Premier|King|Queen|Emir|Sultan|Chancellor)$/i;
const SPOKE_THERE = /\b(?:briefing|news conference|press conference|told reporters|told journalists|said|says)\b/i;
const TRAVELLED_TO = /\b(?:arrived|arriving|arrives|landed|visit(?:ing|ed|s)?|travel\w*|trip|flew|headed)\s+(?:in|to)\s+$/i;

/**
 * A titled person with no nationality in the text ("Foreign Minister Margus Tsahkna") belongs,
 * in this order, to the state whose ministry of that portfolio the article names, or to the
 * state the article's lead sentence is about. Envoys and officials of international bodies
 * are left alone: they often serve abroad or no state at all.
 */
export function inferCountries(ctx: ArticleContext): void {
  const { text, sentences, mentions, actors, datelineCountry } = ctx;
  const sideOf = (m: Mention) => (m.key!.startsWith('state:') ? m.key!.slice(6) : actors.get(m.key!)?.country ?? null);
  // ("Palau's government on Thursday accused a Chinese research vessel ...": the owner of the government that acts leads.)
  const leadMentions = mentions.filter((m) => m.sent === (sentences[0]?.index ?? 0) && m.key && !m.isLocation && !m.inTitle && (!m.possessive || GOVERNING.test(text.slice(m.end, m.end + 40))) && m.type !== 'pronoun');
  // A lead about two states as equals ("talks between Serbia and Kosovo") is about neither side alone.
  const between = /\bbetween\b/i.test(sentences[0]?.sentence ?? '') && new Set(leadMentions.map(sideOf).filter(Boolean)).size > 1;
  const lead = between ? undefined : leadMentions[0];
  const leadSide = lead ? sideOf(lead) : null;
  // Each actor's first mention, found once for all the persons below.
  const firstMention = new Map<string, Mention>();
  for (const m of mentions) if (m.key && !firstMention.has(m.key)) firstMention.set(m.key, m);
  for (const a of actors.values()) {
    if (a.kind !== 'person' || a.country || !a.role || a.servesBody) continue;
    if (/ambassador|envoy|counterpart|representative|delegate|\b(?:UN|U\.N\.|NATO|EU|AU)\b|United Nations|European|Secretary[- ]General|Commissioner/i.test(a.role)) continue;
    const portfolio = /\b(foreign|defen[cs]e|interior|finance|justice|trade)\b/i.exec(a.role)?.[1]?.toLowerCase().replace('defense', 'defence');
    // (Only a ministry named before the minister: "Foreign Minister Horák" is not the minister of a foreign
    // ministry that comes up later in Moscow.)
    const firstAt = (key: string) => firstMention.get(key)?.start ?? Infinity;
    const personAt = firstAt(a.key);
    const ministries = portfolio ? [...actors.values()].filter((o) => o.kind === 'organization' && o.country && o.key.endsWith(`-${portfolio}-ministry`) && firstAt(o.key) < personAt) : [];
    const byMinistry = new Set(ministries.map((o) => o.country)).size === 1 ? ministries[0]!.country : null;
    // "At his weekly briefing in New Delhi, ministry spokesperson X ...": officials mostly speak in their own capital.
    // Only where the sentence is about speaking there, not travelling there ("arrived in Beijing").
    const intro = byMinistry ? undefined : firstMention.get(a.key);
    // (Where the name itself comes, not a description that looked ahead to it.)
    const named = mentions.find((m) => m.key === a.key && m.type === 'person');
    const spokeIn = (at: Mention | undefined) => {
      const sentence = at ? sentences.find((x) => x.index === at.sent)?.sentence ?? '' : '';
      // ("In Minsk, foreign ministry spokesman X dismissed ...": the capital the sentence opens in.)
      const start = at ? sentences.find((x) => x.index === at.sent)?.start ?? -1 : -1;
      const opening = at && start >= 0 ? openingPlace(text, mentions.filter((m) => m.sent === at.sent && m.end < at.start), start) : undefined;
      if (opening?.place?.country) return opening.place.country;
      // (Only a capital spoken in, "in Beijing": not one named as a destination, "arms deliveries to Kyiv".)
      return at && SPOKE_THERE.test(sentence)
        ? mentions.find((m) => m.sent === at.sent && m.isLocation && m.type === 'capital' && m.place?.country && !TRAVELLED_TO.test(text.slice(Math.max(0, m.start - 25), m.start)) && /\b(?:in|at)\s+(?:the\s+)?$/i.test(text.slice(Math.max(0, m.start - 8), m.start)))?.place?.country ?? null
        : null;
    };
    // ("The Kuwaiti foreign ministry said ... Tehran rejected the accusations. Foreign ministry spokesman X ...": the
    // side that just answered speaks through its spokesman, whichever ministry the story named first, unless he
    // speaks in a capital.)
    const voice = named && /spokes/i.test(a.role) ? spokeIn(named) ?? voiceOfPrevious(ctx, named) : null;
    // ("In Managua, President X denounced the measures ... Foreign Minister Y rejected the accusations": a minister named
    // right after a scene set in a capital is of that capital's state.)
    const scene = intro && /minister|secretary|spokes/i.test(a.role) ? sceneBefore(ctx, intro) : null;
    a.country = voice ?? byMinistry ?? spokeIn(intro) ?? (intro && HEAD_OF_STATE.test(a.role) ? stateInFocus(ctx, intro) : null) ?? (intro && /spokes|ministry/i.test(a.role) ? voiceOfPrevious(ctx, intro) ?? datelineCountry : null) ?? scene ?? leadSide ??
      (/spokes/i.test(a.role) ? stateOfAnswers(ctx, a.name) : null);
  }
}

/** The state of the capital that opened one of the three sentences before `intro` ("In Managua, ..."), the nearest first. */
function sceneBefore(ctx: ArticleContext, intro: Mention): string | null {
  const { text, sentences, mentions } = ctx;
  for (let k = intro.sent - 1; k >= intro.sent - 3 && k >= 0; k--) {
    const s = sentences.find((x) => x.index === k);
    if (!s) continue;
    const opening = openingPlace(text, mentions.filter((m) => m.sent === k), s.start);
    if (opening?.place?.country) return opening.place.country;
  }
  return null;
}

/**
 * "Zhou Yiming: ... China firmly opposes ... China has always ...": the state a transcript's spokesperson names as the
 * subject of their own answers, at least twice and more than any other, is the one they speak for.
 */
function stateOfAnswers(ctx: ArticleContext, name: string): string | null {
  const { text, sentences, mentions } = ctx;
  // The paragraphs the name labels ("Zhou Yiming: ..."), and where each one's words begin.
  const answers = new Map<number, number>();
  let paragraph = -1;
  for (const s of sentences) {
    const opensParagraph = s.paragraph !== paragraph;
    paragraph = s.paragraph;
    const label = opensParagraph && s.sentence.startsWith(name) ? /^\s*[:：]\s*/.exec(s.sentence.slice(name.length)) : null;
    if (label) answers.set(s.paragraph, s.start + name.length + label[0].length);
  }
  const counts = new Map<string, number>();
  for (const s of sentences) {
    const wordsAt = answers.get(s.paragraph);
    if (wordsAt === undefined || s.start + s.sentence.length <= wordsAt) continue;
    const opening = Math.max(s.start, wordsAt);
    const subject = mentions.find((m) => m.sent === s.index && m.key?.startsWith('state:') && !m.possessive && !m.isLocation && /^\s*$/.test(text.slice(opening, m.start)));
    if (subject) counts.set(subject.key!.slice(6), (counts.get(subject.key!.slice(6)) ?? 0) + 1);
  }
  const ranked = [...counts].sort((x, y) => y[1] - x[1]);
  return ranked[0] && ranked[0][1] >= 2 && ranked[0][1] > (ranked[1]?.[1] ?? 0) ? ranked[0][0] : null;
}

/**
 * "The government in Abidjan rejected the accusations. Government spokesman X told reporters ...",
 * "Turkey's defence ministry rejected ... A ministry spokesman, X, told ...": a spokesperson introduced
 * right after a body or state acts speaks for it.
 */
function voiceOfPrevious(ctx: ArticleContext, intro: Mention): string | null {
  const { mentions, actors } = ctx;
  const prev = mentions.filter((m) => m.sent === intro.sent - 1 && m.key && !m.isLocation && !m.inTitle && m.type !== 'pronoun');
  const subject = prev.find((m) => !m.possessive || GOVERNING.test(ctx.text.slice(m.end, m.end + 40))) ?? prev[0];
  if (!subject?.key) return null;
  // (A state after a preposition, "carries a sentence of 20 years in Azerbaijan", is no body that spoke.)
  // ("The government in Abidjan rejected ..." is the state that spoke.)
  const lead = ctx.text.slice(Math.max(0, subject.start - 40), subject.start);
  if (/\b(?:in|at|to|from|of|for|with|on|by|into|against)\s+(?:the\s+)?$/i.test(lead) && !/\b(?:government|authorities|officials|leadership|regime|administration)\s+in\s+$/i.test(lead)) return null;
  const kind = subject.key.startsWith('state:') ? 'state' : actors.get(subject.key)?.kind;
  if (kind !== 'state' && kind !== 'organization') return null;
  const owner = prev.find((m) => m.possessive && m.key?.startsWith('state:') && m.end <= subject.start);
  return subject.key.startsWith('state:') ? subject.key.slice(6) : actors.get(subject.key)?.country ?? owner?.key?.slice(6) ?? null;
}

/**
 * The state a head of state or government with no nationality leads: the one named last before them
 * in their sentence ("to Guatemala, where newly inaugurated President X"), or, when the title opens
 * the sentence, the state the sentence before is about ("Paraguay appears firm. President X told ...").
 */
function stateInFocus(ctx: ArticleContext, intro: Mention): string | null {
  const { sentences, mentions } = ctx;
  const isState = (m: Mention) => !!m.key?.startsWith('state:') && m.type === 'name' && !m.inTitle;
  const before = mentions.filter((m) => m.sent === intro.sent && m.end <= intro.start && m.key);
  const states = before.filter(isState);
  const last = states[states.length - 1];
  // Another actor between them (a person or a second state) may be the one the title goes with.
  if (last) return before.slice(before.indexOf(last) + 1).some((m) => m.type === 'person' || isState(m)) || states.some((m) => m.key !== last.key) ? null : last.key!.slice(6);
  if (before.length) return null;
  const prev = mentions.filter((m) => m.sent === intro.sent - 1 && m.key && !m.isLocation);
  const topic = prev[0];
  const prevSentence = sentences.find((x) => x.index === intro.sent - 1);
  // (Also a capital standing for its state: "Mogadishu regards Somaliland as part of Somalia. President X ...".)
  const stateTopic = !!topic && (isState(topic) || ((topic.type === 'capital' || topic.type === 'seat') && !!topic.key?.startsWith('state:')));
  return topic && stateTopic && prevSentence && topic.start === prevSentence.start ? topic.key!.slice(6) : null;
}

/**
 * "Denmark went further. Its Foreign Minister, X, said ...": whose the office is, when a title opens with "its" or
 * "their": a state, or a body of no state ({ country: null }: "the IAEA said its deputy director general, X").
 * Null when the title has no "its".
 */
export function ownerItsStandsFor(sc: SentenceScope, title: Title): { country: string | null } | null {
  const { ctx: { mentions, actors }, s, toks, local } = sc;
  const itsAt = [title.start - 1, title.start].find((k) => /^(?:its|their)$/i.test(toks[k]?.text ?? ''));
  if (!title.head || itsAt === undefined) return null;
  // A body or state named before "its" in the sentence owns the office.
  const owner = local.filter((m) => m.key && !m.isLocation && !m.inTitle && !m.possessive && m.type !== 'pronoun' && m.end <= toks[itsAt]!.start && (m.key.startsWith('state:') || actors.get(m.key)?.kind === 'organization')).pop();
  if (owner?.key) return { country: owner.key.startsWith('state:') ? owner.key.slice(6) : actors.get(owner.key)?.country ?? null };
  // (Else the subject of the sentence before, when it is a state or a body of one: "In Moscow, the foreign
  // ministry dismissed ... Prague's course. Its spokeswoman, X, ...".)
  const prevSubject = mentions.filter((m) => m.sent === s.index - 1 && m.key && !m.isLocation && !m.inTitle && !m.possessive && m.type !== 'pronoun')[0];
  const prevSide = prevSubject?.key?.startsWith('state:') ? prevSubject.key.slice(6) : prevSubject?.key && actors.get(prevSubject.key)?.kind === 'organization' ? actors.get(prevSubject.key)?.country ?? null : null;
  const country = prevSide ?? [...mentions, ...local].filter((m) => m.key?.startsWith('state:') && !m.isLocation && !m.inTitle && m.end <= toks[itsAt]!.start).pop()?.key?.slice(6) ?? null;
  return country ? { country } : null;
}
