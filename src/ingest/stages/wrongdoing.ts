// The wrongs a reported clause may charge someone with: "the ministry said Armenia had shelled villages" is an
// allegation because "shelled" is one of them. Grouped by kind so a new wrong has an obvious place; each entry is
// a regular-expression source, matched case-insensitively between word boundaries.

/** Breaking a rule, a law, an agreement or a promise. */
const BREACHES = [
  String.raw`violat\w*`,
  String.raw`illegal\w*`,
  String.raw`unlawful\w*`,
  // "had been using front companies ... to evade sanctions".
  String.raw`(?:front|shell)\s+compan(?:y|ies)|(?:evad\w*|circumvent\w*|dodg\w*|bypass\w*)\s+(?:the\s+|international\s+|UN\s+|US\s+|Western\s+)?sanctions`,
  'illicit',
  'without permission',
  'in breach',
  String.raw`breach(?:ed|es|ing)\s+(?:the\s+|its\s+|their\s+)?(?:[\w-]+\s+){0,3}(?:rules|agreement|treaty|ceasefire|truce|accord|law|sovereignty|commitments?|obligations?|resolutions?)`,
  'refused to',
  'undeclared',
  // "had abused its diplomatic immunity", "abusing his position".
  String.raw`abus(?:e|ed|es|ing)\b[^.]{0,30}\b(?:immunit\w+|power|position|privileges|asylum|trust)`,
  // ("said Kabul had 'failed to act' against militants": neglect charged is a wrong too.)
  String.raw`failed to (?:act|stop|prevent|curb|rein in|take action|crack down|protect)\b`,
  // "had broken its promise to tow the ship away", "reneged on its commitments".
  String.raw`(?:broken|broke|breaking|reneged on|reneging on|went back on|going back on)\s+(?:its|their|his|her|a|the|every)\s+(?:[\w-]+\s+)?(?:promises?|pledges?|commitments?|word)\b`,
  // "tried to rig the presidential election", "a vote the opposition says was rigged".
  String.raw`rigg(?:ed|ing)\b|\brig\s+(?:the\s+)?(?:[\w-]+\s+)?(?:elections?|votes?|polls?|ballots?)\b`,
  // "a scheme to sway November's parliamentary election", "tried to manipulate the vote".
  String.raw`(?:sway|swaying|manipulat\w*|tilt|tilting)\s+(?:the\s+|an?\s+|[\w-]+['’]s?\s+)?(?:[\w-]+\s+)?(?:elections?|votes?|polls?|ballots?|referendum)\b`,
];

/** Spying, covert influence and lies. */
const COVERT = [
  'espionage',
  'spying',
  'spies',
  'sabotage',
  'subversive',
  'disinformation',
  'propaganda',
  String.raw`(?<!non-)interfer\w*`,
  String.raw`meddl\w*`,
  String.raw`cyberattacks?`,
  String.raw`hack\w*`,
  // "said North Korean hackers had stolen blueprints": theft of secrets, money or data.
  String.raw`(?:steal\w*|stole|stolen|theft)\b`,
  'intelligence officer',
  'under diplomatic cover',
  String.raw`working for\b[^.]{0,30}\b(?:intelligence|KGB|GRU|FSB|SVR|MSS)`,
  String.raw`(?:collect\w*|gather\w*)\s+(?:[\w-]+\s+){0,2}(?:information|intelligence|data)\s+(?:on|about|from)\b`,
  // "had spread false reports about a mining company", "peddling fake news".
  String.raw`(?:spread\w*|peddl\w*|plant\w*)\s+(?:[\w-]+\s+){0,2}(?:false|fake|fabricated|misleading)\s+(?:reports?|news|stories|claims|information|narratives?)\b`,
  String.raw`recruit\w*\b[^.]{0,60}\b(?:informants|agents|spies)`,
  String.raw`(?:tried|attempted|sought)\s+to\s+recruit\b`,
  // "had uncovered a spy cell", "sent agents to spy on exiles".
  String.raw`spy\s+(?:cells?|rings?|networks?)\b|\bspy\s+on\b|\bspied\b`,
  String.raw`photograph\w*\s+(?:[\w-]+\s+){0,2}(?:military|sensitive|restricted|defen[cs]e)\s+(?:sites?|facilities|installations?|infrastructure|bases?)`,
  'inventing',
  'fabricating',
  // ("said he had acted on orders from Iran's intelligence ministry": the one who gave the orders is charged.)
  String.raw`(?:acted|acting|worked|working)\s+on\s+(?:the\s+)?(?:orders|instructions)\s+(?:from|of)\b`,
  String.raw`orchestrat\w+`,
  String.raw`mastermind\w*`,
];

