// Pronouns: "he", "she", "it", "they" and "him", resolved to actors of this sentence or the ones before.
import { addMention, ensureActor, lowerAt, type SentenceScope } from './context.js';
import { HONORIFICS, isNameStart, SPEECH_AFTER_NAME } from './names.js';
import { localGroup } from './plurals.js';
import { quotationSpans } from '../sentences.js';
import type { Mention } from './types.js';

/** A sentence opening with an official named only by office and state: "The representative of Greece", "Russia's delegate". */
// ("A senior Hamas official told the agency ... He accused Israel": an official named by side only.)
const UNNAMED_OFFICIAL = /^(?:[A-Z][\w ]{0,30}?,\s+)?(?:[Tt]he\s+)?(?:(?:[Rr]epresentative|[Dd]elegate|[Ee]nvoy|[Aa]mbassador|[Ss]pokes(?:man|woman|person))\s+(?:of|for)\s+(?:the\s+)?[A-Z][\w'’-]*(?:\s[A-Z][\w'’-]*){0,3}|(?:[A-Z][\w'’-]*\s){0,3}[A-Z][\w-]*['’]s\s+(?:representative|delegate|envoy|ambassador)|(?:[Aa]n?|[Tt]he)\s+(?:(?:senior|top|high-ranking|junior)\s+)?[A-Z][\w'’-]*(?:\s[A-Z][\w'’-]*)?\s+(?:official|diplomat|source|negotiator|military source))\b/;

const HOSTING_AFTER = /^\s+(?:(?:first|later|then|also|again)\s+)?(?:met|received|hosted|welcomed)\b/;

// A pronoun that speaks: "she said", "he also added", "it warned".
const SPEAKS_NEXT = /^\s+(?:also\s+)?(?:said|says|added|told|noted|stressed|insisted|warned|wrote)\b/;

