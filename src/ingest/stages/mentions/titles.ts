// Titles and appositions: the office a person is introduced with ("Foreign Ministry spokeswoman Mao
// Ning", "Ana Ruiz, the ministry spokeswoman,"), its owner state, and whether a description
// ("the minister", "the two leaders") fits a person's role.
import { tokenize } from '../../text.js';
import { isPossessiveTok, persons, type SentenceScope } from './context.js';
import { FIELD_MODS, isNameStart, NOT_NAME, PORTFOLIO_WORDS, ROLE_HEADS, ROLE_MODS, TITLE_CONNECTORS } from './names.js';
import type { ActorDraft, Mention } from './types.js';

// Relational titles say little about the office; a curated role is better.
export const WEAK_ROLES = /^(?:counterpart|diplomat|top diplomat|official|leader|head)$/i;

/** A role from the text replaces none, or a relational one ("counterpart") when it names an office. */
export function adoptRole(a: ActorDraft, written: string | null): void {
  // ("His Excellency Prime Minister X": the honorific is no part of the office.)
  const role = written?.replace(/^Excellency\s+/, '') || null;
  if (role && (!a.role || (WEAK_ROLES.test(a.role) && !WEAK_ROLES.test(role)))) a.role = role;
}

/** A title before a name: where it starts, the role it gives, the state it names; head is false when there is none. */
export interface Title {
  start: number;
  role: string | null;
  country: string | null;
  head: boolean;
  /** The office is a stateless body's ("WFP Deputy Executive Director"): its holder serves no state. */
  ofBody?: boolean;
}

/** An apposition after a name (", the ministry spokeswoman,"). */
export interface Apposition {
  role: string;
  country: string | null;
  head: boolean;
}

/** Titles and appositions of curated persons give their role in this article. */
export function readCuratedPersonsTitles(sc: SentenceScope): void {
  const { ctx: { actors }, toks, covered } = sc;
  for (let i = 0; i < toks.length; i++) {
    const m = covered[i];
    if (!m || m.type !== 'person' || m.start !== toks[i]!.start) continue;
    const j = toks.findIndex((t) => t.start >= m.end);
    const title = scanTitle(sc, i);
    const appos = title.head ? null : scanApposition(sc, j < 0 ? toks.length : j, /\s/.test(m.text));
    const a = m.key ? actors.get(m.key) : undefined;
    const role = title.role ?? appos?.role ?? null;
    if (a) adoptRole(a, role);
    if (title.head) for (let k = title.start; k < i; k++) if (covered[k]) covered[k]!.inTitle = true;
  }
}

