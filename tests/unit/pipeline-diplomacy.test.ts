// End-to-end checks on meetings, calls and summits in articles written for these tests
// (fictional events): split quotes, metonymy, 3+ parties, planned visits, background events.
import { describe, it, expect } from 'vitest';
import { extractArticle } from './helpers.js';

const CALL = `date 2025-02-11

Starmer and Carney discuss trade and Arctic security in phone call

British Prime Minister Keir Starmer spoke by phone with Canadian Prime Minister Mark Carney on Monday, Downing Street said in a statement.

The two leaders agreed to deepen cooperation on critical minerals and Arctic security, according to the statement.

"Canada and Britain have stood together for a very long time," Carney said after the call, "and we intend to keep it that way."

Starmer told reporters in London that he had invited Carney to visit Britain later this year. He said the two countries would also coordinate their support for Ukraine.`;

describe('a phone call reported by Downing Street', () => {
  const x = extractArticle(CALL);

  it('reads "Downing Street" as the British state and keeps it out of the call', () => {
    expect(x.actor('United Kingdom')?.aliases).toContain('Downing Street');
    const [e] = x.eventsOf('consult', 'Keir Starmer', 'Mark Carney');
    expect(e).toMatchObject({ mode: 'phone', status: 'occurred', date: { value: '2025-02-10', precision: 'day' } });
    expect(e!.participants).toHaveLength(2);
  });

  it('dates an agreement reached in the call by the sentence before it', () => {
    const [e] = x.eventsOf('agree', 'Keir Starmer', 'Mark Carney');
    expect(e?.date?.value).toBe('2025-02-10');
  });

  it('joins a quote split around "Carney said" into one direct statement', () => {
    const st = x.said('Mark Carney');
    expect(st).toHaveLength(1);
    expect(st[0]).toMatchObject({ kind: 'direct' });
    expect(st[0]!.text).toMatch(/stood together for a very long time.*keep it that way/);
  });

  it('resolves "He said" to the last speaker and reports both statements as indirect', () => {
    const st = x.said('Keir Starmer');
    expect(st.map((s) => s.kind)).toEqual(['indirect', 'indirect']);
    expect(st[0]!.text).toBe('he had invited Carney to visit Britain later this year');
    expect(st[1]!.text).toMatch(/^the two countries would also coordinate/);
  });
});

const SUMMIT = `date 2024-06-12

Weimar Triangle leaders meet in Paris, pledge more air defence for Ukraine

French President Emmanuel Macron hosted German Chancellor Olaf Scholz and Polish Prime Minister Donald Tusk at the Elysee Palace on Wednesday for talks on European defence.

The three leaders agreed to jointly purchase air defence systems for Ukraine, officials said.

"Europe must be able to defend itself," Macron told a joint news conference. Tusk said that Russia had stepped up sabotage attacks on European infrastructure.

Tusk is due to visit Kyiv next week, his office said.`;

describe('a three-party summit with a planned visit', () => {
  const x = extractArticle(SUMMIT);

  it('makes the host the source and both guests targets', () => {
    const [e] = x.eventsOf('consult', 'Emmanuel Macron', 'Olaf Scholz', 'Donald Tusk');
    expect(e).toMatchObject({ status: 'occurred', date: { value: '2024-06-12' } });
    expect(x.role(e!, 'Emmanuel Macron')).toBe('source');
    expect(x.role(e!, 'Donald Tusk')).toBe('target');
    expect(e!.location?.country).toBe('FRA');
  });

  it('resolves "the three leaders" for the agreement', () => {
    expect(x.eventsOf('agree', 'Emmanuel Macron', 'Olaf Scholz', 'Donald Tusk')).toHaveLength(1);
  });

  it('codes "is due to visit Kyiv next week" as a planned visit to Ukraine', () => {
    const [e] = x.eventsOf('consult', 'Donald Tusk', 'Ukraine');
    expect(e).toMatchObject({ status: 'planned', mode: 'visit', date: { value: '2024-06', precision: 'month' }, location: { name: 'Kyiv' } });
    expect(x.role(e!, 'Ukraine')).toBe('target');
  });

  it('turns reported sabotage into an allegation against Russia, not denied', () => {
    const a = x.allegation('sabotage attacks');
    expect(x.names(a!.accuserKeys)).toEqual(['Donald Tusk']);
    expect(x.names(a!.accusedKeys)).toEqual(['Russia']);
    expect(a!.status).toBe('alleged');
  });

  it('does not make "officials said" a statement of anyone named', () => {
    expect(x.statements.some((s) => /jointly purchase/.test(s.text))).toBe(false);
  });
});

const BORDER = `date 2025-06-03

Brazil, Argentina leaders patch up ties at border summit

Brazilian President Luiz Inacio Lula da Silva and Argentine President Javier Milei met on Tuesday in the border city of Foz do Iguacu, their first meeting since Milei took office.

"We have differences, but our peoples are brothers," Lula said. Milei, speaking after the meeting, said Argentina wanted to "turn the page".

The two presidents agreed to reopen talks on a gas pipeline. Brazil and Argentina signed an energy accord in 2019 that was never implemented.

China, the largest trading partner of both countries, welcomed the meeting. Beijing's foreign ministry spokesperson Mao Ning said that China respected the choices of both nations.`;

describe('a bilateral meeting at an unknown venue', () => {
  const x = extractArticle(BORDER);

  it('takes the venue from "in the border city of ..."', () => {
    const [e] = x.eventsOf('consult', 'Luiz Inacio Lula da Silva', 'Javier Milei');
    expect(e).toMatchObject({ date: { value: '2025-06-03' }, location: { name: 'Foz do Iguacu' } });
  });

  it('keeps today\'s agreement apart from the 2019 accord', () => {
    const today = x.eventsOf('agree', 'Luiz Inacio Lula da Silva', 'Javier Milei');
    expect(today.map((e) => e.date?.value)).toEqual(['2025-06-03']);
    const old = x.eventsOf('agree', 'Brazil', 'Argentina');
    expect(old.map((e) => e.date?.value)).toEqual(['2019']);
  });

  it('gives the speaker of "X, speaking after the meeting, said ..." and no statement to Argentina', () => {
    expect(x.said('Javier Milei')).toEqual([expect.objectContaining({ kind: 'indirect', text: 'Argentina wanted to "turn the page"' })]);
    expect(x.said('Argentina')).toHaveLength(0);
  });

  it('reads the metonym in "Beijing\'s foreign ministry spokesperson"', () => {
    expect(x.actor('Mao Ning')).toMatchObject({ country: 'CHN' });
    expect(x.said('Mao Ning')[0]?.text).toBe('China respected the choices of both nations');
  });
});