/** Pressure short of force: provocation, coercion, bribes, persecution. */
const PRESSURE = [
  'aggression',
  String.raw`suppress\w*`,
  String.raw`coerc\w*`,
  String.raw`destabili[sz]\w*`,
  String.raw`provocat\w+`,
  String.raw`\bunprovoked\b`,
  String.raw`provok\w*`,
  String.raw`stag(?:ed|ing)\s+(?:[\w-]+\s+)?(?:incidents|provocations)\b`,
  'lured',
  String.raw`brib\w+`,
  String.raw`blackmail\w*`,
  String.raw`extort\w*`,
  String.raw`intimidat\w*`,
  String.raw`persecut\w*`,
  String.raw`harass\w*`,
  String.raw`instrumentali[sz]\w*`,
  String.raw`weaponi[sz]\w*`,
  // "had deliberately dragged its anchor": intent charged is a wrong.
  String.raw`deliberately\s+\w+ed\b`,
  // A side's own protest names the wrong it protests: "conveyed its objection to road building by Indian authorities".
  String.raw`(?:objection|protest)s?\s+(?:to|over|against)\b`,
  // "were blocking aid convoys", "blocked the return of displaced families".
  String.raw`block(?:ed|ing|s)?\s+(?:the\s+)?(?:[\w-]+\s+){0,2}(?:aid|convoys?|humanitarian access|deliveries|return of)\b`,
];

/** Arming or sheltering another's fighters. */
const COMPLICITY = [
  String.raw`harbou?r\w*`,
  String.raw`smuggl\w*`,
  'lethal support',
  'material support',
  String.raw`(?:supply\w*|supplied|providing|provided|deliver\w*|buying|bought|purchas\w*|sending|sent|shipping)\b[^.]{0,60}\b(?:weapons|arms|drones|munitions|missiles|ammunition|shells)`,
  String.raw`used\b[^.]{0,30}\b(?:missiles|drones|weapons)`,
  String.raw`helping\b[^.]{0,40}\bwar`,
  String.raw`help(?:ed|ing)?\b[^.]{0,40}\b(?:rebuild|arms industry|war effort)`,
  String.raw`(?:concerns?|worr\w+)\s+about\b[^.]{0,40}\bsupport for`,
  'personnel were in',
  'troops were in',
  String.raw`(?:allowed|allowing|let|permitted|permitting)\b[^.]{0,60}\bto\s+(?:operate|use\s+its|be used|launch|stage|train)\b`,
  String.raw`(?:troops|soldiers|forces|fighters)\s+(?:were|are|had been|have been)\s+(?:operating|fighting|deployed|stationed)\s+(?:inside|in|alongside)`,
  'fighting alongside',
  'fought alongside',
  String.raw`safe havens? for\b`,
  String.raw`bankroll\w*`,
  String.raw`received\s+(?:weapons|arms|training|funding|money)\b[^.]{0,40}\bfrom`,
  // "continued to shelter the organisers of the attack", "by sheltering a fugitive".
  String.raw`shelter(?:ed|ing|s)?\s+(?:[\w-]+\s+){0,3}(?:fugitives?|organi[sz]ers|terrorists|militants|criminals|rebels|suspects|perpetrators)\b`,
  String.raw`support\w*\s+(?:[\w-]+\s+)?criminal\b`,
];

