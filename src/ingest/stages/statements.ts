// Stage: statements — direct quotes and reported speech with their speakers.
import type { ExtractedStatement } from '../types.js';
import type { Doc, SentenceInfo } from './clauses.js';
import { subjectAt } from './clauses.js';
import { keysOf, SPEECH_VERBS, type Mention } from './mentions/index.js';

export interface StatementFound {
  record: ExtractedStatement;
  speakerKeys: string[];
  sentence: number;
  /** The reporting verb ("said", "denied"), lower-case; "answered" for a transcript's answer, which has none. */
  verb: string;
  /** Where the reported words start and end in the clean text. */
  start: number;
  end: number;
}

// Verbs that take a noun object ("announced new measures", "welcomed the decision"):
// they report speech only with a quotation or a that-clause after them.
const NP_VERBS = /^(?:announced|called|hailed|described|mentioned|congratulated|dismissed|denied|accused|welcomed|alleged|charged|vowed|urged|declared|confirmed|reiterated|reaffirmed)$/;
// A noun-object verb reports speech only when a that-clause or a quotation follows it
// directly ("denied that ...", "announced on Friday that ...", "declared: “...”"), or after a few short phrases of
// time, place or occasion ("alleged in a speech to the Riksdag yesterday that ...").
export const OCCASION_BEFORE_THAT = String.raw`(?:(?:on|in|at|to|during|before|via)\s+(?:(?:a|an|the|his|her|its|their)\s+)?[\w-]+\s+(?:[\w-]+\s+)?|afterwards\s+|later\s+|subsequently\s+|yesterday\s+|today\s+|earlier\s+|last\s+\w+\s+){0,3}`;
const NP_SPEECH_TAIL = new RegExp(String.raw`^\s*(?:${OCCASION_BEFORE_THAT}that\s+(?!(?:claim|report|accusation|allegation|charge|move|decision|idea|notion|suggestion|proposal|plan)s?\b)|:?\s*[“"])`);
// Non-actor nouns that head an attribution ("analysts said", "officials from both sides said"):
// whoever else the sentence names is not the speaker.
// An anonymous source ("a government source said", "presidential sources told X") is no identified speaker.
const NON_ACTOR_SPEAKER = /\b(?:analysts|experts|observers|critics|witnesses|residents|sources?|people|researchers|commentators|economists|reports|media|activists|hauliers|truckers|farmers|fishermen|traders|businesses|companies|firms|investors|families|workers|students|locals|villagers|voters|protesters|demonstrators|(?:officials\s+on\s+)?both\s+sides(?:\s+(?:have|has|had))?)\s*$/i;
const NON_ACTOR_ATTRIBUTION = /^\s*(?:the\s+|some\s+|several\s+|two\s+|three\s+)?(?:analysts|experts|observers|critics|witnesses|residents|sources|people|researchers|commentators|officials|diplomats)\s+(?:from|close to|familiar with|in|at|on|of|with|who)\b/i;
const ANONYMOUS = /\b(?:anonymity|not authori[sz]ed to (?:speak|comment)|asked not to be (?:named|identified)|declined to be (?:named|identified)|on condition of)\b/i;
// Participles that may sit between "in a statement" and its "that" ("posted on social media").
// (Also an -ed adjective after an article: "in a televised address", "at a scheduled briefing".)
const STATEMENT_PARTICIPLE = /\b(?:posted|published|issued|carried|released|broadcast|aired)\b|(?<=\b(?:a|an|the|his|her|its|their)\s+)\w+ed\b/g;
// Between a verb and its "that": a recipient or a time or place, but no verb of its own.
const BEFORE_THAT = /^([^,;“”"]{0,80}?)\bthat\b\s*/;
const HEAD_SPEECH = new RegExp(`\\b(?:said|says|told|tells|added|stated|(?:${SPEECH_VERBS})(?=\\s+that\\b|:?\\s*[“"]))\\b`);
const PERSON_THEN_SPEECH = new RegExp(`^\\s*(?:also\\s+|again\\s+|\\w+ly\\s+)?(?:${SPEECH_VERBS})\\b`);
const HAS_VERB = /\b(?:would|will|had|has|have|was|were|is|are|does|did|do|can|could|should|must|\w+ed)\b/;
// Participles of saying hang reported speech on the sentence subject: "..., writing on social media that",
// "..., warning that", "..., insisting that". Except "saying", they need a that-clause or a quotation.
// "telling X that ..." takes a recipient before its that-clause.
const SPEECH_PARTICIPLE = /^(?:writing|warning|insisting|adding|arguing|stressing|noting|telling)$/;
const VERB = new RegExp(`\\b(?:has |have |had |also |repeatedly |earlier |later )*(${SPEECH_VERBS}|saying|writing|warning|insisting|adding|arguing|stressing|noting|telling)\\b`, 'g');
const QUOTE = /[“"]([^”"]{2,}?)[”"]/g;
// Reported words that open with another attribution: "[CCTV said] Xi told Trump that ...".
// (Not a passive: "Ambassador X had been told that Jakarta expected ..." is what X heard, not what he said.)
const INNER_SPEECH = /^([^,;“”"]{1,60}?)(?<!\b(?:been|was|were|is|are|be|being))\s+(?:told|said|says|tells)\b(?:\s+[^,;“”"]{0,40}?)?\s+that\s+/;

/** `spokesperson`: who answers in a press-conference transcript, when only its title names them. */
export function extractStatements(doc: Doc, spokesperson: string | null = null): StatementFound[] {
  const out: StatementFound[] = [];
  const answers = transcriptAnswers(doc, spokesperson);
  for (const info of doc.sentences) {
    const answer = answers.get(info.sentence.index);
    // ("A: ... Minister Khanh said that Viet Nam attaches great importance to ...": words an answer reports are the
    // words of the one it names, not the spokesperson's own.)
    const reported = answer ? indirect(doc, info)?.filter((f) => f.record.speakerKey && f.record.speakerKey !== answer.record.speakerKey && doc.actors.get(f.record.speakerKey)?.kind === 'person') : undefined;
    // ("QUESTION: Did Mr. Zhou say anything when he was summoned?": a question reports nothing.)
    if (!answer && YES_NO_QUESTION.test(info.sentence.sentence)) continue;
    const found = answer ? (reported?.length ? reported : [answer]) : direct(doc, info) ?? indirect(doc, info) ?? quotationGoingOn(doc, info, out[out.length - 1]);
    if (found) out.push(...found.flatMap((f) => splitAdded(info, f)));
  }
  return out;
}

/**
 * '"Our diplomats have faced harassment," she said. "India cannot play the victim."': a sentence that is
 * only a quotation, right after a quotation attributed in the same paragraph, goes on with the same speaker.
 */
function quotationGoingOn(doc: Doc, info: SentenceInfo, last: StatementFound | undefined): StatementFound[] | null {
  const s = info.sentence;
  const whole = /^\s*[“"]([^”"]{10,})[”"]\s*$/.exec(s.sentence) ?? /^\s*[“"]([^”"]{10,}[.!?])[”"]?\s*$/.exec(s.sentence);
  if (!whole || !last || last.record.kind !== 'direct' || last.sentence !== s.index - 1) return null;
  const prev = doc.sentences[s.index - 1]?.sentence;
  if (!prev || prev.paragraph !== s.paragraph) return null;
  const text = whole[1]!.trim().replace(/[.,]$/, '');
  return [statementAt(info, last.record.speakerKey, last.speakerKeys, text, 'direct', s.start + s.sentence.indexOf(whole[1]!), last.verb)];
}

// "“...,” the president said, adding that Belgrade remained committed": after a quotation, what is
// added is a statement of its own by the same speaker.
const ADDING = /,\s+(?:and\s+)?adding(?:\s+that\b|\s*:)?\s*/;

/** Where an added statement's ", adding" starts in `sentence`, or its length when there is none. */
function addingAt(sentence: string): number {
  return ADDING.exec(sentence)?.index ?? sentence.length;
}

function splitAdded(info: SentenceInfo, f: StatementFound): StatementFound[] {
  const s = info.sentence;
  const m = ADDING.exec(s.sentence);
  const at = s.start + (m?.index ?? 0);
  // Reported speech that runs on into the addition ("said that X, adding that Y") stays one statement.
  if (!m || at < f.end) return [f];
  const from = at + m[0].length;
  const words = s.sentence.slice(from - s.start).replace(/[.]$/, '').trim();
  if (words.split(/\s+/).length < 3) return [f];
  const quoted = /^[“"][^“”"]+[”"]$/.test(words);
  return [f, statementAt(info, f.record.speakerKey, f.speakerKeys, quoted ? words.slice(1, -1) : words, quoted ? 'direct' : 'indirect', from + (quoted ? 1 : 0), 'added')];
}


const YES_NO_QUESTION = /^(?:(?:Q|Question)\s*[:：]\s*)?(?:Did|Does|Do|Will|Would|Can|Could|Is|Are|Was|Were|Has|Have|Had|Should)\b[^"“”]*\?\s*$/i;

// Press-conference transcripts: "Q: ..." from a journalist, "A: ..." from the spokesperson.
const QUESTION = /^(?:Q|Question)\s*[:：]\s*/;
// ("Spokesperson: We have seen these remarks.": a transcript may label the answers with the office alone.)
const ANSWER = /^(?:A|Answer|(?:Official\s+)?Spokes(?:person|man|woman))\s*[:：]\s*/i;
// Who answers at a press conference: "Spokesperson Lin Jian", "Press Secretary Taniguchi Rie".
const SPOKES_ROLE = /spokes|press secretary/i;
const INTERVIEW = /\b(?:in an interview|interview with|(?:spoke|talked) to (?:us|this|the|\p{Lu})|told (?:us|this newspaper|this paper|the newspaper))/iu;

/**
 * Every sentence of an answer in a press-conference transcript is the spokesperson's own words,
 * up to the next question: the person the article calls its spokesperson speaks them.
 */
function transcriptAnswers(doc: Doc, titled: string | null): Map<number, StatementFound> {
  const out = new Map<number, StatementFound>();
  const labelled = labelledParagraphs(doc);
  if (!labelled.size && !doc.sentences.some((x) => ANSWER.test(x.sentence.sentence))) return out;
  // (An interview's answers are the interviewee's: the person the introduction says spoke to the paper.)
  const firstQuestion = doc.sentences.find((x) => QUESTION.test(x.sentence.sentence))?.sentence.start ?? Infinity;
  // ("The Slovak diplomat ... spoke to Danube Review": a description of the person counts too.)
  const isPerson = (m: Mention) => !!m.key && doc.actors.get(m.key)?.kind === 'person';
  const interviewee = doc.allMentions.find((m) => isPerson(m) && m.start < firstQuestion && INTERVIEW.test(doc.sentences.find((x) => x.sentence.index === m.sent)?.sentence.sentence ?? ''))?.key;
  // (The spokesperson the introduction names comes first: a question may quote another side's spokesperson.)
  const spokes = (m: Mention) => m.type === 'person' && !!m.key && SPOKES_ROLE.test(doc.actors.get(m.key)?.role ?? '');
  const introduced = doc.allMentions.find((m) => m.start < firstQuestion && spokes(m))?.key;
  const speaker = introduced ?? titled ?? interviewee ?? doc.allMentions.find(spokes)?.key;
  let answering: string | null = null;
  let paragraph = -1;
  for (const info of doc.sentences) {
    const s = info.sentence;
    const startsParagraph = s.paragraph !== paragraph;
    paragraph = s.paragraph;
    const label = startsParagraph ? labelled.get(s.index) : undefined;
    if (startsParagraph && QUESTION.test(s.sentence)) answering = null;
    else if (startsParagraph && ANSWER.test(s.sentence)) answering = speaker ?? null;
    else if (label) answering = label.key;
    // (Any other label ends an answer: "Meridian Post: Why leave ...?" is the interviewer's.)
    else if (startsParagraph && /^[^:.!?"“”]{1,40}:\s/.test(s.sentence)) answering = null;
    // (And the outlet's closing note: "This interview has been edited ...", "The interview is part of our series",
    // "(The briefing ended at 1540 hrs)".)
    else if (startsParagraph && (/^(?:This|The) interview\b/.test(s.sentence) || /^\(.*\)\.?$/.test(s.sentence))) answering = null;
    if (!answering) continue;
    const lead = label?.end ?? ANSWER.exec(s.sentence)?.[0].length ?? 0;
    const spoken = s.sentence.slice(lead).trimStart();
    const words = spoken.replace(/[.]$/, '');
    if (words.split(/\s+/).length < 3) continue;
    out.set(s.index, statementAt(info, answering, [answering], words, 'direct', s.start + s.sentence.length - spoken.length, 'answered'));
  }
  return out;
}

/**
 * "Press Secretary TANIGUCHI: Good afternoon. ...", "MR PRICE: Thank you.": a paragraph opening with a
 * person's name and a colon is that person's words, up to the next label. Sentence index -> speaker
 * and where the words begin in the sentence.
 */
function labelledParagraphs(doc: Doc): Map<number, { key: string; end: number }> {
  const out = new Map<number, { key: string; end: number }>();
  for (const info of doc.sentences) {
    const s = info.sentence;
    // (An honorific's or a rank's full stop is no sentence end: "MS. SANTANA:", "ASEC. MAGSINO:".)
    const colon = /^(?:(?:Mr|Ms|Mrs|Dr|ASec|Usec|Sec|Amb|Gen)\.\s)?[^:.!?"“”]{2,60}?:\s/i.exec(s.sentence);
    if (!colon) continue;
    const at = s.start + colon[0].trimEnd().length - 1;
    const person = info.mentions.find((m) => m.type === 'person' && m.key && m.end === at);
    if (person?.key) out.set(s.index, { key: person.key, end: colon[0].length });
  }
  return out;
}

/** Who a span of attribution names: a person if there is one, else the last actor. */
function speakerIn(ms: Mention[]): Mention | null {
  const usable = ms.filter((m) => keysOf(m).length && !m.isLocation && !m.inTitle);
  const found = usable.find((m) => m.type === 'person' || m.type === 'pronoun' || m.type === 'description');
  // "the US ambassador, Nikki Haley, told ...": the name set off after a description is who it describes.
  const named = found?.type === 'description' ? usable.find((m) => m.type === 'person' && m.start > found.end && m.start - found.end <= 3) : undefined;
  return named ?? found ?? usable[usable.length - 1] ?? null;
}

function make(info: SentenceInfo, speaker: Mention, text: string, kind: 'direct' | 'indirect', start: number, doc: Doc, verb = 'said', group: Mention[] = [speaker]): StatementFound {
  return statementAt(info, speaker.key, [...new Set(group.flatMap(keysOf))], text, kind, start, verb);
}

/** A statement of `text` (starting at `start` in the clean text) by `speakerKey`, in sentence `info`. */
function statementAt(info: SentenceInfo, speakerKey: string | null, speakerKeys: string[], text: string, kind: 'direct' | 'indirect', start: number, verb: string): StatementFound {
  const s = info.sentence;
  const d = info.dates[0];
  return {
    record: { speakerKey, text: text.trim(), kind, date: d ? d.past : null, evidence: { sentence: s.sentence, start: s.start, end: s.end } },
    speakerKeys,
    sentence: s.index,
    verb,
    start,
    end: start + text.length,
  };
}

// Pattern: a sentence made of quotes plus an attribution — "“...,” Ruto said.",
// "“...,” she said, “...”" (one statement), "X said: “...”".
function direct(doc: Doc, info: SentenceInfo): StatementFound[] | null {
  const s = info.sentence;
  // (What follows ", adding" is a statement of its own: splitAdded.)
  const own = s.sentence.slice(0, addingAt(s.sentence));
  const quotes = [...own.matchAll(QUOTE)];
  if (!quotes.length) return null;
  const quoted = quotes.reduce((n, q) => n + q[0].length, 0);
  let rest = own;
  for (const q of quotes) rest = rest.replace(q[0], ' ');
  // Outside the quotes only an attribution may remain: a speaker, a verb, a few words.
  // ('"...," she went on, "..."': carrying on a quotation attributes it too.)
  const verb = new RegExp(`\\b(?:${SPEECH_VERBS}|continued|went on)\\b`).exec(rest);
  // A quotation with an attribution of a few words; a short scare quote in narrative is not one.
  // (What follows "said as he opened the session ..." only sets the scene.)
  const scene = verb ? /\s+(?:as|when|while|after|before|during|at|on|in)\s/.exec(rest.slice(verb.index + verb[0].length)) : null;
  const attribution = verb && scene && scene.index <= 20 ? rest.slice(0, verb.index + verb[0].length + scene.index) : rest;
  // (A relative clause or an apposition on the speaker does not count: '," police attorney X, who is leading the inquiry,
  // told ...', '," X, the minister responsible for the Government Chief Information Office, told ...'.)
  if (!verb || attribution.replace(/,\s*(?:who|which|the|a|an)\b[^,]*,/g, ',').replace(/[\s,.:;]+/g, ' ').trim().split(' ').length > 14 || quoted < 14) return null;
  // "..., said one senior EU diplomat, who was granted anonymity": an anonymous source is no identified speaker.
  if (ANONYMOUS.test(rest)) return null;
  const startsWithQuote = /^\s*[“"]/.test(own);
  const colonIntro = /:\s*[“"]/.test(own);
  if (!startsWithQuote && !colonIntro) return null;
  const outside = info.mentions.filter((m) => m.end <= s.start + own.length && !quotes.some((q) => m.start >= s.start + (q.index ?? 0) && m.end <= s.start + (q.index ?? 0) + q[0].length));
  const speaker = speakerIn(outside);
  if (!speaker) return null;
  const text = quotes.map((q) => q[1]!.trim().replace(/,$/, '')).join(' ');
  return [make(info, speaker, text, 'direct', s.start + (quotes[0]!.index ?? 0) + 1, doc)];
}

// Patterns of reported speech:
//  "According to X, CLAUSE"            speaker X
//  "CLAUSE, X said [on Friday]."        trailing attribution
//  "X said (that) CLAUSE", "X told reporters ... that CLAUSE", "X, who said ..."
//  "..., saying CLAUSE"                 the sentence subject speaks
function indirect(doc: Doc, info: SentenceInfo): StatementFound[] | null {
  const s = info.sentence;
  const sent = s.sentence;
  const mentionsIn = (a: number, b: number) => info.mentions.filter((m) => m.start >= s.start + a && m.end <= s.start + b);
  if (ANONYMOUS.test(sent.replace(QUOTE, ' '))) return null;

  const acc = /^According to ([^,]{2,80}),\s*/.exec(sent);
  // "According to a readout by X, Y told Z that ...": the inner attribution names the speaker.
  const innerSpeech = acc && new RegExp(`^[^,“"]{0,80}?\\b(?:${SPEECH_VERBS})\\b`).test(sent.slice(acc[0].length));
  if (acc && !innerSpeech) {
    const sp = speakerIn(mentionsIn(0, acc[0].length));
    if (sp) return [make(info, sp, sent.slice(acc[0].length), 'indirect', s.start + acc[0].length, doc)];
  }

  const trailing = new RegExp(`,\\s*((?:[^,]{0,80}?\\s)?)(?:${SPEECH_VERBS})\\b([^,]{0,120})(?:,|[.”"]*$)`).exec(sent);
  // (Not a coordinated clause of its own: "..., while Russia denied any involvement"; nor a charge's answer: "..., a claim
  // the minister dismissed as mischief".)
  if (trailing && (trailing.index ?? 0) > 20 && !/^(?:while|whereas|but|and|although|though|as|after|before|when|(?:a|an)\s+(?:claim|charge|accusation|allegation|assertion)|which)\b/i.test((trailing[1] ?? '').trim())) {
    const head = sent.slice(0, trailing.index);
    const attrib = trailing[1] ?? '';
    // The head reports speech of its own only with a saying verb or a that-clause/quotation after one
    // ("declared a diplomat persona non grata" does not).
    // So does a head that opens with a person and a reporting verb: "Chau reaffirmed X's support for ..., the
    // Vietnamese statement said" reports Chau's words, whoever published them.
    const personFirst = info.mentions.find((m) => m.start >= info.bodyStart && m.start - info.bodyStart <= 1 && m.type === 'person');
    const headHasVerb = HEAD_SPEECH.test(head) || (!!personFirst && PERSON_THEN_SPEECH.test(doc.text.slice(personFirst.end, personFirst.end + 40)));
    // The speaker is named before the verb (", Angola's presidency announced") or right after it (", said Ruto"),
    // not in an occasion that follows ("... after the two countries' ministers met").
    // (Where the verb ends in the match: before what follows it and the closing comma, if any.)
    const verbEndInMatch = trailing[0].length - (trailing[2]?.length ?? 0) - (trailing[0].endsWith(',') ? 1 : 0);
    const verbEnd = trailing.index + verbEndInMatch;
    const sp = (attrib.trim() ? speakerIn(mentionsIn(trailing.index + 1, verbEnd)) : null) ?? speakerIn(mentionsIn(trailing.index + 1, trailing.index + 1 + (trailing[0].length)));
    // ", said Ruto." names the speaker right after the verb; ", said Argentina wanted ..." is not an attribution.
    const post = (trailing[2] ?? '').trim();
    // After the verb only a time, place or occasion may follow ("said on Tuesday after talks in Berlin"),
    // or after "told" its recipient (", he told the broadcaster HRT on Tuesday evening").
    const toldRecipient = /\b(?:told|tells)$/.test(trailing[0].slice(0, verbEndInMatch)) && post.split(/\s+/).length <= 10;
    // (", said Ruto on Tuesday": after the speaker named after the verb only a time or place may follow, not a
    // clause of its own: ", said Washington stood firmly with Guyana".)
    const afterSpeaker = sp ? doc.text.slice(sp.end, s.start + trailing.index + trailing[0].length) : '';
    const speakerLast = !!sp && /^\s*(?:the\s+)?$/.test(doc.text.slice(s.start + verbEnd, sp.start)) && /^\s*(?:(?:on|in|at|late|early|earlier|later|last|this)\b[^,]*)?[,.”"]*\s*$/.test(afterSpeaker);
    const postOk = (attrib.trim() !== '' && !/\b(?:that|was|were|is|are|had|has|would|will|could|should|must|of)\b/.test(post) && (post === '' || /^(?:on|in|at|after|before|during|late|early|earlier|later|last|this|to|told)\b/.test(post) || post.split(/\s+/).length <= 3 || toldRecipient || /^(?:a|the|his|her|its|their)\s+(?:[\w-]+\s+){0,2}(?:briefing|news conference|press conference|conference|session|interview|forum)\b/.test(post))) || (post.split(/\s+/).length <= 6 && !!sp && /^,\s*(?:said|says|added|adds|told|wrote|noted|stated)\b/.test(trailing[0]) && sp.start >= s.start + trailing.index + trailing[0].length - (trailing[2] ?? '').length - 1 && speakerLast && !/\b(?:was|were|is|are|had|has|would|will|wanted|[a-z]\w*ed)\b/.test(post.replace(/\b(?:on|in|at)\s+\w+$/, '')));
    if (sp && postOk && !NON_ACTOR_ATTRIBUTION.test(attrib) && !NON_ACTOR_SPEAKER.test(attrib) && !headHasVerb && attrib.split(/\s+/).length <= 10 && !/\b(?:that|where|which|who|when|and|had|has|was|were|\w+ed)\b/.test(attrib)) {
      const from = info.bodyStart - s.start > 0 ? info.bodyStart - s.start : 0;
      if (head.slice(from).trim().split(/\s+/).length >= 3) return [make(info, sp, head.slice(from), 'indirect', s.start + from, doc, /\b(\w+)\b/.exec(trailing[0].slice((trailing[1] ?? '').length + 1))?.[1] ?? 'said')];
    }
  }

  VERB.lastIndex = 0;
  for (const v of sent.matchAll(VERB)) {
    const at = v.index ?? 0;
    const verb = v[1]!;
    if (at + s.start < info.bodyStart && verb !== 'saying' && !SPEECH_PARTICIPLE.test(verb)) continue;
    // "has neither confirmed nor denied", "did not say": nothing was stated.
    if (/\b(?:neither|not|never|nor|declined to|refused to)\s+(?:\w+\s+)?$/.test(sent.slice(Math.max(0, at - 20), at))) continue;
    // ("an exchange of notes on ...", "the claims": after an article or "of" the word is a noun.)
    if (/(?:^|\s)(?:of|the|a|an|their|his|her|its|our)\s+$/i.test(sent.slice(Math.max(0, at - 8), at))) continue;
    // ('"why a truce both parties say they want ..."': a verb inside a quotation is the quoted speaker's words.)
    if ((sent.slice(0, at).match(/[“”"]/g) ?? []).length % 2 === 1) continue;
    // "Analysts said ...": the speaker is not an actor (unless the word ends a body's name: "the UN panel of experts said").
    const bodyBefore = info.mentions.some((m) => m.type === 'org' && /^\s*$/.test(doc.text.slice(m.end, s.start + at)) && m.end > s.start + at - 12);
    if (NON_ACTOR_SPEAKER.test(sent.slice(Math.max(0, at - 30), at)) && !bodyBefore) continue;
    let group: Mention[] = [];
    const clause = info.clauses.find((c) => c.start <= s.start + at && s.start + at < c.end) ?? info.clauses[0]!;
    if (SPEECH_PARTICIPLE.test(verb) && !/^\s*(?:(?:on|in|via)\b[^,;“”"]{0,30}?\s)?(?:that\b|:?\s*[“"])/.test(sent.slice(at + v[0].length)) &&
      // Pattern: ", telling reporters/the council that ...": a recipient may precede the that-clause.
      !(verb === 'telling' && /^\s*[^,;“”"]{1,40}?\s+that\b/.test(sent.slice(at + v[0].length)))) continue;
    if (verb === 'saying' || SPEECH_PARTICIPLE.test(verb)) {
      // A participle speaks for the subject of the sentence, or of the clause it hangs on when that has its
      // own: "The chill dates back to February, when Norway expelled an attaché, saying he had ...".
      const own = info.clauses.findIndex((x) => x.start <= s.start + at && s.start + at < x.end);
      const hung = own > 0 ? info.clauses[own - 1] : undefined;
      const hungSubject = hung && hung.link === 'subordinate' && /^when\b/i.test(hung.text) ? hung.mentions.filter((m) => !m.possessive && !m.isLocation) : [];
      // "It quoted Qurbonzoda as saying that ...": the one quoted speaks, not the one quoting.
      const quotedAs = verb === 'saying' ? info.mentions.find((m) => m.end <= s.start + at && /^\s+as\s+$/.test(doc.text.slice(m.end, s.start + at)) && /\bquot(?:ed|es|ing)\s+$/.test(doc.text.slice(Math.max(0, m.start - 12), m.start))) : undefined;
      group = quotedAs ? [quotedAs] : hungSubject.length ? subjectAt(doc, info, hung!, hung!.end) : subjectAt(doc, info, info.clauses[0]!, s.start + at);
      // "the five countries called on X to ..., warning that": an actor after the main verb is its object,
      // and the unnamed subject ("the five countries") is no identified speaker.
      const lead = group[0] ? doc.text.slice(info.bodyStart, group[0].start) : '';
      if (/(?<![-\w])(?:[a-z]+ed|called|urged|told)\s+(?:on\s+|for\s+)?(?:the\s+|a\s+|an\s+)?[\w\s-]{0,30}$/.test(lead) && /^\s*(?:the|these|those|both|all)\b/i.test(lead)) continue;
    } else {
      // An actor right before the verb is its subject ("a step Ottawa said was ...").
      // Also a person set off by commas: "A spokeswoman for the ministry, Yelena Rudakova, said ...", "The US
      // representative to the OAS, Ambassador Mark Whitfield, said ...".
      // ("Tian Jiarui (China) said": the state in brackets only says whom the speaker speaks for. Not a body's acronym:
      // "X, the head of the Security and Intelligence Service (SIS), said" is X's.)
      const adjacent = info.mentions.filter((m) => m.end <= s.start + at && keysOf(m).length && !m.isLocation && !m.inTitle && (/^\s*(?:\((?![A-Z]{2,6}\))[^()]{1,40}\)\s*,?\s*)?(?:(?:also|has|have|had|repeatedly|earlier|later)\s+)*$/.test(doc.text.slice(m.end, s.start + at)) ||
        (m.type === 'person' && /^,\s*(?:(?:also|has|have|had|repeatedly|earlier|later)\s+)*$/.test(doc.text.slice(m.end, s.start + at)) && /,\s*(?:\p{Lu}[\p{L}.]*\s+){0,2}$/u.test(doc.text.slice(Math.max(info.sentence.start, m.start - 30), m.start))))).pop();
      group = adjacent && adjacent.type !== 'description' && !adjacent.inTitle ? [adjacent] : subjectAt(doc, info, clause, s.start + at);
    }
    const speaker = speakerIn(group) ?? group[0] ?? null;
    if (!speaker) continue;
    let from = at + v[0].length;
    // "told reporters (on ...) that", "said in a statement that": start after "that" when it comes soon.
    const tail = sent.slice(from);
    // A noun-object verb reports speech only with a quotation or a real that-clause ("dismissed that claim" is neither).
    const npVerb = NP_VERBS.test(verb);
    // "called on X to agree ...", "called for a ceasefire": an appeal, not reported words (a quotation
    // later in the sentence belongs to another verb).
    if (verb === 'called' && /^\s*(?:on|upon|for)\b/.test(tail)) continue;
    // "told a news conference in Port Vila.": the audience, not reported words.
    if (/^(?:told|tells)$/.test(verb) && /^\s*(?:a|an|the|his|her|its|their)\s+(?:[\w-]+\s+)?(?:news conference|press conference|briefing|meeting|rally|summit|gathering|audience|forum|session|conference)\b(?:\s+(?:in|at|on)\s+(?:the\s+)?(?:\p{Lu}[\p{L}'’-]*\s*){1,3})?\s*[.]?\s*$/u.test(tail)) continue;
    // "told the ambassador to leave the country": an order, not reported words.
    if (/^(?:told|tells|telling)$/.test(verb) && /^\s*[^,;“”"]{1,60}?\bto\s+(?!(?:the|a|an|reporters|journalists)\b)[a-z]+\b/.test(tail) && !/^\s*[^,;“”"]{1,60}?\bthat\b/.test(tail)) continue;
    // ("accused the Philippines of “repeated provocations”": a quotation inside a charge is no statement.)
    // (A quotation counts only in the verb's own phrase: "welcomed the deal as “a crucial step”", "denied it,
    // calling it “propaganda”", not in another clause after a comma.)
    if (npVerb && !/^[^,;]*[“"]/.test(tail) && !/^[^;]*?,\s*(?:calling|describing|terming|branding|saying)\b[^,;]*[“"]/.test(tail) && !NP_SPEECH_TAIL.test(tail)) continue;
    if (/^(?:accused|charged)$/.test(verb) && !NP_SPEECH_TAIL.test(tail) && /^[^“"]*\bof\b/.test(tail)) continue;
    // ("Venezuela has claimed the Essequibo region for a century": a claim to land, not to a fact; what is claimed as
    // said has a verb of its own.)
    if (/^claim(?:ed|s)$/.test(verb) && !NP_SPEECH_TAIL.test(tail) && !HAS_VERB.test(tail.split(/[,;]/)[0] ?? '')) continue;
    // ("was posted to Moscow": a diplomat's posting; "posted on social media that ..." reports.)
    if (verb === 'posted' && !NP_SPEECH_TAIL.test(tail)) continue;
    // "added 23 companies to its list": "added" reports speech only before "that", a colon, a quotation or a clause.
    if (/^add(?:ed|s)$/.test(verb) && !/^\s*(?:that\b|:|,|[“"]|(?:on|in|at)\s)/.test(tail) && /^\s*(?:\d|(?:a|an|the|its|their|his|her|some|more|new|two|three|several)\s)/i.test(tail)) continue;
    const that = BEFORE_THAT.exec(tail);
    // What may stand between the verb and its "that": a recipient after "told", else only a
    // time, place or manner phrase ("said on Friday in a statement that"), never a noun
    // phrase that "that" modifies ("urged Manila to avoid actions that would ...").
    const between = (that?.[1] ?? '').trim();
    const thatOk = !!that && !HAS_VERB.test((that[1] ?? '').replace(STATEMENT_PARTICIPLE, '')) &&
      (/^(?:told|tells|telling)$/.test(verb) || between === '' || ((!npVerb || NP_SPEECH_TAIL.test(tail)) && /^(?:on|in|at|during|after|afterwards?|subsequently|then|before|earlier|later|last|this|late|also|again|repeatedly|publicly|separately|privately|via|through|to|today|yesterday|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b/i.test(between)));
    if (thatOk && that) from += that[0].length;
    else {
      if (NP_VERBS.test(verb) && !/[“"]/.test(tail) && !/^\s*that\b/.test(tail)) continue;
      from += /^\s*(?:on \w+|in a [\w\s]+?(?=,|[.:]?\s*$|:)|to reporters|reporters)?\s*[,:]?\s*/.exec(tail)?.[0].length ?? 0;
    }
    // "said on Tuesday after talks in Berlin": an occasion, not reported words.
    if (/^\s*(?:after|before|during|while|when|at|following|ahead of)\b/i.test(sent.slice(from)) && !/[“"]/.test(sent.slice(from))) continue;
    // (A trailing "..., the Vietnamese statement said" names where the words were published, not more words.)
    let words = sent.slice(from).replace(/,\s*according to [^,]+[.]?$/i, '').replace(/,\s*(?:the|a|an)\s+[^,“”"]{0,40}?\b(?:statement|readout|communiqu[eé]|ministry|release)\s+(?:said|says|added|stated)\b[^,“”"]{0,25}[.]?$/i, '');
    words = words.trim();
    // ('dismissed as "pure mischief"': a characterisation quoted, not words reported.)
    if (words.split(/\s+/).length < 3 || /^as\s+[“"][^“”"]*[”"][.]?$/.test(words)) continue;
    // "CCTV said Xi told Trump that ...": the words are the inner speaker's.
    const inner = INNER_SPEECH.exec(words);
    if (inner) {
      const innerAt = s.start + from + (sent.slice(from).length - sent.slice(from).trimStart().length);
      const innerSpeaker = speakerIn(info.mentions.filter((m) => m.start >= innerAt && m.end <= innerAt + (inner[1]?.length ?? 0)));
      const rest = words.slice(inner[0].length).replace(/[.]$/, '');
      if (innerSpeaker && rest.split(/\s+/).length >= 3) return [make(info, innerSpeaker, rest, 'indirect', innerAt + inner[0].length, doc, 'said')];
    }
    const allQuoted = /^[“"][^“”"]+[”"][.]?$/.test(words);
    return [make(info, speaker, words.replace(/[.]$/, ''), allQuoted ? 'direct' : 'indirect', s.start + from, doc, verb, group)];
  }
  // "After the talks, the two sides signed an agreement ..., according to the Kremlin.": with no verb of
  // saying, a trailing "according to" names who reports the sentence.
  // Not a channel or a vague source ("according to Russian state media", "according to his office").
  const accordingAfter = /,\s*according to ([^,]{2,80})[.]?$/.exec(sent);
  if (accordingAfter && !/\b(?:media|press|reports?|sources?|office|officials|diplomats|data|figures|estimates|statement|readout|television|TV|agency|agencies|news|broadcaster)\b/i.test(accordingAfter[1] ?? '')) {
    const sp = speakerIn(mentionsIn(accordingAfter.index + accordingAfter[0].length - (accordingAfter[1]?.length ?? 0) - 1, sent.length).filter((m) => m.type !== 'description' && m.type !== 'pronoun'));
    const from = info.bodyStart - s.start > 0 ? info.bodyStart - s.start : 0;
    const words = sent.slice(from, accordingAfter.index).trim();
    if (sp && words.split(/\s+/).length >= 4) return [make(info, sp, words, 'indirect', s.start + from, doc, 'said')];
  }
  return null;
}
