// Stage: events coded with PLOVER types. A trigger word in a clause makes an
// event; the clause's actors are its participants (before the trigger: source,
// after: target); tense and modality give the status; mentions of one
// real-world event are merged.
import type { EventType, ExtractedEvent, PartialDate, ParticipantRole } from '../types.js';
import type { Doc, SentenceInfo, Clause } from './clauses.js';
import { clauseDate, COUNTERFACTUAL_BEFORE, ELLIPTICAL_WITH, insideQuotation, mainDates, statusAt, subjectAt } from './clauses.js';
import { isCrowdKey, keysOf, type ActorDraft, type Mention } from './mentions/index.js';
import type { AllegationFound } from './allegations.js';
import { ANAPHORIC_DAY, NEXT_DAY, nextDayCount } from './dates.js';

interface Trigger {
  type: EventType;
  re: RegExp;
  /** May stand with a single participant (a summit, a host). */
  single?: boolean;
  /** An act that needs no second party ("test-fired a missile", "withdrew its troops"). */
  solo?: boolean;
  /** A nominalisation ("Russia's invasion of Ukraine"): its source is the possessive or adjective before it, its target the "of/on/against" phrase. */
  nominal?: boolean;
  /** Not when the words just before the trigger match ("lifted sanctions on X" is no sanction). */
  notAfter?: RegExp;
  /** Not in a clause that already has one of these types ("fired missiles at X" is an assault, not a test). */
  unless?: EventType[];
  /** Only with a crowd (protesters, students) as its subject: "leaders gathered" is no demonstration. */
  crowd?: boolean;
}