/** A pronoun at token i; "it" as a dummy subject ("It was the first visit") and "HE" for "His Excellency" are none. */
export function readPronoun(sc: SentenceScope, i: number): number | null {
  const { ctx: { text, actors, groups }, s, toks, local } = sc;
  const lw = lowerAt(toks, i);
  // "It will be Lula's first trip", "It was the first visit": a dummy subject, no actor.
  if (lw === 'it' && /^\s+(?:is|was|will be|would be|has been|had been)\s+(?:a|an|the|his|her|their|its|\p{Lu}[\p{L}-]*['’]s|first|clear|unclear|likely|unlikely|possible|important|time|too|up to)\b/u.test(text.slice(toks[i]!.end, toks[i]!.end + 40))) return i;
  // An object pronoun is someone other than the subject: "X spoke to Y, urging him to ..." (him = Y).
  // "her" is an object only before a quotation, "as" or a preposition ("called her 'a puppet'", not "her country").
  const objectHer = lw === 'her' && /^\s*(?:["“]|as\b|to\b|of\b|for\b|in\b|on\b|at\b|with\b|[,.;])/.test(text.slice(toks[i]!.end, toks[i]!.end + 6));
  // "accused her government of ...": the state of the person "her" stands for.
  const ownGovernment = (lw === 'her' || lw === 'his') && /^(?:government|administration|country)$/i.test(toks[i + 1]?.text ?? '');
  if (lw === 'him' || objectHer || ownGovernment) {
    const gender = lw === 'her' ? 'f' : 'm';
    const isPerson = (m: Mention) => !!m.key && actors.get(m.key)?.kind === 'person' && !m.inTitle;
    const fits = (m: Mention) => isPerson(m) && actors.get(m.key!)?.gender !== (gender === 'f' ? 'm' : 'f');
    // (Persons of either gender show where the subject is; only those of the pronoun's gender can be its object.)
    const persons = local.filter((m) => m.end <= toks[i]!.start && isPerson(m)).sort((a, b) => a.start - b.start);
    // "after X called her ...": the person right before a bare verb is its subject, so the object is the one before
    // (in this sentence or the ones just before it).
    const nearest = persons[persons.length - 1];
    const subjectRightBefore = !!nearest && /^\s+(?:also\s+|then\s+)?[a-z]+\s+(?:(?:as|and)\s+[^,;]{0,60}\s+)?$/.test(text.slice(nearest.end, toks[i]!.start));
    const earlier = () => sc.ctx.mentions.filter((m) => m.sent >= s.index - 3 && fits(m) && m.key !== nearest?.key).pop();
    const other = subjectRightBefore ? persons.filter((m) => m.key !== nearest.key && fits(m)).pop() ?? earlier() : persons.slice(1).filter(fits).pop();
    if (ownGovernment) {
      const c = other?.key ? actors.get(other.key)?.country : null;
      if (c && ensureActor(sc.ctx, `state:${c}`, null)) {
        addMention(sc, i, i + 2, 'description', `state:${c}`);
        return i + 1;
      }
      return null;
    }
    if (other?.key) {
      addMention(sc, i, i + 1, 'pronoun', other.key);
      // Whom "her" or "him" stood for is known from now on: "X called her ... he said" cannot be her.
      const a = actors.get(other.key);
      if (a && !a.gender) a.gender = gender;
    }
    return i;
  }
  // "Spanish Foreign Minister X held talks with her Peruvian counterpart": a possessive in the clause of the
  // person who opens the sentence is that person's, whose gender is then known. (Not "At a banquet that X
  // hosted in her honour": X opens no sentence there.)
  if ((lw === 'her' || lw === 'his') && !objectHer) {
    const persons = local.filter((m) => m.end <= toks[i]!.start && m.type === 'person' && m.key && !m.possessive && !m.inTitle);
    const subject = persons.length === 1 ? persons[0]! : undefined;
    const opens = !!subject && /^(?:\p{Lu}[\p{L}'’.-]*\s+)*$/u.test(text.slice(s.start, subject.start)) && !/[,;]|\b(?:that|who|which|whom)\b/.test(text.slice(subject.end, toks[i]!.start));
    const a = opens ? actors.get(subject.key!) : undefined;
    if (a && !a.gender) a.gender = lw === 'her' ? 'f' : 'm';
  }
  // "His Excellency said ...": the honorific alone stands for the person, as "he" would.
  if (/^(?:His|Her)$/.test(toks[i]!.text) && toks[i + 1]?.text === 'Excellency' && !isNameStart(toks[i + 2]?.text ?? '') && toks[i + 2]?.text !== 'the' && !HONORIFICS.has(toks[i + 2]?.text ?? '')) {
    const key = resolvePronoun(sc, toks[i]!.text === 'His' ? 'he' : 'she', i);
    addMention(sc, i, i + 2, 'pronoun', key);
    return i + 1;
  }
  // "HE Dr. Al-Khulaifi": the capitals are "His Excellency", no pronoun.
  if (toks[i]!.text === 'HE' && toks[i + 1] && (isNameStart(toks[i + 1]!.text) || HONORIFICS.has(toks[i + 1]!.text))) return i;
  if (/^(?:he|she|it|they)$/.test(lw)) {
    const m = addMention(sc, i, i + 1, 'pronoun', null);
    if (lw === 'they') {
      const g = [...groups].reverse().find((x) => x.sent >= s.index - 1);
      // (Else "the two leaders" just named: "X spoke with Y, the two leaders' first call. ... they agreed".)
      const plural = [...sc.ctx.mentions, ...sc.local].filter((x) => x.type === 'plural' && x.keys.length >= 2 && x.sent >= s.index - 1 && x.end <= toks[i]!.start).pop();
      const keys = localGroup(sc, i) ?? g?.keys ?? plural?.keys ?? [];
      m.keys = keys;
      m.key = keys[0] ?? null;
      return i;
    }
    const key = resolvePronoun(sc, lw, i);
    if (key) m.key = key, (m.keys = [key]);
    // Whom a speaking "she" or "he" stood for is known from now on ('"...," he said. He also accused ...' is not
    // the woman his quotation named). (Only a speaker: "since she took office" is read less surely.)
    const a = key ? actors.get(key) : undefined;
    const speaks = SPEAKS_NEXT.test(text.slice(toks[i]!.end, toks[i]!.end + 20));
    if (a?.kind === 'person' && !a.gender && speaks && (lw === 'she' || lw === 'he')) a.gender = lw === 'she' ? 'f' : 'm';
    return i;
  }
  return null;
}

/** The actor a pronoun at token `at` stands for: a speaker just before, the sentence's subject, or an earlier sentence's. */
function resolvePronoun(sc: SentenceScope, p: string, at: number): string | null {
  const { ctx, s, toks, local } = sc;
  const { text, sentences, mentions, actors } = ctx;
  // ('"X is a journalist, not a spy," she said': who a quotation names is not who speaks it.)
  const quoted = quotationSpans(s);
  const inQuote = (m: Mention) => quoted.some(([a, b]) => m.start >= a && m.end <= b && b <= toks[at]!.start);
  // ('"She will also ask ...," he added': a "she" before is not whom "he" stands for.)
  const otherGender = p === 'he' ? /^(?:she|her)$/i : p === 'she' ? /^(?:he|him|his)$/i : null;
  const before = local.filter((m) => m.end <= toks[at]!.start && m.key && !m.isLocation && !inQuote(m) && !(m.type === 'pronoun' && otherGender?.test(text.slice(m.start, m.end)))).sort((a, b) => a.start - b.start);
  const wantPerson = p === 'he' || p === 'she';
  const ok = (key: string) => {
    const a = actors.get(key);
    if (!a) return false;
    if (wantPerson) return a.kind === 'person' && !(p === 'he' && a.gender === 'f') && !(p === 'she' && a.gender === 'm');
    if (p === 'it') return a.kind !== 'person';
    return true;
  };
  // "..., while France said it would ...": the speaker right before the reporting verb.
  const speaker = before[before.length - 1];
  if (speaker && ok(speaker.key!) && !speaker.possessive && /^\s+(?:also\s+)?(?:said|says|announced|warned|added|insisted|stated|confirmed)\s+(?:that\s+)?$/.test(text.slice(speaker.end, toks[at]!.start))) return speaker.key;
  // The subject earlier in the same sentence ("Moscow warned that it ..."), skipping possessive modifiers.
  // (Not in a trailing attribution: "Holm had never been a spy, she added": who is spoken of does not speak.)
  const trailing = wantPerson && /,\s*["”]?\s*$/.test(text.slice(s.start, toks[at]!.start)) && SPEAKS_NEXT.test(text.slice(toks[at]!.end, toks[at]!.end + 20));
  const same = trailing ? undefined : before.find((m) => ok(m.key!) && !m.possessive && !m.inTitle && m.type !== 'plural');
  if (same) return same.key;
  // Otherwise the subject of an earlier sentence, most recent first.
  const prevSents = [...new Set(mentions.filter((m) => m.sent < s.index).map((m) => m.sent))].sort((a, b) => b - a).slice(0, 3);
  // "The crown prince first met X. X told reporters ... He later received Y": a host receiving again is the host
  // before, not the guest who spoke last.
  if (wantPerson && HOSTING_AFTER.test(text.slice(toks[at]!.end, toks[at]!.end + 30))) {
    const host = mentions.filter((m) => m.sent >= s.index - 4 && m.sent < s.index && m.key && ok(m.key) && !m.possessive && HOSTING_AFTER.test(text.slice(m.end, m.end + 30))).pop();
    if (host?.key) return host.key;
  }
  // "The Russian Federation's delegate said ... 'It was ...,' he said": an unnamed official just before speaks for a state.
  if (wantPerson && prevSents[0] !== undefined) {
    const prev = sentences.find((x) => x.index === prevSents[0]);
    const opening = prev ? UNNAMED_OFFICIAL.exec(prev.sentence) : null;
    if (prev && opening) {
      const state = mentions.find((m) => m.sent === prev.index && m.key && !m.isLocation && actors.get(m.key)?.kind !== 'person' && m.start < prev.start + opening[0].length);
      const named = mentions.some((m) => m.sent === prev.index && m.type === 'person' && m.start < prev.start + opening[0].length + 40);
      if (state && !named) return state.key;
    }
  }
  for (const si of prevSents) {
    const ms = mentions.filter((m) => m.sent === si && m.key && !m.isLocation && !m.inTitle && m.type !== 'plural').sort((a, b) => a.start - b.start);
    // "Netanyahu's office said ... It rejected ...": the office speaks for the leader's state.
    const office = ms[0] && actors.get(ms[0].key!)?.kind === 'person' && /^['’]s\s+(?:office|government|administration|cabinet)\b/.test(text.slice(ms[0].end, ms[0].end + 20)) ? ms[0] : undefined;
    if (office && p === 'it') {
      const c = actors.get(office.key!)?.country;
      if (c && ensureActor(ctx, `state:${c}`, null)) return `state:${c}`;
    }
    // "..., spokeswoman X told a briefing. She added that ...": a speaker carrying on is the one who spoke
    // (a body too: "..., the Border Service said in a statement. It added that ...").
    const speakingOn = (wantPerson || p === 'it') && SPEAKS_NEXT.test(text.slice(toks[at]!.end, toks[at]!.end + 20));
    // (Not a place ending the speaker's name: "the Chinese Embassy in Fiji accused ...".)
    const spoke = speakingOn ? ms.filter((m) => ok(m.key!) && !m.possessive && !/\b(?:in|at|of|from|to)\s+$/.test(text.slice(Math.max(0, m.start - 6), m.start)) && SPEECH_AFTER_NAME.test((/^\s*,?\s*(\w+)/.exec(text.slice(m.end, m.end + 20))?.[1] ?? '').toLowerCase())).pop() : undefined;
    // ("At a banquet that Olivera hosted in her honour, Bellandi spoke ...": the subject comes after an opening
    // prepositional phrase, not inside it.)
    const sentence = sentences.find((x) => x.index === si);
    const opening = sentence ? /^(?:At|In|On|During|After|Before|Following|Ahead of|Speaking at|Speaking to|Addressing)\b[^,]{0,120},\s*/.exec(sentence.sentence) : null;
    const afterOpening = opening ? ms.find((m) => ok(m.key!) && !m.possessive && m.start >= sentence!.start + opening[0].length) : undefined;
    const subj = spoke ?? afterOpening ?? ms.find((m) => ok(m.key!) && !m.possessive);
    if (subj) return subj.key;
  }
  return null;
}
