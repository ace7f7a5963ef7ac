// Stage: events coded with PLOVER types. A trigger word in a clause makes an
// event; the clause's actors are its participants (before the trigger: source,
// after: target); tense and modality give the status; mentions of one
// real-world event are merged.
import type { EventType, ExtractedEvent, PartialDate, ParticipantRole } from '../types.js';
import type { Doc, SentenceInfo, Clause } from './clauses.js';
import { clauseDate, mainDates, statusAt, subjectAt } from './clauses.js';
import { keysOf, type ActorDraft, type Mention } from './mentions.js';
import type { AllegationFound } from './allegations.js';

interface Trigger {
  type: EventType;
  re: RegExp;
  /** May stand with a single participant (a summit, a host). */
  single?: boolean;
}

const TRIGGERS: Trigger[] = [
  // consultations: meetings, visits, calls, summits
  { type: 'consult', re: /\b(?:spoke|spoken|speak|talked)\s+(?:by (?:tele)?phone\s+)?(?:with|to)\b|\bspoke by (?:tele)?phone\b|\b(?:phone|telephone|video) (?:call|conversation)\b/ },
  { type: 'consult', re: /\b(?:met|meet|meets|meeting with|held talks|hold talks|holds talks|holding talks|talks with|talks between|hosted|hosts|hosting|received|visited|visits|travel(?:l)?(?:ed|s)? to|travel to|trip to|visit to|will visit|to visit|state visit|(?:was|were) (?:welcomed|greeted) by|(?:held|hold|holds|holding) (?:an? |their |the )?(?:[\w-]+ ){0,3}(?:dialogue|consultations|negotiations))\b/ },
  // An event noun standing for a meeting; "host country", "news conference" and "cabinet meeting" are not.
  { type: 'consult', re: /\b(?:summit|talks|host(?! (?:country|nation|city|government))|(?<!(?:cabinet|party|board|staff|news|press) )meeting|(?:bring|brings|brought) together|convened)\b/, single: true },
  // A council or assembly voting meets to do so ("the Security Council voted on Wednesday to extend ...").
  { type: 'consult', re: /\b(?:voted|votes)\b(?=\s+(?:\w+\s+)?(?:on|to|in favou?r|against|unanimously|for)\b)/, single: true },
  // agreements
  { type: 'agree', re: /\b(?:signed|signs|signing|agreed to|agreed on|reached an? (?:deal|agreement|accord)|struck an? (?:deal|agreement))\b/ },
  // concessions
  { type: 'concede', re: /\b(?:lifted|dropped|withdrew|abandoned) (?:its|their|his|her) (?:objection|objections|veto|opposition)\b|\bbacked down\b/ },
  // sanctions and expulsions
  // Expulsions: "declared X persona non grata", "ordered X to leave (the country)".
  { type: 'sanction', re: /\b(?:imposed|imposes|impose|sanctioned|sanctions (?:on|against)|expelled|expels|expel|ordered out|declared (?:[\w'’-]+ ){1,5}persona non grata|ordered (?:[\w'’-]+ ){1,5}to leave|revoked the accreditation|revoked (?:their|the|his) accreditation|cut (?:diplomatic )?(?:ties|relations)|downgraded (?:its |their )?(?:diplomatic )?(?:ties|relations)|froze (?:the )?assets|blacklisted|similar measures)\b/ },
  // threats
  // "warned against promising too much" is advice, not a threat. "warning" only as a participle
  // (", warning that ...", "and warning that ..."), not the noun ("asked about the warning").
  { type: 'threaten', re: /\b(?:(?:warned|warns)(?! against)|(?:(?<=(?:,|\band)\s)|^)warning(?! against)|threatened|threatens|threatening|vowed to retaliate|vowed revenge|vowed to respond)\b/ },
  // aid: sending or pledging arms, money, assistance
  // Promises count as pledges ("promised X a further £40m of aid", "pledges €2bn in military support");
  // sums may be in any currency or written as "bn"/"m".
  { type: 'aid', re: /(?<![-\w])(?:send|sends|sending|sent|supply|supplies|supplied|deliver|delivers|delivered|provide|provides|pledged|pledges|pledging|promised|promises|donated?)\b(?=[^.;]{0,60}(?:\b(?:tanks?|weapons|arms|aid|missiles|drones|munitions|ammunition|assistance|equipment|jets|air defen[cs]e|systems|money|funds|shells|(?:military|financial|defen[cs]e) support)\b|[$£€]\s?\d))/ },
  // support: one side backing another's position or bid ("backed X's plan", "endorsed X's candidacy");
  // "Russia-backed" and "backed by" are not acts of support.
  { type: 'support', re: /(?<![-\w])(?:backed|backs|endorsed|endorses)\b(?!\s+by\b)/ },
  // Condemnation is public disapproval of another side ("condemned X's launch as a provocation",
  // "denounced the move by X"): an accusation when the clause names whom it is aimed at.
  { type: 'accuse', re: /\b(?:condemned|condemns|denounced|denounces)\b/ },
  // requests
  { type: 'request', re: /\b(?:asked|requested|applied for|appealed to|called on|calls on|urged)\b/ },
  // rejections that are not denials of an allegation
  { type: 'reject', re: /\b(?:vetoed|vetoes|rejected the (?:decision|proposal|plan|move|resolution|offer|demand)|(?:would|will|does|did) not accept)\b/ },
  // Brushing off criticism or demands ("dismissing the criticism from X as ...", "rebuffed calls by X").
  { type: 'reject', re: /\b(?:dismissed|dismisses|dismissing|rejected|rejects|rejecting|rebuffed|rebuffing)\s+(?:the\s+|their\s+|its\s+|[\w'’-]+['’]s\s+)?(?:[\w-]+\s+)?(?:criticisms?|condemnation|demands?|calls|appeals?|protests?|pressure)\b/ },
];
const THREATENED_ACT = /\b(?:threatened|threatens|threatening|threaten)\s+to\s+(?:\w+\s+)?$/;
const THING_THAT = /\b[a-z]+\s+(?:that|which)\s+$/;
// "Asked about ..." opens a sentence without a request.
const NOT_A_REQUEST = /^\s*Asked\b/;
// An event noun inside "ahead of a summit", "preparations for a trip": announced, not happened.
const NOUN_AHEAD = /\b(?:on the eve of|ahead of|in the run-up to|preparations for|plans for)\s+(?:an?|the|their|its|his|her)?\s*(?:[\w'’-]+\s+){0,3}$/;
// An appositive may come between ("the ministry, known as Itamaraty, said").
const ATTRIBUTION_AFTER = /^\s*(?:['’]s\s+[\w\s]{0,30}?)?(?:,\s*[^,]{1,40},\s*)?(?:also\s+|later\s+)?(?:said|says|told|tells|announced|added|reported|stated|confirmed)\b/;
const DEFINITE_REFERENCE = /\b(?:the|that|this|their|the two-day|the three-day)\s+(?:talks|meeting|summit|call|visit|conversation)\b/;
// A denial negates the act it governs: "denies sending weapons", "denied having supplied arms".
const NEGATION = /\b(?:not|never|no|neither|nor|declined to|refused to|denied|denies|deny|denying)\s+(?:\w+\s+){0,2}$/;
// Open questions are not events: "declined to say whether Xi had agreed to speak with Zelensky".
const HYPOTHETICAL = /\b(?:whether|if)\b[^,;]*$/;
// A topic, not a venue: "the situation in Myanmar", "the war in Ukraine".
// Coordinated topics count too: "the situation in the Middle East and in Bangladesh".
const TOPIC_IN = /\b(?:situation|war|crisis|conflict|fighting|violence|tensions?|elections?|peace|unrest|developments|humanitarian \w+|security)\s+in\s+(?:the\s+)?(?:[\p{Lu}][\p{L}'’-]*\s+){0,3}?(?:(?:and|or|as well as)\s+(?:in\s+)?(?:the\s+)?)?$/iu;

type Place = { name: string; country: string | null };

export function extractEvents(doc: Doc, allegations: AllegationFound[], actors: Map<string, ActorDraft>, published: string, datelinePlace: Place | null, capitalOf: (iso3: string) => Place | null = () => null): ExtractedEvent[] {
  const events: ExtractedEvent[] = [];
  const side = (key: string) => (key.startsWith('state:') ? key.slice(6) : actors.get(key)?.country ?? key);

  for (const info of doc.sentences) {
    for (const c of info.clauses) {
      const seen = new Set<EventType>();
      for (const trig of TRIGGERS) {
        if (seen.has(trig.type)) continue;
        const m = trig.re.exec(c.text);
        if (!m) continue;
        if (trig.type === 'request' && NOT_A_REQUEST.test(c.text)) continue;
        // "threatened to cut ties", "vowed to expel": a sanction only threatened has not happened (the threat is the event).
        if ((trig.type === 'sanction' || trig.type === 'aid') && THREATENED_ACT.test(c.text.slice(0, m.index))) continue;
        // "a provocation that threatens peace": a relative clause on a thing, not an actor, makes no threat.
        if (trig.type === 'threaten' && THING_THAT.test(doc.text.slice(Math.max(info.sentence.start, c.start + (m.index ?? 0) - 60), c.start + (m.index ?? 0))) && !info.mentions.some((x) => x.end <= c.start + (m.index ?? 0) && c.start + (m.index ?? 0) - x.end <= 7)) continue;
        if (NEGATION.test(c.text.slice(0, m.index)) && trig.type !== 'reject') continue;
        if (trig.type !== 'threaten' && HYPOTHETICAL.test(doc.text.slice(info.sentence.start, c.start + (m.index ?? 0)))) continue;
        const at = c.start + (m.index ?? 0);
        const ev = build(info, c, trig, at, m[0]);
        if (ev) {
          seen.add(trig.type);
          events.push(ev);
        }
      }
    }
  }

  // Accusations and denials found by the allegation stage.
  for (const a of allegations) {
    const info = doc.sentences[a.sentence]!;
    if (a.record.accuserKeys.length) {
      events.push(makeEvent('accuse', info, [...a.record.accuserKeys.map((k) => [k, 'source'] as const), ...a.record.accusedKeys.map((k) => [k, 'target'] as const)], defaultDate(a.date, a.tense, info), 'occurred', null, null));
    }
    for (const d of a.denials) {
      const dinfo = doc.sentences[d.sentence]!;
      const targets = a.record.accuserKeys.filter((k) => !d.keys.includes(k));
      events.push(makeEvent('reject', dinfo, [...d.keys.map((k) => [k, 'source'] as const), ...targets.map((k) => [k, 'target'] as const)], defaultDate(d.date, d.tense, dinfo), 'occurred', null, null));
    }
  }
  return merge(events, side);

  function sentenceOf(e: ExtractedEvent): number {
    return doc.sentences.find((x) => x.sentence.start === e.evidence.start)?.sentence.index ?? -99;
  }

  function build(info: SentenceInfo, c: Clause, trig: Trigger, at: number, word: string): ExtractedEvent | null {
    const passive = /\b(?:was|were|been|be)\s+\w+ed\s+by\b/.test(c.text);
    const ahead = NOUN_AHEAD.test(doc.text.slice(c.start, at));
    // The clause after an event noun often dates or places it: "a summit, which is due in Washington next week".
    const next = info.clauses[info.clauses.indexOf(c) + 1];
    const span = trig.single && next?.link === 'relative' ? { ...c, end: next.end } : c;
    // Source: the clause subject (with coordinated actors), or what the clause inherits.
    // For an event noun "ahead of a NATO summit", only the noun's own modifiers and "of/with" phrase.
    const aheadStart = ahead ? c.start + (NOUN_AHEAD.exec(doc.text.slice(c.start, at))?.index ?? 0) : 0;
    const before = ahead ? c.mentions.filter((m) => m.start >= aheadStart && m.end <= at) : subjectAt(doc, info, c, at);
    // Objects between the subject and the trigger ("thanked Scholz in a phone call") are targets.
    // An appositive after the subject ("Kim, the sister of leader X, issued ...") describes it; X takes no part.
    const subjEnd = before[before.length - 1]?.end ?? -1;
    const appositive = (m: Mention) => subjEnd >= 0 && /^,\s+(?:the|a|an|his|her)\b[^,]*$/.test(doc.text.slice(subjEnd, m.start)) && /,/.test(doc.text.slice(m.end, at));
    const between = ahead ? [] : c.mentions.filter((m) => m.end <= at && !before.includes(m) && !m.possessive && m.start > (before[before.length - 1]?.start ?? -1) && !appositive(m));
    // A threat's target is often in the conditional that follows ("warned ... if Finland joined").
    const afterPool = trig.type === 'threaten' ? info.mentions.filter((m) => !m.isLocation && !m.inTitle && keysOf(m).length) : c.mentions;
    const ofPhrase = /^\s*\w*\s*(?:of|with|between)\b[^,;]*/.exec(doc.text.slice(at + word.length, c.end))?.[0].length ?? 0;
    // A trailing attribution (", Defence Minister X said", ", Downing Street said in a statement")
    // names who reports the event, not who takes part in it.
    const inAttribution = (m: Mention) => /,\s*[^,]{0,60}$/.test(doc.text.slice(Math.max(c.start, m.start - 60), m.start)) && ATTRIBUTION_AFTER.test(doc.text.slice(m.end, m.end + 50));
    // A possessive state modifying the actor right after it ("Sudan's paramilitary RSF") is not a party of its own.
    const modifier = (m: Mention) => m.possessive && c.mentions.some((o) => o !== m && o.start > m.end && o.start - m.end <= 30 && /^['’]s\s+(?:[a-z-]+\s+){0,2}$/.test(doc.text.slice(m.end, o.start)));
    // Not parties: the state in "the Lao capital", a country that is a topic ("the civil war in Myanmar").
    const capMod = capitalModifier(info, c, true);
    const topic = (m: Mention) => TOPIC_IN.test(doc.text.slice(Math.max(c.start, m.start - 40), m.start));
    // "criticism from Seoul and Tokyo": a capital named as the source of criticism or demands is its state.
    const fromSpan = trig.type === 'reject' ? FROM_CRITIC.exec(doc.text.slice(at, c.end)) : null;
    const critics = fromSpan
      ? info.mentions
          .filter((m) => m.isLocation && m.start >= at + fromSpan.index && m.end <= at + fromSpan.index + fromSpan[0].length)
          .map((m) => (m.key?.startsWith('state:') || !m.place?.country ? m : { ...m, key: `state:${m.place.country}`, keys: [`state:${m.place.country}`] }))
          .filter((m) => m.key?.startsWith('state:'))
      : [];
    // The channel of a statement ("via the official news agency X", "carried by X") takes no part.
    const channel = (m: Mention) => CHANNEL_BEFORE.test(doc.text.slice(Math.max(c.start, m.start - 50), m.start));
    const after = [...between.filter((m) => !channel(m)), ...critics, ...afterPool.filter((m) => m.start >= at && (!ahead || m.start <= at + word.length + ofPhrase))].filter((m) => !inAttribution(m) && !modifier(m) && m !== capMod && !topic(m) && !channel(m));
    const parts: [string, ParticipantRole][] = [];
    const add = (ms: Mention[], role: ParticipantRole) => {
      for (const m of ms) for (const k of keysOf(m)) if (!parts.some(([x]) => x === k)) parts.push([k, role]);
    };
    add(before, passive ? 'target' : 'source');
    add(after, passive ? 'source' : 'target');
    {
      const loc = placeIn(info, span);
      const isVisit = trig.type === 'consult' && (/\b(?:travel|trip|visit)/.test(word) && /\bto\b/.test(word) || /visit/.test(word) && /\b(?:arrived|arrives|arriving|landed)\s+in\b/.test(c.text));
      // The host of a visit is the state of the place visited, not the visitor's own.
      const sourceSides = new Set(parts.filter(([, r]) => r === 'source').map(([k]) => side(k)));
      if (isVisit && loc?.country && !sourceSides.has(loc.country) && !parts.some(([k]) => k === `state:${loc.country}`)) parts.push([`state:${loc.country}`, 'target']);
    }
    // A state is not the target of its own official's act ("Duda ... the first by a Polish head of state").
    if (trig.type === 'consult' || trig.type === 'sanction' || trig.type === 'aid') {
      const sourceSides = new Set(parts.filter(([, r]) => r === 'source').map(([k]) => side(k)));
      for (let i = parts.length - 1; i >= 0; i--) if (parts[i]![1] === 'target' && parts[i]![0].startsWith('state:') && sourceSides.has(side(parts[i]![0])) && !parts.some(([k, r]) => r === 'source' && k === parts[i]![0])) parts.splice(i, 1);
    }
    if (!parts.length) return null;
    const distinct = new Set(parts.map(([k]) => k));
    // Members of an international body meeting as that body ("ASEAN foreign ministers met") need no second party.
    let bodyOnly = parts.length > 0 && parts.every(([k]) => k.startsWith('org:') && !actors.get(k)?.country);
    if (distinct.size < 2 && !trig.single && !(trig.type === 'consult' && bodyOnly) && trig.type !== 'reject' && trig.type !== 'threaten' && trig.type !== 'request' && trig.type !== 'sanction' && trig.type !== 'aid') return null;
    if (trig.single && distinct.size < 2 && !/\b(?:summit|talks|host|meeting)\b/.test(word) && !(/^vote/.test(word) && parts.every(([k]) => k.startsWith('org:')))) return null;
    // Only a body votes as a meeting; states voting for a text take part in another body's meeting.
    if (/^vote/.test(word) && !parts.some(([k, r]) => r === 'source' && k.startsWith('org:'))) return null;
    // What was voted for ("to extend the mission in South Sudan") has its own parties.
    if (/^vote/.test(word)) {
      for (let i = parts.length - 1; i >= 0; i--) if (parts[i]![1] !== 'source') parts.splice(i, 1);
      bodyOnly = parts.every(([k]) => k.startsWith('org:') && !actors.get(k)?.country);
    }
    if (word === 'meeting' && !placeIn(info, c)) return null;
    if (trig.type === 'consult' && DEFINITE_REFERENCE.test(c.text) && distinct.size < 2) return null;
    const st = statusAt(doc, c, at, word);
    let status = ahead ? 'planned' : st.status;
    const d = clauseDate(info, span, at);
    let date = d ? (status === 'planned' ? d.future : d.past) : null;
    if (date && date.precision === 'day' && date.value > published && status === 'occurred') status = 'planned';
    // "votes on the text next week": a time still to come makes a present or undated verb a plan.
    if (d && status === 'occurred' && /\b(?:next|the coming|tomorrow)\b/i.test(d.text) && !/\b(?:was|were|had|did)\b|\b\w+ed\b/.test(doc.text.slice(Math.max(c.start, at - 30), at + word.length))) {
      status = 'planned';
      date = d.future;
    }
    const explicitDate = !!date;
    date = defaultDate(date, status === 'planned' ? 'future' : st.tense, info);
    // An undated multi-day event ("held three days of talks", "a two-day summit") did not happen on
    // one day: only its month is known.
    if (!d && date?.precision === 'day' && MULTI_DAY.test(c.text)) date = { value: date.value.slice(0, 7), precision: 'month' };
    // "ended two days of talks on Friday": the day given is the last of several, so only the month is the event's.
    if (d && date?.precision === 'day' && MULTI_DAY.test(c.text) && ENDED.test(doc.text.slice(c.start, at))) date = { value: date.value.slice(0, 7), precision: 'month' };
    // "Germany will send tanks to Ukraine, Scholz announced on Wednesday": aid that is only promised is
    // coded as the pledge, which is dated by its announcement.
    if (!d && trig.type === 'aid' && status === 'planned') {
      const pledge = info.dates.find((x) => x.start > at && PLEDGE_ATTRIBUTION.test(doc.text.slice(at, x.start)));
      if (pledge) date = pledge.past;
    }
    // "The announcement came hours before X was due to meet Y": the same day as the main clause.
    if (!d && c.link === 'subordinate' && SAME_DAY_BEFORE.test(doc.text.slice(Math.max(info.sentence.start, c.start - 20), c.start))) {
      const main = info.clauses[0]!;
      const md = clauseDate(info, main, main.start);
      const mainDate = md ? md.past : defaultDate(null, main.tense, info);
      if (mainDate?.precision === 'day') date = mainDate;
    }
    // A summit, meeting or vote of an international body alone ("ASEAN leaders opened their summit") gathers its members.
    const mode = trig.type !== 'consult' ? null : /\b(?:phone|call|spoke|spoken|talked|conversation)\b/.test(word + ' ' + c.text) ? 'phone' : /visit|travel|trip|host|received/.test(word) ? 'visit' : bodyOnly ? 'multilateral' : null;
    // "similar measures against the same targets", "would supply tanks": the targets of the last such event.
    if ((trig.type === 'aid' || trig.type === 'sanction') && !parts.some(([, r]) => r === 'target')) {
      const prev = [...events].reverse().find((e) => e.type === trig.type && info.sentence.index - sentenceOf(e) <= 3);
      for (const p of prev?.participants ?? []) if (p.role === 'target' && !parts.some(([k]) => k === p.actorKey)) parts.push([p.actorKey, 'target']);
    }
    // "agreed to pursue joint production in Poland", "urged X to hold elections in Y": a place inside the
    // infinitive complement locates the act agreed or asked for, not the agreement or the request.
    const complementFrom = (trig.type !== 'consult' || /^vote/.test(word)) && (/\bto$/.test(word) || /^[^.;]*?\bto\s+(?!(?:the|a|an|its|their|his|her|this|that|these|those)\b)[a-z]+\b/.test(doc.text.slice(at + word.length, span.end)))
      ? at + word.length + (/\bto$/.test(word) ? 0 : (/^[^.;]*?\bto\s+(?!(?:the|a|an|its|their|his|her|this|that|these|those)\b)[a-z]+\b/.exec(doc.text.slice(at + word.length, span.end))?.[0].length ?? 0))
      : Infinity;
    let location = placeIn(info, span, true, complementFrom);
    // A dateline places the day's meetings, and whatever its lead sentence reports as done there that day
    // ("UNITED NATIONS - Russia on Thursday vetoed ..."); calls and reported speech happen elsewhere.
    const lead = info.sentence.index === (doc.sentences[0]?.sentence.index ?? 0) && c.link === 'main';
    // A visit hosted by another state ("will travel to Israel") does not happen at the dateline.
    const elsewhere = mode === 'visit' && /travel|trip|visit/.test(word) && parts.some(([k, r]) => r === 'target' && k.startsWith('state:') && k.slice(6) !== datelinePlace?.country);
    if (!location && mode !== 'phone' && !elsewhere && datelinePlace && date && dayGap(date, published) <= 1 && (trig.type === 'consult' || lead)) location = datelinePlace;
    const ev = makeEvent(trig.type, info, parts, date, status, mode, location);
    if (!explicitDate && date) guessedDate.add(ev);
    return ev;
  }

  function defaultDate(date: PartialDate | null, tense: Clause['tense'], info: SentenceInfo): PartialDate | null {
    if (date) return date;
    // Undated simple past reports the news of the day; perfect and present tenses are background.
    if (tense !== 'past') return null;
    // Otherwise the time of the report just before it (same paragraph, or the sentence right before):
    // only dates of main clauses, not those inside reported speech ("said the boat had intruded on Saturday").
    const earlier = doc.sentences.filter((x) => x.sentence.index < info.sentence.index && (x.sentence.paragraph === info.sentence.paragraph || x.sentence.index === info.sentence.index - 1)).flatMap(mainDates);
    const last = earlier[earlier.length - 1];
    return last ? last.past : { value: published, precision: 'day' };
  }

  function placeIn(info: SentenceInfo, c: Clause, occasion = true, until = Infinity): { name: string; country: string | null } | null {
    // "in the Indian capital", "in Russia's capital": the state's capital, when the text names no city.
    const cap = capitalModifier(info, c);
    if (cap?.key) {
      const place = capitalOf(cap.key.slice(6));
      if (place) return place;
    }
    const m = info.mentions.find((x) => x.start >= c.start && x.end <= c.end && x.start < until && x.place && !CRITIC_BEFORE.test(doc.text.slice(Math.max(0, x.start - 70), x.start)) && !TOPIC_IN.test(doc.text.slice(Math.max(0, x.start - 40), x.start)) && !NOMINAL_EVENT_IN.test(doc.text.slice(Math.max(c.start, x.start - 90), x.start)) &&
      (x.isLocation || /\b(?:in|at)\s+(?:the\s+)?$/.test(doc.text.slice(Math.max(0, x.start - 8), x.start)) || CAPITAL_BEFORE.test(doc.text.slice(Math.max(0, x.start - 40), x.start))));
    if (m?.place) return withFacility(m.place, m.end);
    // A venue the gazetteer does not know: "in the border city of Foz do Iguacu".
    const venue = VENUE.exec(doc.text.slice(c.start, Math.min(c.end, until)));
    if (venue?.[1]) return { name: venue[1], country: null };
    // "Kyiv, where he met Zelensky": a "where" clause happens at the place it hangs on.
    if (c.link === 'relative' && /^where\b/i.test(c.text)) {
      const ante = info.mentions.filter((x) => x.end <= c.start && x.place && /^\s*,?\s*$/.test(doc.text.slice(x.end, c.start))).pop();
      if (ante?.place) return ante.place;
    }
    // "met in October, when the Russian leader attended a forum in Beijing": the "when" clause
    // names the occasion of the meeting, and so its place.
    if (occasion) {
      const next = info.clauses[info.clauses.indexOf(c) + 1];
      if (next && next.start <= c.end + 2 && /^when\b[^,;]{0,60}\b(?:attended|attending|visited|visiting|hosted|hosting|travelled|traveled|was in|were in)\b/i.test(next.text)) return placeIn(info, next, false);
    }
    return null;
  }

  /** The state mention in "in the Indian capital" / "in Russia's capital": a place, not a party. */
  function capitalModifier(info: SentenceInfo, c: Clause, named = false): Mention | null {
    const capital = (named ? CAPITAL_OF : UNNAMED_CAPITAL).exec(doc.text.slice(c.start, c.end));
    if (!capital?.[1]) return null;
    const at = c.start + capital.index + capital[0].indexOf(capital[1]);
    return info.mentions.find((x) => x.start >= at && x.start < at + capital[1]!.length && x.key?.startsWith('state:')) ?? null;
  }

  /** "at the Vostochny cosmodrome", "at Hmeimim air base": the facility is part of the venue's name. */
  function withFacility(place: { name: string; country: string | null }, end: number): { name: string; country: string | null } {
    const f = FACILITY.exec(doc.text.slice(end, end + 30));
    return f ? { name: place.name + f[0], country: place.country } : place;
  }
}

const CHANNEL_BEFORE = /\b(?:via|through|carried by|published by|broadcast by)\s+(?:the\s+)?(?:[\w-]+\s+){0,3}$/i;
// A capital that voices criticism is an actor, not the venue: "the criticism from Seoul (and Tokyo)".
const CRITIC_BEFORE = /\b(?:criticisms?|condemnation|demands?|calls|appeals?|protests?|pressure)\s+(?:from|by)\s+(?:[^,;]{0,40}\s)?$/;
const FROM_CRITIC = /\b(?:criticisms?|condemnation|demands?|calls|appeals?|protests?|pressure)\s+(?:from|by)\s+[^,;]{1,60}/;
const FACILITY = /^\s+(?:cosmodrome|spaceport|space cent(?:re|er)|air ?base|naval base|military base|airport|airfield|palace|conference cent(?:re|er)|convention cent(?:re|er))\b/i;
const CAPITAL_OF = /\b(?:in|at|to)\s+(?:the\s+)?(\p{Lu}[\p{L}'’.-]*(?:\s+\p{Lu}[\p{L}'’.-]*)?)(?:['’]s)?\s+capital\b/u;
const UNNAMED_CAPITAL = /\b(?:in|at)\s+(?:the\s+)?(\p{Lu}[\p{L}'’.-]*(?:\s+\p{Lu}[\p{L}'’.-]*)?)(?:['’]s)?\s+capital\b(?!,?\s+\p{Lu}|\s+(?:city\s+)?of\b)/u;
// Where another act happened, not this one: "vowed revenge over the killing of X in Tehran".
const NOMINAL_EVENT_IN = /\b(?:killing|assassination|death|murder|attack|bombing|shooting|strike|arrest|poisoning|abduction|kidnapping)\s+(?:of|on)\s+[^,;()]{0,70}\b(?:in|at)\s+(?:the\s+)?$/i;
// "in the Lao capital Vientiane", "the Japanese capital, Tokyo": a capital named as a place.
const CAPITAL_BEFORE = /\bcapital,?\s+$/;
const VENUE = /\b(?:in|at) the (?:[a-z-]+ )?(?:city|town|resort|port|village|province|region) of ((?:\p{Lu}[\p{L}'’-]*)(?:\s+(?:de|do|da|del|el|al|of)?\s*\p{Lu}[\p{L}'’-]*)*)/u;

function makeEvent(type: EventType, info: SentenceInfo, parts: readonly (readonly [string, ParticipantRole])[], date: PartialDate | null, status: ExtractedEvent['status'], mode: string | null, location: ExtractedEvent['location']): ExtractedEvent {
  const s = info.sentence;
  const states = new Set(parts.map(([k]) => k));
  return {
    type,
    mode: mode ?? (type === 'consult' && states.size >= 3 ? 'multilateral' : null),
    date,
    status,
    location,
    participants: parts.map(([actorKey, role]) => ({ actorKey, role })),
    evidence: { sentence: s.sentence, start: s.start, end: s.end },
  };
}

function dayGap(d: PartialDate, published: string): number {
  if (d.precision !== 'day') return Infinity;
  return Math.abs(Date.parse(d.value) - Date.parse(published)) / 86400e3;
}

const ENDED = /\b(?:ended|concluded|wrapped up|closed|wound up|rounded off|end|ends|conclude|concludes)\s+(?:(?:an?|the|their|its|his|her)\s+)?(?:[\w-]+\s+){0,4}$/i;
const PLEDGE_ATTRIBUTION = /^[^.;]{0,160},\s*[^,.;]{0,80}?\b(?:announced|said|pledged|promised|confirmed|told\s+[\w\s]{1,30}?)\s+$/;
const SAME_DAY_BEFORE = /\b(?:hours|minutes|moments|shortly|just)\s*$/i;
const MULTI_DAY = /\b(?:(?:two|three|four|five|six|seven|several|\d+)-day|(?:two|three|four|five|several|\d+) days of|week-long|weeklong)\b/i;
const REFERS_BACK = /\b(?:the|that|this|their|his|her|its|\p{Lu}[\p{L}-]*['’]s)\s+(?:first\s+|two-day\s+|three-day\s+|official\s+|state\s+|latest\s+)?(?:talks|meeting|summit|call|visit|trip|conversation|agreement|deal|accord|sanctions|measures|expulsion|accusations?|charges?)\b/u;
const datesCompatible = (a: PartialDate | null, b: PartialDate | null) => !a || !b || a.value.startsWith(b.value) || b.value.startsWith(a.value);

/** Events whose date was not in the text but inferred from the report's time. */
const guessedDate = new WeakSet<ExtractedEvent>();

/** One real-world event mentioned twice is one event: same type, compatible dates, and one's participants covered by the other's. */
function merge(events: ExtractedEvent[], side: (k: string) => string): ExtractedEvent[] {
  const out: ExtractedEvent[] = [];
  const covers = (big: ExtractedEvent, small: ExtractedEvent) =>
    small.participants.every(({ actorKey: k, role }) =>
      big.participants.some(({ actorKey: j, role: r }) => (j === k || (k.startsWith('state:') && side(j) === side(k))) && (big.type === 'consult' || big.type === 'agree' || r === role)));
  const placeClash = (a: ExtractedEvent, b: ExtractedEvent) => !!a.location && !!b.location && a.location.name !== b.location.name && a.location.country !== b.location.country;
  // An undated mention in another sentence is the same event only when it refers back to it ("the
  // talks", "Lula's first trip"): "had agreed" (undated) and "signed last year" are two agreements.
  const refersBack = new Map<ExtractedEvent, boolean>();
  const refers = (e: ExtractedEvent) => {
    let r = refersBack.get(e);
    if (r === undefined) refersBack.set(e, (r = REFERS_BACK.test(e.evidence.sentence)));
    return r;
  };
  const sameTime = (a: ExtractedEvent, b: ExtractedEvent) =>
    a.type === 'accuse' || a.type === 'reject' || a.status === 'planned' || a.evidence.start === b.evidence.start || !!a.date === !!b.date || refers(a) || refers(b);
  // A rejection or accusation voiced by a body and by its spokesperson against the same side is one act:
  // "the ministry rejected the accusations. Its spokesman called them baseless ...".
  const sourceSides = (e: ExtractedEvent) => new Set(e.participants.filter((p) => p.role === 'source').map((p) => side(p.actorKey)));
  const targetSides = (e: ExtractedEvent) => new Set(e.participants.filter((p) => p.role === 'target').map((p) => side(p.actorKey)));
  const sameSets = (a: Set<string>, b: Set<string>) => a.size > 0 && a.size === b.size && [...a].every((k) => b.has(k));
  const oneVoice = (a: ExtractedEvent, b: ExtractedEvent) => (a.type === 'reject' || a.type === 'accuse') && a.date?.value === b.date?.value && sameSets(sourceSides(a), sourceSides(b)) && sameSets(targetSides(a), targetSides(b));
  // A denial dated to the day and a "has rejected" dated only to the month, in another sentence, are two acts.
  const dayVsUndated = (a: ExtractedEvent, b: ExtractedEvent) => a.type === 'reject' && a.evidence.start !== b.evidence.start && (a.date?.precision === 'day') !== (b.date?.precision === 'day');
  for (const e of events) {
    // "denied the charge and said it would not accept ...": one sentence's rejections are one act, whatever their mood.
    const sameSentenceReject = (o: ExtractedEvent) => o.type === 'reject' && o.evidence.start === e.evidence.start;
    const twin = out.find((o) => o.type === e.type && (o.status === e.status || sameSentenceReject(o)) && datesCompatible(o.date, e.date) && sameTime(o, e) && !placeClash(o, e) && ((!dayVsUndated(o, e) && (covers(o, e) || covers(e, o))) || oneVoice(o, e)));
    if (!twin) {
      out.push(e);
      continue;
    }
    for (const p of e.participants) if (!twin.participants.some((q) => q.actorKey === p.actorKey)) twin.participants.push(p);
    if (twin.status !== e.status && e.status === 'occurred') twin.status = 'occurred';
    // A date guessed from the report's day does not refine one the text gives ("ended two days of talks").
    const keep = !!twin.date && guessedDate.has(e) && !guessedDate.has(twin);
    if (!twin.date || (e.date && e.date.value.length > twin.date.value.length && !keep)) twin.date = e.date;
    twin.location ??= e.location;
    twin.mode ??= e.mode;
  }
  return out;
}
