// Stage: allegations (who accuses whom of what) and the denials that answer them.
import type { ExtractedAllegation, Evidence, PartialDate } from '../types.js';
import type { Doc, SentenceInfo, Clause } from './clauses.js';
import { CHARGE_BY, CHARGE_MADE, clauseDate, COUNTERFACTUAL_BEFORE, subjectAt, statusAt } from './clauses.js';
import { keysOf, type ActorDraft, type Mention } from './mentions/index.js';
import { OCCASION_BEFORE_THAT, type StatementFound } from './statements.js';
import { WRONGDOING } from './wrongdoing.js';

export interface AllegationFound {
  record: ExtractedAllegation;
  sentence: number;
  date: PartialDate | null;
  tense: Clause['tense'];
  /** Found from an accusation verb ("accused X of"), not inferred from reported speech. */
  explicit: boolean;
  /** Denials with their sentence and date, for reject events. */
  denials: { keys: string[]; sentence: number; date: PartialDate | null; tense: Clause['tense'] }[];
}

// "condemned OBJECT as CLAIM" (group 2), else "condemned OBJECT" where the object names a wrong (group 1).
// (A full stop after a single capital, as in "U.N.", does not end the claim.)
// ("reiterated the Government's firm condemnation of what he described as the killing of civilians by Malian soldiers":
// the noun too.)
const CONDEMNED_OBJECT = String.raw`\b(?:[Cc]ondemned|[Cc]ondemns|[Dd]enounced|[Dd]enounces|[Ss]lammed|[Ss]lams|[Cc]ondemnation\s+of|[Dd]enunciation\s+of)\s+((?:[^.;,]{0,80}?)(?:aggression|invasion|occupation|violations?|attacks?|strikes?|killings?|annexation|interference|meddling|crackdown|repression|provocations?|tests?|launch(?:es)?|raid|incursions?|shelling|bombing|drills?|exercises?|actions|behaviou?r|conduct|manoeuvres|maneuvers)\b[^.;,]{0,90}?)`;
// Before "as" the object may list its doers: "denounced the drills by A, B and C as ...".
const CONDEMNED_OBJECT_AS = CONDEMNED_OBJECT.replace('[^.;,]{0,90}?)', '[^.;]{0,90}?)');
const condemnation = (objectBeforeAs: string) =>
  new RegExp(`${objectBeforeAs}\\s+as\\s+(?:an?\\s+|the\\s+)?((?:[^.;]|(?<=\\b\\p{Lu})\\.)+?)(?=(?<!\\b\\p{Lu})[.;](?:\\s|$)|,\\s|$)|${CONDEMNED_OBJECT}(?=[.;,](?:\\s|$)|\\s+and\\s|$)`, 'u');
const CONDEMN_PLAIN = condemnation(CONDEMNED_OBJECT);
const CONDEMN = condemnation(CONDEMNED_OBJECT_AS);