/** The title right before a name ("Russia's Foreign Minister"), read backwards from the name's first token. */
export function scanTitle(sc: SentenceScope, runStart: number): Title {
  const { ctx: { text, actors }, toks, covered } = sc;
  // "the strategic affairs minister and Netanyahu's confidant": a title never ends in "and" right before a name.
  if (toks[runStart - 1]?.text.toLowerCase() === 'and') return { start: runStart, role: null, country: null, head: false };
  let k = runStart - 1;
  if (toks[k]?.text === ',') k--;
  let start = runStart;
  let head = false;
  let steps = 0;
  while (k >= 0 && steps++ < 12) {
    const t = toks[k]!;
    const lw = t.text.toLowerCase();
    const cov = covered[k];
    // "an aide to President X": the office right before the name is X's; what comes before "to" is another's.
    if (head && lw === 'to') break;
    // "under outgoing President X": "under" belongs to a title only as "Under Secretary".
    if (lw === 'under' && !/^secretary/i.test(toks[k + 1]?.text ?? '')) break;
    // "India's Permanent Representative, Ambassador X": the office before the rank is the title, and its owner the state.
    if (t.text === ',' && k === runStart - 2 && toks[runStart - 1]?.text === 'Ambassador' && ROLE_HEADS.has(toks[k - 1]?.text.toLowerCase() ?? '')) {
      k--;
      continue;
    }
    if (ROLE_HEADS.has(lw)) head = true;
    // "ambassador in Nairobi, Henrik Vestergaard": a posting after the office belongs to the title.
    const posting = (lw === 'in' && ROLE_HEADS.has(toks[k - 1]?.text.toLowerCase() ?? '') && k + 1 < runStart && !!covered[k + 1]?.place) || (lw === 'at' && covered[k + 1] === null && toks[k + 1]?.text === 'the' && covered[k + 2]?.type === 'org');
    // ("Benin's government spokesman, X": "government" qualifies the office, and the owner before it is the state.)
    // ("Head of the LPRP Central Committee's ...": an acronym before a body's name is part of it.)
    const acronymOfBody = !cov && /^[A-Z]{2,6}$/.test(t.text) && covered[k + 1]?.type === 'org';
    if (ROLE_HEADS.has(lw) || ROLE_MODS.has(lw) || FIELD_MODS.has(t.text) || TITLE_CONNECTORS.has(lw) || posting || isPossessiveTok(t) || acronymOfBody || (head && t.text === 'government') || (cov && cov.type !== 'person' && cov.type !== 'pronoun' && cov.type !== 'description')) {
      start = cov ? toks.findIndex((x) => x.start === cov.start) : k;
      k = start - 1;
      continue;
    }
    // "envoy for the region, Gabriel Escobar", "spokesman for the rebels, X", "special representative for the
    // Transdniestrian settlement process, X": a scope of a few words after the office.
    if (!head && toks[runStart - 1]?.text === ',' && /^[a-z][a-z-]+s?$/.test(t.text)) {
      let m = k - 1;
      while (m > k - 4 && m >= 0 && !/^(?:for|on|the)$/i.test(toks[m]!.text) && (/^[a-z][a-z-]+$/.test(toks[m]!.text) || covered[m]?.type === 'demonym' || (!covered[m] && isNameStart(toks[m]!.text)))) m--;
      const scopeAt = toks[m]?.text.toLowerCase() === 'the' ? m - 1 : m;
      // ("Iran's envoy to the agency, X": an envoy's posting too.)
      const office = toks[scopeAt - 1]?.text.toLowerCase() ?? '';
      if ((/^(?:for|on)$/.test(toks[scopeAt]?.text ?? '') || (toks[scopeAt]?.text === 'to' && /^(?:envoy|ambassador|representative)$/.test(office))) && ROLE_HEADS.has(office)) {
        start = scopeAt;
        k = scopeAt - 1;
        continue;
      }
    }
    // A capitalised portfolio right before a title word ("Unification Minister", "Agriculture Secretary"),
    // or after a connector inside the title ("Minister for the Pacific", "Secretary of Commerce").
    const nextLw = toks[k + 1]?.text.toLowerCase() ?? '';
    const prevLw = toks[k - 1]?.text.toLowerCase() ?? '';
    // ("Commissioner for Political Affairs, Peace and Security": a portfolio listed after "and" or a comma.)
    // (Not after a body's name: "through the World Food Programme, Development Minister X announced".)
    const listedPortfolio = PORTFOLIO_WORDS.has(t.text) && (prevLw === 'and' || (prevLw === ',' && PORTFOLIO_WORDS.has(toks[k - 2]?.text ?? '') && !covered[k - 2])) && isNameStart(toks[k - 2]?.text ?? '');
    // ("Minister of International Relations, X": a portfolio of several words after the connector.)
    let portfolioFrom = k;
    while (portfolioFrom > 0 && PORTFOLIO_WORDS.has(toks[portfolioFrom]!.text) && !covered[portfolioFrom]) portfolioFrom--;
    const longPortfolio = portfolioFrom < k - 1 && /^(?:for|of)$/i.test(toks[portfolioFrom]!.text);
    const afterConnector = prevLw === 'for' || prevLw === 'of' || (prevLw === 'the' && /^(?:for|of)$/i.test(toks[k - 2]?.text ?? '')) || listedPortfolio || longPortfolio;
    if (listedPortfolio && prevLw === ',') {
      start = k - 1;
      k -= 2;
      continue;
    }
    if (!cov && isNameStart(t.text) && !NOT_NAME.has(t.text) && (((ROLE_HEADS.has(nextLw) || ROLE_MODS.has(nextLw)) && k + 1 < runStart) || afterConnector)) {
      start = k;
      k--;
      continue;
    }
    break;
  }
  if (!head) return { start: runStart, role: null, country: null, head: false };
  // Trim what cannot begin a title, then the owner state ("Russia's", "U.S.", "North Korean").
  let country: string | null = null;
  let orgCountry: string | null = null;
  let roleStart = start;
  while (roleStart < runStart) {
    const t = toks[roleStart]!;
    const cov = covered[roleStart];
    if (TITLE_CONNECTORS.has(t.text.toLowerCase()) || isPossessiveTok(t)) roleStart++;
    else if (cov?.key?.startsWith('state:') && cov.type !== 'seat') {
      country ??= cov.key.slice(6);
      roleStart = toks.findIndex((x) => x.start >= cov.end);
    } else break;
  }
  let ofBody = false;
  for (let k2 = roleStart; k2 < runStart; k2++) {
    // ("Head of the LPRP Central Committee's ...": an acronym the story gave before is the body's, of its state.)
    const acronymKey = covered[k2] ? undefined : sc.ctx.acronyms.get(toks[k2]!.text);
    if (acronymKey) orgCountry ??= actors.get(acronymKey)?.country ?? null;
    const cov = covered[k2];
    const prevWord = toks[k2 - 1]?.text.toLowerCase();
    if (cov?.key && prevWord !== 'to' && !(prevWord === 'the' && toks[k2 - 2]?.text.toLowerCase() === 'to')) {
      const c = cov.key.startsWith('state:') ? cov.key.slice(6) : actors.get(cov.key)?.country ?? null;
      if (c) orgCountry ??= c;
      else if (actors.get(cov.key)?.kind === 'organization') ofBody = true;
    }
  }
  let roleEnd = runStart - 1;
  while (roleEnd > roleStart && (toks[roleEnd]!.text === ',' || TITLE_CONNECTORS.has(toks[roleEnd]!.text.toLowerCase()))) roleEnd--;
  if (roleEnd < roleStart) return { start: runStart, role: null, country: null, head: false };
  // A title ends with its office, not with an organisation ("the official Korean Central News
  // Agency, Kim ..." is no title); "Ambassador to the UN" keeps its connector.
  const endCov = covered[roleEnd];
  if (endCov && endCov.key && !endCov.key.startsWith('state:')) {
    let covStart = toks.findIndex((x) => x.start === endCov.start);
    // ("Head of the LPRP Central Committee's Commission for External Relations X": a body owned by one linked to the
    // office is linked too.)
    while (isPossessiveTok(toks[covStart - 1]) && covStart - 2 > roleStart) {
      const ownerCov = covered[covStart - 2];
      covStart = ownerCov ? toks.findIndex((x) => x.start === ownerCov.start) : covStart - 2;
      while (covStart - 1 > roleStart && !covered[covStart - 1] && (isNameStart(toks[covStart - 1]!.text) || /^[A-Z]{2,6}$/.test(toks[covStart - 1]!.text)) && !TITLE_CONNECTORS.has(toks[covStart - 1]!.text.toLowerCase())) covStart--;
    }
    const linked = (w: string | undefined) => TITLE_CONNECTORS.has(w?.toLowerCase() ?? '') || w === 'at';
    if (!linked(toks[covStart - 1]?.text) || toks[covStart - 1]?.text.toLowerCase() === 'the' && !linked(toks[covStart - 2]?.text)) return { start: runStart, role: null, country: null, head: false };
  }
  const role = text.slice(toks[roleStart]!.start, toks[roleEnd]!.end);
  if (!/[A-Za-z]/.test(role) || ![...tokenize(role)].some((t) => ROLE_HEADS.has(t.text.toLowerCase()))) return { start: runStart, role: null, country: null, head: false };
  return { start, role: role.replace(/\b(Ministers|Leaders|Presidents)\b/gi, (w) => w.slice(0, -1)).replace(/,\s*Ambassador$/, ''), country: country ?? orgCountry, head: true, ofBody: ofBody && !country && !orgCountry };
}

