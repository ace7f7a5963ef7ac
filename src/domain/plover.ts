// PLOVER event types, their CAMEO root codes through PLOVER's published
// crosswalk, and the Goldstein cooperation–conflict score of that root
// (from +10, most cooperative, to −10, most conflictual). Tools that speak
// CAMEO can use `cameo_root`; `goldstein` gives relations their balance.
import type { EventType } from '../ingest/types.js';

export interface CameoRoot {
  code: string;
  name: string;
  goldstein: number;
}

export const PLOVER_TO_CAMEO: Record<EventType, CameoRoot> = {
  agree: { code: '03', name: 'Express intent to cooperate', goldstein: 4.0 },
  consult: { code: '04', name: 'Consult', goldstein: 1.0 },
  support: { code: '05', name: 'Engage in diplomatic cooperation', goldstein: 3.5 },
  cooperate: { code: '06', name: 'Engage in material cooperation', goldstein: 6.0 },
  aid: { code: '07', name: 'Provide aid', goldstein: 7.0 },
  concede: { code: '08', name: 'Yield', goldstein: 5.0 },
  retreat: { code: '08', name: 'Yield', goldstein: 5.0 },
  request: { code: '02', name: 'Appeal', goldstein: 3.0 },
  accuse: { code: '11', name: 'Disapprove', goldstein: -2.0 },
  reject: { code: '12', name: 'Reject', goldstein: -4.0 },
  threaten: { code: '13', name: 'Threaten', goldstein: -6.0 },
  protest: { code: '14', name: 'Protest', goldstein: -6.5 },
  mobilize: { code: '15', name: 'Exhibit force posture', goldstein: -7.2 },
  sanction: { code: '16', name: 'Reduce relations', goldstein: -4.0 },
  coerce: { code: '17', name: 'Coerce', goldstein: -7.0 },
  assault: { code: '18', name: 'Assault', goldstein: -9.0 },
};

export function cameoFor(type: string): CameoRoot | null {
  return Object.hasOwn(PLOVER_TO_CAMEO, type) ? PLOVER_TO_CAMEO[type as EventType] : null;
}
