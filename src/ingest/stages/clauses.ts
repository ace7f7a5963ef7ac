// Stage: the shape of each sentence that statements, allegations and events
// share: its clauses (split at subordinators, relative pronouns, participles
// and reported-speech boundaries), who each clause is about, its tense, and
// its dates.
import type { EventStatus } from '../types.js';
import type { ActorDraft, Mention } from './mentions/index.js';
import { keysOf } from './mentions/index.js';
import { quotationSpans, type Sentence } from './sentences.js';
import { findDates, type DateMention } from './dates.js';

export interface Clause {
  start: number;
  end: number;
  text: string;
  /** How the clause hangs on the sentence: its subject may come from elsewhere. */
  link: 'main' | 'relative' | 'participle' | 'subordinate' | 'continuation' | 'complement';
  /** Actors named in the clause (no places, no title modifiers). */
  mentions: Mention[];
  /** Subject to use when the clause names none before its verb (participles, "who"). */
  inherited: Mention[];
  status: EventStatus;
  tense: 'past' | 'perfect' | 'present' | 'future';
  /** A subordinate clause hanging on a trailing attribution ("..., X said on Tuesday after talks in Berlin"). */
  afterAttribution?: boolean;
}

export interface SentenceInfo {
  sentence: Sentence;
  clauses: Clause[];
  mentions: Mention[];
  dates: DateMention[];
  /** Where a leading adverbial ("On Thursday,", "In a statement,") ends. */
  bodyStart: number;
}

export interface Doc {
  text: string;
  published: string;
  sentences: SentenceInfo[];
  actors: Map<string, ActorDraft>;
  allMentions: Mention[];
}