// ", a visit Beijing condemned as interference", ", a move Seoul denounced as a provocation": group 1 the
// verb, group 2 the charge. The noun is the act the sentence reported.
const REDUCED_CONDEMNATION = /,\s+(?:an?|the)\s+(?:[a-z-]+\s+){0,2}?(?:trip|visit|move|decision|step|deployment|exercise|drill|strike|test|launch|raid|act|measure|sale|deal|plan|vote)\s+(?:\p{Lu}[\p{L}'’.-]*\s+){1,3}(?:has\s+|had\s+|have\s+)?(?:also\s+)?(condemned|condemns|denounced|denounces|slammed|criticised|criticized|decried)\s+as\s+(?:an?\s+|the\s+)?([^.;]+)/u;
// An act characterised as a breach: "describing it as a flagrant violation of ...", "said the raid was
// 'a clear violation' of ...", "called the move a breach of ...". Group 1 is the act, group 2 the charge.
// (A reported clause may begin with the act: "X said on Saturday that | the raid was a violation".)
const CHARACTERISED = /(?:^|\b(?:describ(?:ed|ing|es)|call(?:ed|ing|s)|term(?:ed|ing|s)|brand(?:ed|ing|s)|said(?:\s+that)?)\s+)((?:it|this|that|the\s+[\w-]+(?:\s+[\w-]+){0,3}?))\s+(?:as\s+|was\s+|were\s+|is\s+|constituted\s+|(?=["“]?an?\s))([“"]?(?:an?\s+)?[“"]?(?:[\w-]+\s+){0,3}(?:violation|breach|provocation|act of aggression|act of piracy)\b[^.;]*)/i;
// "the Mexican embassy", "Azerbaijani positions": a demonym on a place is where the act happened, not who did it.
const PLACE_NOUN_AFTER = /^\s+(?:embassy|consulate|mission|territory|soil|waters|airspace|border|positions?|villages?|towns?|cities|city|capital|side of the border)\b/i;
// "remarks ... that Quito called deplorable": a relative clause naming what was said, not what was claimed.
const RELATIVE_NAMING = /^(?:the\s+)?(?:\p{Lu}[\p{L}'’-]+\s+){1,3}(?:has\s+|had\s+|have\s+)?(?:called|described|termed|dubbed|branded|labell?ed|considered)\b/u;
// An envoy answers for the state that sent them.
const ENVOY_ROLE = /ambassador|envoy|charg|diplomat|consul/i;
// "accused X of A and of B": where a second charge begins.
const SECOND_CHARGE = /,?\s+and\s+(?:also\s+)?of\s+(?=[a-z]+ing\b)/;
// "(X's) claims (made by Y) that CLAIM": group 1 the noun, group 2 the claim.
const CLAIM_THAT = new RegExp(String.raw`${CHARGE_MADE}${CHARGE_BY}?\s+that\s+([^;]+)`);
// "X alleged (in a speech yesterday) that CLAIM".
const ALLEGED_THAT = new RegExp(String.raw`\b(alleged|alleges|allege)\s+${OCCASION_BEFORE_THAT}that\s+([^;]+)`);
const PLURAL_CHARGES = /^\w+\s+(?:all\s+)?(?:the|these|those|such)\s+(?:\w+\s+)?(?:accusations|allegations|charges|claims)\b/i;
const CHARGES_DISMISSED = /\b(?:allegations|accusations|charges|claims)\s+(?:(?:against|about)\s+(?:the\s+|its\s+|their\s+)?[\w-]+\s+)?(?:were|are|was|is)\s+(?:[\w"“”-]+\s+){0,3}(?:provocation|politically motivated|fabricat\w+|baseless|absurd|false|lies|nonsense|propaganda|slander|smear|invented)/i;
// The act a condemnation names by its noun, and the verbs that told it: "the launch" was "launched" or "fired".
const ACT_VERBS: (readonly [RegExp, RegExp])[] = [
  [/\blaunch(?:es)?\b/i, /\b(?:launched|fired|test-fired)\b/],
  [/\btests?\b/i, /\b(?:tested|test-fired|test-launched|launched|fired)\b/],
  [/\bstrikes?\b/i, /\b(?:struck|carried out (?:air )?strikes)\b/],
  [/\b(?:attacks?|raid|incursions?)\b/i, /\b(?:attacked|raided|stormed|crossed)\b/],
  [/\b(?:shelling|bombing)\b/i, /\b(?:shelled|bombed)\b/],
];
// An owner whose act follows: "North Korea's ballistic missile launch", "Russia's decision".
const ACT_AFTER_OWNER = /^['’]s?\s+(?:[\w-]+\s+){0,3}(?:launch|test|tests|strike|strikes|attack|incursion|deployment|decision|move|seizure|detention)\b/i;
const AGENCY_AFTER = /^['’]s?\s+(?:[\w-]+\s+){0,2}(?:intelligence|military|security services?|agents?|forces|army|embassy|officers|spies|special services)\b/i;
const NATIONALS_AFTER = /^\s+(?:citizens?|nationals?|man|woman|men|women|people|residents|workers|students|tourists|sailors|fishermen|suspects?|activists?|dissidents?|journalists?|exiles?|refugees?|migrants?)\b/i;
const FOUND_OUT = /\b(?:uncovered|discovered|dismantled|exposed|foiled|thwarted|busted|broke up|arrested|caught)\b/i;
const NEGATED = /\b(?:not|never|no|neither|nor|n't|denied|denies|deny|rejected|dismissed)\b/i;
// ("resolutely opposes any interference by external forces": a wrong opposed in general is charged to no one either.)
// "help the country patrol its waters against illegal fishing", "to combat smuggling": wrongdoing fought is charged
// to no one; nor is a hypothetical one ("come to the other's aid if it were attacked").
// ("would monitor the withdrawal and report any violations": a wrong that may yet happen is charged to no one.)
const FOUGHT_OR_SUPPOSED = /\bany\s+(?:[a-z-]+\s+)?$|\b(?:against|combat(?:s|ing)?|fight(?:s|ing)?|target(?:ed|ing|s)?|pursu(?:ed|ing|e)|hunt(?:ed|ing)?|tackl(?:e|es|ing)|curb(?:s|ing)?|counter(?:ing)?|crack(?:s|ing)?\s+down\s+on)\s+(?:(?:the|any|all|further|future)\s+)?(?:[a-z-]+\s+){0,2}$|\boppos(?:e|es|ed|ing)\s+(?:any|all|further|future)\s+(?:[a-z-]+\s+){0,2}$|\bif\s+[^,;]{0,40}$/i;
const DENIAL_WORDS = /\b(?:baseless|groundless|contrary to (?:the\s+)?facts|(?:does|did|do) not hold water|(?:has|had|have) no basis|without basis|without (?:any )?foundation|unfounded|false|absurd|fabricat\w+|lies|nonsense|slander\w*|smear|not true|untrue)\b/i;
// Participles count too: "..., dismissing the criticism as hysteric".
const DENY_VERB = /\b(?:denied|denies|deny|denying|rejected|rejects|reject|rejecting|dismissed|dismisses|dismiss|dismissing|refuted|refute|rebuffed)\b/i;
// Charges answered without saying whose: "has rejected the accusations", "dismissed the claims".
const DENIED_THAT = /\b(?:denied|denies|deny)\s+that\b/i;
const ANSWERED_CHARGES = /\b(?:rejected|rejects|dismissed|dismisses|denied|denies)\s+(?:the|these|those|such|all)\s+(?:\w+\s+)?(?:accusations|allegations|charges|claims)\b/i;
const CHARGE_NOUN = /\b(?:charges?|accusations?|allegations?|claims?|assertions?|reports?|criticism|statements made|remarks made|(?:that|this|the|their|his|her|its)\s+(?:account|version|characteri[sz]ation))\b/i;
// A denial whose object is the act itself: "Tehran denies sending weapons", "has denied any involvement",
// "denied having ...", "denied wrongdoing".
const DENIED_ACT = /\b(?:denied|denies|deny|denying)\s+(?:\w+ly\s+)?(?:(?:any|all)\b|having\b|involvement\b|wrongdoing\b|responsibility\b|[a-z]+ing\b)/i;
// The rest of "accusations that ..." when "that" is a relative pronoun governed by a denial verb.
// Also with what the denier called it: "a charge that X rejected as absurd".
const RELATIVE_DENIAL = /^(?:both\s+|all\s+)?[^,;.]{0,60}?\s+(?:(?:has|have|had)\s+)?(?:\w+ly\s+|also\s+)?(?:deny|denies|denied|reject|rejects|rejected|dismiss|dismisses|dismissed|dispute|disputes|disputed)(?:\s+as\s+[^,;.]{1,40})?\s*(?:[,.;]|$)/i;
// "that claim", "this accusation": a singular demonstrative points back at the last charge reported
// ("these claims" may gather several, so it picks none).
const ANAPHORIC_CHARGE = /\b(?:that|this)\s+(?:\w+\s+)?(?:claim|charge|accusation|allegation|assertion|account|version|characteri[sz]ation)\b(?!\s+(?:that|of)\b)/i;
// A reported claim followed by its denial: ", an assertion that China has repeatedly rejected", ", which X dismissed as lies".
// (After "which", only a denial or a rejection "as" something: ", which Mogadishu rejected" may turn down an offer.)
const CONTESTED = /,\s*(?:(?:a|an)\s+(?:claim|charge|accusation|allegation|assertion)\s+(?:that\s+)?[^,;]{1,60}?\s(?:has\s+|have\s+|had\s+)?(?:\w+ly\s+|also\s+)?(?:denied|denies|rejected|rejects|dismissed|dismisses|refuted|refutes)\b|which\s+[^,;]{1,60}?\s(?:has\s+|have\s+|had\s+)?(?:\w+ly\s+|also\s+)?(?:denied|denies|refuted|refutes)\b|which\s+[^,;]{1,60}?\s(?:has\s+|have\s+|had\s+)?(?:\w+ly\s+|also\s+)?(?:rejected|rejects|dismissed|dismisses)(?:\s+[\w-]+){0,4}?\s+as\b)/i;
const STOP = new Set('the a an of to in on for and or that with by as at from its their his her was were is are be been had has have would will it they this said which who'.split(' '));

// "diplomats it said were working as spies", "officials that they say are responsible for ...".
const SAID_WERE = /\b([a-z]+s)\s+(?:(?:that|whom|who)\s+)?(it|they|he|she)\s+(?:said|says|claimed|claims|alleged|alleges)\s+(?:were|was|had been|had|are|is|have been)\s+([^,;.]{8,})/;

export function extractAllegations(doc: Doc, statements: StatementFound[], actors: Map<string, ActorDraft>): AllegationFound[] {
  currentDoc = doc;
  const out: AllegationFound[] = [];
  const side = (key: string) => (key.startsWith('state:') ? key.slice(6) : actors.get(key)?.country ?? key);
  const evidence = (info: SentenceInfo): Evidence => ({ sentence: info.sentence.sentence, start: info.sentence.start, end: info.sentence.end });
  const keysIn = (ms: Mention[]) => [...new Set(ms.flatMap(keysOf))];

  const fromSpeech = reportedWrongdoing();
  for (const info of doc.sentences) {
    const s = info.sentence;
    out.push(...fromSpeech.filter((a) => a.sentence === s.index));
    // Pattern: "expelled nine Russian diplomats it said were working as intelligence officers": what the
    // pronoun's actor says of people of another state (named in the noun phrase) is charged against that state.
    const saidWere = SAID_WERE.exec(s.sentence);
    if (saidWere) {
      const at = s.start + saidWere.index + saidWere[0].indexOf(saidWere[2]!, saidWere[1]!.length);
      const nounAt = s.start + saidWere.index;
      const accusers = keysIn(info.mentions.filter((m) => m.type === 'pronoun' && m.start === at));
      const accused = keysIn(info.mentions.filter((m) => m.end <= nounAt + saidWere[1]!.length && nounAt - m.start <= 30 && m.key?.startsWith('state:') && !m.isLocation)).filter((k) => !accusers.includes(k));
      const c = info.clauses.find((x) => x.start <= at && at < x.end) ?? info.clauses[0]!;
      if (accusers.length && accused.length) out.push(newAllegation(info, cleanClaim(saidWere[3] ?? ''), accusers, accused.slice(-1), dateOf(info, c, at), c.tense));
    }
    for (const c of info.clauses) {
      const t = c.text;
      const date = (at: number) => dateOf(info, c, at);
      // Pattern: "X accused Y of CLAIM", "accusing Y of CLAIM", "Y was accused by X of CLAIM".
      // (The object may hold an abbreviation's full stop: "accused Ukraine on Feb. 5 of ...".)
      // ("whom it accused of X of the vote": no object at all, left to the relative pattern below.)
      const acc = /\b(accused|accuses|accuse|accusing)\b\s+(?:(by)\s+)?(?!of\s)((?:[^.;]|(?<=\b(?:[A-Z]|[A-Z][a-z]{1,3}))\.)*?)\s+of\s+([^;]+)/.exec(t);
      if (acc) {
        const verbAt = c.start + (acc.index ?? 0);
        const objEnd = verbAt + acc[0].length - (acc[4]?.length ?? 0);
        let objects = keysIn(c.mentions.filter((m) => m.start > verbAt && m.end <= objEnd));
        // "leaving the regional bloc ..., accusing it of ...": a pronoun object that resolved to the subject is
        // the thing just named instead (found below).
        const subjectSide = [...keysIn(subjectMentions(info, c, verbAt)), ...(info.clauses[0] && info.clauses[0] !== c ? keysIn(subjectMentions(info, info.clauses[0], info.clauses[0].end)) : [])];
        if (/^(?:him|her|them|it)$/i.test((acc[3] ?? '').trim()) && objects.length && objects.every((k) => subjectSide.includes(k))) objects = [];
        // "accused agents of the Indian government of involvement in ...": the object has an "of" of its own.
        let claimText = acc[4] ?? '';
        if (!objects.length && !/^(?:him|her|them|it)$/i.test((acc[3] ?? '').trim())) {
          const second = /^((?:the\s+)?(?:\p{Lu}[\p{L}'’.-]*\s+){1,3}(?:government|authorities|army|military|regime|state|intelligence services|security services)|(?:the\s+)?(?:\p{Lu}[\p{L}'’.-]*\s*){1,4})\s+of\s+([^;]+)$/u.exec(claimText);
          const secondEnd = second ? objEnd + (second[1]?.length ?? 0) + 4 : objEnd;
          const inner = second ? keysIn(c.mentions.filter((m) => m.start >= objEnd && m.end <= secondEnd)) : [];
          if (second && inner.length) {
            objects = inner;
            claimText = second[2] ?? claimText;
          }
        }
        // "expelled a Russian diplomat, accusing him of ...": an object pronoun stands for the
        // object of the verb before it, here the diplomat's state.
        if (!objects.length && /^(?:him|her|them|it)$/i.test((acc[3] ?? '').trim())) {
          // (All of a coordinated subject: "Britain and Canada imposed ..., accusing them of".)
          const subj = new Set(subjectSide);
          const prior = info.mentions.filter((m) => m.end <= verbAt && keysOf(m).length && !m.isLocation && m.type !== 'pronoun' && !keysOf(m).some((k) => subj.has(k)));
          // The object of the verb just before: the first one named in the clause the participle hangs on
          // ("leaving the regional bloc together with Mali and Niger, accusing it of ...").
          const hung = info.clauses[info.clauses.indexOf(c) - 1];
          const first = c.link === 'participle' && hung ? prior.find((m) => m.start >= hung.start && !m.possessive) : undefined;
          const last = first ?? prior[prior.length - 1];
          if (last) objects = keysOf(last);
        }
        const passive = acc[2] === 'by' || /\b(?:was|were|been|being|is|are)\s+(?:(?:also|repeatedly|widely|often|publicly|previously|\w+ly)\s+)*$/.test(t.slice(0, acc.index));
        const subject = keysIn(subjectMentions(info, c, verbAt));
        // "Armenia and Azerbaijan accused each other of opening fire": a charge each way.
        const reciprocal = /^(?:each other|one another)\b/i.test((acc[3] ?? '').trim()) && subject.length === 2;
        if (reciprocal) chargeEachWay(info, cleanClaim(claimText), subject, date(verbAt), c.tense);
        const accusers = passive ? objects : subject;
        const accused = reciprocal ? [] : passive ? subject : objects;
        if (accused.length) {
          // "accused Serbia of kidnapping three officers on June 14": a calendar date inside the charge is
          // the act's; a weekday at its end ("... of spying on Monday") is still the accusation's.
          const claimAt = objEnd;
          // A weekday inside the charge dates the act charged ("the groups behind Sunday's attack") unless it ends it.
          const weekdayInside = info.dates.some((d) => d.start >= claimAt && d.end <= c.end && !/\d/.test(d.text) && /['’]s\s/.test(doc.text.slice(d.end, d.end + 3)));
          // ("... of staging drills late last month": a month or year inside the charge is the act's too.)
          const actsTime = (d: { text: string }) => /\d/.test(d.text) || /\b(?:month|year|January|February|March|April|May|June|July|August|September|October|November|December)\b/i.test(d.text);
          const ownDate = info.dates.some((d) => d.start >= claimAt && d.end <= c.end && actsTime(d)) ? dateOf(info, { ...c, end: claimAt }, verbAt) : weekdayInside ? dateOf(info, c, verbAt, claimAt) : date(verbAt);
          // "accused Minsk of orchestrating a wave of crossings and of sending balloons": a second "of" is a second charge.
          for (const part of claimText.split(SECOND_CHARGE)) out.push(newAllegation(info, cleanClaim(part), accusers, accused, ownDate, c.tense));
        }
      }
      // Pattern: a criminal charge — "prosecutors charged X with CLAIM", "X was indicted over CLAIM",
      // "whom the Justice Department had charged with CLAIM": the charging side accuses.
      // (Verbs only: "the charges by China over ..." is a noun, handled with the denials.)
      const charged = acc ? null : /\b(charged|indicted|indicts)\s+(?:(by)\s+)?([^.;]*?)\s*\b(?:with|over|on charges of)\s+([^;]+)/.exec(t);
      if (charged) {
        const verbAt = c.start + (charged.index ?? 0);
        const objEnd = verbAt + charged[0].length - (charged[4]?.length ?? 0);
        // ("charged two Czech citizens": a state's nationals are not the state.)
        const objects = keysIn(c.mentions.filter((m) => m.start > verbAt && m.end <= objEnd && !m.isLocation && !m.inTitle && !(m.type === 'demonym' && NATIONALS_AFTER.test(doc.text.slice(m.end, m.end + 20)))));
        const passive = /\b(?:was|were|been|being|is|are)\s+$/.test(t.slice(0, charged.index));
        // "a businessman whom the Justice Department had charged with ...": the antecedent before "whom" is charged.
        const relative = /\b(?:whom|who)\s+([^,;]{1,60}?)\s+(?:has\s+|have\s+|had\s+)?$/.exec(t.slice(0, charged.index));
        const subject = keysIn(subjectMentions(info, c, verbAt));
        let accusers = passive ? objects : subject;
        let accused = passive ? subject : objects;
        if (relative && !objects.length) {
          const relAt = c.start + (relative.index ?? 0);
          accusers = keysIn(c.mentions.filter((m) => m.start > relAt && m.end <= verbAt));
          // "Alex Saab, an associate of Nicolas Maduro whom ...": "whom" is the associate, named before the appositive.
          const before = info.mentions.filter((m) => m.end <= relAt && keysOf(m).length && !m.isLocation && !m.inTitle && !m.possessive && !/\bof\s+(?:the\s+)?$/.test(doc.text.slice(Math.max(0, m.start - 8), m.start)));
          accused = before.length ? keysOf(before[before.length - 1]!) : [];
        }
        // "charged a Chinese national with spying ... on behalf of Chinese intelligence": whom an unnamed national acted
        // for is charged.
        const behalf = !accused.length ? /\bon behalf of\s+/.exec(charged[4] ?? '') : null;
        if (behalf) {
          const behalfAt = objEnd + (behalf.index ?? 0) + behalf[0].length;
          accused = keysIn(c.mentions.filter((m) => m.start >= behalfAt && m.start <= behalfAt + 20 && !m.isLocation)).slice(0, 1);
        }
        if (accused.length && accusers.length) out.push(newAllegation(info, cleanClaim(charged[4] ?? ''), accusers, accused, date(verbAt), c.tense));
      }
      // Pattern: a relative object — "sanctioned firms that it accuses of CLAIM", "officials whom X
      // accused of CLAIM": the accused is the antecedent before the pronoun, the accuser its subject.
      // Also with the relative pronoun left out: "sanctions on 16 officials it accuses of obstructing ...".
      const rel = acc ? null : /\b(?:that|whom|which)\s+((?:[\w.'’-]+\s+){1,4}?)(?:has\s+|have\s+|had\s+)?(accused|accuses|accuse)\s+of\s+([^;]+)/.exec(t) ?? /(?<=\b[a-z]+s\s)((?:it|they|he|she|we)\s+)(?:has\s+|have\s+|had\s+)?(accused|accuses|accuse)\s+of\s+([^;]+)/.exec(t);
      if (rel) {
        const relAt = c.start + (rel.index ?? 0);
        const relDate = (at: number) => {
          if (at > c.start + 1) return dateOf(info, { ...c, end: at }, at);
          // ", whom it accused of ...": the time of the clause the relative hangs on.
          const prev = info.clauses[info.clauses.indexOf(c) - 1];
          return prev ? dateOf(info, prev, prev.end) : date(at);
        };
        const verbAt = relAt + rel[0].length - (rel[3]?.length ?? 0) - ('of '.length + (rel[2]?.length ?? 0) + 1);
        let accusers = keysIn(c.mentions.filter((m) => m.start > relAt && m.end <= verbAt));
        const subject = accusers.length ? [] : subjectMentions(info, c, relAt);
        if (!accusers.length) accusers = keysIn(subject);
        // (The antecedent may end the clause before: "..., whom it accused of ..." is a clause of its own.)
        const accused = keysIn(info.mentions.filter((m) => m.end <= relAt && m.start >= info.bodyStart && !m.isLocation && !m.inTitle && !subject.includes(m) && relAt - m.end <= 60)).filter((k) => !accusers.includes(k));
        // (A month inside the charge, "obstructing the count of the July vote", is not when it was made.)
        if (accusers.length && accused.length) out.push(newAllegation(info, cleanClaim(rel[3] ?? ''), accusers, accused, relDate(relAt), c.tense));
      }
      // Pattern: "..., with each side blaming the other (for the incident)": a charge each way between the two sides the
      // sentence names.
      const eachOther = acc ? null : /\b(?:each|both)\s+(?:side|sides|country|countries|government|governments|capital)s?\s+(?:blaming|accusing|blamed|accused|blames|accuses|blame|accuse)\s+the\s+other\b(?:\s+(?:for|of)\s+([^;]+))?/.exec(t);
      if (eachOther) {
        // (The sides' states, also through their bodies: "Chinese and Philippine coast guard vessels".)
        const sides = [...new Set(info.mentions.filter((m) => !m.isLocation).flatMap(keysOf).map(side))].filter((x) => /^[A-Z]{3}$/.test(x)).map((x) => `state:${x}`);
        const at = c.start + (eachOther.index ?? 0);
        if (sides.length === 2) chargeEachWay(info, cleanClaim(eachOther[0]), sides, date(at), c.tense);
      }
      // Pattern: an act done over a wrong called alleged — "imposed sanctions on Iranian shipping companies over the alleged
      // transfer of missiles to Russia", "arrested 14 Indian fishermen for allegedly poaching": the doer charges whom it acted on.
      // (Also a wrong the doer names as its own view: "summoned the Russian ambassador to protest against what it called
      // systematic jamming" charges the envoy's state.)
      const overAlleged = acc || charged || rel ? null : /\b(?:over|for|(?:protest|protesting|complain|complaining)\s+(?:against|about))\s+(?:the\s+|its\s+|their\s+|his\s+|her\s+)?(?:alleged(?:ly)?|what\s+(?:it|they|he|she)\s+(?:called|termed|described\s+as))\s+([^;]+)/.exec(t);
      if (overAlleged) {
        const overAt = c.start + (overAlleged.index ?? 0);
        const doers = subjectMentions(info, c, overAt);
        const accusers = keysIn(doers);
        const envoysState = (k: string) => (actors.get(k)?.kind === 'person' && ENVOY_ROLE.test(actors.get(k)?.role ?? '') && actors.get(k)?.country ? `state:${actors.get(k)!.country}` : k);
        const accused = [...new Set(keysIn(c.mentions.filter((m) => m.end <= overAt && !doers.includes(m) && doers.every((d) => m.start > d.end) && !m.isLocation && !m.inTitle)).map(envoysState))].filter((k) => !accusers.includes(k));
        if (accusers.length && accused.length) out.push(newAllegation(info, cleanClaim(overAlleged[1] ?? ''), accusers, accused, date(overAt), c.tense));
      }
      // Pattern: "(X's|U.S.) claims/accusations that CLAIM" — often inside a denial.
      // Also with the accuser after "by": "claims by US officials that ...", "remarks by Kigali that ...".
      // And "the accusations made by Brussels last week that ...", "the claim made on Monday by Kenya's Principal
      // Secretary, Ms. X, that ...", "allegations, published in the media and repeated by the Law Society, that ...".
      const claimThat = CLAIM_THAT.exec(t);
      // "accusations that both X and Y deny": "that" opens a relative clause whose verb has no object
      // of its own, so nothing new is claimed (the denial stage handles it).
      // (Nor "remarks by X about the election that Quito called deplorable": a relative clause naming the remarks.)
      if (claimThat && !RELATIVE_DENIAL.test(claimThat[2] ?? '') && !RELATIVE_NAMING.test(claimThat[2] ?? '')) {
        const nounAt = c.start + (claimThat.index ?? 0);
        // The accuser is attached to the noun: "U.S. claims", "Washington's accusations".
        const by = /\sby\s/.exec(claimThat[0].slice(0, claimThat[0].length - (claimThat[2]?.length ?? 0)));
        const byAt = by ? nounAt + by.index : -1;
        // ("by Kenya's trade minister, Ms. Jane Otieno,": the one named, not the owner of the office.)
        const byWhom = info.mentions.filter((m) => m.start > byAt && m.end <= nounAt + claimThat[0].length - (claimThat[2]?.length ?? 0) && !m.isLocation && keysOf(m).length);
        const owner = byAt >= 0
          ? byWhom.find((m) => !m.possessive) ?? byWhom[0]
          // "U.S. claims", "Russia's repeated claims" (an adjective between; not a verb: "She rejected accusations").
          : info.mentions.filter((m) => m.end <= nounAt && /^(?:['’]s\s*(?:\w+\s+)?|\s*(?:(?!\w+ed\b|\w+es\b|\w+s\b)\w+\s+)?)$/.test(doc.text.slice(m.end, nounAt)) && m.type !== 'pronoun' && !m.isLocation && keysOf(m).length).pop() ??
            // "Caracas renewed its accusation that ...": the possessive pronoun is the clause's subject.
            (/\b(?:its|their|his|her)\s+(?:\w+\s+)?$/i.test(doc.text.slice(Math.max(c.start, nounAt - 20), nounAt))
              ? info.mentions.filter((m) => m.end <= nounAt && !m.isLocation && keysOf(m).length && /^\s+(?:has\s+|have\s+|had\s+)?(?:\w+ly\s+)?[a-z]+\s+(?:its|their|his|her)\s+(?:\w+\s+)?$/.test(doc.text.slice(m.end, nounAt))).pop() ?? subjectMentions(info, c, nounAt)[0]
              : undefined);
        const clauseStart = nounAt + claimThat[0].length - (claimThat[2]?.length ?? 0);
        // (A passive's agent is the one charged: "accusation that the men had been abducted from Kosovo territory by
        // Serbian special forces". Nor is the accuser's own side charged.)
        // (Nor is the subject of a passive with no agent, who suffered it: "that twelve Kenyan traders were beaten in
        // custody"; nor an owner of something no act: "ordered in retaliation for Kenya's position".)
        const passive = /\b(?:been|was|were)\s+(?:\w+ly\s+)?\w+(?:ed|en)\b/.exec(doc.text.slice(clauseStart, c.end));
        const inClaim = info.mentions.filter((m) => m.start >= clauseStart && m.end <= c.end && keysOf(m).length && !m.isLocation &&
          !(m.possessive && !ACT_AFTER_OWNER.test(doc.text.slice(m.end, m.end + 50)) && !AGENCY_AFTER.test(doc.text.slice(m.end, m.end + 40))));
        const ownSide = new Set(owner ? keysOf(owner).map(side) : []);
        const agent = passive ? inClaim.find((m) => /\bby\s+(?:the\s+)?$/.test(doc.text.slice(Math.max(clauseStart, m.start - 8), m.start))) : undefined;
        // (A passive that is the claim's own verb names no doer at all: "that the arrests were ordered in retaliation for
        // Kenya's position at the East African Community summit".)
        const passiveFirst = !!passive && !/\b(?:had|has|have|is|are|did|does|do|will|would)\b|\w+ed\s/.test(doc.text.slice(clauseStart, clauseStart + (passive.index ?? 0)).replace(/\b(?:had|has|have)\s+$/, ''));
        const sufferer = (m: Mention) => !!passive && !agent && (passiveFirst || m.end <= clauseStart + (passive.index ?? 0));
        const accusedM = agent ?? inClaim.find((m) => !keysOf(m).some((k) => ownSide.has(side(k))) && !sufferer(m)) ?? inClaim.find((m) => !sufferer(m));
        const denier = DENY_VERB.exec(t.slice(0, claimThat.index));
        const denierKeys = denier ? keysIn(subjectMentions(info, c, c.start + (denier.index ?? 0))) : [];
        // "rejected Canadian accusations that ...": every earlier accusation from that side against the denier is denied.
        const againstDenier = (a: AllegationFound) => a.record.accusedKeys.some((k) => denierKeys.some((d) => side(d) === side(k)));
        // With no words in common, the one charge just made against the denier's side ("X accused Israel of
        // breaching the deal ... It rejected the charge that Israel was stalling").
        const recent = out.filter((a) => againstDenier(a) && info.sentence.index - a.sentence <= 3);
        const answered = denier
          ? out.filter((a) => (owner ? a.record.accuserKeys.some((k) => keysOf(owner).some((o) => side(o) === side(k))) : true) &&
              againstDenier(a) && (owner || overlap(a.record.claim, claimThat[2] ?? '') >= 2 || (recent.length === 1 && recent[0] === a)))
          : [];
        // "... and blamed Hamas for the delay": a charge of the denier's own follows.
        const chargesBack = /\s+and\s+(?:also\s+)?(?:blamed|accused)\b/.test(claimThat[2] ?? '');
        if (answered.length) {
          for (const a of answered) addDenial(a, denierKeys, info, t, date(nounAt), statusAt(doc, c, c.start + (denier!.index ?? 0)).tense);
          if (!chargesBack) continue;
        }
        if (accusedM && !answered.length) {
          const al = newAllegation(info, cleanClaim(claimThat[2] ?? ''), owner ? keysOf(owner) : [], keysOf(accusedM), date(nounAt), c.tense);
          if (denier) addDenial(al, keysIn(subjectMentions(info, c, c.start + (denier.index ?? 0))), info, t, date(nounAt), c.tense);
          out.push(al);
          continue;
        }
      }
      // Pattern: "X blamed Y for CLAIM", "CLAIM, which X blames on Y", "X has blamed the CLAIM on Y";
      // passive: "Y is blamed by X for CLAIM", the accuser after "by" and the accused the subject.
      const blameOn = /\b(blamed|blames|blame|blaming)\s+(?:it\s+|([^,;.]{3,80}?)\s+)?on\s+([^,;.]+)/.exec(t);
      // "The attack was blamed by the government on a faction of the ELN": the party after "by" blames, the
      // subject is the claim.
      const blamedBy = blameOn && /^by\s/.test(blameOn[2] ?? '') && /\b(?:is|are|was|were|been|being)\s+(?:\w+ly\s+)?$/.test(t.slice(0, blameOn.index));
      const blame = blameOn && !/^(?:the\s+)?(?:grounds|behalf|the basis)\b/i.test(blameOn[3] ?? '')
        ? blamedBy
          ? { index: blameOn.index, claim: t.slice(0, blameOn.index).replace(/\s+(?:is|are|was|were|been|being)\s+(?:\w+ly\s+)?$/, ''), passive: false, byEnd: blameOn.index + blameOn[0].length - (blameOn[3]?.length ?? 0), accusedFrom: blameOn.index + blameOn[0].length - (blameOn[3]?.length ?? 0), byParty: true }
          : { index: blameOn.index, claim: blameOn[2], passive: false, byEnd: 0, accusedFrom: blameOn[2] ? blameOn.index + blameOn[0].length - (blameOn[3]?.length ?? 0) : 0, byParty: false }
        : (() => {
            const m = /\b(blamed|blames|blaming)\s+(by\s+)?([^;.]{1,100}?)\s+for\s+([^;]+)/.exec(t);
            const passive = !!m?.[2] && /\b(?:is|are|was|were|been|being)\s+(?:\w+ly\s+)?$/.test(t.slice(0, m.index));
            return m && (!m[2] || passive) ? { index: m.index, claim: m[4], passive, byEnd: m.index + m[0].length - (m[4]?.length ?? 0), accusedFrom: 0, byParty: false } : null;
          })();
      if (blame) {
        const verbAt = c.start + blame.index;
        const subject = keysIn(subjectMentions(info, c, verbAt));
        const byParty = keysIn(c.mentions.filter((m) => m.start > verbAt && m.end <= c.start + blame.byEnd && !m.isLocation));
        // ("blamed the riots on Y": what stands between the verb and "on" is the claim, not a party.)
        const accused = blame.passive ? subject : keysIn(c.mentions.filter((m) => m.start > verbAt && m.start >= c.start + blame.accusedFrom));
        const accusers = blame.passive || blame.byParty ? byParty : subject;
        // "CLAIM, which X blamed on Y": the claim is the clause the relative hangs on, not the attribution before it.
        const prevClause = info.clauses[info.clauses.indexOf(c) - 1];
        const claim = blame.claim ?? (prevClause && prevClause.link !== 'main' ? prevClause.text : s.sentence.slice(0, c.start - s.start));
        // (A year inside the charge, "for two explosions in 2014", is the act's, not the blame's.)
        const claimAt = blame.byEnd ? c.start + blame.byEnd : blame.claim ? c.start + blame.index + Math.max(0, t.slice(blame.index).indexOf(blame.claim)) : Infinity;
        if (accused.length) out.push(newAllegation(info, cleanClaim(claim), accusers, accused, dateOf(info, c, verbAt, claimAt), c.tense));
      }
      // Pattern: "X condemned the test as a clear violation of ...", "X condemned Russia's war of aggression":
      // a condemnation charges the doer of the act with what the condemnation calls it.
      // Also an act characterised as a breach: "describing it as a flagrant violation of ...",
      // "said the raid was 'a clear violation' of ...".
      // Pattern: an act set off by a noun with a reduced relative — "..., a trip China condemned as
      // interference": the one named before the verb condemns the doer of the sentence's act.
      const reduced = acc ? null : REDUCED_CONDEMNATION.exec(t);
      if (reduced) {
        const verbAt = c.start + reduced.index + reduced[0].length - (reduced[2]?.length ?? 0) - (reduced[1]?.length ?? 0);
        const nounAt = c.start + reduced.index;
        const accusers = keysIn(c.mentions.filter((m) => m.start > nounAt && m.end <= verbAt && !m.isLocation && !m.inTitle));
        const doers = info.clauses[0] ? subjectMentions(info, info.clauses[0], nounAt) : [];
        const accused = keysIn(doers).filter((k) => !accusers.some((a) => side(a) === side(k)));
        if (accusers.length && accused.length) out.push(newAllegation(info, cleanClaim(reduced[2] ?? ''), accusers, accused, date(verbAt), c.tense));
      }
      let cm = acc || reduced ? null : CONDEMN.exec(t);
      if (cm && COUNTERFACTUAL_BEFORE.test(t.slice(0, cm.index))) cm = null;
      // The object may run past commas only to list its doers ("the drills by A, B and C as ..."); "just as",
      // "coming as" join another clause, not a charge.
      if (cm?.[2] !== undefined && ((/,/.test(cm[1] ?? '') && !/\bby\b/.test(cm[1] ?? '')) || /\b(?:just|coming|came|even|such|so)\s*$/i.test(cm[1] ?? ''))) cm = CONDEMN_PLAIN.exec(t);
      // ("accused X of firing ..., calling it a deliberate provocation": the same charge, already counted.)
      const chFound = acc || cm || out.some((a) => a.sentence === info.sentence.index) ? null : CHARACTERISED.exec(t);
      // "said the exercise was not a violation": a breach denied is no charge.
      const ch = chFound && !/\b(?:not|never|no)\b/i.test(chFound[0]) ? chFound : null;
      const condemn = cm ? { index: cm.index, text: cm[0], object: cm[1] ?? cm[3] ?? '', claim: cm[2] } : ch ? { index: ch.index, text: ch[0], object: ch[1] ?? '', claim: ch[2] } : null;
      if (condemn) {
        const verbAt = c.start + condemn.index;
        const object = condemn.object;
        const objectEnd = verbAt + condemn.text.indexOf(object) + object.length;
        const accusers = keysIn(subjectMentions(info, c, verbAt));
        const own = new Set(accusers.map(side));
        const inObject = c.mentions.filter((m) => m.start > verbAt && m.end <= objectEnd && keysOf(m).length && !m.isLocation && !keysOf(m).some((k) => own.has(side(k))));
        // An act named only by its noun ("the test", "the strikes") was done by the last other side the story named.
        const earlier = inObject.length ? [] : doc.sentences.slice(Math.max(0, info.sentence.index - 2), info.sentence.index + 1).flatMap((x) => x.mentions)
          .filter((m) => m.end <= verbAt && keysOf(m).length && !m.isLocation && !m.inTitle && !keysOf(m).some((k) => own.has(side(k))) && actors.get(keysOf(m)[0]!)?.kind !== 'person' && !PLACE_NOUN_AFTER.test(doc.text.slice(m.end, m.end + 20)));
        // "the drills by A, B and C": the doers listed together.
        const listed = inObject.slice(0, 1);
        for (const m of inObject.slice(1)) if (/^\s*(?:,\s*(?:and\s+)?|and\s+)(?:the\s+)?$/.test(doc.text.slice(listed[listed.length - 1]!.end, m.start))) listed.push(m); else break;
        // "the police action" after "Ecuadorian police forced their way into ...": the doer named with that noun.
        const objectNouns = (object.toLowerCase().match(/\b(?:police|army|military|forces|troops|navy|coast guard|soldiers|jets|drones|warships|vessels|authorities)\b/g) ?? []);
        const namedWithNoun = new RegExp(`^\\s+(?:[a-z]+\\s+)?(?:${objectNouns.join('|')})\\b`);
        const nounDoer = inObject.length || !objectNouns.length ? undefined : doc.sentences.slice(0, info.sentence.index + 1).flatMap((x) => x.mentions)
          .filter((m) => m.end <= verbAt && m.key?.startsWith('state:') && !own.has(side(m.key)) && namedWithNoun.test(doc.text.slice(m.end, m.end + 30))).pop();
        const actDoer = inObject.length || nounDoer ? [] : doerOfTheAct(object, info.sentence.index, verbAt, own);
        const accused = inObject.length ? keysIn(listed) : nounDoer ? keysIn([nounDoer]) : actDoer.length ? actDoer : keysIn(earlier.slice(-1));
        const claim = condemn.claim ?? object;
        if (accusers.length && accused.length && claim.trim()) out.push(newAllegation(info, cleanClaim(claim), accusers, accused, date(verbAt), c.tense));
      }
      // Pattern: "X alleged that CLAIM".
      // "alleging they had been caught spying": the participle, with or without "that".
      // ("alleged in a speech to parliament yesterday that ...": with a few short phrases of occasion before "that".)
      const alleged = ALLEGED_THAT.exec(t) ?? /\b(alleging)\s+(?:that\s+)?([^;]+)/.exec(t);
      if (alleged) {
        const verbAt = c.start + (alleged.index ?? 0);
        const accusers = keysIn(subjectMentions(info, c, verbAt));
        // Mentions of the accuser's own side are not accused, but a rival at home is ("X alleged that Y, the interim leader, ...").
        let accused = keysIn(c.mentions.filter((m) => m.start > verbAt)).filter((k) => !accusers.includes(k) && (actors.get(k)?.kind === 'person' || !accusers.some((a) => side(a) === side(k))));
        // "expelled two Pakistani officials, alleging they had spied": the pronoun is the object of the verb before.
        if (!accused.length && /^(?:they|he|she|them)\b/i.test(alleged[2] ?? '')) {
          const prior = info.mentions.filter((m) => m.end <= verbAt && keysOf(m).length && !m.isLocation && !keysOf(m).some((k) => accusers.some((a) => side(a) === side(k))));
          accused = prior.length ? keysOf(prior[prior.length - 1]!) : [];
        }
        if (accused.length) out.push(newAllegation(info, cleanClaim(alleged[2] ?? ''), accusers, accused.slice(0, 1), date(verbAt), c.tense));
      }
    }
  }

  // A sentence with an explicit accusation does not also count its reported speech.
  for (const a of fromSpeech) if (out.some((b) => b !== a && b.explicit && b.sentence === a.sentence)) out.splice(out.indexOf(a), 1);

  // Denials: "X denied/rejected the charge", "accusations that X and Y deny",
  // "called the claims baseless", "said Serbia had not sold drones".
  for (const info of doc.sentences) {
    const t = info.sentence.sentence;
    for (const c of info.clauses) {
      const ct = c.text;
      const verb = DENY_VERB.exec(ct);
      const neg = /\b(?:neither|nor|not)\s+(?:\w+\s+)?(?:confirmed\s+nor\s+)?denied\b/i.test(ct);
      let deniers: string[] = [];
      let denialText = '';
      // ("Lukashenko denied it.", "A Commission spokesperson rejected that, saying ...": a bare pronoun denies the
      // charge just told.)
      if (verb && !neg && (CHARGE_NOUN.test(ct) || /\bdenied\s+that\b|\bdeny\b|\b(?:denied|denies|rejected|rejects|dismissed|dismisses)\s+(?:it|this|that)\s*(?:[.;,]|$)/i.test(ct) || DENIED_ACT.test(ct) || DENIAL_WORDS.test(ct))) {
        const verbAt = c.start + (verb.index ?? 0);
        // The denier after the charge: "accusations that X and Y deny", "a charge Manila rejected as ...".
        const after = /\b(?:that|which|(?:a|an)\s+(?:charge|claim|accusation|allegation))\s+((?:both\s+)?[^,;]{0,60}?)\s+(?:deny|denies|denied|reject|rejects|rejected|dismiss|dismisses|dismissed)\b/i.exec(ct);
        deniers = after
          ? [...new Set(c.mentions.filter((m) => m.start >= c.start + (after.index ?? 0)).flatMap(keysOf))]
          : [...new Set(subjectMentions(info, c, verbAt).flatMap(keysOf))];
        // "We reject these claims": the speaker's own side, in a quotation or a transcript's answer.
        // (After any label: "Spokesperson: We categorically reject ...".)
        if (!after && /(?:^(?:[\p{L} ]{1,30}\s*:\s*)?|[“"]\s*)(?:we|I)\s+(?:\w+ly\s+|also\s+|firmly\s+)?$/iu.test(doc.text.slice(c.start, verbAt))) {
          const st = statements.find((x) => x.sentence === info.sentence.index);
          if (st) deniers = st.speakerKeys;
        }
        denialText = ct;
      } else if (DENIAL_WORDS.test(ct) || CHARGES_DISMISSED.test(ct)) {
        const st = statements.find((x) => x.sentence === info.sentence.index);
        // ("said Azerbaijan was holding 19 prisoners on fabricated charges": the speaker's own charge denies nothing.)
        const charges = st && !CHARGES_DISMISSED.test(ct) && out.some((a) => a.sentence === info.sentence.index && a.record.accuserKeys.some((k) => st.speakerKeys.includes(k)) && DENIAL_WORDS.test(a.record.claim));
        if (st && !charges) (deniers = st.speakerKeys), (denialText = st.record.text);
      }
      if (!deniers.length) continue;
      // "dismissed Guyana's account": the side whose account it is.
      // ("dismissed the Iranian accusation": the side an adjective names.)
      const owners = verb ? keysIn(c.mentions.filter((m) => m.start > c.start + (verb.index ?? 0) && ((m.possessive && /^['’]s?\s+(?:[\w-]+\s+)?(?:account|claims?|accusations?|allegations?|version|charges?)\b/.test(doc.text.slice(m.end, m.end + 30))) ||
        (m.type === 'demonym' && /^\s+(?:account|claims?|accusations?|allegations?|version|charges?)\b/.test(doc.text.slice(m.end, m.end + 20)))))) : [];
      const best = bestAllegation(out, info.sentence.index, denialText || t, deniers, side, 0, verb ? chargedAgent(c, c.start + (verb.index ?? 0)) : [], owners);
      // ("rejected Bolivia's claim that Chile was obliged to negotiate": a claim told in full answers only a charge that
      // says the same.)
      const told = CLAIM_THAT.exec(ct);
      const toldInFull = !!told && !RELATIVE_DENIAL.test(told[2] ?? '') && !RELATIVE_NAMING.test(told[2] ?? '');
      const target = best && toldInFull && overlap(best.record.claim, told?.[2] ?? '') < 2 ? undefined : best;
      const st = statements.find((x) => x.sentence === info.sentence.index);
      const tense = st && !verb ? verbTense(info, st).tense : statusAt(doc, c, c.start + (verb?.index ?? 0)).tense;
      if (target && !accuserSideOnly(target, deniers, side)) {
        addDenial(target, deniers, info, denialText || t, dateOf(info, c, c.start), tense);
        // "rejected the accusations": every charge against the denier's side told just before.
        if (verb && PLURAL_CHARGES.test(ct.slice(verb.index ?? 0))) {
          const own = new Set(deniers.map(side));
          for (const other of out) {
            if (other === target || other.record.status !== 'alleged' || other.sentence > info.sentence.index || info.sentence.index - other.sentence > 8) continue;
            if (other.record.accusedKeys.some((k) => own.has(side(k))) && !accuserSideOnly(other, deniers, side)) addDenial(other, deniers, info, denialText || t, dateOf(info, c, c.start), tense);
          }
        }
      }
    }
  }
  // A speaker repeating the claim in the negative denies it: "said Serbia had not sold drones".
  for (const st of statements) {
    if (st.record.kind !== 'indirect' || !/\b(?:not|never)\b/.test(st.record.text)) continue;
    const target = bestAllegation(out, st.sentence, st.record.text, st.speakerKeys, side, 3);
    if (target && !target.denials.some((d) => d.sentence === st.sentence) && target.record.accusedKeys.some((k) => st.speakerKeys.some((s) => side(s) === side(k)))) {
      const info = doc.sentences[st.sentence]!;
      addDenial(target, st.speakerKeys, info, st.record.text, dateOf(info, info.clauses[0]!, st.start), verbTense(info, st).tense);
    }
  }
  // "said the Czech allegations were 'a crude provocation' designed to ...": what follows the dismissal is no charge.
  const kept = out.filter((a) => {
    const sentence = doc.sentences[a.sentence]?.sentence.sentence ?? '';
    const dismissed = CHARGES_DISMISSED.exec(sentence);
    return !(dismissed && a.record.claim && sentence.indexOf(a.record.claim) > dismissed.index);
  });
  // "a Venezuelan coast guard vessel sailed into Guyanese waters": a state's body charged charges its state too.
  for (const a of kept) {
    const accuserSides = new Set(a.record.accuserKeys.map(side));
    for (const k of [...a.record.accusedKeys]) {
      const body = actors.get(k);
      const state = body?.kind === 'organization' && body.country ? `state:${body.country}` : null;
      if (state && !accuserSides.has(body!.country!) && !a.record.accusedKeys.includes(state)) a.record.accusedKeys.push(state);
    }
  }
  return mergeAllegations(kept, side);

  /**
   * "North Korea fired what appeared to be an ICBM ... Tokyo condemned the launch": the act a condemnation
   * names by its noun was done by the subject of the last verb of that act told before.
   */
  function doerOfTheAct(object: string, sent: number, before: number, own: Set<string>): string[] {
    // (The act named first, when the object names more than one.)
    const verb = ACT_VERBS.map(([noun, verbs]) => [noun.exec(object)?.index ?? Infinity, verbs] as const).sort((a, b) => a[0] - b[0]).find(([at]) => at < Infinity)?.[1];
    if (!verb) return [];
    for (let k = sent; k >= Math.max(0, sent - 12); k--) {
      const info = doc.sentences[k];
      if (!info) continue;
      for (const c of [...info.clauses].reverse()) {
        const hit = verb.exec(doc.text.slice(c.start, c.end));
        const at = hit ? c.start + hit.index : -1;
        if (!hit || at >= before) continue;
        const doers = keysIn(subjectMentions(info, c, at)).filter((key) => !own.has(side(key)));
        if (doers.length) return doers;
      }
    }
    return [];
  }

  /** The actor a denied charge names as its agent: "accusations of X's / X-ian ...", "claims that X ...". */
  function chargedAgent(c: Clause, verbAt: number): string[] {
    const rest = doc.text.slice(verbAt, c.end);
    const noun = CHARGE_NOUN.exec(rest);
    if (!noun) return [];
    const from = verbAt + (noun.index ?? 0) + noun[0].length;
    const m = c.mentions.find((x) => x.start >= from && /^\s+(?:of|that|about|over)\s+(?:the\s+)?$/.test(doc.text.slice(from, x.start)));
    return m ? keysOf(m) : [];
  }

  /** Tense at the reporting verb; a "saying" participle takes its sentence's main verb. */
  function verbTense(info: SentenceInfo, st: StatementFound): { clause: Clause; tense: Clause['tense'] } {
    const main = info.clauses[0]!;
    if (st.verb === 'saying' || st.verb === 'answered') return { clause: main, tense: main.tense };
    const verbAt = doc.text.lastIndexOf(st.verb, st.start);
    const clause = info.clauses.find((c) => c.start <= verbAt && verbAt < c.end) ?? main;
    return { clause, tense: statusAt(doc, clause, verbAt).tense };
  }

  // Reported wrongdoing: "the ministry said Armenia had shelled villages with rockets bought abroad".
  function reportedWrongdoing(): AllegationFound[] {
  const found: AllegationFound[] = [];
  for (const st of statements) {
    if (!st.speakerKeys.length) continue;
    // A quotation charges another side only when it opens with that side: '"The Philippine vessel ... rammed a
    // Chinese ship," Lin Jian said'.
    // (A transcript's answer is the spokesperson's statement of the side's position, not a quotation picked for colour.)
    if (st.record.kind === 'direct' && st.verb !== 'answered' && !/^(?:The|A|An)\s+\p{Lu}[\p{L}-]+\s+(?:vessel|ship|side|government|army|military|forces|troops|authorities|coast guard|navy|boat|regime)\b/u.test(st.record.text)) continue;
    let words = st.record.text;
    let wordsAt = st.start;
    if (/^(?:denied|dismissed|rejected|accused|alleged|welcomed|urged|called|vowed)$/.test(st.verb)) {
      // Pattern: "X denied that ..., telling reporters that Y had provoked ...": the participle's own
      // that-clause is a fresh claim by the same speaker.
      const more = /,\s*(?:telling|saying|adding|insisting|arguing)\b[^,;“”"]{0,40}?\bthat\s+/.exec(words);
      if (!more) continue;
      wordsAt = st.start + (more.index ?? 0) + more[0].length;
      words = words.slice((more.index ?? 0) + more[0].length);
    }
    const info = doc.sentences[st.sentence]!;
    // "saying it could let Beijing base warships there, an assertion China has rejected": a claim the
    // other side denies in the same breath is an allegation whatever its words.
    const contested = CONTESTED.exec(words);
    // (Not a word of a name: "the Gang Suppression Force" suppresses no one.)
    const inName = (m: RegExpMatchArray) => info.mentions.some((x) => x.start <= wordsAt + (m.index ?? 0) && wordsAt + (m.index ?? 0) < x.end);
    let cue: RegExpMatchArray | null = null;
    for (const m of (contested ? words.slice(0, contested.index) : words).matchAll(WRONGDOING)) if (!inName(m)) { cue = m; break; }
    cue ??= contested;
    if (!cue) continue;
    // "said the Czech allegations were 'a crude provocation'": words about the charges deny them (see the denials).
    if (CHARGES_DISMISSED.test(words)) continue;
    const window = words.slice(Math.max(0, (cue.index ?? 0) - 40), (cue.index ?? 0));
    if (NEGATED.test(window) || /\baccus\w+|\bblame/i.test(words.slice(0, 30)) || FOUGHT_OR_SUPPOSED.test(window)) continue;
    // A state's own forces and an armed group of the same country are two sides ("the army said RSF fighters
    // had fired ..."); a group's spokesperson speaks for it.
    const bodySpeaker = st.speakerKeys.every((k) => k.startsWith('state:') || actors.get(k)?.kind === 'organization');
    const sideOf = (k: string) => (bodySpeaker && actors.get(k)?.kind === 'group' && !k.startsWith('group:junta-') ? k : side(k));
    const sides = new Set(st.speakerKeys.map(side));
    const claimEnd = contested ? wordsAt + (contested.index ?? 0) : st.end + 1;
    const inWords = info.mentions.filter((m) => m.start >= wordsAt && m.end <= claimEnd && keysOf(m).length && !m.isLocation && !m.inTitle);
    // The one who denies it is, or stands with, the accused.
    const denierSides = contested ? new Set(info.mentions.filter((m) => m.start >= claimEnd && keysOf(m).length && !m.isLocation).flatMap(keysOf).map(side)) : new Set<string>();
    // "Libya's crisis had its roots in foreign interference": a possessive on another noun is no doer.
    const cueStart = wordsAt + (cue.index ?? 0);
    // ("officers of Russia's military intelligence agency who had recruited ...": an agency owned by a state acts for it.
    // "two Czech citizens": a state's nationals are not the state.)
    // ("breached the customs union rules of the EAC": the body whose rules were broken broke nothing.)
    // ("a clear violation of relevant UN Security Council resolutions": the body named before its resolutions too.)
    const ruleGivers = new Set(inWords.filter((m) => /\b(?:rules|resolutions?|charter|treaty|laws?|agreement|statutes?|principles)\s+of\s+(?:the\s+)?$/i.test(doc.text.slice(Math.max(0, m.start - 30), m.start)) || /^\s+(?:resolutions?|rules|charter|sanctions regime)\b/i.test(doc.text.slice(m.end, m.end + 15))).map((m) => m.key));
    // (", where German troops are stationed": a clause on a place only describes it.)
    // ("had gained access to email accounts at the Ministry of Finance": a body the wrong was done at suffered it.)
    const describesPlace = (m: Mention) => /,\s*where\s+[^,;]*$/.test(doc.text.slice(wordsAt, m.start)) || /\b(?:at|into|inside|within)\s+(?:the\s+)?$/.test(doc.text.slice(Math.max(wordsAt, m.start - 12), m.start));
    // ("said North Korea's ballistic missile launch on March 3 was a clear violation": the owner of the act the reported
    // clause opens with did it.)
    const actOwner = (m: Mention) => m.start - wordsAt <= 1 && ACT_AFTER_OWNER.test(doc.text.slice(m.end, m.end + 50));
    // ("said Kuwait's security services had uncovered an Iranian spy cell": who uncovered the wrong did not do it.)
    const discovered = (m: Mention) => m.end < cueStart && FOUND_OUT.test(doc.text.slice(m.end, cueStart));
    const candidates = inWords.filter((m) => (!m.possessive || cueStart - m.end <= 25 || AGENCY_AFTER.test(doc.text.slice(m.end, m.end + 40)) || actOwner(m)) && !(m.type === 'demonym' && NATIONALS_AFTER.test(doc.text.slice(m.end, m.end + 20))) && !ruleGivers.has(m.key) && !describesPlace(m) && !discovered(m));
    // "expelled an attaché at the Russian embassy, saying he had been working for ...": the pronoun is the
    // one just expelled, of the state named with him.
    const pronounFirst = /^(?:he|she|they|it)\b/i.test(words) ? info.mentions.filter((m) => m.end <= wordsAt && m.start >= info.bodyStart && keysOf(m).length && !m.isLocation && keysOf(m).every((k) => !sides.has(side(k)))).pop() : undefined;
    const rest = pronounFirst ? candidates.filter((m) => !(m.type === 'pronoun' && m.start - wordsAt <= 1)) : candidates;
    // ("said they had photographed military sites near Rukla, where German troops are stationed": a pronoun that is
    // the active subject of the wrong is the one charged, whoever else the clause names.)
    const activeSubject = !!pronounFirst && /^(?:he|she|they|it)\s+(?:had|has|have)\s+(?!been\b)(?:\w+ly\s+)?\w+ed\b/i.test(words);
    const accusedM = rest.find((m) => keysOf(m).some((k) => denierSides.has(side(k))) && keysOf(m).every((k) => !st.speakerKeys.includes(k))) ??
      (pronounFirst && (activeSubject || rest.every((m) => m.possessive || m.type === 'pronoun')) ? pronounFirst : undefined) ??
      rest.find((m) => keysOf(m).every((k) => !sides.has(sideOf(k)) && !st.speakerKeys.includes(k))) ?? pronounFirst ??
      // ("study trips funded from abroad were meant to buy coverage, an accusation the embassy dismissed": with no one
      // named in the claim, the one who denies it answers for it.)
      (contested ? info.mentions.find((m) => m.start >= claimEnd && keysOf(m).length && !m.isLocation && keysOf(m).every((k) => !sides.has(side(k)))) : undefined);
    if (!accusedM) continue;
    // The wrongdoer is who the reported clause is about: "Germany will deliver arms to Ukraine",
    // said by a German, accuses no one (the speaker's own side acts, the other only receives).
    const subj = inWords.find((m) => !m.possessive);
    const cueAt = wordsAt + (cue.index ?? 0);
    // (Unless the speaker's side is protesting: "Kathmandu conveyed its objection to road building by Indian authorities".)
    // (Nor when the subject only suffers a passive whose agent is named: "they were subjected to manoeuvres by Chinese ships".)
    const passiveAgent = /\bby\s+(?:the\s+)?$/i.test(doc.text.slice(Math.max(0, accusedM.start - 8), accusedM.start));
    // (Nor when the subject holds others suspected of the wrong: "it had detained four people on suspicion of spying".)
    const suspected = /\b(?:on suspicion of|suspected of|charged with|accused of)\s+$/i.test(doc.text.slice(Math.max(0, cueAt - 25), cueAt));
    if (subj && subj !== accusedM && keysOf(subj).some((k) => sides.has(side(k))) && subj.start < cueAt && accusedM.start > cueAt + cue[0].length && !/^(?:objection|protest)/i.test(cue[0]) && !passiveAgent && !suspected) continue;
    // "Lithuania would push for sanctions on entities linked to the smuggling": the speaker's own side's plan charges no one.
    if (subj && keysOf(subj).some((k) => sides.has(side(k))) && /^\s*(?:would|will|plans? to|intends? to|is going to|was going to)\b/.test(doc.text.slice(subj.end, subj.end + 20))) continue;
    const { clause, tense } = verbTense(info, st);
    const al = newAllegation(info, contested ? words.slice(0, contested.index) : words, st.speakerKeys, keysOf(accusedM), dateOf(info, clause, st.start), tense);
    al.explicit = false;
    found.push(al);
  }
  return found;
  }


  /** Two sides charging each other: one allegation each way. */
  function chargeEachWay(info: SentenceInfo, claim: string, pair: string[], date: PartialDate | null, tense: Clause['tense']): void {
    for (const k of pair) out.push(newAllegation(info, claim, [k], pair.filter((x) => x !== k), date, tense));
  }

  function newAllegation(info: SentenceInfo, claim: string, accusers: string[], accused: string[], date: PartialDate | null, tense: Clause['tense']): AllegationFound {
    return {
      record: { claim, status: 'alleged', accuserKeys: accusers, accusedKeys: accused.filter((k) => !accusers.includes(k)), denials: [], evidence: evidence(info) },
      sentence: info.sentence.index,
      date,
      tense,
      explicit: true,
      denials: [],
    };
  }
  function addDenial(al: AllegationFound, personKeys: string[], info: SentenceInfo, text: string, date: PartialDate | null, tense: Clause['tense']) {
    if (!personKeys.length) return;
    // A person denying speaks for the state it represents.
    const keys = [...personKeys];
    for (const k of personKeys) {
      const c = actors.get(k)?.kind === 'person' ? actors.get(k)?.country : null;
      if (c && actors.has(`state:${c}`) && !keys.includes(`state:${c}`)) keys.push(`state:${c}`);
    }
    for (const k of keys) if (!al.record.denials.some((d) => d.actorKey === k)) al.record.denials.push({ actorKey: k, text: text.trim(), evidence: evidence(info) });
    al.record.status = 'denied';
    al.denials.push({ keys, sentence: info.sentence.index, date, tense });
  }
}

let currentDoc: Doc | null = null;
function subjectMentions(info: SentenceInfo, c: Clause, at: number): Mention[] {
  return subjectAt(currentDoc!, info, c, at);
}

function dateOf(info: SentenceInfo, c: Clause, at: number, until = Infinity): PartialDate | null {
  const d = clauseDate(info, c, at, until);
  return d ? (c.status === 'planned' ? d.future : d.past) : null;
}

function cleanClaim(s: string): string {
  // "..., a charge Manila rejected as ...": the appended reaction is not part of the claim.
  return s
    // (A quotation may close between the comma and the reaction: '... at the EU table," a charge ...'.)
    .replace(/(?:,(["”]?)|\s[-–—])\s*(?:(?:a|an)\s+(?:charge|claim|accusation|allegation|assertion)|(?:charges|claims|accusations|allegations|assertions))\s+(?:that\s+)?[^,]*$/, '$1')
    .replace(/,\s*which\s+[^,;]{1,60}?\s(?:has\s+|have\s+|had\s+)?(?:\w+ly\s+)?(?:denied|denies|rejected|rejects|dismissed|dismisses)\b.*$/, '')
    // A trailing attribution or a framing phrase: "..., the foreign ministry said", "..., in the latest ...".
    .replace(/,\s*(?:in the latest|the latest|amid|as)\b.*$/, '')
    // "accused X of Y and said ...", "..., and summoned its ambassador": what follows the second verb is said or done, not alleged.
    .replace(/\s+and\s+(?:also\s+)?(?:said|says|added|warned|told|called|urged|vowed|demanded|insisted|threatened|blamed|accused|summoned|expelled|recalled|imposed|announced|ordered|declared)\b.*$/, '')
    .replace(/,\s*[^,“”"]{0,60}\b(?:said|says|told|added|announced)\b[^,“”"]{0,30}$/, '')
    .replace(/\s*[.]["”]?$/, '')
    // (A claim cut at a clause boundary keeps no dangling ", and".)
    .replace(/,?\s+and\s*$/, '')
    // (Nor a dangling comma: "of using excessive force, denied ...".)
    .replace(/\s*[,;:]\s*$/, '')
    // "charged X with corruption on Sunday": when it was said is not part of what is alleged.
    .replace(/\s+(?:on\s+(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)|(?:last|this|earlier\s+this)\s+(?:week|month|year)|(?:yesterday|today))$/, '')
    .trim();
}

// Content words cut to a five-letter stem, so "supplied" meets "supplying".
const contentWords = (s: string) => new Set(s.toLowerCase().match(/[a-z]{3,}/g)?.filter((w) => !STOP.has(w)).map((w) => w.slice(0, 5)) ?? []);

/** The allegation a denial answers: shared words with the claim, the denier's side among the accused, recency. */
function bestAllegation(all: AllegationFound[], sentence: number, text: string, deniers: string[], side: (k: string) => string, minOverlap = 0, charged: string[] = [], owners: string[] = []): AllegationFound | null {
  const words = contentWords(text);
  let best: AllegationFound | null = null;
  let bestScore = -1;
  const bySide = (a: AllegationFound, keys: string[]) => a.record.accusedKeys.some((k) => keys.some((d) => d === k || side(d) === side(k)));
  const eligible = (a: AllegationFound) => a.sentence <= sentence && !(deniers.length && accuserSideOnly(a, deniers, side));
  // "dismissed that claim": the demonstrative points at the latest charge against the denier's side.
  let latest = -1;
  const anaphoric = ANAPHORIC_CHARGE.test(text);
  if (anaphoric) for (const a of all) if (eligible(a) && bySide(a, deniers)) latest = Math.max(latest, a.sentence);
  // (With none against the denier's side, the latest charge at all: "Russia has long charged that Western governments
  // ... The European Union's diplomatic service dismissed that accusation".)
  const sideless = anaphoric && latest < 0;
  if (sideless) for (const a of all) if (eligible(a)) latest = Math.max(latest, a.sentence);
  for (const a of all) {
    if (!eligible(a)) continue;
    const claim = contentWords(a.record.claim);
    let overlap = 0;
    for (const w of words) if (claim.has(w)) overlap++;
    if (overlap < minOverlap) continue;
    const accusedSide = a.record.accusedKeys.some((k) => deniers.some((d) => d === k || side(d) === side(k)));
    const joins = /\balso\b/.test(text) && a.record.denials.length ? 2 : 0;
    const answersCharge = CHARGE_NOUN.test(text) && a.explicit ? 2 : 0;
    // "accusations of Eritrean troop movements": the agent named in the charge is the accused.
    const agent = charged.length && bySide(a, charged) ? 3 : 0;
    const pointed = latest >= 0 && a.sentence === latest && (accusedSide || sideless) ? 4 : 0;
    // "Y accused Tehran of X. Tehran denies sending ...": a denial of the act itself answers the charge just made.
    const adjacent = !CHARGE_NOUN.test(text) && sentence - a.sentence <= 1 ? 1.5 : 0;
    const score = overlap + (accusedSide ? 3 : 0) + joins + answersCharge + agent + pointed + adjacent + a.sentence / 1000;
    if (score > bestScore) [best, bestScore] = [a, score];
  }
  // A live blog tells the newest first: a denial may come before the charge it answers ("dismissed
  // Guyana's account as ..."). Only a later charge by the side the denial names, against the denier's, is taken;
  // with no side named ("has rejected the accusations"), the next charge against the denier's side.
  // ("flatly denied that Venezuelan soldiers had crossed the river": a denial of the act itself answers the next
  // charge against the denier's side that tells of it.)
  const actDenied = !owners.length && DENIED_THAT.test(text);
  if (!best && deniers.length && ((owners.length && DENIAL_WORDS.test(text)) || (!owners.length && ANSWERED_CHARGES.test(text)) || actDenied)) {
    return all.find((a) => a.sentence > sentence && a.record.accusedKeys.some((k) => deniers.some((d) => d === k || side(d) === side(k))) &&
      (!owners.length || a.record.accuserKeys.some((k) => owners.some((o) => side(o) === side(k)))) && !accuserSideOnly(a, deniers, side) &&
      (!actDenied || overlap(text, a.record.claim) >= 1)) ?? null;
  }
  return best;
}

/**
 * Deniers who speak for the accuser, not the accused: they do not deny the charge. In a dispute inside
 * one state ("Hasina alleged that Yunus ...; his press secretary rejected it") both sides share a
 * country, so the accused's side wins.
 */
function accuserSideOnly(a: AllegationFound, deniers: string[], side: (k: string) => string): boolean {
  const near = (keys: string[]) => keys.some((k) => deniers.some((d) => d === k || side(d) === side(k)));
  if (a.record.accuserKeys.some((k) => deniers.includes(k))) return true;
  return near(a.record.accuserKeys) && !near(a.record.accusedKeys);
}

function overlap(a: string, b: string): number {
  const wb = contentWords(b);
  let n = 0;
  for (const w of contentWords(a)) if (wb.has(w)) n++;
  return n;
}

/** One accusation reported twice (a lead and its detail) is one allegation. */
function mergeAllegations(all: AllegationFound[], side: (k: string) => string): AllegationFound[] {
  const out: AllegationFound[] = [];
  for (const a of all) {
    const twin = out.find((b) => {
      const sameAccused = a.record.accusedKeys.some((k) => b.record.accusedKeys.some((j) => j === k || side(j) === side(k)));
      const sameAccusers = a.record.accuserKeys.some((k) => b.record.accuserKeys.some((j) => j === k || side(j) === side(k)));
      const wa = contentWords(a.record.claim);
      const wb = contentWords(b.record.claim);
      let shared = 0;
      for (const w of wa) if (wb.has(w)) shared++;
      // A charge repeated by a wider coalition ("X said ...; X and Y have accused ...") is a separate allegation.
      const sides = (r: ExtractedAllegation) => new Set(r.accuserKeys.map(side));
      const sa = sides(a.record);
      const sb = sides(b.record);
      const sameCoalition = sa.size === sb.size && [...sa].every((k) => sb.has(k));
      return sameAccused && sameAccusers && sameCoalition && shared >= 3;
    });
    if (!twin) {
      out.push(a);
      continue;
    }
    if (a.record.claim.length > twin.record.claim.length) twin.record.claim = a.record.claim;
    for (const d of a.record.denials) if (!twin.record.denials.some((x) => x.actorKey === d.actorKey)) twin.record.denials.push(d);
    twin.denials.push(...a.denials);
    if (twin.record.denials.length) twin.record.status = 'denied';
  }
  return out;
}
