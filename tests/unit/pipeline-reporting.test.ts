// Broad attribution, accusation and denial patterns from other outlets' styles, checked on short
// fictional articles written for these tests.
import { describe, it, expect } from 'vitest';
import { extractArticle } from './helpers.js';

const SHOAL = `date 2025-03-04

Vessels collide near disputed reef

MANILA - A Philippine patrol boat and a Chinese ship collided near a disputed reef on Tuesday, Manila said.

"This dangerous manoeuvre put our sailors at risk," Commodore Ramon Dizon, the navy's spokesman for the northern command, said in a statement. He added that the patrol boat had returned to port safely.

In Beijing, foreign ministry spokesman Lin Jian denied that the Chinese ship had caused the collision, telling a press briefing that the Philippine side had deliberately provoked the encounter.`;

describe('participle attribution and a counter-accusation inside a denial', () => {
  const x = extractArticle(SHOAL);

  it('finds a titled person whose apposition ends in a place ("spokesman for the northern command")', () => {
    expect(x.said('Ramon Dizon').map((s) => s.kind)).toEqual(['direct', 'indirect']);
  });

  it('reads ", telling a press briefing that Y had provoked ..." as a claim by the same speaker', () => {
    const a = x.allegation('deliberately provoked');
    expect(a).toBeDefined();
    expect(x.names(a!.accuserKeys)).toContain('Lin Jian');
    expect(x.names(a!.accusedKeys)).toContain('Philippines');
  });
});

const ENVOYS = `date 2025-05-20

Council deadlocks over dam strike

NEW YORK - The Security Council failed on Tuesday to agree a statement on a strike on a dam in southern Ukraine.

Russian envoy Vassily Nebenzia said Ukrainian drones had hit the dam. Ukraine's envoy, Sergiy Kyslytsya, rejected the claim as invented, telling the council that Russian troops had mined the dam's spillway.

A diplomatic source said no new meeting had been scheduled.`;

describe('"telling the council that" and anonymous sources', () => {
  const x = extractArticle(ENVOYS);

  it('attributes the participle clause with a recipient to the sentence subject', () => {
    expect(x.said('Sergiy Kyslytsya').some((s) => s.text.includes('mined the dam'))).toBe(true);
  });

  it('reads "had mined" in reported speech as an allegation against the other side', () => {
    const a = x.allegation('mined the dam');
    expect(x.names(a?.accusedKeys ?? [])).toContain('Russia');
  });

  it('takes no statement from an anonymous source', () => {
    expect(x.statements.some((s) => s.text.includes("No new meeting"))).toBe(false);
  });
});

const DRONES = `date 2025-01-14

Kyiv says Tehran still arming Moscow

KYIV - Ukraine on Tuesday accused Iran of shipping hundreds of attack drones to Russia since the summer.

Iran denies sending any weapons for use in the conflict.

Hours later, North Korea's foreign ministry issued a statement on an unrelated drill, dismissing the criticism from Seoul as "hysterical".`;

describe('denials of the act itself', () => {
  const x = extractArticle(DRONES);

  it('reads "Iran denies sending ..." as a denial of the charge just made', () => {
    const a = x.allegation('shipping hundreds of attack drones');
    expect(a?.status).toBe('denied');
    expect(x.names(a!.denials.map((d) => d.actorKey))).toContain('Iran');
  });
});

const CRITICISM = `date 2025-06-02

Tokyo condemns missile launch

TOKYO - Japan's defence minister Gen Nakatani accused North Korea of violating U.N. resolutions with a missile launch on Monday.

Hours later, North Korea's foreign ministry issued a statement dismissing the criticism from Tokyo as "hysterical".`;

describe('a participle denial of criticism', () => {
  const x = extractArticle(CRITICISM);

  it('reads "dismissing the criticism from X" as the accused denying the charge', () => {
    const a = x.allegation('violating U.N. resolutions');
    expect(a?.status).toBe('denied');
  });
});

const SUMMIT = `date 2025-07-09

Gulf leaders meet on Yemen

RIYADH - Leaders of Saudi Arabia, Oman and Qatar met in Riyadh on Wednesday.

In a joint declaration, the three leaders called on the Houthis and the Yemeni government to agree to a truce, warning that the war threatened "the stability of the region."`;

describe('appeals are not reported speech', () => {
  const x = extractArticle(SUMMIT);

  it('takes no statement from "called on X to ..." or its participle with an object before it', () => {
    expect(x.statements.some((s) => s.text.includes('truce') || s.text.includes('stability of the region'))).toBe(false);
  });
});

const VISIT = `date 2025-10-07

Maldives leader visits India

NEW DELHI - Maldivian President Mohamed Muizzu met Indian Prime Minister Narendra Modi in New Delhi on Tuesday.

The Maldivian leader thanked New Delhi for its help and said the Maldives would never act against India's interests.`;

describe('a description resolved through a demonym', () => {
  const x = extractArticle(VISIT);

  it('resolves "the Maldivian leader said" to the named president', () => {
    expect(x.said('Mohamed Muizzu').some((s) => s.text.includes('never act against'))).toBe(true);
  });
});