/** The office set off by commas right after a name; the actors inside it become part of the title. */
export function scanApposition(sc: SentenceScope, runEnd: number, fullName: boolean): Apposition | null {
  const { ctx: { text }, toks, covered } = sc;
  if (toks[runEnd]?.text !== ',') return null;
  let k = runEnd + 1;
  const article = /^(?:the|a|an)$/i.test(toks[k]?.text ?? '');
  if (article) k++;
  const start = k;
  let head = false;
  let country: string | null = null;
  const inside: Mention[] = [];
  while (k < toks.length && k < start + 14) {
    const t = toks[k]!;
    const lw = t.text.toLowerCase();
    if (t.text === ',' || t.text === '.' || t.text === ';') break;
    const cov = covered[k];
    // "the strategic affairs minister and Netanyahu's closest confidant": what follows "and" is another description.
    // (Not a second office of the same person: "Deputy Prime Minister and Minister of Foreign Affairs of Kazakhstan".)
    // (Nor a portfolio listed after "and": "Under-Secretary-General for Political and Peacebuilding Affairs", "head of the
    // Security and Intelligence Service".)
    const listed = PORTFOLIO_WORDS.has(toks[k + 1]?.text ?? '') || (/^\p{Lu}\p{Ll}/u.test(toks[k + 1]?.text ?? '') && ROLE_MODS.has(toks[k + 1]!.text.toLowerCase()));
    if (head && lw === 'and' && !listed && !(/^\p{Lu}/u.test(toks[k + 1]?.text ?? '') && ROLE_HEADS.has(toks[k + 1]!.text.toLowerCase()))) break;
    if (ROLE_HEADS.has(lw)) head = true;
    if (ROLE_HEADS.has(lw) || ROLE_MODS.has(lw) || TITLE_CONNECTORS.has(lw) || isPossessiveTok(t)) k++;
    // "the strategic affairs minister": a few lower-case words may stand before the office.
    // (Not a time or a clause: ", hours before the presidents ...".)
    // (Nor a participle with its object: "in the village of Banjska, killing an officer".)
    // (Or capitalised ones after a body's possessive: "X, WFP's Regional Director for Eastern Africa, told ...".)
    else if (!head && (/^[a-z][a-z-]+$/.test(t.text) || (/^\p{Lu}[\p{Ll}-]+$/u.test(t.text) && isPossessiveTok(toks[k - 1]) && !cov)) && !NOT_BEFORE_OFFICE.test(t.text) && !(/ing$/.test(t.text) && /^(?:a|an|the|his|her|its|their)$/.test(toks[k + 1]?.text ?? '')) && k - start < 3 && toks.slice(k + 1, k + 4).some((x) => ROLE_HEADS.has(x.text.toLowerCase()))) k++;
    else if (cov && cov.key) {
      if (cov.key.startsWith('state:')) country ??= cov.key.slice(6);
      // "a foreign policy aide to Mammadli": an aide serves the state of the person served.
      else if (cov.type === 'person' && /^(?:to|for)$/i.test(toks[k - 1]?.text ?? '')) country ??= sc.ctx.actors.get(cov.key)?.country ?? null;
      inside.push(cov);
      k = toks.findIndex((x) => x.start >= cov.end);
      if (k < 0) k = toks.length;
    } else if (head && isNameStart(t.text) && !NOT_NAME.has(t.text)) {
      // "an adviser to President Carlos Ruiz": another person's title and name; the role ends before "to".
      const to = toks.slice(start, k).map((x) => x.text.toLowerCase()).lastIndexOf('to');
      // "in Cúcuta, Colombia's Foreign Minister María Fernanda ...": a title running straight into a name
      // is that name's (not "head of the Government Communication Service": a name after a connector).
      if (to <= 0 && ROLE_HEADS.has(toks[k - 1]?.text.toLowerCase() ?? '')) return null;
      // "a foreign policy aide to Mammadli": an aide serves the state of someone already named.
      if (to > 0 && to === k - start - 1) country ??= persons(sc.ctx).find((p) => p.name.split(' ').at(-1) === t.text)?.country ?? null;
      if (to > 0) k = start + to;
      // "head of the Government Communication Service": the body's name completes the office.
      // (Also with a possessive inside: "chairman of the National People's Congress Standing Committee".)
      else while (k < toks.length && (isNameStart(toks[k]!.text) || ((/^(?:of|and|for)$/.test(toks[k]!.text) || isPossessiveTok(toks[k])) && isNameStart(toks[k + 1]?.text ?? '')))) k++;
      break;
    } else if (head && ((lw === 'at' && (article || fullName)) || (article && fullName && /^[a-z]/.test(t.text)))) {
      // "Hana Tesfaye, a researcher at the Horn Institute", "Nick Ross, the minister for EU relations",
      // "Vikram Rao, additional secretary at the ministry": after the office of a full name, what follows only qualifies it.
      while (k > start && TITLE_CONNECTORS.has(toks[k - 1]!.text.toLowerCase())) k--;
      break;
    } else if (head && TITLE_CONNECTORS.has(toks[k - 1]?.text.toLowerCase() ?? '')) {
      // "the coastguard's spokesman for the West Philippine Sea": after the head, a connector may lead
      // to a place the title cannot hold; the role is the part before it.
      while (k > start && TITLE_CONNECTORS.has(toks[k - 1]!.text.toLowerCase())) k--;
      break;
    } else return null;
  }
  if (!head || k === start) return null;
  // Only a real apposition makes the actors in it part of a title.
  for (const m of inside) m.inTitle = true;
  const role = text.slice(toks[start]!.start, toks[k - 1]!.end);
  return { role, country, head };
}

