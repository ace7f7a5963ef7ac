// Group actors named by what they are rather than by a name: a junta that acts for its state, and a
// crowd that demonstrates.
import { addMention, ensureActor, isPossessiveTok, lowerAt, type SentenceScope } from './context.js';

const CROWD = /^(?:protesters|protestors|demonstrators|students|activists|crowds?|mourners|supporters|residents|villagers)$/;
/** Whether a group actor is a crowd found by CROWD (a demonstration's source), not an armed group or junta. */
export const isCrowdKey = (key: string) => CROWD.test(key.replace(/^group:/, '').replace(/-[a-z]{3}$/, ''));
const CROWD_ACTS = /^[^.;]{0,100}?\b(?:rallied|rallies|rallying|demonstrated|demonstrating|marched|marching|gathered|protested|took to the streets|staged|chanted|chanting|stormed|burned|burning)\b/;

/** A junta is a group that acts for its state: "the junta", "coup leaders", "Niger's military authorities". */
export function readJunta(sc: SentenceScope, i: number): number | null {
  const { ctx: { text, gaz, mentions, actors }, toks, covered, local } = sc;
  const lw = lowerAt(toks, i);
  const juntaLen = lw === 'junta' || lw === 'putschists' ? 1 : (lw === 'coup' && /^(?:leaders|plotters)$/.test(toks[i + 1]?.text ?? '')) || (lw === 'military' && /^(?:authorities|rulers|regime|government)$/.test(toks[i + 1]?.text ?? '')) ? 2 : 0;
  if (!juntaLen) return null;
  let k = i - 1;
  if (isPossessiveTok(toks[k])) k--;
  const owner = k >= 0 ? covered[k] : null;
  const ownerState = owner?.key?.startsWith('state:') ? owner.key.slice(6) : null;
  // Without an owner, the state the story last named: coup stories name the country first.
  const lastState = () => [...mentions, ...local].filter((m) => m.key?.startsWith('state:') && !m.isLocation && m.end <= toks[i]!.start).pop()?.key?.slice(6) ?? null;
  // ("Niger's military government accused ...": a state's government, military or not, acts as the state, unless the
  // story already speaks of its junta.)
  if (ownerState && lw === 'military' && !actors.has(`group:junta-${ownerState.toLowerCase()}`) && ensureActor(sc.ctx, `state:${ownerState}`, null)) {
    if (owner) owner.inTitle = true;
    addMention(sc, i, i + juntaLen, 'description', `state:${ownerState}`);
    return i + juntaLen - 1;
  }
  const country = ownerState ?? [...actors.values()].find((a) => a.key.startsWith('group:junta-'))?.country ?? lastState();
  if (country) {
    const key = `group:junta-${country.toLowerCase()}`;
    const st = gaz.states.get(country);
    if (!actors.has(key)) actors.set(key, { key, name: `${st?.name ?? country} junta`, kind: 'group', country, role: null, seedRole: null, gender: null, aliases: new Set(), nameTokens: [] });
    actors.get(key)!.aliases.add(text.slice(toks[i]!.start, toks[i + juntaLen - 1]!.end));
    if (owner && ownerState) owner.inTitle = true;
    addMention(sc, i, i + juntaLen, 'description', key);
    return i + juntaLen - 1;
  }
  return null;
}

/** A crowd that demonstrates is a group actor: "Several hundred protesters gathered outside ...". */
export function readCrowd(sc: SentenceScope, i: number): number | null {
  const { ctx: { text, actors, datelineCountry }, s, toks, covered } = sc;
  const lw = lowerAt(toks, i);
  if (!(CROWD.test(lw) && CROWD_ACTS.test(text.slice(toks[i]!.end, s.end)))) return null;
  let k = i - 1;
  while (k >= 0 && !covered[k] && /^(?:[a-z-]+|\d[\d,]*)$/.test(toks[k]!.text) && !CROWD.test(toks[k]!.text) && k > i - 4) k--;
  const owner = k >= 0 ? covered[k] : null;
  // Without a demonym, a crowd in a datelined story is the dateline state's people.
  const country = owner?.type === 'demonym' && owner.key?.startsWith('state:') ? owner.key.slice(6) : datelineCountry;
  const key = `group:${lw}${country ? `-${country.toLowerCase()}` : ''}`;
  if (!actors.has(key)) actors.set(key, { key, name: lw, kind: 'group', country, role: null, seedRole: null, gender: null, aliases: new Set(), nameTokens: [] });
  if (country && owner) {
    actors.get(key)!.aliases.add(text.slice(owner.start, toks[i]!.end));
    owner.inTitle = true;
  }
  // "supporters of the government", "residents of Amadiya": the phrase after "of" says whose, and is no party.
  let end = i + 1;
  if (toks[end]?.text === 'of') {
    end++;
    if (toks[end]?.text === 'the') end++;
    const cov = covered[end];
    if (cov) end = toks.findIndex((t) => t.start >= cov.end);
    else if (/^[\p{L}-]+$/u.test(toks[end]?.text ?? '')) end++;
    if (end < 0) end = toks.length;
    actors.get(key)!.aliases.add(text.slice(toks[i]!.start, toks[end - 1]!.end));
  }
  for (let q = i + 1; q < end; q++) if (covered[q]) covered[q]!.inTitle = true;
  addMention(sc, i, end, 'description', key);
  return end - 1;
}