// Where a new clause begins. The captured word says what kind it is.
// ", and he urged ...": a coordinated clause with a pronoun subject of its own starts a new clause.
// ", and Apia signed ...": so does one with a named subject and a past-tense verb of its own (not the
// last item of a list: "Britain, France, and Germany imposed ...").
// "met officials in Asmara on Monday | and is set to hold talks in Addis Ababa on Friday": a coordinated
// verb with a future of its own is another act of the same subject.
// "met X in Ankara on Monday | and later held talks with Y in Sofia": so does one with a time adverb of
// its own ("later", "then"), and an elliptical second meeting ("met X on Tuesday, | and with Y on Wednesday").
// "would give €80 million, half of | what it pledged at last year's conference": a free relative has its own verb and time.
// (Not "condemned what it called an unprovoked violation": the naming is the object itself.)
// "accused Russia of running a network ..., | and summoned Moscow's ambassador": a second act of the subject after a charge.
// (", as well as by rights groups" goes on with the same clause.)
// "asked Russia for protection at a congress in Tiraspol | and Moldova's government accused Moscow of ...": a
// second subject, a state's government or leader, with a verb of its own (no comma needed).
const BOUNDARY = /(,\s+and\s+(?=(?:also\s+|then\s+|later\s+)?(?:summoned|expelled|recalled|imposed|announced|demanded|vowed|threatened|ordered|closed|suspended|declared)\b)|\s+(?=what\s+(?:it|he|she|they|we|\p{Lu}[\p{L}-]+)\s+(?:had\s+|has\s+)?(?!called|termed|described|dubbed|labell?ed|branded|considered|regarded|saw|deemed)[a-z]+ed\b)|\s+(?=and\s+(?:later|then|afterwards|subsequently)\s+(?:met|held|hosted|visited|travell?ed|flew|received|spoke|signed|talked|went|headed|called)\b)|,?\s+(?=and\s+(?:later\s+|then\s+|afterwards\s+)?with\s+(?:his|her|their|the\s+)?\p{Lu})|;\s*|,\s+and\s+(?=(?:he|she|they)\s+\w+)|(?<!\b\p{Lu}[\p{L}'’.-]*),\s+and\s+(?=(?:the\s+)?\p{Lu}[\p{L}'’.-]+(?:\s+\p{Lu}[\p{L}'’.-]+){0,3}\s+(?:(?:has|have|had|also|later|then)\s+)?(?:[a-z]+ed|is|are|was|were|will|would|signed|met|held|said|sent|cut|struck|made|took|gave|began|led|spoke|told|broke|withdrew|threw|won|swore)\b)|,\s+(?=(?:while|but|whereas|which|whom|who|where|when|saying|accusing|ending|clearing|abandoning|stripping|sparking|adding|arguing|calling|urging|warning|insisting|as(?!\s+well\s+as))\b)|\s+(?=(?:after|before|when|amid|while|because|although|though|until|since|if|whereas|who|which)\b)|\s+(?=and\s+(?:is|are)\s+(?:set|due|expected|scheduled)\s+to\s|and\s+will\s+(?!be\b)[a-z])|\s+(?=and\s+\p{Lu}[\p{L}-]+['’]s\s+(?:government|foreign ministry|foreign office|army|military|president|prime minister|leader|cabinet|parliament)\s+(?:has\s+|had\s+|also\s+)?(?:accused|said|blamed|denied|rejected|condemned|warned|announced|demanded|insisted|responded)\b))/gu;
const INVITED_ACT = /\b(?:invitation|invited|invites|agreed|plans?|offered|promised|pledged|vowed|decided|hopes?)\s+(?:\w+\s+){0,3}?to\s+[a-z]+\b[^,;]{0,70}$/;
/** A second object of the verb before, with the verb left out: "met X on Tuesday, and with Y in Amman". */
export const ELLIPTICAL_WITH = /^,?\s*and\s+(?:later\s+|then\s+|afterwards\s+)?with\s/;
// Reported speech opens a clause with its own subject: "Ruto said | Abiy would visit".
// ("declared X persona non grata" and "warned against" introduce no reported clause.)
// ("announced a grant of ...", "announced $100 million": an indefinite noun object or a sum after these verbs is no reported clause.)
// ("added two Iranian firms to its sanctions list": "added" with an object reports nothing.)
const COMPLEMENT = /\b(?:said|says|say|told|tells|(?:added|adds)(?!\s+(?:[\d$]|(?:a|an|the|its|their|his|her|some|more|new|two|three|four|five|six|seven|eight|nine|ten|several|dozens)\s))|insisted|warned(?! against)|claimed|argued|explained|stated|declared(?=\s+that)|cautioned|noted|stressed|acknowledged|reiterated|affirmed|reaffirmed|underlined|underscored|maintained|maintains|asserted|contended|(?:announced|confirmed)(?!\s+(?:[$£€¥₹]|US\$|\d|a|an|new|fresh|further|the\s+(?:deployment|expulsion|closure|suspension|imposition|withdrawal|release|signing|launch|dispatch|delivery|allocation)\s+of|the\s+(?:[\w-]+\s+){0,2}(?:pledge|contribution|package|grant|donation))\b))\b(?:[^,;“”"]{0,60}?\bthat\b)?\s*/g;
// "a forum that Norway plans to hold": a relative clause with its own subject,
// unless "that" introduces what was said or claimed ("claims that Moscow ...").
const RELATIVE_THAT = /\s+(?=that\s+\p{Lu})/gu;
/** A charge, and when it was made: "the accusations made last week". */
export const CHARGE_MADE = String.raw`\b(claims?|accusations?|allegations?|charges?|assertions?|remarks?|suggestions?)(?:\s+(?:made|levelled|leveled|voiced)(?:\s+(?:on|last)\s+\w+)?)?`;
/** Who made it: "by US officials", "by Kenya's trade minister, Ms. X,", ", published in the media and repeated by X,". */
export const CHARGE_BY = String.raw`(?:\s+by\s+[^,;]{1,80}?|\s+by\s+[^;]{1,90}?,|,\s+(?:made|published|levelled|leveled|voiced|repeated)\s[^;]{1,90}?\sby\s[^;]{1,60}?,)`;
const CLAIM_BY = new RegExp(`${CHARGE_MADE}${CHARGE_BY}$`, 'i');
const NOT_RELATIVE = new Set('said says told claim claims accusation accusations allegation allegations charge charges evidence information report reports fear fears concern concerns warned noted insisted added confirmed denied alleged stressed argued showing suggesting hope hopes belief view fact sign signs signal signals assurance assurances so such now demanded demanding demands urged urging asked requested proposed suggested insisting'.split(' '));
const TRAILING_ATTRIBUTION = /,\s*[^,]{0,80}?\b(?:said|says|told|announced|added|stated)\b(?:\s+(?:on|in|at|late|early|last|this)\b[^,]{0,30})?\s*,?\s*$/;
// "X and Philippine Foreign Secretary Y", "X and his North Macedonian counterpart, Y,": a partner named with a title.
const TITLED_PARTNER = /^\s*,?\s*and\s+(?:(?:his|her|their|the)\s+)?(?:(?:\p{Lu}[\p{L}'’.-]*|counterpart|minister|secretary|president|prime|foreign|deputy|vice|envoy|ambassador|premier|leader|chief|head)\s*,?\s+){1,6}$/u;
const TIME_PREP = /^(?:before|after)\s+(?:the\s+(?:end|start|beginning|middle|close)\s+of\s+)?$/i;
const PARTICIPLES = /^(?:saying|accusing|ending|clearing|abandoning|stripping|sparking|adding|arguing|calling|urging|warning|insisting)\b/;
/** Right before a verb, a counterfactual past ("a resolution that would have condemned ..."): nothing was done. */
export const COUNTERFACTUAL_BEFORE = /\b(?:would|could|might|should)\s+(?:not\s+)?have\s+(?:\w+ly\s+)?$/i;
// ("a resolution that would have condemned ...": a counterfactual past plans nothing either.)
const PLANNED = /\b(?:will|would(?!\s+(?:not\s+)?have\b)|'ll|shall|is set to|are set to|was set to|were set to|is expected to|are expected to|was expected to|is due to|are due to|was due to|were due to|is due in|are due in|is expected in|are expected in|plans? to|planned to|planning to|is scheduled|are scheduled|was scheduled|to be held|to be hosted|to be convened|invitation to (?:attend|visit)|invited to (?:attend|visit)|upcoming|intends? to|is to|are to|ahead of|is poised to|are poised to|(?:is|are|was|were)\s+(?:also|now|still|currently|reportedly)\s+(?:set|due|expected|scheduled|poised)\s+to)\b/i;
const ONGOING = /\b(?:is|are)\s+(?:\w+ly\s+|also\s+|now\s+|still\s+)?(?:holding|meeting|visiting|hosting|attending|discussing|conducting|staging|negotiating|deploying|shelling|attacking|blockading|detaining|carrying out)\b|\b(?:is|are)\s+(?:now\s+|still\s+)?(?:under ?way|ongoing|in progress)\b|\b(?:continues|continue)\s+to\b/i;
const PERFECT = /\b(?:has|have|had)\s+(?:\w+ly\s+|also\s+|not\s+|already\s+|long\s+)*(?:been\s+)?\w+(?:ed|en|t|wn|ld|un)\b/i;
const PRESENT = /\b(?:deny|denies|says|say|accuse|accuses|blames|blame|insists|is|are|remains|continues)\b/i;
// "According to a readout by X, the minister told ...": the source of the report is not the subject either;
// nor is a place or actor in a leading participle ("Meeting at the South Korean Foreign Ministry, the two ministers signed ...").
// It may end with the name of the official it mentions: "In a note to the British ambassador, Kirsty Hayes, ...".
// (Also after a transcript's label: "Q: At the Security Council on Tuesday, India's envoy accused ...".)
const LEADING_ADVERBIAL = /^(?:(?:Q|Question|A|Answer)\s*[:：]\s*)?(?:(?:According to|On|In|At|During|After|Before|Asked|Speaking|Arriving|Explaining|Earlier|Later|Last|Like|Unlike|Despite|Under|Without|Following|Since|Separately|Meanwhile|Also|However|Hours|Days|Addressing|Writing|Responding|Referring|Commenting|Meeting|Visiting|Talking|Standing|Sitting|Returning|Travell?ing|Hosting|Welcoming|Opening|Closing|Wrapping up|Flanked by|Accompanied by|Joined by)\b(?:[^,"“]{0,80}\b(?:ambassador|envoy|minister|president|counterpart|spokes(?:man|woman|person)|secretary|chief|leader),\s*\p{Lu}[\p{L}'’.-]+(?:\s+\p{Lu}[\p{L}'’.-]+){0,3}|[^,"“]{0,120}),\s*)/u;

// An opening phrase of time counted from an event: "weeks after Russia's invasion of Ukraine, ", "Days before the vote, ".
const TIME_AFTER_LEAD = /^(?:(?:weeks|days|hours|months|years|minutes|shortly|just|only|soon|a\s+(?:day|week|month|year)|(?:two|three|four|five|several|\d+)\s+(?:days|weeks|months|years))\s+(?:after|before|since)\b[^,"“]{0,120}),\s*/i;

const FINITE_IN_LEAD = /\b(?:government|ministry|authorities|\p{Lu}[\p{L}'’-]+)\s+(?:has\s+|have\s+|had\s+|also\s+)?(?:imposed|announced|signed|expelled|accused|summoned|sent|held|met|said|told|made|took|gave|struck|launched|agreed|rejected|condemned|warned|handed|delivered|lodged|recalled|protested|demanded)\s+(?!by\b)/u;

/** Whether a mention lies inside one of the sentence's quotations. */
export function insideQuotation(s: Sentence): (m: { start: number; end: number }) => boolean {
  const quoted = quotationSpans(s);
  return (m) => quoted.some(([a, b]) => m.start >= a && m.end <= b);
}

/** Whether `before` (a sentence up to some point) leaves a quotation open. */
function insideQuote(before: string): boolean {
  const curly = (before.match(/“/g) ?? []).length - (before.match(/”/g) ?? []).length;
  return curly > 0 || (before.match(/"/g) ?? []).length % 2 === 1;
}

export function analyseClauses(text: string, sentences: Sentence[], mentions: Mention[], actors: Map<string, ActorDraft>, published: string): Doc {
  const bySent = new Map<number, Mention[]>();
  for (const m of mentions) bySent.set(m.sent, [...(bySent.get(m.sent) ?? []), m]);
  const infos: SentenceInfo[] = [];
  for (const s of sentences) {
    const ms = (bySent.get(s.index) ?? []).sort((a, b) => a.start - b.start);
    const leadFound = LEADING_ADVERBIAL.exec(s.sentence);
    // "In March the Chilean government imposed sanctions on ..., whom ...": a subject and its verb make a
    // clause, not an opening adverbial.
    const lead = leadFound && !FINITE_IN_LEAD.test(leadFound[0]) ? leadFound : null;
    // ("In April 2022, weeks after Russia's invasion of Ukraine, Lithuania expelled ...": a second opening phrase.)
    const leadLength = lead ? lead[0].length : 0;
    const followOn = TIME_AFTER_LEAD.exec(s.sentence.slice(leadLength));
    const bodyStart = s.start + leadLength + (followOn && !FINITE_IN_LEAD.test(followOn[0]) ? followOn[0].length : 0);
    const dates = findDates(s.sentence, s.start, published, text.slice(Math.max(0, s.start - 600), s.start));
    const clauses: Clause[] = [];
    const cuts: { at: number; word: string }[] = [{ at: s.start, word: '' }];
    BOUNDARY.lastIndex = 0;
    for (const b of s.sentence.matchAll(BOUNDARY)) {
      const at = s.start + (b.index ?? 0) + b[0].length;
      if (at <= bodyStart) continue;
      // No clause starts inside a quotation: 'accused it of "kneeling before the British"'.
      if (insideQuote(s.sentence.slice(0, at - s.start))) continue;
      // "talk again in Oslo before the end of the month": a time adverbial, not a clause.
      if (dates.some((d) => d.start >= at && TIME_PREP.test(text.slice(at, d.start)))) continue;
      // ", and Apia signed ...": a coordinated clause carries on the time of the one before it.
      const word = /^,\s+and\s+$/.test(b[0]) ? '<resume>' : /^\w+/.exec(s.sentence.slice(at - s.start))?.[0]?.toLowerCase() ?? '';
      cuts.push({ at, word });
      // "X, who ..., VERB": the main clause resumes after the comma closing the relative clause.
      // (Also one inside an apposition: "X, a former IGAD official who now lectures at Makerere University, said".)
      const inApposition = word === 'who' && /,\s+(?:a|an|the)\s+[^,;]{1,60}$/.test(s.sentence.slice(0, at - s.start - b[0].length));
      if ((word === 'who' || word === 'which') && (/,\s+$/.test(b[0]) || inApposition)) {
        const close = /,\s+(?!and\b|or\b|but\b|the\b|a\b)(?=[a-z])/.exec(s.sentence.slice(at - s.start));
        if (close) cuts.push({ at: at + close.index + close[0].length, word: '<resume>' });
      }
    }
    for (const re of [COMPLEMENT, RELATIVE_THAT]) {
      re.lastIndex = 0;
      for (const b of s.sentence.matchAll(re)) {
        const at = s.start + (b.index ?? 0) + b[0].length;
        if (at <= bodyStart || at >= s.end - 3) continue;
        if (re === RELATIVE_THAT && NOT_RELATIVE.has(/(\w+)$/.exec(s.sentence.slice(0, b.index ?? 0))?.[1]?.toLowerCase() ?? '')) continue;
        // "claims by US officials that ...": the that-clause is the claim's content, not a relative clause of "officials".
        if (re === RELATIVE_THAT && CLAIM_BY.test(s.sentence.slice(Math.max(0, (b.index ?? 0) - 180), b.index ?? 0))) continue;
        // "said on Tuesday that Peru's decision ...": the "that" of reported speech already opened a clause.
        if (re === RELATIVE_THAT && cuts.some((x) => x.word === '<complement>' && x.at > at && x.at <= at + 6)) continue;
        cuts.push({ at, word: re === COMPLEMENT ? '<complement>' : 'that' });
      }
    }
    cuts.sort((x, y) => x.at - y.at);
    for (let k = cuts.length - 1; k > 0; k--) if (cuts[k]!.at - cuts[k - 1]!.at < 2) cuts.splice(k, 1);
    const actorMentions = (a: number, b: number) => ms.filter((m) => m.start >= a && m.end <= b && !m.isLocation && !m.inTitle && keysOf(m).length);
    // The subject of a sentence opening with a quotation is the speaker after it, not an actor quoted.
    const inQuote = insideQuotation(s);
    const unquoted = actorMentions(bodyStart, s.end).filter((m) => !m.possessive && !inQuote(m));
    // ("Mali's military-led government ... recalled its ambassador, accusing ...": people of an actor acting for it
    // make it the subject.)
    const leadActor = actorMentions(bodyStart, s.end)[0];
    const agentLead = leadActor && ownsAgents(text, leadActor, bodyStart) ? [leadActor] : [];
    const subjectPool = [...agentLead, ...(/^\s*[“"]/.test(s.sentence) && unquoted.length ? unquoted : actorMentions(bodyStart, s.end).filter((m) => !m.possessive))];
    // With the actors coordinated with it: "Britain and Canada imposed ..., accusing them of ...".
    const mainSubject = subjectPool.slice(0, 1);
    for (const m of subjectPool.slice(1)) {
      const between = text.slice(mainSubject[mainSubject.length - 1]!.end, m.start);
      if (/^\s*(?:,\s*(?:and\s+)?|and\s+)$/.test(between) || (m.type === 'person' && TITLED_PARTNER.test(between))) mainSubject.push(m);
      else break;
    }
    for (let k = 0; k < cuts.length; k++) {
      const a = cuts[k]!.at;
      const b = cuts[k + 1]?.at ?? s.end;
      const word = cuts[k]!.word;
      const link: Clause['link'] = k === 0 ? 'main' : word === '<resume>' ? 'continuation' : word === '<complement>' ? 'complement' : PARTICIPLES.test(word) ? 'participle' : word === 'who' || word === 'whom' || word === 'which' || word === 'where' || word === 'that' ? 'relative' : 'subordinate';
      const ctext = text.slice(a, b);
      let inherited: Mention[] = [];
      if (link === 'participle' || link === 'subordinate' || (link === 'relative' && word === 'where')) inherited = mainSubject;
      // Reported speech without a named subject ("said officials would meet") is the speaker's side.
      if (link === 'complement') {
        const prev = clauses[clauses.length - 1];
        // Not an actor quoted in it: '"It was NATO that ...," he said, rejecting ...' speaks for "he".
        const sp = prev ? prev.mentions.filter((m) => !m.possessive && m.start >= bodyStart && !inQuote(m)) : [];
        inherited = sp.length ? sp.slice(0, 1) : prev?.inherited ?? [];
      }
      if (link === 'continuation') inherited = clauses[clauses.length - 1]?.inherited ?? [];
      // (After a relative clause inside an apposition the main subject resumes: "X, a former official who now lectures
      // at Makerere University, said".)
      if (link === 'continuation' && !inherited.length && clauses[clauses.length - 1]?.link === 'relative' && /^who\b/i.test(clauses[clauses.length - 1]!.text) && mainSubject[0]?.type === 'person') inherited = mainSubject;
      if (link === 'relative' && word !== 'where' && word !== 'that') {
        // "X, who ..." — the antecedent is the nearest actor before the pronoun.
        const before = ms.filter((m) => m.end <= a && !m.isLocation && keysOf(m).length && !m.inTitle);
        // (Only one right before the pronoun, or heading its noun phrase: "the Sri Lankan Navy, which"; in
        // "manoeuvres against the BRP Datu Pagbuaya, which was delivering fuel" the vessel is no actor.)
        const last = before[before.length - 1];
        const ante = last && /^(?:['’]s)?(?:\s+[\p{L}.-]+){0,2}[\s,)]*$/u.test(text.slice(last.end, a)) ? last : undefined;
        if (ante) {
          // Coordinated antecedents ("Putin and Xi, who ...") stay together.
          const group = [ante];
          for (let i = before.length - 2; i >= 0; i--) {
            if (/^\s*(?:,|and)\s*(?:the\s+)?$/.test(text.slice(before[i]!.end, group[0]!.start))) group.unshift(before[i]!);
            else break;
          }
          inherited = group;
        }
      }
      // "Germany will send tanks, the minister said on Tuesday after talks with X": the
      // subordinate clause belongs to the attribution — its subject is the speaker, its time the report's.
      // (So does a participle after one: "X did Y, the security service said on Tuesday, accusing Z of ...".)
      const attribution = link === 'subordinate' || link === 'participle' ? TRAILING_ATTRIBUTION.exec(text.slice(s.start, a)) : null;
      let afterAttribution = false;
      if (attribution) {
        const at = s.start + attribution.index;
        const speaker = actorMentions(at, a).filter((m) => !m.possessive);
        if (speaker.length) {
          inherited = speaker.slice(0, 1);
          afterAttribution = true;
        }
      }
      // A "when/after/before" clause of a planned event is planned too ("... will meet when the summit opens").
      const mainPlanned = link === 'subordinate' && clauses[0]?.status === 'planned' && !afterAttribution;
      // (Not the words of a quotation: '"Egypt will not allow ...," the minister told a news conference after meeting X'.)
      const told = ctext.replace(/[“"][^”"]*[”"]/g, ' ');
      // "will meet X on Monday, and with Y on Tuesday": a clause with its verb left out keeps the time of the one before.
      const gapped = ELLIPTICAL_WITH.test(ctext) ? clauses[clauses.length - 1]?.status : undefined;
      const status: EventStatus = gapped ?? (PLANNED.test(told) || mainPlanned ? 'planned' : ONGOING.test(told) ? 'ongoing' : 'occurred');
      const tense = tenseOf(ctext, status);
      clauses.push({ start: a, end: b, text: ctext, link, mentions: actorMentions(a, b), inherited, status, tense, afterAttribution });
    }
    infos.push({ sentence: s, clauses, mentions: ms, dates, bodyStart });
  }
  return { text, published, sentences: infos, actors, allMentions: mentions };
}

function tenseOf(t: string, status: EventStatus): Clause['tense'] {
  if (status === 'planned') return 'future';
  if (PERFECT.test(t)) return 'perfect';
  return PRESENT.test(t) && !/\b(?:said|told|was|were|\w+ed)\b/.test(t) ? 'present' : 'past';
}

/**
 * Status and tense at one verb: modality is read from the few words before it,
 * so "will lift restrictions that they imposed" dates "imposed" as past.
 */
export function statusAt(doc: Doc, c: Clause, at: number, word = ''): { status: EventStatus; tense: Clause['tense'] } {
  const window = doc.text.slice(Math.max(c.start, at - 45), Math.min(c.end, at + 25));
  const before = doc.text.slice(Math.max(c.start, at - 45), at + word.length);
  let status: EventStatus = PLANNED.test(before) || /^\w+\s+(?:is|are)\s+(?:due|set|expected|scheduled)\b/.test(doc.text.slice(at, at + 40)) ? 'planned' : ONGOING.test(window) ? 'ongoing' : 'occurred';
  if (status === 'occurred' && c.link === 'subordinate' && c.status === 'planned' && !/\b(?:had|has|have|was|were)\b/.test(before)) status = 'planned';
  // "Ministers are due to discuss sanctions at a meeting in Brussels": a meeting named in a planned clause is planned too.
  if (status === 'occurred' && c.status === 'planned' && /^(?:an?\s+|the\s+)?(?:meeting|talks|summit|visit|trip|session|conference)$/i.test(word.trim()) && !/\b(?:had|has|have|was|were|did)\b|\b\w+ed\b/.test(doc.text.slice(c.start, at))) status = 'planned';
  // "X and Y will share tracking data in real time and hold a joint exercise in June": a modal further back
  // still governs a verb coordinated with its own, when no verb of another tense comes between.
  if (status === 'occurred' && c.status === 'planned') {
    const modal = /\b(?:will|shall|is to|are to|is set to|are set to|is expected to|are expected to)\s+((?:(?!\b(?:had|has|have|was|were|did|said|says)\b)[^.;,])*)$/.exec(doc.text.slice(c.start, at));
    if (modal && /\band\b/.test(modal[1] ?? '') && !/\b[a-z]+ed\b/.test(modal[1] ?? '')) status = 'planned';
  }
  // "Talks between X and Y are under way": the clause's progressive or "under way" reaches an event noun before it.
  if (status === 'occurred' && c.status === 'ongoing' && !/\b(?:had|has|have|was|were|did)\b|\b\w+ed\b/.test(before)) status = 'ongoing';
  return { status, tense: tenseOf(window, status) };
}

// (Not a title: "Rwanda's government spokesperson, Yolande Makolo" is hers.)
const AGENT_NOUN = /^['’]s?\s+(?:[a-z-]+\s+)?(?:representatives|officials|envoys?|delegation|delegates|negotiators|diplomats|ministers|government|forces|troops|military|army|navy|coast guard|authorities|leaders|side)\b(?!\s+(?:spokes\w*|minister|secretary|official|chief|head|envoy|ambassador|advis[eo]r|representative)\b)/;
/** A possessive opening its phrase at `from` whose people act for it ("Mali's military-led government", "Maduro's representatives"). */
function ownsAgents(text: string, m: Mention, from: number): boolean {
  return m.possessive && /^\s*(?:and\s+|the\s+)?$/i.test(text.slice(from, m.start)) && AGENT_NOUN.test(text.slice(m.end, m.end + 30));
}

/**
 * The subject of the verb at `at`: the first actor of the clause (with any actors
 * coordinated with it: "Chile and Peru"), else the inherited one.
 */
export function subjectAt(doc: Doc, info: SentenceInfo, c: Clause, at: number): Mention[] {
  // "Pyongyang said it was retaliating for leaflets that activists had sent, and accused Seoul ...": a verb
  // coordinated by ", and" with no subject of its own shares the sentence's subject, not the nearest noun.
  const main = info.clauses[0];
  // (Not inside a relative clause, whose subject is its antecedent: "from Minister X, who called the drills ..., and
  // warned that ...".)
  const inRelative = c.inherited.length > 0 && (c.link === 'relative' || c.link === 'continuation');
  if (main && main !== c && !inRelative && /,\s+and\s+(?:also\s+|then\s+|later\s+)?$/.test(doc.text.slice(Math.max(c.start, at - 20), at))) {
    const first = main.mentions.filter((m) => m.start >= info.bodyStart && !m.possessive && !m.isLocation);
    if (first.length) return subjectAt(doc, info, main, first[0]!.end);
  }
  // "Talks between A and B broke down, with X accusing B of ...": an absolute "with" phrase has its own subject.
  const withAbsolute = /(?:^|[,;—–-]\s*)with\s+[^,;:"“”]{2,90}$/i.exec(doc.text.slice(Math.max(info.sentence.start, at - 100), at));
  if (withAbsolute && /^[a-z]+ing\b/.test(doc.text.slice(at, at + 20))) {
    const from = at - withAbsolute[0].length;
    const inPhrase = info.mentions.filter((m) => m.start >= from && m.end <= at && !m.possessive && !m.isLocation && !m.inTitle && m.start >= info.bodyStart);
    if (inPhrase.length) return inPhrase;
    // "Sanctions were imposed on X by the Treasury, with officials accusing him ...": unnamed officials speak for the agent.
    if (/^(?:[,;—–-]\s*)?with\s+(?:the\s+)?(?:officials|authorities|diplomats|prosecutors|ministers)\s/i.test(withAbsolute[0])) {
      const agent = info.mentions.filter((m) => m.end <= from && /\bby\s+(?:the\s+)?$/.test(doc.text.slice(Math.max(info.sentence.start, m.start - 8), m.start)) && !m.isLocation);
      return agent.slice(-1);
    }
  }
  const own = c.mentions.filter((m) => m.end <= at && m.start >= info.bodyStart && !m.possessive);
  // "(said that) Maduro's representatives committed ...", "(..., and) Moldova's government accused ...": people of an
  // actor acting for it make it the subject.
  // ("The European Union's foreign ministers, meeting in Luxembourg, condemned ...": so even with actors after it.)
  const agentsOf = c.mentions.find((m) => m.end <= at && m.start >= info.bodyStart && ownsAgents(doc.text, m, Math.max(c.start, info.bodyStart)) && !own.some((o) => o.start < m.start));
  if (agentsOf) return [agentsOf];
  if (!own.length) return c.inherited.length ? c.inherited : c.mentions.filter((m) => m.end <= at && m.start >= info.bodyStart);
  const group = [own[0]!];
  for (const m of own.slice(1)) {
    if (/^\s*(?:,\s*(?:and\s+)?|and\s+|as well as\s+)(?:the\s+)?(?:[A-Z][\w.'’-]*\s+){0,4}$/.test(doc.text.slice(group[group.length - 1]!.end, m.start))) group.push(m);
    else break;
  }
  return group;
}

/** The date a clause refers to: one inside it, else a leading adverbial of its sentence. */
export function clauseDate(info: SentenceInfo, c: Clause, near: number, until = Infinity): DateMention | null {
  // (`until`: dates after it belong to something else, such as the act a charge names: "behind Sunday's attack".)
  const all = datesIn(info, c).filter((d) => d.end <= until);
  // "is to fly to Beijing on Friday and hold talks with Wang Yi on Saturday": a time before a coordinated verb is that of the verb before.
  const own = all.filter((d) => !(d.end <= near && /^\s*,?\s*and\b/.test(info.sentence.sentence.slice(d.end - info.sentence.start, near - info.sentence.start))));
  const inside = own.length ? own : all;
  if (inside.length) return inside.sort((a, b) => Math.abs(a.start - near) - Math.abs(b.start - near))[0]!;
  const lead = info.dates.find((d) => d.end <= info.bodyStart);
  if (lead) return lead;
  // ", and demanded that they be withdrawn": a coordinated act carries on the time of the one before it
  // ("came a day after Somalia accused Ethiopia of ..., and demanded ...").
  const before = info.clauses[info.clauses.indexOf(c) - 1];
  // (So does a clause after a semicolon: "In October 2013 the navy detained a ship; Caracas accused Georgetown ...".)
  const afterSemicolon = /;\s*$/.test(info.sentence.sentence.slice(0, c.start - info.sentence.start));
  if ((c.link === 'continuation' || afterSemicolon) && before && before.link !== 'complement') {
    const carried = clauseDate(info, before, before.start, until);
    if (carried) return carried;
  }
  // "X and Y have agreed to a truce, Angola announced on Tuesday": an undated report is dated by its attribution.
  const idx = info.clauses.indexOf(c);
  const nextClause = info.clauses[idx + 1];
  if (c.link === 'main' && (c.tense === 'perfect' || c.tense === 'past') && TRAILING_ATTRIBUTION.test(c.text) && nextClause) {
    const attributed = datesIn(info, nextClause).find((d) => d.start - nextClause.start <= 3);
    if (attributed) return attributed;
  }
  // A present-tense clause ("which it attributes to Georgia") states a current position, not a dated act.
  if (c.tense === 'present' && c.link === 'relative') return null;
  // Reported speech, a relative clause, a participle ("imposed sanctions on Thursday, accusing ...") or an
  // occasion of the report without a date of its own takes the date of the clause it hangs on:
  // "Washington said on Sunday that it ... called on Beijing to ...".
  const i = info.clauses.indexOf(c);
  if (c.link === 'participle') {
    // The participle shares its main verb's time, not that of a relative clause in between.
    for (let k = i - 1; k >= 0; k--) {
      const p = info.clauses[k]!;
      if (p.link !== 'main' && p.link !== 'continuation') continue;
      const own = datesIn(info, p);
      return own.length ? own[own.length - 1]! : null;
    }
  }
  // "last met in July, when X hosted Y": a "when" clause right after a time is at that time.
  const whenAfterTime = c.link === 'subordinate' && /^(?:when|after)\b/i.test(c.text) && i > 0 && datesIn(info, info.clauses[i - 1]!).some((d) => /^[\s,]*$/.test(info.sentence.sentence.slice(d.end - info.sentence.start, c.start - info.sentence.start)));
  // "came a day after Somalia accused ...": the act after "after" is at the time the phrase gives.
  const dayAfter = info.dates.find((d) => /\bafter$/i.test(d.text) && d.start < c.start && d.end > c.start && d.end < c.end);
  if (dayAfter) {
    // "Pakistan struck on Thursday, two days after Iran launched ...": counted back from the main clause's day.
    const mainDay = info.clauses.slice(0, info.clauses.indexOf(c)).flatMap((p) => datesIn(info, p)).filter((d) => d !== dayAfter && d.past.precision === 'day').pop();
    const count = /\b(a|one|two|three)\s+(days?|weeks?)\b/i.exec(dayAfter.text);
    const n = (({ a: 1, one: 1, two: 2, three: 3 } as Record<string, number>)[count?.[1]?.toLowerCase() ?? 'a'] ?? 1) * (/^week/i.test(count?.[2] ?? '') ? 7 : 1);
    if (!mainDay) return dayAfter;
    const day = new Date(Date.parse(mainDay.past.value) - n * 86400e3).toISOString().slice(0, 10);
    return { ...dayAfter, past: { value: day, precision: 'day' }, future: { value: day, precision: 'day' } };
  }
  // "expelled 18 diplomats in April 2021 after blaming X for ...": a participle after "after" happened then too.
  const afterGerund = c.link === 'subordinate' && /^(?:after|before)\s+[a-z]+ing\b/i.test(c.text);
  if (c.link === 'complement' || c.link === 'relative' || c.link === 'continuation' || c.afterAttribution || whenAfterTime || afterGerund) {
    for (let k = i - 1; k >= 0; k--) {
      const p = info.clauses[k]!;
      const own = datesIn(info, p);
      if (own.length) return own[own.length - 1]!;
      if (p.link !== 'complement' && p.link !== 'relative' && p.link !== 'continuation' && !(afterGerund && p.link === 'subordinate' && /^when\b/i.test(p.text))) break;
    }
  }
  return null;
}

// A definite past time ("late last month", "on Monday", "in 2019") cannot modify a present-perfect verb:
// in "Ghana has promised to respond to the arrest ... early last week" it dates the arrest, not the promise.
const PRESENT_PERFECT = /\b(?:has|have)\s+(?:\w+ly\s+|also\s+|not\s+|already\s+|long\s+)*(?:been\s+)?\w+(?:ed|en|t|wn|ld|un)\b/i;
const DEFINITE_PAST = /\b(?:last|ago|yesterday|on\s+\w+day)\b|^(?:in|on)\s+(?:\w+\s+)?(?:19|20)\d\d\b|^(?:late|early|mid-?)\s/i;

const EVENT_NOUN_BEFORE = /\b(?:call|meeting|talks|visit|summit|conversation|trip)\s+$/i;
/** Dates inside a clause that can time its verb. */
// "agreed to a ceasefire, due to take effect on Sunday": the time when something takes effect is not the act's.
const EFFECT_BEFORE = /\b(?:take effect|takes effect|come into force|comes into force|enter into force|into effect|effective|expires?|expiring)\b[^.;]{0,25}$/i;

function datesIn(info: SentenceInfo, c: Clause): DateMention[] {
  const inside = info.dates.filter((d) => d.start >= c.start && d.end <= c.end && !EFFECT_BEFORE.test(info.sentence.sentence.slice(Math.max(0, d.start - info.sentence.start - 45), d.start - info.sentence.start)));
  if (!inside.length || !PRESENT_PERFECT.test(c.text)) return inside;
  // ... unless the time hangs on an event noun: "has promised X aid during a phone call on Monday".
  return inside.filter((d) => !DEFINITE_PAST.test(d.text) || /\b(?:since|this)\b/i.test(d.text) || EVENT_NOUN_BEFORE.test(info.sentence.sentence.slice(Math.max(0, d.start - info.sentence.start - 30), d.start - info.sentence.start)));
}

/** Dates that set the time of a sentence's main report (not those inside reported speech or relative clauses). */
const mainDatesCache = new WeakMap<SentenceInfo, DateMention[]>();
export function mainDates(info: SentenceInfo): DateMention[] {
  const hit = mainDatesCache.get(info);
  if (hit) return hit;
  const out = info.dates.filter((d) => {
    if (d.end <= info.bodyStart) return true;
    const c = info.clauses.find((x) => d.start >= x.start && d.start < x.end);
    // "accepted an invitation to visit Baku in October": a time inside an infinitive is the act still to come.
    if (c && INVITED_ACT.test(info.sentence.sentence.slice(c.start - info.sentence.start, d.start - info.sentence.start))) return false;
    // "in the run-up to the September 28 parliamentary election": a date naming an occasion is no time of the report.
    if (/\bthe\s+$/.test(info.sentence.sentence.slice(Math.max(0, d.start - info.sentence.start - 5), d.start - info.sentence.start)) && /^\s+[a-z]/.test(info.sentence.sentence.slice(d.end - info.sentence.start, d.end - info.sentence.start + 3))) return false;
    // ("accused Israel of having struck its nuclear sites in June last year": a time inside a charge is the act's.)
    if (c && /\b(?:accused|accuses|accusing|blamed|blaming)\s+[^.;]*?\bof\s+[^.;]*$/.test(info.sentence.sentence.slice(c.start - info.sentence.start, d.start - info.sentence.start))) return false;
    return !c || c.link === 'main' || c.link === 'continuation';
  });
  mainDatesCache.set(info, out);
  return out;
}

/** The subject of a clause: actors before `at` in it, else what it inherits. */
export function subjectOf(c: Clause, at: number): Mention[] {
  const own = c.mentions.filter((m) => m.end <= at && !m.possessive);
  if (own.length) return own;
  return c.inherited.length ? c.inherited : c.mentions.filter((m) => m.end <= at);
}