// Objects of force and of deployment.
const FORCES = String.raw`(?:troops|soldiers|forces|warships|(?:naval |navy |war ?)?ships|(?:fighter )?jets|bombers|aircraft|(?:aircraft )?carriers?|submarines?|battalions?|brigades?|units|tanks|personnel|destroyers|frigates)`;
const MISSILES = String.raw`(?:(?:ballistic |cruise |hypersonic |intercontinental |short-range |long-range |medium-range )?missiles?|ICBMs?|IRBMs?|SLBMs?|rockets?|satellites?|projectiles)`;
const ATTACK_NOUN = String.raw`(?:(?:air|missile|drone|rocket|artillery|military)[ -]?)?(?:strikes?|attacks?|assaults?|raids?|offensives?|bombardments?|incursions?)`;
// Undoing a measure is a concession, not the measure: "lifted sanctions", "eased restrictions".
const UNDOING = /\b(?:lift(?:ed|s|ing)?|eas(?:ed|es|ing|e)|relax(?:ed|es|ing)?|scrap(?:ped|s|ping)?|remov(?:ed|es|ing|e)|waiv(?:ed|es|ing|e)|end(?:ed|s|ing)?|roll(?:ed|s|ing)? back|suspend(?:ed|s|ing)?|loosen(?:ed|s|ing)?|drop(?:ped|s)?)\s+(?:[\w'’-]+\s+){0,3}$/;
// Sanctions only talked about: "due to discuss possible sanctions on ...", "could face sanctions".
const TALKED_OF = /\b(?:discuss(?:ed|es|ing)?|consider(?:ed|s|ing)?|weigh(?:ed|s|ing)?|debat(?:ed|es|ing|e)|mull(?:ed|s|ing)?|threaten(?:ed|s|ing)?(?: with)?|possible|potential|could face|would face|face|facing)\s+(?:(?:new|further|fresh|more|possible|targeted|personal)\s+)?$/;
// Terms of abuse that make a naming an insult: "called her 'a puppet of Caracas'".
const TERM_OF_ABUSE = String.raw`(?:puppet|traitor|liar|criminal|dictator|tyrant|terrorist|fascist|nazi|clown|thug|bandit|gangster|murderer|killer|butcher|coward|enemy|illegitimate|corrupt|ignorant|incompetent|lackey|stooge|vassal|servant|agent|spy|warmonger|provocateur|rogue|pariah|regime|junta|usurper|failed|disgrace|shame|threat|menace|danger)`;
// ("without imposing anything": an act disowned.)
const NOT_IMPOSED = new RegExp(`${UNDOING.source}|${TALKED_OF.source}|\\bwithout\\s+$`);

// "the signing", "its signing": a reference back to an agreement already told, not a new one.
// "witnessed the signing of 18 documents" is an agreement; "after the signing" and "The signing came" refer back.
const DEFINITE_BEFORE = /(?:\b(?:after|before|at|since|following)\s+|^\s*)(?:the|its|their|this|that)\s+$/i;

// Those whose release is a concession: "released 14 fishermen", "freed the detained drivers".
const RELEASED = String.raw`(?:prisoners|detainees|hostages|captives|POWs|prisoners of war|nationals|citizens|sailors|crew(?: members)?|fishermen|soldiers|journalists?|(?:police )?officers|policemen|border guards|servicemen|diplomats|activists|(?:truck |lorry )?drivers)`;

const TRIGGERS: Trigger[] = [
  // consultations: meetings, visits, calls, summits
  { type: 'consult', re: /\b(?:spoke|spoken|speak|talked)\s+(?:(?:\w+ly|today|yesterday|again|separately|on (?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday))\s+)?(?:by (?:tele)?phone\s+(?:(?:on (?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)|late|earlier|again)\s+)?)?(?:with|to)\b|\bspoke by (?:tele)?phone\b|\b(?:phone|telephone|video) (?:calls?|conversations?)\b/ },
  // ("hosts three million migrants" is no meeting; "shook hands" is one.)
  // ("after meeting his counterpart": the gerund of a meeting held, not the bare noun "meeting".)
  { type: 'consult', re: /\b(?:after|before|while|when|since)\s+meeting(?=\s+(?:his|her|their|its|the|[A-Z]))|\b(?:met|(?:meet|meets)(?!\s+(?:[\w'’-]+\s+){0,2}halfway)(?!\s+(?:its|their|the|his|her|our)?\s*(?:demands?|needs?|targets?|obligations?|requirements?|conditions?|expectations?|deadlines?|standards?|criteria|costs?|commitments?)\b)|meeting with|held talks|hold talks|holds talks|holding talks|talks with|talks between|(?:hosted|hosts|hosting)(?!\s+(?:(?:about|around|some|nearly|close to|more than|over|up to)\s+)*(?:[\d,.]+|one|two|three|four|five|six|seven|eight|nine|ten|tens|dozens|scores|hundreds|thousands|millions)\b)|shook hands|shake hands|shaking hands|received(?!\s+(?:[\w-]+\s+){0,2}?(?:weapons|arms|training|funding|money|support|aid|assistance|reports?|information|letters?|messages?|threats?|invitations?|awards?|requests?|complaints?|votes?|sentences?|approval|backing|shipments?|deliveries|orders|instructions)\b)|visited|visits|travel(?:l)?(?:ed|s)?(?: on)? to|travel(?: on)? to|(?:flew|flies|fly|(?<=\b(?:had|has|have)\s)flown)(?: on)? to(?=\s+(?:the\s+)?[A-Z])(?![^.;]{0,80}\band\s+(?:hold|held|meet|met)\b)|trip to|visit to|will visit|to visit|state visit|(?:was|were) (?:welcomed|greeted) by|(?:held|hold|holds|holding) (?:an? |their |the )?(?:[\w+"“”-]+ ){0,4}(?:dialogue|consultations|negotiations|meetings|(?<=(?:tele)?phone |video )(?:talk|conversation|call))|(?:co-)?chair(?:ed|s|ing)? (?:an? |their |the )?(?:[\w-]+ ){0,3}(?:dialogue|consultations|negotiations|meetings?|talks|session|commission|forum))\b/ },
  { type: 'consult', re: /\b(?:discussed|discusses|discussing|(?<=\b(?:will|would|to)\s)discuss)\b(?=[^.;]{0,80}\bwith\b|[^.;]{0,50}\bby (?:tele)?phone\b)|\b(?:paid|pays|paying) (?:an?\s+)?(?:[\w-]+\s+){0,2}visit\b|\b(?:arrived|arrives|arriving|landed) in\b|\b(?:welcomed|welcomes|welcoming) (?:[\w.'’-]+\s+){1,5}(?:to|in|at)\b(?!\s+(?:the\s+)?(?:decision|move|step|news|announcement|[a-z]+ing)\b)/ },
  { type: 'consult', re: /\b(?:called|calls|calling|call) on\b(?![^.;]{0,120}?\bto\s+[a-z]+)/ },
  // "had briefed European Council President António Costa on the matter by phone".
  { type: 'consult', re: /\b(?:briefed|briefs|(?<=\b(?:to|will)\s)brief)\b(?=\s+(?:[\p{L}.'’-]+\s+){1,6}?(?:on|about|by)\b)/u },
  // "phoned Horák to offer his support", "was on the phone to her Japanese counterpart": a call.
  { type: 'consult', re: /\b(?:phoned|telephoned|rang)\s+(?=\p{Lu}|his\b|her\b|the\b)|\b(?:was|were|got)\s+on\s+the\s+(?:tele)?phone\s+(?:to|with)\b/u },
  // "invited President Yoon to attend the summit in May", "invited him to Washington": the visit invited to.
  // "presented his credentials to President X": an ambassador's audience with the head of state.
  { type: 'consult', re: /\bpresent(?:ed|s|ing)\s+(?:his|her|their)\s+(?:letters of\s+)?credentials\s+to\b/ },
  { type: 'consult', re: /\b(?:invited|invites|inviting|extended an invitation to)\s+(?:[\w.'’-]+\s+){1,7}?to\s+(?=(?:attend|visit|come|travel|join|the|a|an|\p{Lu}))/u },
  // An event noun standing for a meeting; "host country", "news conference" and "cabinet meeting" are not.
  // (Nor is one attacked: "a bomb attack on a meeting of opposition activists".)
  { type: 'consult', re: /\b(?:summit|talks|(?<!\b(?:his|her|their|its|our)\s)host(?! (?:country|nation|city|government))|(?<!(?:cabinet|party|board|staff|news|press) )(?<!\b(?:attack|attacks|raid|strike|assault|bombing)\s+on\s+(?:a|the)\s+)meeting|(?:bring|brings|brought) together|convened)\b/, single: true },
  // A council or assembly voting meets to do so ("the Security Council voted on Wednesday to extend ...").
  { type: 'consult', re: /\b(?:voted|votes)\b(?=\s+(?:\w+\s+)?(?:on|to|in favou?r|against|unanimously|for)\b)/, single: true },
  // agreements
  // An offer to mediate (CAMEO's "express intent to mediate"): "offered on Sunday to mediate between the junta and the parties".
  { type: 'agree', re: /\b(?:offered|offers|offering)\s+(?:on\s+\w+\s+|again\s+|its\s+good\s+offices\s+)?to\s+(?:mediate|facilitate\s+(?:a\s+)?(?:dialogue|talks)|host\s+(?:the\s+|a\s+)?(?:talks|negotiations|dialogue))\b/ },
  { type: 'agree', notAfter: DEFINITE_BEFORE, re: /\b(?:signed|signs|signing|(?<=\bto\s)sign|(?<=\bwill\s)sign|inked|inks|initiall?ed|agreed(?!\s+with\b)|agrees? (?:to|on|upon)|reached (?:an?\s+|the\s+)?(?:[\w-]+\s+){0,2}(?:deal|agreement|accord|consensus|understanding|ceasefire|truce|settlement)|struck an? (?:[\w-]+\s+){0,2}(?:deal|agreement)|sealed an? (?:[\w-]+\s+){0,2}(?:deal|agreement)|concluded (?:an?|the) (?:[\w-]+\s+){0,3}(?:treaty|agreement|deal|accord|pact)|ratified|(?:issued|released|adopted) (?:an?|the) joint (?:statement|declaration|communiqu[eé])|(?:adopted|endorsed) (?:an?|the) (?:[\w-]+\s+){0,3}(?:declaration|communiqu[eé]|pact|agreement|accord|treaty|framework)|(?:finali[sz]ed|completed)\s+(?:the\s+)?(?:text of\s+|negotiations on\s+)?(?:an?\s+|the\s+)?(?:[\w-]+\s+){0,2}(?:treaty|agreement|deal|accord)|memorandum of understanding|memoranda of understanding|MoUs?|(?:deal|agreement|accord) (?:was|has been) (?:reached|signed|struck))\b/ },
  // cooperation: joint action and pacts of cooperation (a signed pact is also an agreement)
  { type: 'cooperate', re: /\b(?:(?:held|holds|hold|holding|conducted|conducts|conduct|conducting|staged|stages|staging|launched|launches|began|begin|begins|started|carried out|carry out|kicked off|wrapped up|concluded)\s+(?:[\w-]+\s+){0,3}joint\b|(?:signed|signs|signing|inked|concluded|sealed|agreed|agreed on|forged|formed)\s+(?:an?\s+|the\s+)?(?:[\w-]+\s+){0,3}(?:cooperation|defen[cs]e|security|military|partnership|alliance|mutual[- ]defen[cs]e)\s+(?:pact|agreement|accord|treaty|deal)|(?:joined forces|teamed up)\s+with)\b/ },
  // concessions
  { type: 'concede', re: new RegExp(String.raw`\b(?:lifted|dropped|withdrew|abandoned) (?:its|their|his|her) (?:objection|objections|veto|opposition)\b|\bbacked down\b|\b(?:apologi[sz]ed|apologi[sz]es|apologi[sz]ing|offered (?:an |his |her |its )?apology)\b|\b(?:released|releases|releasing|freed|frees|freeing|pardoned|handed over|returned) (?:[\w'’-]+\s+){0,4}${RELEASED}\b|\b(?:eased|eases|easing|lifted|lifts|lifting|relaxed|relaxes|loosened|scrapped|removed|rolled back|waived|suspended) (?:[\w'’-]+\s+){0,3}(?:sanctions|restrictions|curbs|bans?|embargo|tariffs|blockade|export controls)\b|\b(?:made|offered) (?:[\w-]+\s+)?concessions?\b|\b(?:exchanged|swapped) (?:[\w-]+\s+){0,2}(?:prisoners|detainees|captives|POWs)\b`) },
  // "Fourteen Indian fishermen were released by Sri Lanka", "Seven Beninese drivers held in Niger were handed over".
  // (The look back runs only where the verb is found.)
  { type: 'concede', re: new RegExp(String.raw`\b(?:released|freed|handed over|repatriated|pardoned)\b(?<=\b${RELEASED}\b[^.;]{0,80}?\b(?:were|was|have been|had been|has been)\s+(?:\w+ly\s+)?(?:released|freed|handed over|repatriated|pardoned))`) },
  // "Bolivia's release on Monday of 14 Peruvian truck drivers": the release named by its noun.
  { type: 'concede', nominal: true, re: new RegExp(String.raw`\brelease(?=\s+(?:on\s+\w+\s+)?of\s+(?:[\w'’-]+\s+){0,4}${RELEASED}\b)`) },
  // retreat: pulling forces back or out
  { type: 'retreat', solo: true, re: new RegExp(String.raw`\b(?:(?:withdrew|withdraws|withdrawn|withdrawing|withdraw|pulled|pulls|pulling|pull|moved|moving)\s+(?:back\s+)?(?:[\w'’-]+\s+){0,3}?${FORCES}\s+(?:back\s+)?(?:from|out of|away from)|(?:pulled|pulls|pulling|pull|pulled) (?:[\w'’-]+\s+){0,3}?${FORCES}\s+(?:back|out)|(?:withdrew|withdraws|withdrawing|withdraw|retreated|retreats|retreating) from (?!(?:the|an?|its|their) (?:[\w-]+\s+)?(?:treaty|agreement|deal|accord|pact|talks|race|competition|tournament|convention)\b)|pulled out of (?!(?:the|an?|its|their) (?:[\w-]+\s+)?(?:treaty|agreement|deal|accord|pact|talks|race|competition|tournament|convention)\b))`) },
  // sanctions and expulsions
  // Expulsions: "declared X persona non grata", "ordered X to leave (the country)", "asked its consul to return home".
  { type: 'sanction', notAfter: NOT_IMPOSED, re: /\b(?:(?:imposed|imposes|impose|imposing)(?!\s+(?:an?\s+|the\s+)?(?:[\w-]+\s+)?(?:blockade|curfew|martial law|lockdown))(?!\s+(?:by\s+force|its\s+will|their\s+will|his\s+will)\b)|sanctioned|sanctions (?:on|against)|(?:recalled|recalls|recalling|withdrew|withdraws|withdrawing) (?:its|their|the|his|her|our)(?: country['’]s)? (?:[\w-]+ )?(?:ambassadors?|envoys?)|(?:froze|freezes|freezing|frozen) (?:the )?(?:assets|accounts|funds)|(?:designated|designates|designating) (?:[\w'’,-]+ ){1,4}(?:officials|individuals|entities|companies|firms|persons|people|vessels)\b|(?:suspended|suspends|suspending) (?!(?:its|their|the|his|her)\s+(?:[\w-]+\s+)?(?:talks|visit|trip|operations)\b)(?:[\w'’-]+ ){1,4}from (?:the |all )?(?:[\w-]+ ){0,3}(?:membership|activities|bodies|organi[sz]ation|bloc|union|community|[A-Z][\w-]*)|(?:severed|severing|broke off|breaking off|severs|suspended|suspends|halted|froze|freezes|paused|pauses|cut|cuts|cutting|withheld|withholds) (?:[\w-]+ ){0,4}(?:diplomatic (?:ties|relations)|ties|relations|trade|imports|exports|flights|cooperation|aid|funding|assistance|visas|talks|membership)|closed (?:its|the|their) (?:embassy|consulate)|(?:closed|shut|closes|shuts|closing|shutting|(?<=\b(?:to|will|would)\s)close) (?:[\w'’-]+\s+){0,4}(?:border crossings?|crossing points?|checkpoints|(?:land )?borders?|airspace|ports?) (?:with|to)|(?:extended|extends|extending|ordered|announced|kept) the closure of (?:[\w-]+\s+){0,4}(?:border crossings?|crossing points?|checkpoints|(?:land )?borders?|airspace)|export (?:controls|curbs|bans?) on|tariffs (?:on|against)|(?:banned|bans|banning) (?:[\w-]+ ){0,2}(?:imports|exports|trade|flights)|expelled|expels|expel|expelling|ordered out|(?:ordered|announced|ordering) the expulsion of|ordered (?:[\w'’-]+\s+){1,3}to (?:cut|reduce|halve|slash|downsize|close)\b(?=[^.;]{0,80}\b(?:staff|mission|embassy|consulate|high commission|diplomats|personnel)\b)|declared (?:[\w'’-]+ ){1,10}persona non grata|(?:gave|gives|giving|given) (?:[\w'’-]+ ){1,10}(?:\d+|twenty-four|forty-eight|seventy-two|two|three|five|seven|ten) (?:hours|days) to leave|ordered (?!(?:an?|the|its|their)\s+(?:[\w-]+\s+){0,2}(?:vessels?|ships?|boats?|trawlers?|aircraft|planes?|frigates?|tankers?)\b)(?:[\w'’-]+ ){1,9}to leave|(?:asked|asking|told|telling|instructed) (?=[^.;]{0,60}?\b(?:ambassadors?|envoys?|diplomats?|consuls?(?: general)?|attach[eé]s?|charg[eé]|high commissioner|him|her|them)\b)(?:[\w'’,-]+ ){1,8}to (?:leave the country|return home|leave (?:within|in) \d+)|ordered (?=[^.;]{0,80}?\b(?:ambassadors?|envoys?|diplomats?|consuls?|attach[eé]s?|charg[eé]|high commissioner)\b)(?:[\w'’,-]+ ){1,12}to leave|revoked the accreditation|revoked (?:their|the|his) accreditation|cut (?:diplomatic )?(?:ties|relations)|(?:downgraded|downgrading|downgrades) (?:its |their )?(?:diplomatic )?(?:ties|relations)|froze (?:the )?assets|blacklisted|similar measures|(?:added|adds|adding)\s+(?:[\w'’,-]+\s+){1,10}?to\s+(?:its|the|their)\s+(?:(?:sanctions?|entity|terror(?:ism|ist)?)\s+list|blacklist|list\s+of\s+[^.;]{0,40}?(?:sanctions|travel bans?|asset freezes?)))\b/ },
  // assault: armed force against another side
  { type: 'assault', re: new RegExp(String.raw`\b(?:attacked|attacking|shelled|bombed|bombarded|bombarding|invaded|invades|invading|raided|rammed|rams|ramming|(?:struck|strikes|striking)(?!\s+(?:an?\s+|the\s+)?(?:[\w-]+\s+)?(?:deal|agreement|accord|balance|tone|chord|note|record|high|low|back|out|a nerve))(?=\s+(?:the\s+|an?\s+|several\s+|two\s+|\p{Lu}|targets|positions|military|infrastructure|energy|civilian|residential|ports?|bases?))|(?:fired|firing|fires) (?:[\w-]+\s+){0,4}(?:at|on|toward|towards)\b(?!\s+(?:least|sea|the sea|dawn|night|close range)\b)|opened fire (?:on|at)|(?:launched|launches|launching|carried out|carries out|conducted|conducts|mounted|unleashed|staged)\s+(?:an?\s+|the\s+|its\s+|their\s+)?(?:[\w-]+\s+){0,3}?${ATTACK_NOUN}|killed\b(?=[^.;]{0,60}\b(?:attacks?|strikes?|raids?|shelling|bombing|airstrikes?|drone)\b)|retaliated\s+with\s+(?:[\w-]+\s+){0,2}(?:strikes|attacks|shelling|fire|missiles|rockets|drones)|shot down\b|(?:traded|trade|trading|exchanged|exchanging)\s+(?:[\w-]+\s+){0,4}?(?:fire|gunfire|shots|strikes|shelling|blows)\b|(?:clashed|clash|clashing)\s+(?:with|along|on|near|at)\b|(?:sent|sends|sending|dispatched|deployed)\s+(?:[\w'’-]+\s+){0,4}?to\s+(?:bomb|strike|attack|shell|hit|raid)\b)`, 'u') },
  { type: 'assault', nominal: true, re: new RegExp(String.raw`\b(?:(?:full-scale\s+)?(?:invasion|occupation|annexation|bombing|shelling|bombardment|blockade) of|(?:${ATTACK_NOUN}|war|aggression|onslaught)\s+(?:on|against))\b`) },
  // "Chilean President Ana Vera's state visit to Lima in November": the visitor before the noun, the place visited after it.
  { type: 'consult', nominal: true, re: /\b(?:(?:state|official|working)\s+)?visit to\b/ },
  // Summoning an envoy is an official accusation (PLOVER ACCUSE); a protest lodged or a protest note handed over
  // is the formal protest itself, as annotators code it (PROTEST, beside the demonstrations in the street).
  // ("the summoning of Russia's envoy was theatre": the act named as a thing talked about is no one's act here.)
  { type: 'accuse', re: /(?<=\b(?:was|were|been|being)\s+)summoned\b(?=\s+(?:to|by)\b)|\b(?:summoned|summons|(?<!\bthe\s)summoning|called in)\b(?=[^.;]{0,80}\b(?:[Aa]mbassador|[Ee]nvoy|[Cc]harg[eé] d['’][Aa]ffaires|(?:[Hh]igh )?[Cc]ommissioner|[Aa]ttach[eé]|diplomats?|representative)\b)/ },
  // (A protest lodged, a protest note handed over, is the side's formal protest.)
  { type: 'protest', re: /\b(?:lodged|lodges|lodging|lodge|filed|files|registered|launched|made|issued|delivered|handed)\s+(?:\w+\s+)?(?:an?\s+|its\s+|their\s+|what it called an?\s+)?(?:[\w-]+\s+){0,3}(?:protests?|d[eé]marches?|protest notes?)\b|\b(?:handed|hands|delivered|sent|issued)\s+(?:\w+\s+)?(?:an?\s+|the\s+)?(?:[\w-]+\s+){0,2}notes?\s+(?:of\s+protest|verbale)\b|\bprotested\b(?!\s+(?:outside|in front|near|at|in)\b)|\bprotests (?:to|against)\b/ },
  // Demonstrations: a crowd rallying, marching or protesting.
  { type: 'protest', crowd: true, re: /\b(?:rallied|rallies|rallying|demonstrated|demonstrating|marched|marching|gathered|protested|stormed|storming|took to the streets|staged (?:an?\s+)?(?:[\w-]+\s+)?(?:protests?|rall(?:y|ies)|demonstrations?|sit-ins?))\b/ },
  // coercion: seizures, detentions, blockades, bans
  // "the detained fishermen", "a seized tanker": a participle used as an adjective reports no new act.
  { type: 'coerce', notAfter: /\b(?:the|a|an|its|their|his|her|of|two|three|four|\d+)\s+$/i, re: /\b(?:seized|seizes|seizing|detained|detains|detaining|arrested|arrests|arresting|abducted|kidnapped|blockaded|blockades|blockading|impounded|confiscated|boarded|intercepted|harassed|harasses|harassing|expropriated|nationali[sz]ed|(?:banned|bans|banning)(?!\s+(?:[\w-]+\s+){0,2}(?:imports|exports|trade|flights)\b)|(?:imposed|imposes|impose|imposing) (?:an?\s+|the\s+)?(?:[\w-]+\s+)?(?:blockade|curfew|martial law))\b/ },
  // mobilization: deploying forces, drills, missile tests, alerts
  { type: 'mobilize', solo: true, unless: ['assault', 'cooperate'], re: new RegExp(String.raw`\b(?:(?:announced|ordered|approved|authori[sz]ed)\s+the\s+deployment\s+of\s+(?:[\w,'’-]+\s+){0,3}?${FORCES}|(?:deployed|deploys|deploying|deploy|sent|sends|sending|dispatched|dispatches|dispatching|moved|massed|massing|stationed|mobili[sz]ed|mobili[sz]ing)\s+(?:[\w'’-]+\s+){0,3}?${FORCES}|(?:held|holds|hold|holding|conducted|conducts|conduct|conducting|staged|stages|staging|launched|launches|began|begin|begins|started|kicked off|carried out|carry out)\s+(?:[\w'’-]+\s+){0,3}?(?:drills?|exercises?|manoeuvres|maneuvers|war games|military games)|(?:test-fired|test-fires|test-firing|test-fire|test-launched|fired|fires|firing|launched|launches|launching)\s+(?:what\s+(?:appeared|appears|seemed|was believed|is believed)\s+to\s+be\s+)?(?:an?\s+|two\s+|three\s+|several\s+|a barrage of\s+|a salvo of\s+)?(?:[\w'’-]+\s+){0,3}?${MISSILES}|(?:put|placed|puts|places|putting|placing)\s+(?:[\w'’-]+\s+){0,3}on (?:high |full |heightened |combat |maximum )?(?:alert|readiness)|mobili[sz]ed|mobili[sz]ation of|(?:directed|ordered|approved|authori[sz]ed|announced) the (?:activation|deployment|mobili[sz]ation) of)\b`) },
  // threats
  // "warned against promising too much" is advice, not a threat. "warning" only as a participle
  // (", warning that ...", "and warning that ..."), not the noun ("asked about the warning").
  { type: 'threaten', re: /\b(?:(?:warned|warns)(?! against)|(?:(?<=(?:,|\band)\s)|^)warning(?! against)|threatened|threatens|threatening|vowed to (?:retaliate|respond|hit back|punish)|(?:would|will)\s+(?:respond|retaliate|react|hit back)\s+(?:["“]?in (?:kind|equal measure)|firmly|strongly|decisively|forcefully|accordingly|with force)|vowed revenge|issued (?:an?\s+)?(?:[\w-]+\s+)?(?:warning|ultimatum|threat)|gave (?:[\w-]+\s+)?an ultimatum)\b/ },
  // aid: sending or pledging arms, money, assistance
  // Promises count as pledges ("promised X a further £40m of aid", "pledges €2bn in military support");
  // sums may be in any currency or written as "bn"/"m".
  { type: 'aid', solo: true, unless: ['assault'], re: /(?<![-\w])(?:lend|lends|lending|lent|send|sends|sending|sent|supply|supplies|supplied|supplying|deliver|delivers|delivered|delivering|provide|provides|provided|providing|pledged|pledges|pledging|promised|promises|donated?|donating|gave|give|gives|giving|granted|grants|transferred|shipped|handed over|offered|offers|approved|allocated|earmarked|committed|announced|announce|announces|announcing|contribute|contributes|contributed|contributing|unveiled|extended)\b(?=[^.;]{0,60}(?:\b(?:tanks?|weapons|arms|aid|missiles|drones|munitions|ammunition|artillery|assistance|equipment|jets|air defen[cs]e|systems|money|funds|funding|shells|loans?|grants?|relief|(?:aid|weapons|arms|military|assistance|support|security|financial|economic|humanitarian|rescue) packages?|(?:military|financial|defen[cs]e|economic|budget) support|food|medicines?|medical supplies|vaccines?|(?:tonnes|tons) of|grain|wheat|fuel|tents|blankets|patrol (?:boats|vessels|ships|aircraft)|ambulances|generators)\b|[$£€₹¥]\s?\d|\b(?:USD|US\$|EUR|GBP|Rs\.?|INR|CNY|JPY)\s?\d|\b\d[\d.,]*\s*(?:million|billion|bn|m|crore|lakh)\s+(?:dollars|euros|pounds|yuan|rupees|yen)\b))/ },
  // support: one side backing another's position or bid ("backed X's plan", "endorsed X's candidacy");
  // "Russia-backed" and "backed by" are not acts of support.
  { type: 'support', re: /(?<![-\w])(?:backed|backs|endorsed|endorses|supported|supports)\b(?!\s+by\b)(?!\s+(?:an?|the)\s+(?:[\w-]+\s+){0,3}(?:declaration|communiqu[eé]|pact|agreement|accord|treaty|framework)\b)|\b(?:voiced|voices|expressed|expresses|reiterated|reiterates|reaffirmed|reaffirms|declared|pledged|pledges|offered|offers|extended|affirmed|underlined|conveyed|stressed|showed|shows|gave|lent)\s+(?:[\w'’"“-]+\s+){0,3}?["“]?(?:support|backing|solidarity)["”]?\s+(?:for|to|with)\b|\b(?:stands?|stood)\s+(?:["“]?firmly["”]?\s+|shoulder to shoulder\s+)?(?:with|by)\b|\b(?:stands?|stood|standing)\s+["“]?in\s+(?:full\s+|complete\s+|total\s+)?solidarity["”]?\s+with\b/ },
  // Condemnation is public disapproval of another side ("condemned X's launch as a provocation",
  // "denounced the move by X"): an accusation when the clause names whom it is aimed at.
  { type: 'accuse', re: /\b(?:condemned|condemns|denounced|denounces|criticised|criticized|criticises|criticizes|slammed|slams|lambasted|rebuked|censured|castigated|decried|deplored)\b/ },
  // An insult: "called her 'a puppet of Caracas'", "branded him 'a traitor'", "described her as 'an ignorant communist'".
  // (Not a naming: "on what it called Emirati 'aggression'".)
  // (Only a term of abuse: "described Ghana as 'a gateway to West Africa'" is praise.)
  { type: 'accuse', notAfter: /\bwhat\s+\S+\s+$/, re: new RegExp(String.raw`\b(?:called|calls|branded|brands|labell?ed|dubbed|described|describes)\s+(?=(?:her|him|them|[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){0,2})\s+(?:as\s+)?["“][^"”]{0,60}?\b${TERM_OF_ABUSE})`) },
  // requests
  // "called on X to do Y" is a request; "called on X at his hotel" is a courtesy visit (below).
  { type: 'request', re: /\b(?:asked|asks|requested|requesting|applied for|appealed to|appeals to|appealed for|(?:called|calls|calling) (?:up)?on(?=[^.;]{0,120}?\bto\s+[a-z]+)|called for|calls for|calling for|urged|urges|urging|(?<=\b(?:[Ww]e|I|[Tt]hey|to|will|would|must|also|strongly|again)\s)(?:urge|demand)|demanded|demanding|pressed|implored|pleaded with)\b(?!\s+(?:ahead|on with)\b)(?![^.;]{0,60}?\bto (?:leave the country|return home)\b)/ },
  // rejections that are not denials of an allegation
  { type: 'reject', re: /\b(?:vetoed|vetoes|(?:rejected|rejects|rejecting|turned down|turns down|spurned|refused|refuses|declined|rebuffed|brushed aside|dismissed|dismisses|blocked|blocks|blocking) (?:the |an? |its |their |his |her |[\w'’-]+['’]s )?(?:[\w-]+\s+){0,2}(?:decision|proposals?|plans?|move|resolution|draft|motion|offers?|demands?|requests?|invitation|ultimatum|bid|idea|initiative|call|overtures?|terms|suspension|sanctions|measures|expulsions?|ban|verdict|ruling)|refused to (?:accept|recogni[sz]e|attend|join|meet|sign|hand over|extradite|negotiate|comply|withdraw|release)|refused (?:permission|entry|access|landing rights|overflight)|(?:would|will|does|did) not accept)\b/ },
  // Brushing off criticism or demands ("dismissing the criticism from X as ...", "rebuffed calls by X").
  // "called the sanctions 'illegitimate and hypocritical'": a measure or charge named with scorn is rejected.
  { type: 'reject', re: /\b(?:called|calls|branded|brands|described|describes|labell?ed)\s+(?:the|these|those|such|its|their)\s+(?:[\w-]+\s+)?(?:sanctions|measures|accusations|allegations|claims|charges|resolution|report|findings|expulsions?|suspension|ban)\s+(?:as\s+)?["“]/ },
  // "told reporters that the sanctions were illegitimate": measures or charges said to be void are rejected.
  { type: 'reject', re: /\b(?:the|these|those|such|its|their)\s+(?:[\w-]+\s+)?(?:sanctions|measures|accusations|allegations|claims|charges|expulsions?|restrictions)\s+(?:were|was|are|is)\s+["“]?(?:illegitimate|illegal|unlawful|baseless|groundless|absurd|unfounded|unjustified|null and void|fabricated|false|lies)\b/ },
  { type: 'reject', re: /\b(?:dismissed|dismisses|dismissing|rejected|rejects|rejecting|rebuffed|rebuffing)\s+(?:the\s+|their\s+|its\s+|(?:[A-Z][\w-]+\s+)?[\w'’-]+['’]s\s+)?(?:[\w-]+\s+)?(?:criticisms?|condemnation|demands?|calls|appeals?|protests?|pressure|account|version|narrative|complaints?|objections?|arguments?|assertions?|findings|reports?|warnings?|conclusions?)\b/ },
];
const MIGHT = /\b(?:could|might|may|(?:is|are|was|were|stands?|stood)\s+(?:\w+ly\s+)?(?:prepared|ready|willing)\s+to)\s+(?:\w+ly\s+|also\s+|still\s+)?$/;
const THREATENED_ACT = /\b(?:threatened|threatens|threatening|threaten)\s+to\s+(?:\w+\s+)?$/;
const THING_THAT = /\b[a-z]+\s+(?:that|which)\s+$/;
// "Asked about ..." opens a sentence without a request.
const NOT_A_REQUEST = /^\s*Asked\b|\b(?:when|after|if|as|once)\s+asked\s+(?:about|whether|if|what|why|how|to comment|for comment)\b/i;
// An event noun inside "ahead of a summit", "preparations for a trip": announced, not happened.
const NOUN_AHEAD = /\b(?:on the eve of|ahead of|in the run-up to|preparations for|plans for)\s+(?:an?|the|their|its|his|her)?\s*(?:[\w'’-]+\s+){0,3}$/;
// An appositive may come between ("the ministry, known as Itamaraty, said").
const ATTRIBUTION_AFTER = /^\s*(?:\([^)]{1,12}\)\s*)?(?:['’]s\s+[\w\s]{0,30}?)?(?:,\s*[^,]{1,40},\s*)?(?:also\s+|later\s+)?(?:said|says|told|tells|announced|added|reported|stated|confirmed)\b/;
const DEFINITE_REFERENCE = /\b(?:the|that|this|their|the two-day|the three-day)\s+(?:talks|meeting|summit|call|visit|conversation)\b/;
// A denial negates the act it governs: "denies sending weapons", "denied having supplied arms".
const NEGATION = /\b(?:not|never|no|neither|nor|declined to|refused to|denied|denies|deny|denying)\s+(?:\w+\s+){0,2}$/;
// Open questions are not events: "declined to say whether Xi had agreed to speak with Zelensky".
const HYPOTHETICAL = /\b(?:whether|if)\b[^,;]*$/;
// A span of time that makes a past perfect background: "had provided aid over the past decade".
const LONG_SPAN = /\b(?:(?:over|in|during|for) the (?:past|last|previous) (?:\w+ )?(?:years?|decades?|months?|weeks?)|for (?:years|decades|months)|since|already|previously|repeatedly|long)\b/i;
const ANSWERED_NOUN = /\b(?:protests?|accusations?|charges?|claims?|criticisms?|demands?|complaints?|allegations?|condemnation)\b/i;
// A sum and the "and" before the next giver of a gapped list: "pledged 210 million euros and | Britain 120 million".
const GAPPED_SUM_BEFORE = /(?:\d|million|billion|bn|euros|pounds|dollars|francs|yen)\s*(?:,\s*(?:and\s+)?|\s+and\s+)(?:the\s+)?$/;
const SUM_AFTER = /^\s+(?:(?:about|some|another|a further|nearly|almost|over|more than|up to)\s+)?(?:[$£€¥₹]|US\$|A\$|\d)/;
// "Meeting at the South Korean Foreign Ministry, the two ministers signed ...": the actors of a leading participle set the scene.
const LEAD_PARTICIPLE = /^(?:Meeting|Visiting|Talking|Standing|Sitting|Returning|Travell?ing|Hosting|Welcoming|Opening|Closing|Wrapping up)\b/;
// "gave the junta in Bissau six months": a place that only says where an actor sits is not where the act happened.
const SEATED_IN = /\b(?:junta|government|authorities|regime|rulers|leadership|administration|embassy|officials)\s+in\s+$/i;
const REQUESTED_BEFORE = /\b(?:requested|requests|sought|seeks|called for|calls for|asked for|proposed|proposes)\s+(?:an?\s+|the\s+)?(?:[\w-]+\s+){0,3}$/i;
const SEPARATE_MEETINGS = /\b(?:(?:a (?:string|series|number|round) of|several|separate) (?:bilateral |one-on-one |side )?(?:meetings|talks)|met separately)\b/i;
const OTHER_OCCASION = /^(?:Before|After|Following|Since|Ahead of|Upon|On (?:arriving|arrival|leaving|returning))\b/;
const REPORTED_BEFORE = /\b(?:said|noted|told\s+[\w\s]{1,30}?|added|stressed|confirmed|announced)\s+(?:on\s+\w+\s+)?(?:that\s+)?$/;
// A topic, not a venue: "the situation in Myanmar", "the war in Ukraine".
// Coordinated topics count too: "the situation in the Middle East and in Bangladesh".
const TOPIC_IN = /\b(?:situation|war|crisis|conflict|fighting|violence|tensions?|elections?|peace|unrest|developments|humanitarian \w+|security)\s+(?:in|around|over)\s+(?:the\s+)?(?:[\p{Lu}][\p{L}'’-]*\s+){0,3}?(?:(?:and|or|as well as)\s+(?:in\s+)?(?:the\s+)?)?$/iu;

type Place = { name: string; country: string | null };

/**
 * `speakers`: who speaks each sentence that is a statement (by sentence index), so that "we" in
 * the speaker's own words ("We urge Lithuania to ...") is the speaker.
 */
export function extractEvents(doc: Doc, allegations: AllegationFound[], actors: Map<string, ActorDraft>, published: string, datelinePlace: Place | null, capitalOf: (iso3: string) => Place | null = () => null, leadAt = 0, speakers: ReadonlyMap<number, string> = new Map()): ExtractedEvent[] {
  const events: ExtractedEvent[] = [];
  // The lead: the first sentence of the story the dateline opens (captions may come before it).
  const leadIndex = (doc.sentences.find((x) => x.sentence.end > leadAt) ?? doc.sentences[0])?.sentence.index ?? 0;
  // The day the news happened: the lead's own day when it gives one in the days before publication
  // ("Colombia agreed late on Sunday ..." in Monday's paper), else the publication day. Undated acts told
  // in the simple past belong to it.
  const leadInfo = doc.sentences.find((x) => x.sentence.index === leadIndex);
  const leadDay = leadInfo
    ? mainDates(leadInfo).find((d) => d.past.precision === 'day' && d.past.value <= published && dayGap(d.past, published) <= 3 && leadInfo.clauses.find((x) => d.start >= x.start && d.start < x.end)?.status !== 'planned')?.past
    : undefined;
  const newsDay: PartialDate = leadDay ?? { value: published, precision: 'day' };
  const side = (key: string) => (key.startsWith('state:') ? key.slice(6) : actors.get(key)?.country ?? key);
  const unscStory = doc.allMentions.some((m) => m.key === 'org:unsc' && /\b(?:UN|U\.N\.|United Nations)\b/.test(doc.text.slice(Math.max(0, m.start - 16), m.end)));

  for (const info of doc.sentences) {
    for (const c of info.clauses) {
      const seen = new Set<EventType>();
      // A sentence may open with its trigger ("Talks between X and Y are under way").
      const text = /^\p{Lu}\p{Ll}/u.test(c.text) ? c.text.charAt(0).toLowerCase() + c.text.slice(1) : c.text;
      for (const trig of TRIGGERS) {
        if (seen.has(trig.type)) continue;
        if (trig.unless?.some((t) => seen.has(t))) continue;
        const m = trig.re.exec(text);
        if (!m) continue;
        if (trig.notAfter?.test(c.text.slice(0, m.index))) continue;
        if (trig.type === 'request' && NOT_A_REQUEST.test(c.text)) continue;
        // "threatened to cut ties", "vowed to expel": a sanction only threatened has not happened (the threat is the event).
        if ((trig.type === 'sanction' || trig.type === 'aid') && THREATENED_ACT.test(c.text.slice(0, m.index))) continue;
        // "a provocation that threatens peace": a relative clause on a thing, not an actor, makes no threat.
        if (trig.type === 'threaten' && THING_THAT.test(doc.text.slice(Math.max(info.sentence.start, c.start + (m.index ?? 0) - 60), c.start + (m.index ?? 0))) && !info.mentions.some((x) => x.end <= c.start + (m.index ?? 0) && c.start + (m.index ?? 0) - x.end <= 7)) continue;
        if (NEGATION.test(c.text.slice(0, m.index)) && trig.type !== 'reject') continue;
        if (COUNTERFACTUAL_BEFORE.test(c.text.slice(0, m.index))) continue;
        const at = c.start + (m.index ?? 0);
        // "X could impose sanctions on ...", "is prepared to impose": a measure held out as possible is a threat, not an act.
        const held = (trig.type === 'sanction' || trig.type === 'assault') && MIGHT.test(doc.text.slice(Math.max(c.start, at - 40), at));
        {
          const lead = doc.text.slice(info.sentence.start, c.start + (m.index ?? 0));
          // "called on X to agree to a ceasefire", "a resolution demanding that it withdraw": the act asked for has not happened.
          if (trig.type !== 'request' && trig.type !== 'threaten' && ASKED_FOR.test(lead)) continue;
          // "denied that the vessel had rammed the boat": a denied act is the denier's claim, not an event.
          if (trig.type !== 'reject' && !held && DENIED_ACT.test(lead)) continue;
          // "renewed its accusation that the UAE was supplying the RSF with weapons": a charged act is the charge.
          if (trig.type !== 'accuse' && trig.type !== 'reject' && /\b(?:accusations?|allegations?|claims?|charges?|assertions?)\s+that\s+[^.;]*$/i.test(lead)) continue;
          // "ignored his offer to sign the agreement first": an act offered is not done.
          if (trig.type === 'agree' && /\b(?:offer|offers|offered|offering|proposal|proposed|proposing|willingness|readiness)\s+to\s+$/i.test(lead)) continue;
        }
        if (trig.type !== 'threaten' && HYPOTHETICAL.test(doc.text.slice(info.sentence.start, c.start + (m.index ?? 0)))) continue;
        if (held && seen.has('threaten')) continue;
        const ev = build(info, c, held ? { ...trig, type: 'threaten' } : trig, at, m[0]);
        if (ev && held) seen.add('threaten');
        if (ev) {
          seen.add(trig.type);
          events.push(ev);
          // "Canada and India expelled each other's diplomats": one act each way.
          if (/^\S*\s+(?:[\w-]+\s+){0,2}(?:each other|one another)\b/.test(doc.text.slice(at + m[0].length - 1, at + m[0].length + 40)) || /\b(?:each other|one another)['’]?s?\b/.test(doc.text.slice(at, at + m[0].length + 25))) {
            const sources = ev.participants.filter((p) => p.role === 'source');
            if (sources.length === 2 && !ev.participants.some((p) => p.role === 'target')) {
              const [a, b] = sources as [typeof sources[number], typeof sources[number]];
              events.pop();
              events.push({ ...ev, participants: [{ actorKey: a.actorKey, role: 'source' }, { actorKey: b.actorKey, role: 'target' }] });
              events.push({ ...ev, participants: [{ actorKey: b.actorKey, role: 'source' }, { actorKey: a.actorKey, role: 'target' }] });
            }
          }
          // "Saudi Arabia and the UAE each announced $100 million": one act by each.
          if ((trig.type === 'aid' || trig.type === 'sanction') && /\beach\s+(?:(?:has|have|had|also|will|would)\s+)?$/.test(doc.text.slice(Math.max(c.start, at - 25), at))) {
            const sources = ev.participants.filter((p) => p.role === 'source');
            if (sources.length >= 2) {
              events.pop();
              for (const src of sources) events.push({ ...ev, participants: [src, ...ev.participants.filter((p) => p.role !== 'source')] });
            }
          }
          // A closed border both cuts relations and restricts movement: PLOVER coders use either, so both are given.
          // (Also when another measure comes first: "by recalling its ambassadors ... and closing its airspace".)
          if (trig.type === 'sanction' && !held && (BORDER_CLOSURE.test(m[0]) || BORDER_CLOSURE.test(c.text.slice(m.index ?? 0))) && !seen.has('coerce')) {
            seen.add('coerce');
            events.push({ ...ev, type: 'coerce', participants: ev.participants.map((p) => ({ ...p })) });
          }
        }
      }
      // "met Fidan in Ankara on Monday, and with Hussein in Baghdad on Tuesday": a second meeting with the
      // verb left out, held by the same side, on its own day (or the same one) and in its own place.
      const prevMeeting = events.at(-1);
      if (!seen.size && ELLIPTICAL_WITH.test(c.text) && prevMeeting?.type === 'consult' && prevMeeting.evidence.start === info.sentence.start) {
        const at = c.start + c.text.indexOf('with');
        const ev = build(info, c, { type: 'consult', re: /\bwith\b/ }, at, 'with');
        if (ev) {
          const sources = prevMeeting.participants.filter((p) => p.role === 'source');
          ev.participants = [...sources, ...ev.participants.filter((p) => p.role !== 'source' && !sources.some((s) => s.actorKey === p.actorKey)).map((p) => ({ ...p, role: 'target' as const }))];
          ev.mode = prevMeeting.mode;
          // A call joins two places: the dateline's is not where it took place.
          if (ev.mode === 'phone') ev.location = null;
          if (guessedDate.has(ev)) ev.date = prevMeeting.date;
          if (ev.participants.some((p) => p.role === 'target')) events.push(ev);
        }
      }
    }
  }

  // Accusations and denials found by the allegation stage.
  for (const a of allegations) {
    const info = doc.sentences[a.sentence]!;
    if (a.record.accuserKeys.length) {
      const date = defaultDate(a.date, a.tense, info);
      events.push(makeEvent('accuse', info, [...a.record.accuserKeys.map((k) => [k, 'source'] as const), ...a.record.accusedKeys.map((k) => [k, 'target'] as const)], date, 'occurred', null, reportPlace(info, date)));
    }
    for (const d of a.denials) {
      const dinfo = doc.sentences[d.sentence]!;
      const targets = a.record.accuserKeys.filter((k) => !d.keys.includes(k));
      const date = defaultDate(d.date, d.tense, dinfo);
      events.push(makeEvent('reject', dinfo, [...d.keys.map((k) => [k, 'source'] as const), ...targets.map((k) => [k, 'target'] as const)], date, 'occurred', null, reportPlace(dinfo, date)));
    }
  }
  inheritTargets(events);
  aidRecipients(events);
  answeredTargets(events);
  condemnedActs(events);
  suspendingBodies(events);
  return placeByMeeting(merge(separateMeetings(events), side));

  /**
   * "Putin and Kim held talks in Pyongyang on Wednesday. The two leaders signed a defence pact": an
   * agreement or pledge made the same day by the sides of a meeting with a place was made there.
   */
  function placeByMeeting(all: ExtractedEvent[]): ExtractedEvent[] {
    for (const e of all) {
      if (e.location || (e.type !== 'agree' && e.type !== 'aid' && e.type !== 'cooperate') || e.status !== 'occurred' || e.date?.precision !== 'day') continue;
      const sides = new Set(e.participants.map((p) => side(p.actorKey)));
      if (sides.size < 2) continue;
      const meetings = all.filter((o) => o.type === 'consult' && o.location && o.mode !== 'phone' && o.status === 'occurred' && o.date?.value === e.date?.value &&
        [...sides].every((k) => o.participants.some((p) => side(p.actorKey) === k)));
      // Two meetings in different places that day leave the place open.
      if (new Set(meetings.map((o) => o.location!.name)).size === 1) e.location = meetings[0]!.location;
    }
    // "At a briefing in New Delhi, X dismissed the claims. He accused Islamabad of ...": the same
    // speaker's next charge or denial that day was voiced in the same place.
    for (const e of all) {
      if (e.location || (e.type !== 'accuse' && e.type !== 'reject') || !e.date) continue;
      const sources = new Set(e.participants.filter((p) => p.role === 'source').map((p) => p.actorKey));
      const at = sentenceOf(e);
      const before = all.find((o) => o !== e && o.location && (o.type === 'accuse' || o.type === 'reject') && sentenceOf(o) === at - 1 && o.date?.value === e.date?.value &&
        o.participants.some((p) => p.role === 'source' && sources.has(p.actorKey)));
      if (before) e.location = before.location;
    }
    return all;
  }

  /**
   * "held a string of bilateral meetings, first with X, and later with Y and Z": one meeting with each
   * person met, not one meeting of all of them; "X and Y met separately with Z": one for each who came.
   */
  function separateMeetings(all: ExtractedEvent[]): ExtractedEvent[] {
    return all.flatMap((e) => {
      if (e.type !== 'consult' || !SEPARATE_MEETINGS.test(e.evidence.sentence)) return [e];
      const sources = e.participants.filter((p) => p.role === 'source');
      const targets = e.participants.filter((p) => p.role === 'target');
      // "X and Y met separately with Z": each of those who came met Z on their own.
      const bySource = sources.filter((p) => actors.get(p.actorKey)?.kind === 'person');
      if (/\bseparately\b/i.test(e.evidence.sentence) && bySource.length >= 2) return bySource.map((p) => ({ ...e, participants: [p, ...targets] }));
      const met = targets.filter((p) => actors.get(p.actorKey)?.kind === 'person');
      if (met.length < 2) return [e];
      return met.map((p) => ({ ...e, participants: [...sources, p] }));
    });
  }

  /** "followed by the European Union with €160 million": a giver listed after the first one. */
  function listedGiver(info: SentenceInfo, m: Mention): boolean {
    const list = /\bfollowed by\s/.exec(info.sentence.sentence);
    return !!list && m.start > info.sentence.start + list.index && /^\s+with\s+(?:[$£€¥₹]|US\$|\d)/.test(doc.text.slice(m.end, m.end + 12));
  }

  function gappedGiver(info: SentenceInfo, m: Mention): boolean {
    return GAPPED_SUM_BEFORE.test(doc.text.slice(Math.max(info.sentence.start, m.start - 40), m.start)) && SUM_AFTER.test(doc.text.slice(m.end, m.end + 24));
  }

  /**
   * "Phnom Penh condemned the air strikes as ...": a condemnation of an act named only by its noun is aimed
   * at whoever did the act just reported.
   */
  function condemnedActs(all: ExtractedEvent[]): void {
    for (const e of [...all]) {
      if (e.type !== 'accuse' || e.participants.some((p) => p.role === 'target') || !CONDEMNED_ACT.test(e.evidence.sentence)) continue;
      const own = new Set(e.participants.filter((p) => p.role === 'source').map((p) => side(p.actorKey)));
      const at = sentenceOf(e);
      const act = all.filter((o) => o !== e && ACTS.has(o.type) && o.evidence.start <= e.evidence.start && at - sentenceOf(o) <= 2 && o.participants.some((p) => p.role === 'source' && !own.has(side(p.actorKey)))).pop();
      for (const p of act?.participants ?? []) if (p.role === 'source' && !own.has(side(p.actorKey))) e.participants.push({ actorKey: p.actorKey, role: 'target' });
      // Condemning an act whose doer the article never names accuses no one.
      if (!e.participants.some((p) => p.role === 'target')) all.splice(all.indexOf(e), 1);
    }
  }

  /**
   * "African leaders on Saturday suspended Guinea-Bissau from all activities of the African Union": with no
   * actor as the subject, the body a member is suspended from is the one suspending it.
   */
  function suspendingBodies(all: ExtractedEvent[]): void {
    for (const e of all) {
      if (e.type !== 'sanction' || e.participants.some((p) => p.role === 'source')) continue;
      const info = doc.sentences.find((x) => x.sentence.start === e.evidence.start);
      const from = info ? /\bsuspend(?:ed|s|ing)\b[^.;]{1,60}?\bfrom\s+/.exec(info.sentence.sentence) : null;
      if (!info || !from) continue;
      const at = info.sentence.start + from.index + from[0].length;
      const body = info.mentions.find((m) => m.key && m.start >= at && m.start - at <= 30 && actors.get(m.key)?.kind === 'organization');
      const p = body ? e.participants.find((x) => x.actorKey === body.key) : undefined;
      if (p) p.role = 'source';
    }
  }

  /**
   * "Modi hosted Muizzu ... India also announced a fresh line of credit for projects in the archipelago":
   * aid with no recipient named goes to the one other state the giver just met or signed with.
   */
  function aidRecipients(all: ExtractedEvent[]): void {
    // "Saudi Arabia announced the largest pledge, $350 million, followed by the European Union with €160 million
    // and Britain with £95 million": each giver listed with its sum pledged too.
    // "The EU pledged 210 million euros and Britain 120 million pounds": a giver whose verb is left out before its sum pledged too.
    // They give to whoever the first one gives to, once that is known.
    const listed: { e: ExtractedEvent; key: string }[] = [];
    for (const e of [...all]) {
      if (e.type !== 'aid') continue;
      const info = doc.sentences.find((x) => x.sentence.start === e.evidence.start);
      if (!info) continue;
      const givers = info.mentions.filter((x) => x.key && !x.isLocation && (listedGiver(info, x) || gappedGiver(info, x))).map((x) => x.key!)
        .filter((k) => !e.participants.some((p) => p.role === 'source' && p.actorKey === k));
      if (!givers.length) continue;
      // The givers listed are no recipients of the first one's pledge.
      e.participants = e.participants.filter((p) => !(p.role === 'target' && givers.includes(p.actorKey)));
      for (const key of givers) {
        if (!all.some((o) => o.type === 'aid' && o.evidence.start === e.evidence.start && o.participants.some((p) => p.role === 'source' && p.actorKey === key)) && !listed.some((x) => x.e.evidence.start === e.evidence.start && x.key === key)) {
          listed.push({ e, key });
        }
      }
    }
    for (const e of all) {
      if (e.type !== 'aid' || e.participants.some((p) => p.role === 'target')) continue;
      const givers = new Set(e.participants.filter((p) => p.role === 'source').map((p) => side(p.actorKey)));
      const at = sentenceOf(e);
      // "Donors pledged $1.4 billion for Yemen ...": the state the story's appeal is for (before any host
      // the giver met there: a pledging conference is held by one state for another).
      const appeal = doc.sentences.filter((x) => x.sentence.index <= at && at - x.sentence.index <= 3 && AID_APPEAL.test(x.sentence.sentence))
        .flatMap((x) => x.mentions.filter((m) => m.key?.startsWith('state:') && /\bfor\s+$/.test(doc.text.slice(m.start - 4, m.start)))).pop();
      if (appeal?.key && !givers.has(side(appeal.key))) {
        e.participants.push({ actorKey: appeal.key, role: 'target' });
        continue;
      }
      const occasion = all.filter((o) => (o.type === 'consult' || o.type === 'agree') && o.status === 'occurred' && o.evidence.start < e.evidence.start && at - sentenceOf(o) <= 4 &&
        o.participants.some((p) => givers.has(side(p.actorKey)))).pop();
      const others = [...new Set((occasion?.participants ?? []).map((p) => side(p.actorKey)).filter((k) => !givers.has(k) && /^[A-Z]{3}$/.test(k)))];
      if (others.length === 1 && actors.has(`state:${others[0]}`)) e.participants.push({ actorKey: `state:${others[0]}`, role: 'target' });
    }
    for (const { e, key } of listed) all.push({ ...e, participants: [{ actorKey: key, role: 'source' }, ...e.participants.filter((p) => p.role === 'target' && p.actorKey !== key)] });
  }

  /**
   * "X accused the two countries of ganging up. She warned that any provocation would be met ...": a threat
   * with no one named, right after an act of the same source, is aimed at the same side.
   */
  function inheritTargets(all: ExtractedEvent[]): void {
    for (const e of all) {
      if (e.type !== 'threaten' || e.participants.some((p) => p.role === 'target')) continue;
      const sources = new Set(e.participants.filter((p) => p.role === 'source').map((p) => p.actorKey));
      const at = sentenceOf(e);
      const prior = all.filter((o) => o !== e && o.evidence.start <= e.evidence.start && at - sentenceOf(o) <= 1 && o.participants.some((p) => p.role === 'source' && sources.has(p.actorKey)) && o.participants.some((p) => p.role === 'target')).pop();
      for (const p of prior?.participants ?? []) if (p.role === 'target') e.participants.push({ actorKey: p.actorKey, role: 'target' });
    }
  }

  /**
   * "Japan rejected the protest": a rejection of a charge or demand with no one named answers whoever
   * last made one against the rejecting side (within a few sentences).
   */
  function answeredTargets(all: ExtractedEvent[]): void {
    for (const e of all) {
      if (e.type !== 'reject' || e.participants.some((p) => p.role === 'target') || !ANSWERED_NOUN.test(e.evidence.sentence)) continue;
      const own = new Set(e.participants.filter((p) => p.role === 'source').map((p) => side(p.actorKey)));
      const at = sentenceOf(e);
      const prior = all.filter((o) => o !== e && o.evidence.start < e.evidence.start && at - sentenceOf(o) <= 3 && /^(?:accuse|protest|request|threaten)$/.test(o.type) &&
        o.participants.some((p) => p.role === 'target' && own.has(side(p.actorKey))) && !o.participants.some((p) => p.role === 'source' && own.has(side(p.actorKey)))).pop();
      for (const p of prior?.participants ?? []) if (p.role === 'source') e.participants.push({ actorKey: p.actorKey, role: 'target' });
    }
    // "called the sanctions 'illegitimate'", "rejected the measures": aimed at whoever imposed them in the story.
    for (const e of all) {
      if (e.type !== 'reject' || e.participants.some((p) => p.role === 'target') || !/\b(?:sanctions|measures|restrictions|suspension|expulsions?)\b/i.test(e.evidence.sentence)) continue;
      const own = new Set(e.participants.filter((p) => p.role === 'source').map((p) => side(p.actorKey)));
      const before = all.filter((o) => o.type === 'sanction' && o.evidence.start < e.evidence.start && !o.participants.some((p) => p.role === 'source' && own.has(side(p.actorKey))));
      const against = before.filter((o) => o.participants.some((p) => p.role === 'target' && own.has(side(p.actorKey))));
      // (An ally answering for the one sanctioned, "Peskov said the sanctions were illegitimate": the last measures told.)
      const imposers = against.length ? against : before.slice(-1);
      const keys = new Set(imposers.flatMap((o) => o.participants.filter((p) => p.role === 'source' && !own.has(side(p.actorKey))).map((p) => p.actorKey)));
      for (const k of keys) e.participants.push({ actorKey: k, role: 'target' });
    }
  }

  /**
   * Where an accusation or denial was voiced: a leading "In Tehran," of its sentence, else the dateline
   * for the lead sentence's news of the day.
   */
  function reportPlace(info: SentenceInfo, date: PartialDate | null): Place | null {
    const lead = info.mentions.find((x) => x.end <= info.bodyStart && x.place && (/^(?:In|At)\s+(?:the\s+)?$/.test(doc.text.slice(info.sentence.start, x.start)) || SPEECH_OCCASION_IN.test(doc.text.slice(info.sentence.start, x.start))));
    if (lead?.place) return lead.place;
    // "..., she told reporters in Nairobi", "he told a news conference in Rawalpindi": where the words were said that day.
    const spokeIn = info.mentions.find((x) => x.place && (x.isLocation || x.type === 'capital') && SPOKE_IN_BEFORE.test(doc.text.slice(Math.max(info.sentence.start, x.start - 60), x.start)));
    if (spokeIn?.place && date && dayGap(date, published) <= 1) return spokeIn.place;
    const first = info.sentence.index === leadIndex;
    if (first && datelinePlace && date && dayGap(date, published) <= 1) return datelinePlace;
    // "Speaking after the vote, the ambassador accused ...", "told a session of the Security Council": words
    // said in the UN Security Council's chamber that day were said in New York (where it sits).
    if (unscStory && date && dayGap(date, published) <= 1 && AT_THE_COUNCIL.test(info.sentence.sentence)) return { name: 'New York', country: 'USA' };
    return null;
  }

  function sentenceOf(e: ExtractedEvent): number {
    return doc.sentences.find((x) => x.sentence.start === e.evidence.start)?.sentence.index ?? -99;
  }

  /**
   * A nominalised act ("Russia's full-scale invasion of Ukraine in February 2022", "Israeli strikes on Gaza"):
   * the possessive or adjective right before the noun is the source, the "of/on/against" phrase the target.
   * Only a time next to the noun dates it; a place named as its object locates it.
   */
  function buildNominal(info: SentenceInfo, c: Clause, trig: Trigger, at: number, word: string): ExtractedEvent | null {
    const src = info.mentions.filter((m) => m.end <= at && at - m.end <= 40 && m.start >= info.sentence.start && !m.isLocation && !m.inTitle && keysOf(m).length && NOMINAL_GAP.test(doc.text.slice(m.end, at))).pop();
    const objEnd = at + word.length;
    const phrase = NOMINAL_OBJECT.exec(doc.text.slice(objEnd, Math.min(info.sentence.end, objEnd + 60)));
    const phraseEnd = objEnd + (phrase?.[0].length ?? 0);
    const objs = info.mentions.filter((m) => m.start >= objEnd && m.end <= phraseEnd && (keysOf(m).length || m.place?.country));
    if (!src || !objs.length) return null;
    const parts: [string, ParticipantRole][] = [];
    for (const k of keysOf(src)) parts.push([k, 'source']);
    let location: Place | null = null;
    for (const m of objs) {
      const keys = !m.isLocation && keysOf(m).length ? keysOf(m) : m.place?.country ? [`state:${m.place.country}`] : [];
      if (m.isLocation && m.place && !location) location = m.place;
      for (const k of keys) if (!parts.some(([x]) => x === k) && side(k) !== side(parts[0]![0])) parts.push([k, 'target']);
    }
    if (new Set(parts.map(([k]) => k)).size < 2) return null;
    const objsEnd = Math.max(...objs.map((m) => m.end));
    const near = info.dates.find((d) => d.start >= objsEnd && /^\s*(?:in|on|since|during|of)?\s*$/i.test(doc.text.slice(objsEnd, d.start)))
      ?? info.dates.find((d) => d.end <= at && at - d.end <= 14 && /^['’]?s?\s*(?:[\w-]+\s+)?$/.test(doc.text.slice(d.end, at)))
      // ("Bolivia's release on Monday of 14 truck drivers": a time between the noun and its object.)
      ?? info.dates.find((d) => d.start >= objEnd && /^\s*(?:on|in)?\s*$/i.test(doc.text.slice(objEnd, d.start)) && /^\s+of\b/.test(doc.text.slice(d.end, d.end + 4)));
    if (trig.type !== 'consult') return makeEvent(trig.type, info, parts, near ? near.past : null, 'occurred', null, location);
    // A visit is still to come when the words around it or its time say so ("ahead of X's visit to Y next week").
    const done = near && near.past.value < published.slice(0, near.past.value.length);
    const planned = !done && (UPCOMING_BEFORE.test(doc.text.slice(Math.max(info.sentence.start, src.start - 40), src.start)) || (!near && c.status === 'planned') || (!!near && near.future.value > published.slice(0, near.future.value.length)));
    return makeEvent('consult', info, parts, near ? (planned ? near.future : near.past) : null, planned ? 'planned' : 'occurred', 'visit', location);
  }

  function build(info: SentenceInfo, c: Clause, trig: Trigger, at: number, word: string): ExtractedEvent | null {
    if (trig.nominal) return buildNominal(info, c, trig, at, word);
    // "were detained after ...": an agentless passive makes its subject the one acted on, and names no doer.
    // ("was cutting ties" is progressive, not passive.)
    // ("are often detained by": frequency adverbs too, "are regularly", "are sometimes".)
    // (So is "the tariffs imposed by the United States on Canadian steel": a participle with its agent after a noun; the
    // noun's own phrase names who acted and who was acted on, not the clause around it.)
    const reducedPassive = /^\w+ed\s+(?:(?:last|this|earlier|in|on)\s+\w+\s+)?by\s/.test(doc.text.slice(at, at + 60)) && /\b(?:the|these|those|its|their)\s+(?:[\w-]+\s+)?[a-z]+s\s+$/.test(doc.text.slice(Math.max(c.start, at - 40), at));
    const passive = /\b(?:is|are|was|were|been|be|being)\s+(?:(?:\w+ly|often|also|again|sometimes|still|not|never)\s+)?\w+(?:ed|en)\s+by\b/.test(c.text) || (/\b(?:is|are|was|were|been|being|be)\s+(?:(?:\w+ly|often|also|again|sometimes|still)\s+)?$/.test(doc.text.slice(Math.max(c.start, at - 20), at)) && !/^\w+ing\b/.test(word)) || reducedPassive;
    // "ten nationals detained in Venezuela": a participle after a plural noun describes those people; it tells no act with a doer.
    // ("Twelve Thai fishermen detained in Myanmar": with a nationality between.)
    if (trig.type === 'coerce' && /\b(?:\d+|two|three|four|five|six|seven|eight|nine|ten|dozens|hundreds|several|\p{Lu}[\p{L}.]*)\s+(?:\p{Lu}[\p{L}-]+\s+){0,2}(?!(?:authorities|police|forces|officials|troops|guards|soldiers|officers)\b)(?:[a-z]{3,}s|[a-z]*men|people|children)\s+$/u.test(doc.text.slice(Math.max(c.start, at - 40), at)) && /^\w+ed\s+(?:in|at|since|by|during|without)\b/.test(doc.text.slice(at, at + 40))) return null;
    // "a Japanese pharmaceutical executive detained in Beijing in March": the same with one person.
    if (trig.type === 'coerce' && /\b(?:a|an)\s+(?:[\p{L}-]+\s+){0,3}(?:executive|national|citizen|journalist|businessman|businesswoman|employee|worker|engineer|man|woman|tourist|student|researcher|activist)\s+$/u.test(doc.text.slice(Math.max(c.start, at - 60), at)) && /^\w+ed\s+(?:in|at|since|by|during|without|for|last|on)\b/.test(doc.text.slice(at, at + 40))) return null;
    const ahead = NOUN_AHEAD.test(doc.text.slice(c.start, at));
    // The clause after an event noun often dates or places it: "a summit, which is due in Washington next week".
    const next = info.clauses[info.clauses.indexOf(c) + 1];
    const span = trig.single && next?.link === 'relative' ? { ...c, end: next.end } : c;
    // Source: the clause subject (with coordinated actors), or what the clause inherits.
    // For an event noun "ahead of a NATO summit", only the noun's own modifiers and "of/with" phrase.
    const aheadStart = ahead ? c.start + (NOUN_AHEAD.exec(doc.text.slice(c.start, at))?.index ?? 0) : 0;
    // "accused China of ramming a Philippine boat": the one accused is the one who acted.
    const accusedOf = ACCUSED_OF.exec(doc.text.slice(Math.max(info.sentence.start, at - 120), at));
    const accusedFrom = accusedOf ? at - accusedOf[0].length + accusedOf[0].indexOf(accusedOf[1]!) : -1;
    // "two companies it accused of supplying the group with drones": an alleged act whose doer is not named as an actor.
    if (!accusedOf && ACCUSED_LOOSE.test(doc.text.slice(Math.max(info.sentence.start, at - 80), at))) return null;
    if (accusedOf && !info.mentions.some((m) => m.start >= accusedFrom && m.end <= at && !m.isLocation && !m.inTitle && keysOf(m).length && !m.possessive)) return null;
    const before = accusedOf ? info.mentions.filter((m) => m.start >= accusedFrom && m.end <= at && !m.isLocation && !m.inTitle && keysOf(m).length && !m.possessive).slice(0, 1) : ahead ? c.mentions.filter((m) => m.start >= aheadStart && m.end <= at) : subjectAt(doc, info, c, at);
    // Objects between the subject and the trigger ("thanked Rutte in a video call") are targets.
    // An appositive after the subject ("Kim, the sister of leader X, issued ...") describes it; X takes no part.
    const subjEnd = before[before.length - 1]?.end ?? -1;
    const appositive = (m: Mention) => subjEnd >= 0 && /^,\s+(?:the|a|an|his|her)\b[^,]*$/.test(doc.text.slice(subjEnd, m.start)) && /,/.test(doc.text.slice(m.end, at));
    const between = ahead || accusedOf ? [] : c.mentions.filter((m) => m.end <= at && !before.includes(m) && !m.possessive && m.start > (before[before.length - 1]?.start ?? -1) && !appositive(m) && !inOtherOccasion(info, m) && !(c.link === 'main' && m.end <= info.bodyStart && LEAD_PARTICIPLE.test(info.sentence.sentence)));
    // A threat's target is often in the conditional that follows ("warned ... if Finland joined").
    const afterPool = trig.type === 'threaten' ? info.mentions.filter((m) => !m.isLocation && !m.inTitle && keysOf(m).length) : c.mentions;
    const ofPhrase = /^\s*\w*\s*(?:of|with|between)\b[^,;]*/.exec(doc.text.slice(at + word.length, c.end))?.[0].length ?? 0;
    // A trailing attribution (", Defence Minister X said", ", Downing Street said in a statement")
    // names who reports the event, not who takes part in it.
    // So does a trailing "..., according to the prime minister's office" or "according to figures released by OCHA".
    // (With the acronym in brackets after the name: "by the UN Office for ... Affairs (OCHA)".)
    const inAttribution = (m: Mention): boolean => {
      const named = /\(\s*$/.test(doc.text.slice(m.start - 2, m.start)) ? info.mentions.find((o) => o.key === m.key && o.end < m.start && /^\s*\(\s*$/.test(doc.text.slice(o.end, m.start))) : undefined;
      return named ? inAttribution(named) : reports(m);
    };
    const reports = (m: Mention) => (/,\s*[^,]{0,60}$/.test(doc.text.slice(Math.max(c.start, m.start - 60), m.start)) && ATTRIBUTION_AFTER.test(doc.text.slice(m.end, m.end + 50))) ||
      /,\s*according to\s+(?:(?:figures|data|a\s+(?:statement|tally|readout)|the\s+(?:statement|tally|readout)|an?\s+\w+)\s+(?:released\s+|published\s+|issued\s+|given\s+)?(?:by|from)\s+)?(?:the\s+)?$/i.test(doc.text.slice(Math.max(c.start, m.start - 60), m.start));
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
    // "signed what the White House called a $142 billion package": who names the thing takes no part.
    const namer = (m: Mention) => /\bwhat\s+(?:the\s+)?$/i.test(doc.text.slice(Math.max(c.start, m.start - 10), m.start)) && /^\s+(?:called|calls|described|describes|termed|terms|dubbed)\b/.test(doc.text.slice(m.end, m.end + 12));
    // The channel of a statement ("via the official news agency X", "carried by X") takes no part.
    const channel = (m: Mention) => CHANNEL_BEFORE.test(doc.text.slice(Math.max(c.start, m.start - 50), m.start));
    // "Japan rejected the protest, with Chief Cabinet Secretary X saying ...": a voice of the doer, not a party.
    const withSaying = (m: Mention) => /,\s+with\s+[^,;]{0,80}$/.test(doc.text.slice(Math.max(c.start, m.start - 90), m.start)) && /^\s+(?:saying|adding|insisting|noting|stressing|telling)\b/.test(doc.text.slice(m.end, m.end + 12));
    // "a violation of UN Security Council resolutions": the body whose resolutions are cited takes no part.
    const resolutionsCited = (m: Mention) => /^['’]?s?\s+resolutions?\b/.test(doc.text.slice(m.end, m.end + 14)) && /\b(?:violations?|breach(?:es)?|defiance|contravention)\s+of\s+(?:the\s+|several\s+|multiple\s+|numerous\s+)?$/.test(doc.text.slice(Math.max(c.start, m.start - 40), m.start));
    // "called her 'a puppet of Caracas'": the insult's own words name no one insulted.
    const inInsult = trig.type === 'accuse' && /^(?:called|calls|branded|brands|labell?ed|dubbed|described|describes)\b/.test(word) ? insideQuotation(info.sentence) : () => false;
    // "pledged 210 million euros and Britain 120 million pounds": Britain gives too (aidRecipients), it receives nothing.
    const alsoGives = (m: Mention) => trig.type === 'aid' && (gappedGiver(info, m) || listedGiver(info, m));
    const after = [...between.filter((m) => !channel(m)), ...critics, ...afterPool.filter((m) => m.start >= at && (!ahead || m.start <= at + word.length + ofPhrase))].filter((m) => !inAttribution(m) && !modifier(m) && m !== capMod && !topic(m) && !channel(m) && !(m.type === 'plural' && m.possessive) && !namer(m) && !withSaying(m) &&
      !resolutionsCited(m) && !inInsult(m) && !alsoGives(m));
    const parts: [string, ParticipantRole][] = [];
    const add = (ms: Mention[], role: ParticipantRole) => {
      for (const m of ms) for (const k of keysOf(m)) if (!parts.some(([x]) => x === k)) parts.push([k, role]);
    };
    if (!reducedPassive) add(before, passive ? 'target' : 'source');
    if (passive) {
      // "Sanctions were imposed on X by Y": the agent after "by" acts; whoever else follows is acted on.
      const byAgent = (m: Mention) => /\bby\s+(?:the\s+)?$/i.test(doc.text.slice(Math.max(c.start, m.start - 8), m.start));
      const agents = after.filter(byAgent);
      add(agents.length ? agents : after, 'source');
      if (agents.length) add(after.filter((m) => !byAgent(m)), 'target');
    } else add(after, 'target');
    // "We urge X to ...", "I warn X" in a speaker's own words: the speaker acts.
    const speaker = speakers.get(info.sentence.index);
    if (speaker && !parts.some(([, r]) => r === 'source') && /(?:^|[“"]\s*|,\s+)(?:we|I)\s+(?:(?:\w+ly|will|would|also|must|have|had|hereby)\s+)*$/i.test(doc.text.slice(Math.max(info.sentence.start, at - 40), at))) {
      for (let k = parts.length - 1; k >= 0; k--) if (parts[k]![0] === speaker) parts.splice(k, 1);
      parts.unshift([speaker, 'source']);
    }
    // Force used on a place ("shelled Kharkiv", "deployed troops near the border in Latvia") is aimed at its state.
    let objectPlace: Place | null = null;
    if (FORCE_TYPES.has(trig.type) && !passive) {
      const srcSides = new Set(parts.filter(([, r]) => r === 'source').map(([k]) => side(k)));
      for (const m of info.mentions) {
        if (m.start < at + word.length || m.end > c.end || !m.place?.country || topic(m)) continue;
        if (!objectPlace && (m.isLocation || m.type === 'capital')) objectPlace = m.place;
        if (trig.type === 'assault' && m.isLocation && !srcSides.has(m.place.country) && !parts.some(([k]) => side(k) === m.place!.country)) parts.push([`state:${m.place.country}`, 'target']);
      }
    }
    {
      const loc = placeIn(info, span);
      const isVisit = trig.type === 'consult' && (/\b(?:travel|trip|visit|flew|flies|fly|flown)/.test(word) && /\bto\b/.test(word) || /^(?:arrived|arrives|arriving|landed) in$/.test(word) || /visit/.test(word) && /\b(?:arrived|arrives|arriving|landed)\s+in\b/.test(c.text));
      // The host of a visit is the state of the place visited, not the visitor's own.
      const sourceSides = new Set(parts.filter(([, r]) => r === 'source').map(([k]) => side(k)));
      if (isVisit && loc?.country && !sourceSides.has(loc.country) && !parts.some(([k]) => k === `state:${loc.country}`)) parts.push([`state:${loc.country}`, 'target']);
    }
    // "X's chargé d'affaires was summoned to the foreign ministry": an envoy summoned answers for the state sending them.
    if (trig.type === 'accuse' && /summon|called in/.test(word)) {
      const sources = new Set(parts.filter(([, r]) => r === 'source').map(([k]) => side(k)));
      for (const [k, r] of [...parts]) {
        const c = r === 'target' && actors.get(k)?.kind === 'person' ? actors.get(k)?.country : null;
        if (c && !sources.has(c) && !parts.some(([j]) => j === `state:${c}`)) parts.push([`state:${c}`, 'target']);
      }
    }
    // A measure naming no one is aimed at the state of the capital it is about: "closed its embassy in Tehran",
    // "recalled its ambassador from Caracas", "expelled ... from Moscow".
    if (trig.type === 'sanction' && !parts.some(([, r]) => r === 'target')) {
      const placeAfter = (before: RegExp, located: boolean) => info.mentions.find((m) => m.start > at && m.end <= c.end && (!located || m.isLocation) && m.place?.country && before.test(doc.text.slice(Math.max(0, m.start - 24), m.start)));
      for (const place of [placeAfter(/\b(?:embassy|consulate|mission)\s+in\s+(?:the\s+)?$/i, false)?.place, placeAfter(/\bfrom\s+$/, true)?.place]) {
        if (place?.country && !parts.some(([k]) => side(k) === place.country)) {
          parts.push([`state:${place.country}`, 'target']);
          break;
        }
      }
    }
    // "Erdogan visited Athens": the capital visited stands for its state, when no one else is named.
    if (trig.type === 'consult' && /^visit/.test(word) && !parts.some(([, r]) => r === 'target')) {
      const visited = info.mentions.find((m) => m.start >= at + word.length && m.start - (at + word.length) <= 2 && m.end <= c.end && m.place?.country && (m.type === 'capital' || m.type === 'seat'));
      if (visited?.place?.country && !parts.some(([k]) => side(k) === visited.place!.country)) parts.push([`state:${visited.place.country}`, 'target']);
    }
    // "The AU envoy is set to hold talks in Addis Ababa": talks of one visitor in a capital are with its state.
    if (trig.type === 'consult' && /\b(?:talks|met|meet|meets|meeting)\b/.test(word) && !parts.some(([, r]) => r === 'target') && new Set(parts.map(([k]) => side(k))).size === 1) {
      const loc = placeIn(info, span);
      const visitor = parts[0]?.[0];
      const kind = visitor ? (visitor.startsWith('state:') ? 'state' : actors.get(visitor)?.kind) : undefined;
      if (loc?.country && (kind === 'person' || kind === 'state') && capitalOf(loc.country)?.name === loc.name && side(visitor!) !== loc.country) parts.push([`state:${loc.country}`, 'target']);
    }
    // "UN experts said Rwandan troops were fighting in Congo. Rwanda has dismissed the findings": what was said just
    // before, by another side, is what is rejected.
    if (trig.type === 'reject' && !parts.some(([, r]) => r === 'target') && /\b(?:findings|reports?|warnings?|conclusions?|account|version|assertions?)\b/.test(word)) {
      const sources = new Set(parts.filter(([, r]) => r === 'source').map(([k]) => side(k)));
      for (let k = info.sentence.index - 1; k >= info.sentence.index - 2 && k >= 0; k--) {
        const said = speakers.get(k);
        if (said && !sources.has(side(said))) {
          parts.push([said, 'target']);
          break;
        }
      }
    }
    // A state is not the target of its own official's act ("Duda ... the first by a Polish head of state"),
    // nor of its own spokeswoman's warning ("She warned that Moscow would respond ...").
    if (trig.type === 'consult' || trig.type === 'sanction' || trig.type === 'aid' || trig.type === 'threaten' || trig.type === 'protest') {
      const sourceSides = new Set(parts.filter(([, r]) => r === 'source').map(([k]) => side(k)));
      for (let i = parts.length - 1; i >= 0; i--) if (parts[i]![1] === 'target' && parts[i]![0].startsWith('state:') && sourceSides.has(side(parts[i]![0])) && !parts.some(([k, r]) => r === 'source' && k === parts[i]![0])) parts.splice(i, 1);
    }
    // "accused Ethiopia of sending troops ..., and demanded that they be withdrawn": a coordinated act with
    // no one named is aimed at the one the act before was.
    // (Not one with a subject of its own: ", and he urged allies to send more help".)
    if (c.link === 'continuation' && /,\s+and\s+$/.test(doc.text.slice(Math.max(0, c.start - 8), c.start)) && /^(?:also\s+|then\s+|later\s+)?[a-z]+ed\b/.test(c.text) && !parts.some(([, r]) => r === 'target') && /^(?:request|sanction|protest|threaten|accuse)$/.test(trig.type)) {
      const prev = info.clauses[info.clauses.indexOf(c) - 1];
      const sources = new Set(parts.filter(([, r]) => r === 'source').map(([k]) => side(k)));
      const objects = prev ? prev.mentions.filter((m) => !m.possessive && !m.isLocation && !m.inTitle && keysOf(m).every((k) => !sources.has(side(k)))) : [];
      const aimed = objects[0];
      if (aimed) for (const k of keysOf(aimed)) parts.push([k, 'target']);
    }
    // "The Philippines accused China's coast guard of firing water cannon at two of its vessels": what "its" owns
    // is the accuser's, who is the one acted on.
    // (The trigger may end with the preposition: "firing water cannon at".)
    const objectFrom = /\s(?:at|on|against|into)$/.test(word) ? at + word.lastIndexOf(' ') : at + word.length;
    if (accusedOf && !parts.some(([, r]) => r === 'target') && OWN_OBJECT_AFTER.test(doc.text.slice(objectFrom, c.end))) {
      const accusers = subjectAt(doc, info, info.clauses[0]!, accusedFrom).filter((m) => !m.isLocation && keysOf(m).length);
      for (const m of accusers) for (const k of keysOf(m)) if (!parts.some(([j]) => j === k)) parts.push([k, 'target']);
    }
    if (!parts.length) return null;
    // "was due to fly to Ho Chi Minh City to meet business leaders": a flight is a visit only to a capital or to someone met.
    if (trig.type === 'consult' && /^fl(?:ew|ies|y|own)\b/.test(word)) {
      const loc = placeIn(info, span);
      const toCapital = !!loc?.country && capitalOf(loc.country)?.name === loc.name;
      if (!toCapital && !parts.some(([k, r]) => r === 'target' && !k.startsWith('state:'))) return null;
    }
    // "was released ... and boarded a flight to Oman, from where he travelled on to Tehran": a private person
    // going home visits no one.
    const visitors = parts.filter(([, r]) => r === 'source');
    if (trig.type === 'consult' && /travel|trip|visit|arrived|landed|flew|flies|fly|flown/.test(word) && visitors.length && visitors.every(([k]) => actors.get(k)?.privatePerson)) return null;
    if (trig.crowd && !parts.some(([k, r]) => r === 'source' && isCrowdKey(k))) return null;
    // "residents staged a protest ..., demanding compensation": a crowd's demands are its protest, not a request.
    if (trig.type === 'request' && parts.some(([k, r]) => r === 'source' && isCrowdKey(k))) return null;
    // "told reporters that the launch threatened the peace of the region": a thing reported as a threat is the
    // speaker's charge, not a threat the speaker made.
    if (trig.type === 'threaten' && c.link === 'complement' && /^(?:that\s+)?(?:the|this|such|its|these|those)\s+(?:[a-z-]+\s+){1,3}$/.test(doc.text.slice(c.start, at))) return null;
    // A warning with no one warned ("warning that the conflict threatened the region") is a concern, not a threat.
    if (trig.type === 'threaten' && !parts.some(([, r]) => r === 'target') && CONCERN_AFTER.test(doc.text.slice(at + word.length, c.end + 200))) return null;
    // A plight warned of ("warned that famine was spreading") is never a threat, whoever else is named.
    if (trig.type === 'threaten' && PLIGHT_AFTER.test(doc.text.slice(at + word.length, c.end + 200))) return null;
    // Force, coercion and aid need a side that acted ("a missile that struck Kharkiv" names none).
    if ((FORCE_TYPES.has(trig.type) || trig.type === 'protest' || trig.type === 'aid') && !parts.some(([, r]) => r === 'source')) return null;
    const distinct = new Set(parts.map(([k]) => k));
    // Members of an international body meeting as that body ("ASEAN foreign ministers met") need no second party.
    let bodyOnly = parts.length > 0 && parts.every(([k]) => k.startsWith('org:') && !actors.get(k)?.country);
    // A condemnation of an act named by its noun finds its target later (condemnedActs).
    const condemnsAct = trig.type === 'accuse' && CONDEMNED_ACT.test(doc.text.slice(at, c.end));
    if (distinct.size < 2 && !trig.single && !trig.solo && !condemnsAct && !((trig.type === 'consult' || trig.type === 'agree') && bodyOnly) && trig.type !== 'reject' && trig.type !== 'threaten' && trig.type !== 'sanction' && trig.type !== 'aid') return null;
    if (trig.single && distinct.size < 2 && !/\b(?:summit|talks|host|meeting)\b/.test(word) && !(/^vote/.test(word) && parts.every(([k]) => k.startsWith('org:')))) return null;
    // "The talks also touched on North Korea", "closed their meeting with a rebuke of X's government": a meeting
    // whose one party is what was talked about has no one found meeting.
    // (Not a meeting named ahead, "preparations for the ministerial meeting of the GCC": the body is whose meeting it is.)
    if (trig.type === 'consult' && !ahead && distinct.size < 2 && !parts.some(([, r]) => r === 'source')) return null;
    // Only a body votes as a meeting; states voting for a text take part in another body's meeting.
    if (/^vote/.test(word) && !parts.some(([k, r]) => r === 'source' && k.startsWith('org:'))) return null;
    // What was voted for ("to extend the mission in South Sudan") has its own parties.
    if (/^vote/.test(word)) {
      for (let i = parts.length - 1; i >= 0; i--) if (parts[i]![1] !== 'source') parts.splice(i, 1);
      bodyOnly = parts.every(([k]) => k.startsWith('org:') && !actors.get(k)?.country);
    }
    // ("a flag meeting ..., which is expected to take place at the X crossing point": the place may come in the relative clause.)
    if (word === 'meeting' && !placeIn(info, span)) return null;
    if (trig.type === 'consult' && DEFINITE_REFERENCE.test(c.text) && distinct.size < 2) return null;
    const st = statusAt(doc, c, at, word);
    // An invitation is to a visit not yet made.
    let status = ahead || /^(?:invit|extended an invitation)/.test(word) ? 'planned' : st.status;
    // "requested an emergency meeting of the council, which is expected to be held on Thursday": a meeting
    // asked for, or one its relative clause puts ahead, has not happened yet.
    if (trig.single && status === 'occurred' && (REQUESTED_BEFORE.test(doc.text.slice(Math.max(c.start, at - 40), at)) || (span !== c && next?.status === 'planned'))) status = 'planned';
    // "agreed ... and to meet again in Cairo", "invited him to visit": a meeting in the infinitive is intended,
    // unless it is the purpose of a trip made ("flew to Beijing to meet Xi").
    // (So is one an infinitive makes or pays: "accepted an invitation to make a return visit to Lima".)
    if (trig.type === 'consult' && status === 'occurred' && (INFINITIVE_BEFORE.test(doc.text.slice(Math.max(c.start, at - 40), at)) || /^to\s/.test(word)) && !PURPOSE_TRIP.test(doc.text.slice(c.start, at))) status = 'planned';
    // "would not accept a temporary truce", "will not accept dictation": a refusal announced for the future is a
    // stance, not an act of rejecting anything yet.
    if (trig.type === 'reject' && status === 'planned') return null;
    const spanDate = clauseDate(info, span, at);
    // "agreed to meet at the summit at the end of October": a time inside the infinitive is the time of the
    // act agreed to (or asked for), not of the agreement.
    const afterTrigger = spanDate ? doc.text.slice(at + word.length - (/\bto$/.test(word) ? 3 : 0), spanDate.start) : '';
    const inInfinitive = /^\s*to\s+(?!(?:a|an|the|its|their|this|that)\b)[a-z]+\b/.test(afterTrigger) && !!spanDate && spanDate.end <= span.end;
    // "pledged 85 million euros, to be disbursed early next year": the time of the act that is to follow.
    // ("agreed that the Joint Commission would meet in Accra in March": the time of what was agreed to.)
    const laterAct = /,\s*(?:to be|due to be|which (?:will|would) be|for (?:delivery|disbursement))\s/.test(afterTrigger) || /^\s*that\s+[^;]*?\b(?:would|will|should)\b/.test(afterTrigger);
    const d = spanDate && trig.type !== 'consult' && spanDate.start > at + word.length && (inInfinitive || laterAct) ? null : spanDate;
    let date = d ? (status === 'planned' ? d.future : d.past) : null;
    // (A time after the story's own, "in Hanoi in 2026", is still to come, whatever the verb's tense.)
    if (date && date.value > published.slice(0, date.value.length) && status === 'occurred') status = 'planned';
    // "talks expected to follow up on the state visit to Beijing in November last year": a time already past
    // makes a visit named in a planned clause one that happened.
    if (date && d && d.start >= c.start && status === 'planned' && date.value < published.slice(0, date.value.length) && /\b(?:last|ago|previous|earlier)\b/i.test(d.text)) status = 'occurred';
    // "votes on the text next week": a time still to come makes a present or undated verb a plan.
    if (d && status === 'occurred' && /\b(?:next|the coming|tomorrow)\b/i.test(d.text) && !/\b(?:was|were|had|did)\b|\b\w+ed\b/.test(doc.text.slice(Math.max(c.start, at - 30), at + word.length))) {
      status = 'planned';
      date = d.future;
    }
    // "On Friday X accused Y of firing on its vessels": the day is the charge's; the act charged came before it,
    // when within the month is not said.
    if (accusedOf && d && d.end <= accusedFrom && date?.precision === 'day') date = { value: date.value.slice(0, 7), precision: 'month' };
    const explicitDate = !!date;
    // "He noted that the sides had agreed to ...": a past perfect reported after a past verb of saying is
    // the speaker's simple past, as dated as the report.
    const backshifted = st.tense === 'perfect' && /\bhad\s+(?:\w+ly\s+)?$/.test(doc.text.slice(Math.max(c.start, at - 20), at)) && REPORTED_BEFORE.test(doc.text.slice(info.sentence.start, c.start)) && !LONG_SPAN.test(c.text);
    // "X and Y have agreed to ..." opening the story is its news of the day.
    // (Not a charge or denial: "have accused" without a time is left undated, as the keys read it.)
    const leadNews = st.tense === 'perfect' && info.sentence.index === leadIndex && c.link === 'main' && !LONG_SPAN.test(c.text) && trig.type !== 'accuse' && trig.type !== 'reject';
    date = defaultDate(date, status === 'planned' ? 'future' : backshifted || leadNews ? 'past' : st.tense, info);
    const counted = !(d && d.start >= c.start && d.end <= c.end) && status !== 'planned' ? dayCountedOn(info, c) : null;
    if (counted) date = counted;
    // An undated multi-day event ("held three days of talks", "a two-day summit") did not happen on
    // one day: only its month is known.
    if (!d && date?.precision === 'day' && MULTI_DAY.test(c.text)) date = { value: date.value.slice(0, 7), precision: 'month' };
    // "wrapped up three days of negotiations on Sunday": the day given is the last of several, so only the month is the event's.
    if (d && date?.precision === 'day' && MULTI_DAY.test(c.text) && ENDED.test(doc.text.slice(c.start, at))) date = { value: date.value.slice(0, 7), precision: 'month' };
    // "Germany will send tanks to Ukraine, Scholz announced on Wednesday": aid that is only promised is
    // coded as the pledge, which is dated by its announcement.
    // (A time taken from the clause of saying is the pledge's own: "announced on Wednesday that Australia would provide ...".)
    if ((!d || d.end <= c.start) && trig.type === 'aid' && status === 'planned') {
      const pledge = !d ? info.dates.find((x) => x.start > at && PLEDGE_ATTRIBUTION.test(doc.text.slice(at, x.start))) : undefined;
      if (pledge) date = pledge.past;
      // "France said it would contribute 110 million euros": the pledge, made when it was said.
      const said = info.clauses[info.clauses.indexOf(c) - 1];
      if (!pledge && c.link === 'complement' && said && said.status !== 'planned' && PLEDGE_SAID.test(said.text)) {
        const when = clauseDate(info, said, said.start);
        date = when ? when.past : defaultDate(null, 'past', info);
        status = 'occurred';
      }
    }
    // "The announcement came hours before X was due to meet Y": the same day as the main clause.
    if (!d && c.link === 'subordinate' && SAME_DAY_BEFORE.test(doc.text.slice(Math.max(info.sentence.start, c.start - 20), c.start))) {
      const main = info.clauses[0]!;
      const md = clauseDate(info, main, main.start);
      const mainDate = md ? md.past : defaultDate(null, main.tense, info);
      if (mainDate?.precision === 'day') date = mainDate;
    }
    // A summit, meeting or vote of an international body alone ("ASEAN leaders opened their summit") gathers its members.
    const mode = trig.type !== 'consult' ? null : /\b(?:phone|telephone|phoned|telephoned|rang|call|calls|spoke|spoken|talked|conversations?)\b/.test(word + ' ' + c.text) ? 'phone' : /visit|travel|trip|flew|flies|fly\b|flown|host|received|arrived|arrives|arriving|landed|welcom/.test(word) ? 'visit' : bodyOnly ? 'multilateral' : null;
    // "the same restrictions on those firms", "would ship howitzers": the targets of the last such event.
    if ((trig.type === 'aid' || trig.type === 'sanction') && !parts.some(([, r]) => r === 'target')) {
      const prev = [...events].reverse().find((e) => e.type === trig.type && info.sentence.index - sentenceOf(e) <= 3);
      for (const p of prev?.participants ?? []) if (p.role === 'target' && !parts.some(([k]) => k === p.actorKey)) parts.push([p.actorKey, 'target']);
    }
    // "agreed to pursue joint production in Poland", "urged X to hold elections in Y": a place inside the
    // infinitive complement locates the act agreed or asked for, not the agreement or the request.
    const complementFrom = (trig.type !== 'consult' || /^vote/.test(word)) && (/\bto$/.test(word) || /^[^.;]*?\bto\s+(?!(?:the|a|an|its|their|his|her|this|that|these|those)\b)[a-z]+\b/.test(doc.text.slice(at + word.length, span.end)))
      ? at + word.length + (/\bto$/.test(word) ? 0 : (/^[^.;]*?\bto\s+(?!(?:the|a|an|its|their|his|her|this|that|these|those)\b)[a-z]+\b/.exec(doc.text.slice(at + word.length, span.end))?.[0].length ?? 0))
      : Infinity;
    // "a resolution demanding that it withdraw from X", "..., and the president is to visit Y": the place belongs to another act.
    const cut = PLACE_CUT.exec(doc.text.slice(at + word.length, span.end));
    // "set up a mechanism through Port Sudan, and to meet again in Cairo": the place of the later verb is after the ", and".
    const conj = doc.text.slice(span.start, at).lastIndexOf(', and ');
    const placeSpan = conj >= 0 ? { ...span, start: span.start + conj } : span;
    // A call joins two places: the places a call's sentence names are those it talked about.
    let location = mode === 'phone' ? null : placeIn(info, placeSpan, true, cut ? Math.min(complementFrom, at + word.length + cut.index) : complementFrom);
    if (!location && objectPlace && trig.type === 'assault') location = objectPlace;
    // "Following the talks, X and Y signed ...", "At that meeting X pledged ...": the occasion named places the act.
    if (!location && trig.type !== 'consult' && OCCASION_REF.test(doc.text.slice(info.sentence.start, Math.min(at, info.sentence.start + 90)))) {
      const occasion = [...events].reverse().find((e) => e.type === 'consult' && e.location && e.mode !== 'phone' && e.status !== 'planned');
      if (occasion) location = occasion.location;
    }
    // "X held talks in Tehran ... X later met Y": a later meeting the same day by the same visitor is in the same place.
    if (!location && trig.type === 'consult' && mode !== 'phone' && /\blater\b/i.test(doc.text.slice(c.start, at))) {
      const sources = new Set(parts.filter(([, r]) => r === 'source').map(([k]) => side(k)));
      const earlier = [...events].reverse().find((e) => e.type === 'consult' && e.location && e.status !== 'planned' && e.date?.value === date?.value && e.participants.some((p) => sources.has(side(p.actorKey))));
      if (earlier) location = earlier.location;
    }
    // A dateline places the day's meetings, and whatever its lead sentence reports as done there that day
    // ("UNITED NATIONS - Brazil on Monday abstained ..."); calls and reported speech happen elsewhere.
    const lead = info.sentence.index === leadIndex && c.link === 'main';
    // A visit hosted by another state ("will travel to Israel") does not happen at the dateline.
    const elsewhere = mode === 'visit' && /travel|trip|visit|flew|flies|fly|flown/.test(word) && parts.some(([k, r]) => r === 'target' && k.startsWith('state:') && k.slice(6) !== datelinePlace?.country);
    if (!location && mode !== 'phone' && !elsewhere && datelinePlace && date && dayGap(date, published) <= 1 && (trig.type === 'consult' || lead || (SAID_WHERE_REPORTED.has(trig.type) && parts.some(([k, r]) => r === 'source' && side(k) === datelinePlace.country)))) location = datelinePlace;
    const ev = makeEvent(trig.type, info, parts, date, status, mode, location);
    if (!explicitDate && !counted && date) guessedDate.add(ev);
    return ev;
  }

  function defaultDate(date: PartialDate | null, tense: Clause['tense'], info: SentenceInfo): PartialDate | null {
    if (date) return date;
    // Undated simple past reports the news of the day; perfect and present tenses are background,
    // unless the sentence points back at the day just reported ("Earlier in the day, X had accused ...").
    if (tense !== 'past' && !(tense === 'perfect' && ANAPHORIC_DAY.test(info.sentence.sentence))) return null;
    // Otherwise the time of the report just before it (same paragraph, or the sentence right before):
    // only dates of main clauses, not those inside reported speech ("said the boat had intruded on Saturday").
    // Sentences before it in its paragraph, and the last sentence of the paragraph before.
    const paraStart = doc.sentences.find((x) => x.sentence.paragraph === info.sentence.paragraph)?.sentence.index ?? info.sentence.index;
    const before = doc.sentences.filter((x) => x.sentence.index < info.sentence.index && x.sentence.paragraph === info.sentence.paragraph);
    // "Later that day, X ..." opening a paragraph points at the day the paragraph before told, wherever
    // in it that day was given; so does every undated sentence that follows it in the paragraph.
    const anaphoric = [info, ...before].some((x) => ANAPHORIC_DAY.test(x.sentence.sentence));
    const earlier = doc.sentences.filter((x) => x.sentence.index < info.sentence.index && (x.sentence.paragraph === info.sentence.paragraph || x.sentence.index === paraStart - 1 || (anaphoric && x.sentence.paragraph === info.sentence.paragraph - 1)));
    for (let k = earlier.length - 1; k >= 0; k--) {
      // ("Earlier in the day" points at a day, not at "last month" told before it.)
      // (A background year told after the day, "..., signed by the two countries in 1903", is not the day the
      // next sentence carries on.)
      const told = mainDates(earlier[k]!).filter((d) => !anaphoric || d.past.precision === 'day');
      const last = told.filter((d) => d.past.precision !== 'year').at(-1) ?? told.at(-1);
      if (!last) continue;
      // A date of something still to come ("are due to meet on December 16") is no time for an act done,
      // nor is a background told in the past perfect ("The two had last met in February. India also announced ...").
      const lastClause = earlier[k]!.clauses.find((x) => last.start >= x.start && last.start < x.end);
      if (lastClause?.status === 'planned') continue;
      if (lastClause && /\bhad\s+(?:\w+ly\s+|last\s+|also\s+|already\s+)*(?:been\s+)?\w+(?:ed|en|t|met|held|made|signed)\b/.test(lastClause.text) && earlier[k]!.sentence.paragraph !== info.sentence.paragraph) continue;
      // A new paragraph carries on the day or month of the one before ("On Monday X met Y. ¶ They signed ..."),
      // but not a background year ("Last year X paused aid. ¶ Outside, students rallied.").
      if (earlier[k]!.sentence.paragraph !== info.sentence.paragraph && last.past.precision === 'year') break;
      return last.past;
    }
    return newsDay;
  }

  /**
   * "met X in Vilnius on Thursday, and Y in Riga a day later", "Two days later, she flew to Lima": the day
   * is counted on from the one told earlier in the sentence, else from the last one told before it.
   */
  function dayCountedOn(info: SentenceInfo, c: Clause): PartialDate | null {
    const lead = c.link === 'main' ? doc.text.slice(info.sentence.start, c.end) : c.text;
    const later = NEXT_DAY.exec(lead);
    if (!later) return null;
    const phraseAt = c.link === 'main' ? info.sentence.start + later.index : c.start + later.index;
    const sameSentence = info.dates.filter((x) => x.end <= phraseAt && x.past.precision === 'day').at(-1)?.past;
    // (Not the publication day taken for want of any day told: nothing counts on from it. A new paragraph may
    // count on from any day its predecessor told: "On Monday, X was in Tokyo ... ¶ The following day ...".)
    const told = defaultDate(null, 'past', info);
    const previousParagraph = () => doc.sentences.filter((x) => x.sentence.paragraph === info.sentence.paragraph - 1).flatMap((x) => mainDates(x)).filter((x) => x.past.precision === 'day').at(-1)?.past ?? null;
    const base = sameSentence ?? (told === newsDay && !leadDay ? previousParagraph() : told);
    if (base?.precision !== 'day') return null;
    const day = new Date(Date.parse(base.value) + nextDayCount(later) * 86400e3).toISOString().slice(0, 10);
    return { value: day, precision: 'day' };
  }

  /** "Before arriving in Muscat, X met Y in St Petersburg": a leading time adverbial tells of another moment and place. */
  function inOtherOccasion(info: SentenceInfo, m: { end: number }): boolean {
    return m.end <= info.bodyStart && OTHER_OCCASION.test(info.sentence.sentence);
  }

  function placeIn(info: SentenceInfo, c: Clause, occasion = true, until = Infinity): { name: string; country: string | null } | null {
    // "in the Indian capital", "in Russia's capital": the state's capital, when the text names no city.
    const cap = capitalModifier(info, c);
    if (cap?.key) {
      const place = capitalOf(cap.key.slice(6));
      if (place) return place;
    }
    // (Not a seat inside a title: "Kremlin Spokesman Dmitry Peskov".)
    const m = info.mentions.find((x) => x.start >= c.start && x.end <= c.end && x.start < until && x.place && !x.inTitle && !inOtherOccasion(info, x) && !CRITIC_BEFORE.test(doc.text.slice(Math.max(0, x.start - 70), x.start)) && !TOPIC_IN.test(doc.text.slice(Math.max(0, x.start - 40), x.start)) && !SEATED_IN.test(doc.text.slice(Math.max(0, x.start - 40), x.start)) && !NOMINAL_EVENT_IN.test(doc.text.slice(Math.max(c.start, x.start - 90), x.start)) &&
      (x.isLocation || /\b(?:in|at)\s+(?:the\s+)?$/.test(doc.text.slice(Math.max(0, x.start - 8), x.start)) || CAPITAL_BEFORE.test(doc.text.slice(Math.max(0, x.start - 40), x.start))));
    // A named feature or compound ("near the disputed Second Thomas Shoal", "at Blenheim Palace") that comes first.
    const feature = FEATURE.exec(doc.text.slice(c.start, Math.min(c.end, until)));
    if (feature?.[1] && (!m || c.start + feature.index < m.start) && !TOPIC_IN.test(doc.text.slice(Math.max(c.start, c.start + feature.index - 40), c.start + feature.index + feature[0].indexOf(feature[1])))) {
      const inside = info.mentions.find((x) => x.place?.country && x.start >= c.start + feature.index && x.end <= c.start + feature.index + feature[0].length);
      return { name: feature[1], country: inside?.place?.country ?? null };
    }
    if (m?.place) return withFacility(m.place, m.end);
    // A venue the gazetteer does not know: "in the border city of Foz do Iguacu".
    const venue = VENUE.exec(doc.text.slice(c.start, Math.min(c.end, until)));
    if (venue?.[1]) return { name: venue[1], country: null };
    // A town the gazetteer does not know: "hosted X in Bahir Dar" (not a month, a language, an actor or a building in a city).
    if (occasion) {
      const span = doc.text.slice(c.start, Math.min(c.end, until));
      for (const u of span.matchAll(UNKNOWN_PLACE)) {
        const from = c.start + (u.index ?? 0) + u[0].length - u[1]!.length;
        const to = from + u[1]!.length;
        if (NOT_PLACE.test(u[1]!) || info.mentions.some((x) => x.start < to && x.end > from) || /^['’]s\b/.test(doc.text.slice(to, to + 2)) || TOPIC_IN.test(doc.text.slice(Math.max(c.start, from - 40), from)) || NOMINAL_EVENT_IN.test(doc.text.slice(Math.max(c.start, from - 90), from))) continue;
        return { name: u[1]!, country: null };
      }
    }
    // "Kyiv, where he met Zelensky": a "where" clause happens at the place it hangs on.
    if (c.link === 'relative' && /^where\b/i.test(c.text)) {
      const ante = info.mentions.filter((x) => x.end <= c.start && x.place && /^\s*,?\s*$/.test(doc.text.slice(x.end, c.start))).pop();
      if (ante?.place) return ante.place;
    }
    // "talked in March, when the Kenyan president attended a summit in Addis Ababa": the "when" clause
    // names the occasion of the meeting, and so its place.
    if (occasion) {
      const next = info.clauses[info.clauses.indexOf(c) + 1];
      if (next && next.start <= c.end + 2 && /^when\b[^,;]{0,60}\b(?:attended|attending|visited|visiting|hosted|hosting|travelled|traveled|was in|were in)\b/i.test(next.text)) return placeIn(info, next, false);
    }
    return null;
  }

  /** The state mention in "in the Indian capital" / "in Russia's capital": a place, not a party. */
  function capitalModifier(info: SentenceInfo, c: Clause, named = false): Mention | null {
    let capital = (named ? CAPITAL_OF : UNNAMED_CAPITAL).exec(doc.text.slice(c.start, c.end));
    // "in the Tajik capital, Kremlin Spokesman Dmitry Peskov said": what follows the comma names no capital.
    if (!capital && !named) {
      const any = CAPITAL_OF.exec(doc.text.slice(c.start, c.end));
      const after = any ? c.start + any.index + any[0].length : -1;
      const next = after >= 0 ? info.mentions.find((x) => x.start > after && x.start <= after + 3) : undefined;
      if (any && (!next || next.inTitle || !next.place)) capital = any;
    }
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

// A request or demand governs the act after it: "called on X to agree", "demanding that it withdraw", "urged Y to release".
const ASKED_FOR = /\b(?:called on|calls on|calling on|called upon|urged|urges|urging|asked|asks|asking|appealed to|appeals to|demanded|demands|demanding|pressed|pressing|requested|requesting|encouraged|encouraging|resolution|invited|inviting)\b[^.;]{0,100}?\b(?:to|that\s+(?:[\w'’-]+\s+){1,3}(?:should\s+|must\s+)?)\s*(?:\w+ly\s+)?$/i;
const DENIED_ACT = /\b(?:denied|denies|deny|denying)\s+(?:that\s+)?(?:(?!\b(?:and|but)\b)[^.;]){0,60}$|\b(?:rejected|rejects|rejecting|dismissed|dismisses|dismissing|denied)\s+(?:[\w.'’-]+\s+){0,3}(?:claims?|reports?|allegations?|accusations?|suggestions?|charges?)\s+(?:that\s+)?(?:(?!\b(?:and|but)\b)[^.;]){0,60}$|\b(?:considering|weighing|mulling|contemplating|whether to|refused to|declined to|reluctant to|ready to|willing to|prepared to)\s+(?:\w+\s+)?$/i;
const ACCUSED_OF = /\b(?:accused|accuses|accusing|blamed|blames|blaming|charged|charges|condemned|condemns)\s+((?:the\s+)?(?:[^.;,]|(?<=\b(?:[A-Z]|[A-Z][a-z]{1,3}))\.){1,60}?)\s+(?:of|for)\s+(?:\w+ly\s+)?(?:having\s+)?$/;
const ACCUSED_LOOSE = /\b(?:accused|accuses|accusing|suspected|suspects|alleged|allegedly)\s+(?:[\w'’-]+\s+){0,6}?(?:of|for)?\s*(?:\w+ly\s+)?(?:having\s+)?$/;
// Where the place after a trigger stops belonging to it.
const PLACE_CUT = /\b(?:demanding|calling (?:on|for)|urging|asking|citing|amid|because of|due to|over (?:the\s+)?(?:[\w-]+\s+)?(?:killing|attack|war|conflict|situation|crisis|abuses|atrocities))\b|\band\s+to\s+\w+|,\s+(?:and|but)\s+(?:the\s+)?(?:\p{Lu}[\p{L}-]*|he|she|they|it)\b/u;
// Named features and venues the gazetteer does not list.
const FEATURE = /\b(?:in|at|near|off|on|around|over)\s+(?:the\s+)?(?:disputed\s+|contested\s+|occupied\s+|Russian-occupied\s+|annexed\s+|strategic\s+)?((?:\p{Lu}[\p{L}'’-]*\s+){1,3}(?:Shoal|Reef|Atoll|Cay|Island|Islands|Islets?|Strait|Peninsula|Heights|Palace|Castle|Cosmodrome|Air Base|Naval Base|(?:nuclear )?power plant|Nuclear Power Plant))\b/u;
// The chamber: "told the council", "after the vote", "a session of the Security Council".
const AT_THE_COUNCIL = /\b(?:(?:told|telling|addressed|addressing|before|in)\s+(?:the\s+)?(?:UN\s+|U\.N\.\s+|United Nations\s+)?(?:Security\s+)?[Cc]ouncil|(?:session|meeting|debate)\s+of\s+the\s+(?:UN\s+|U\.N\.\s+|United Nations\s+)?Security Council|(?:after|before|during)\s+the\s+vote)\b/;
// "At his weekly briefing in New Delhi, ...", "Speaking to reporters in Ankara, ...": where the words were said.
const SPOKE_IN_BEFORE = /\b(?:told\s+(?:reporters|journalists|the\s+press|(?:a|the)\s+(?:[\w-]+\s+){0,2}(?:news conference|press conference|briefing))|at\s+(?:a|an|the|his|her|its|their)\s+(?:[\w-]+\s+){0,2}(?:news conference|press conference|briefing))\s+in\s+(?:the\s+)?$/i;
const SPEECH_OCCASION_IN = /^(?:(?:At|In|During)\s+(?:a|an|the|his|her|their|its)\s+(?:[\w-]+\s+){0,3}(?:briefing|conference|meeting|session|speech|address|interview|appearance|debate)|(?:Speaking|Talking|Addressing|Writing)\b[^,;]{0,60}?)\s+in\s+(?:the\s+)?$/;
const OCCASION_REF = /\b(?:after|following|at the (?:end|close|conclusion) of|during|on the sidelines of|at|in)\s+(?:the|their|that|this|its)\s+(?:[\w-]+\s+){0,2}(?:talks|meeting|summit|visit|conference|session)\b/i;
// (Also a plight warned of: "warned of a humanitarian catastrophe".)
const CONCERN_AFTER = /^\s*(?:that\s+|of\s+)?(?:the|a|an|this|such|any)\s+(?:[\w-]+\s+){0,2}(?:conflict|war|crisis|situation|fighting|violence|move|decision|plan|step|escalation|tensions?|instability|policy|risks?|dangers?|catastrophe|famine|shortages?)\b/i;
const PLIGHT_AFTER = /^\s*(?:that\s+|of\s+)?(?:famine|starvation|hunger|disease|cholera|poverty|displacement)\b/i;
const UNKNOWN_PLACE = /\b(?:in|at)\s+(\p{Lu}[\p{Ll}'’-]+(?:\s+\p{Lu}[\p{Ll}'’-]+){0,2})(?=[\s,.;]|$)/gu;
const NOT_PLACE = /^(?:January|February|March|April|May|June|July|August|September|October|November|December|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|English|French|Arabic|Russian|Chinese|Spanish|Parliament|Congress|Council|Government|Cabinet|Assembly|Senate|Court|Washington|Christmas|Easter|Ramadan|Eid|He|She|It|They|We|The|This|That|His|Her|Their|Its|Our)\b|\b(?:House|Hall|Hotel|Building|Cent(?:re|er)|Office|Room|Ministry|Department|Agency|University|School|Church|Mosque|Forum|Summit|Conference|Meeting|Talks|Day|Week|Year|Statement|Session)$/;
const FORCE_TYPES = new Set<EventType>(['assault', 'mobilize', 'coerce', 'retreat']);
// Acts done by saying or deciding: the dateline's own state does them that day where the story is filed.
const SAID_WHERE_REPORTED = new Set<EventType>(['accuse', 'reject', 'protest', 'request', 'aid', 'sanction', 'threaten']);
// Before a visit named by its noun, words that put it ahead: "ahead of", "the upcoming".
const UPCOMING_BEFORE = /\b(?:ahead of|upcoming|forthcoming|planned|expected|scheduled|next|prepare for|preparations for)\s+(?:[\w'’-]+\s+){0,3}$/i;
// Between a nominal's source and the noun: "Russia's full-scale", "Israeli", "the Chinese".
const NOMINAL_GAP = /^(?:['’]s?)?\s+(?:[\w-]+\s+){0,3}$/;
// The object phrase of a nominal: "of Ukraine", "on Kharkiv and Odesa", "against the Houthis".
const NOMINAL_OBJECT = /^\s*(?:of|on|against)?\s*(?:the\s+)?[^,;.()]{0,50}/;
const BORDER_CLOSURE = /\b(?:clos\w*|shut\w*)\b.*\b(?:borders?|crossings?|crossing points?|checkpoints|airspace)\b/;
const CHANNEL_BEFORE = /\b(?:via|through|carried by|published by|broadcast by)\s+(?:the\s+)?(?:[\w-]+\s+){0,3}$/i;
// A capital that voices criticism is an actor, not the venue: "the criticism from Seoul (and Tokyo)".
const CRITIC_BEFORE = /\b(?:criticisms?|condemnation|demands?|calls|appeals?|protests?|pressure)\s+(?:from|by)\s+(?:[^,;]{0,40}\s)?$/;
const FROM_CRITIC = /\b(?:criticisms?|condemnation|demands?|calls|appeals?|protests?|pressure)\s+(?:from|by)\s+[^,;]{1,60}/;
const FACILITY = /^\s+(?:cosmodrome|spaceport|space cent(?:re|er)|air ?base|naval base|military base|airport|airfield|palace|conference cent(?:re|er)|convention cent(?:re|er))\b/i;
const CAPITAL_OF = /\b(?:in|at|to)\s+(?:the\s+)?(\p{Lu}[\p{L}'’.-]*(?:\s+\p{Lu}[\p{L}'’.-]*)?)(?:['’]s)?\s+capital\b/u;
const UNNAMED_CAPITAL = /\b(?:in|at|to)\s+(?:the\s+)?(\p{Lu}[\p{L}'’.-]*(?:\s+\p{Lu}[\p{L}'’.-]*)?)(?:['’]s)?\s+capital\b(?!,?\s+\p{Lu}|\s+(?:city\s+)?of\b)/u;
// Where another act happened, not this one: "vowed revenge over the killing of X in Tehran"; where an occasion still to
// come will be: "agreed to coordinate ahead of the COP31 climate conference in Antalya".
const NOMINAL_EVENT_IN = /\b(?:killing|assassination|death|murder|attack|bombing|shooting|strike|arrest|poisoning|abduction|kidnapping)\s+(?:of|on)\s+[^,;()]{0,70}\b(?:in|at)\s+(?:the\s+)?$|\b(?:ahead of|in the run-up to)\s+(?:the\s+)?(?:[\w-]+\s+){0,4}(?:conference|summit|elections?|vote|games|talks|meeting|forum|congress|assembly)\s+(?:in|at)\s+(?:the\s+)?$/i;
// "in the Lao capital Vientiane", "the Japanese capital, Tokyo": a capital named as a place.
const CAPITAL_BEFORE = /\bcapital,?\s+$/;
const VENUE = /\b(?:in|at|to) (?:the|its|their) (?:[\p{L}-]+ )?(?:city|town|resort|port|village|province|region|state|district|county) of ((?:\p{Lu}[\p{L}'’-]*)(?:\s+(?:de|do|da|del|el|al|of)?\s*\p{Lu}[\p{L}'’-]*)*)/u;

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
const PLEDGE_SAID = /\b(?:said|announced|pledged|promised|confirmed|told)\b[^,;]{0,40}$/;
const PLEDGE_ATTRIBUTION = /^[^.;]{0,160},\s*[^,.;]{0,80}?\b(?:announced|said|pledged|promised|confirmed|told\s+[\w\s]{1,30}?)\s+$/;
// ("stepped out of the session to speak by phone with X": the purpose of a step taken is done too.)
// "to visit", "to make a return visit", "to pay an official visit", "to hold talks": a meeting in the infinitive.
const INFINITIVE_BEFORE = /\bto\s+(?:(?:make|pay|hold|undertake)\s+(?:[^\s,.;]+\s+){0,4})?$/;
const PURPOSE_TRIP = /\b(?:travelled|traveled|flew|went|came|arrived|headed|was in|were in|visited|met|sat down|stepped (?:out|aside|away)|broke away|took time)\b/i;
const CONDEMNED_ACT = /\b(?:condemned|condemns|denounced|denounces|criticised|criticized|slammed|deplored)\s+(?:the|these|those|this|that)\s+(?:[\w-]+\s+){0,2}(?:strikes?|attacks?|shelling|bombing|bombardment|raids?|incursions?|move|decision|sanctions|expulsions?|deployment|drills|exercises|launch|test)\b/i;
const ACTS = new Set<EventType>(['assault', 'sanction', 'mobilize', 'coerce', 'threaten']);
const AID_APPEAL = /\b(?:pledged|pledges|pledging|donors|appeal|humanitarian|aid|assistance|relief)\b/i;
const ALSO_AGREED = /\balso\s+(?:agreed|signed|reached|concluded)\b/i;
const ALSO_ACCUSED = /\b(?:also|separately|further)\s+(?:\w+\s+)?(?:accused|accuses|alleged|alleges|blamed|blames|charged)\b/i;
// The object of an act charged, owned by the accuser: "(firing water cannon) at two of its vessels".
const OWN_OBJECT_AFTER = /^\s*(?:[\w-]+\s+){0,3}?(?:at|on|against|into)\s+(?:(?:one|two|three|several|some)\s+of\s+)?(?:its|their)\s+(?:[\w-]+\s+)?(?:vessels?|ships?|boats?|aircraft|planes?|patrols?|troops|soldiers|positions|posts|territory|waters|nationals|citizens|fishermen|diplomats?|embassy)\b/;
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
  // Accusations between the same sides are one act however often told, except one said to be another
  // ("Seoul has also accused the North of jamming ..." beside the charge about arms shipments).
  const another = (e: ExtractedEvent) => ALSO_ACCUSED.test(e.evidence.sentence);
  const sameTime = (a: ExtractedEvent, b: ExtractedEvent) =>
    (a.type === 'accuse' && (a.evidence.start === b.evidence.start || (!another(a) && !another(b)))) || a.type === 'reject' || a.status === 'planned' || a.evidence.start === b.evidence.start || (a.type !== 'accuse' && !!a.date === !!b.date) || refers(a) || refers(b);
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
    // A rejection found from its verb ("dismissing the criticism from X") and the denial of an allegation in
    // the same sentence by the same source are one act.
    const sharesSource = (o: ExtractedEvent) => o.participants.some((p) => p.role === 'source' && e.participants.some((q) => q.role === 'source' && q.actorKey === p.actorKey));
    // "The leaders also agreed to raise trade ...": another agreement than the treaty told before.
    const alsoAgreed = (o: ExtractedEvent) => o.type === 'agree' && o.evidence.start !== e.evidence.start && (ALSO_AGREED.test(o.evidence.sentence) || ALSO_AGREED.test(e.evidence.sentence));
    const twin = out.find((o) => o.type === e.type && !alsoAgreed(o) && (o.status === e.status || sameSentenceReject(o)) && datesCompatible(o.date, e.date) && sameTime(o, e) && !placeClash(o, e) && ((!dayVsUndated(o, e) && (covers(o, e) || covers(e, o))) || oneVoice(o, e) || (sameSentenceReject(o) && sharesSource(o))));
    if (!twin) {
      out.push(e);
      continue;
    }
    for (const p of e.participants) if (!twin.participants.some((q) => q.actorKey === p.actorKey)) twin.participants.push(p);
    if (twin.status !== e.status && e.status === 'occurred') twin.status = 'occurred';
    // A date guessed from the report's day does not refine one the text gives ("wrapped up three days of negotiations").
    const keep = !!twin.date && guessedDate.has(e) && !guessedDate.has(twin);
    if (!twin.date || (e.date && e.date.value.length > twin.date.value.length && !keep)) twin.date = e.date;
    twin.location ??= e.location;
    twin.mode ??= e.mode;
  }
  return out;
}