/** Force: strikes, killings, seizures, arson. */
const VIOLENCE = [
  String.raw`terroris\w+`,
  String.raw`(?:targeted|extrajudicial|political)\s+killings?`,
  'genocide',
  String.raw`war crimes?`,
  String.raw`atrocit\w+`,
  String.raw`tortur\w+`,
  String.raw`\bfiring\b[^.]{0,60}\bon\s+(?:villages|civilians?|civilian areas|homes|residential areas)`,
  'inflict',
  // "said X had launched 300 drones at its cities", "had shelled", "had jammed GPS signals", "had seized a tanker",
  // "had abducted a dissident", "had mined the perimeter".
  String.raw`(?:launch\w*|fir(?:ed|ing))\b[^.]{0,50}\b(?:missiles|drones|rockets|shells)\s+(?:at|on|against|into)`,
  String.raw`(?:attacked|shelled|bombed)`,
  String.raw`jamm\w+`,
  'shot down',
  String.raw`(?:had|have|has)\s+mined`,
  String.raw`seiz(?:ed|ing)`,
  String.raw`abduct\w*`,
  String.raw`kidnapp?\w*`,
  String.raw`assassinat\w*`,
  String.raw`poison\w*`,
  'incendiary',
  String.raw`arson\w*`,
  'set fire to',
  'set on fire',
  String.raw`torch(?:ed|ing)`,
  String.raw`firebomb\w*`,
  'explosive devices',
  'opened fire',
  // "said Pakistani troops fired first": who started the clash.
  String.raw`(?:fired|opened fire|shot|attacked)\s+first\b|fired the first shots?`,
  'fired on',
  'shot at',
  String.raw`fir(?:ed|ing)\b[^.]{0,60}\b(?:at|on)\s+(?:[\w-]+\s+){0,2}(?:positions|posts|villages|civilians|troops|soldiers|vessels|ships|boats|territory)\b`,
  String.raw`threatened\s+(?:the|its|their|our)\s+(?:[\w-]+\s+)?(?:ships|vessels|crews?|fishermen|boats|troops|soldiers)\b`,
  // Harm to people in custody or at a border: "had beaten and robbed traders", "confiscated their catch", "pointed
  // rifles at them", "threatened to sink the boat", "mistreated", "degrading treatment".
  String.raw`beat(?:en|ing)\b(?!\s+(?:the\s+)?(?:odds|expectations|forecasts|estimates|record))`,
  String.raw`robb(?:ed|ing)\b`,
  String.raw`confiscat\w*`,
  String.raw`pointed\s+(?:[\w-]+\s+)?(?:rifles|guns|weapons|firearms|pistols)\s+at\b`,
  String.raw`threatened\s+to\s+(?:sink|shoot|kill|attack|arrest|ram|seize|open fire)\b`,
  String.raw`mistreat\w*|ill-treat\w*|(?:degrading|inhumane?|cruel)\s+treatment\b`,
  // Hostage-taking: "was still holding 19 prisoners on fabricated charges", "held as a pawn", "wrongfully detained".
  String.raw`(?:held|holding|hold|holds|taken|took|keeping|kept)\s+(?:[\w-]+\s+){0,4}?(?:hostages?\b|as\s+(?:a\s+)?(?:pawns?|bargaining chips?)\b)`,
  'hostage diplomacy',
  String.raw`(?:wrongful(?:ly)?|arbitrar(?:y|ily)|unlawful(?:ly)?)\s+detain\w*`,
  String.raw`(?:fabricated|trumped-up|bogus|politically motivated)\s+charges\b`,
];

/** Unsafe moves at sea and in the air, incursions, pushbacks. */
const INCURSIONS = [
  String.raw`(?:dangerous|aggressive|unsafe|unprofessional|provocative|abnormal|reckless)\s+(?:and\s+\w+\s+)?(?:manoeuvres?|maneuvers?|actions|behaviou?r|approach|intercepts?|interceptions?)`,
  String.raw`dangerously\s+(?:approached|intercepted|close)`,
  String.raw`(?:deliberately\s+)?ramm(?:ed|ing)`,
  String.raw`(?:sailed|intruded|strayed|crossed)\s+into\s+(?:[\w-]+\s+){0,2}(?:waters|airspace|territory)\b`,
  String.raw`(?:entered|intruded into|strayed into)\s+(?:\w+['’]s\s+)?(?:[\w-]+\s+){0,3}(?:waters|airspace|territory|exclusive economic zone|EEZ)`,
  // "had set up a camp two kilometres inside Guyanese territory": an outpost on another's ground.
  String.raw`(?:set up|put up|built|erected|established)\s+(?:a\s+|an\s+)?(?:[\w-]+\s+)?(?:camp|post|outpost|base|checkpoint)\b[^.]{0,60}\b(?:inside|on)\s+(?:[\w-]+\s+){0,3}(?:territory|soil|land)`,
  // "towed an overcrowded dinghy back towards Turkish waters", "pushbacks": migrants driven back at sea.
  String.raw`push(?:ed|ing)?\s+back\s+(?:[\w-]+\s+){0,3}(?:migrants|asylum seekers|refugees|boats?|dinghy|dinghies)`,
  String.raw`pushbacks?`,
  String.raw`towed\s+(?:[\w-]+\s+){0,8}back\s+(?:towards|to|into)`,
];

/** Every wrong a clause names, in order (global: read it with matchAll); their text and place decide who is charged. */
export const WRONGDOING = new RegExp(String.raw`\b(?:${[...BREACHES, ...COVERT, ...PRESSURE, ...COMPLICITY, ...VIOLENCE, ...INCURSIONS].join('|')})\b`, 'gi');