const NOT_BEFORE_OFFICE = /^(?:hours|days|weeks|months|years|minutes|moments|before|after|when|while|as|since|until|shortly|just|only|even|then|where|which|who)$/;

/** Whether a description's head word ("minister", "leader", "envoy") fits a person's role. */
export function descriptionFits(a: ActorDraft, head: string, country: string | null): boolean {
  if (a.kind !== 'person') return false;
  // ("The Slovak diplomat" after "the OSCE's special representative, X": a diplomat of an organisation has no
  // state of record, so the adjective says only where they come from.)
  if (country && a.country !== country && !(head === 'diplomat' && !a.country)) return false;
  const role = `${a.role ?? ''} ${a.seedRole ?? ''}`.toLowerCase();
  // A counterpart holds the office of the one whose counterpart they are: one of "the two ministers" or "the two leaders".
  if ((head === 'leader' || head === 'ministers') && role.trim() === 'counterpart') return true;
  if (head === 'leader') return /leader|president|prime minister|chancellor|premier|king|emir/.test(role);
  // "the two ministers" are ministers of a portfolio, not prime ministers.
  if (head === 'ministers') return role.includes('minister') && !/\bprime minister\s*$/.test(role.trim());
  if (head === 'diplomat' || head === 'counterpart') return true;
  if (head === 'envoy' || head === 'ambassador') return /envoy|ambassador|representative|charg|commissioner|diplomat/.test(role);
  if (head.startsWith('spokes')) return role.includes('spokes');
  // "the sheikh": a person the text called Sheikh, whatever the office.
  if (head === 'sheikh') return [...a.aliases, a.name].some((n) => /^Sheikh\b/.test(n)) || role.includes('sheikh');
  return role.includes(head);
}

/**
 * "Sugiono held talks with his South Korean counterpart Cho Tae-yul": a counterpart holds the office of
 * the person whose counterpart they are, the last one named before in the sentence.
 */
export function inheritCounterpartRoles(mentions: Mention[], actors: Map<string, ActorDraft>, text: string): void {
  for (const m of mentions) {
    const a = m.key ? actors.get(m.key) : undefined;
    if (!a || a.kind !== 'person' || a.role?.toLowerCase() !== 'counterpart' || m.type !== 'person') continue;
    const lead = COUNTERPART_BEFORE.exec(text.slice(Math.max(0, m.start - 60), m.start));
    if (!lead) continue;
    const from = m.start - lead[0].length;
    const owner = mentions.filter((o) => o.sent === m.sent && o.end <= from && o.type === 'person' && o.key !== m.key).pop();
    const role = owner?.key ? actors.get(owner.key)?.role : null;
    if (role && !WEAK_ROLES.test(role)) a.role = role;
  }
}
const COUNTERPART_BEFORE = /\b(?:his|her|their)\s+(?:[\p{L}-]+\s+){0,3}counterpart,?\s+$/u;
