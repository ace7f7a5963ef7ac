// End-to-end checks on wire-style articles written for these tests (fictional events):
// yearless datelines, expulsions, ministries, titled persons without a nationality word.
import { describe, it, expect } from 'vitest';
import { extractArticle } from './helpers.js';

const EXPULSION = `VILNIUS, Nov 14 (Reuters) - Lithuania declared a Belarusian diplomat persona non grata on Thursday, accusing him of collecting information about military sites near the border, the foreign ministry said.

Foreign Minister Kestutis Budrys told reporters that the diplomat had been given five days to leave the country. "We will not allow anyone to abuse diplomatic status on our soil," he said.

Minsk rejected the claims as baseless and said it would respond in kind. "This is yet another unfriendly step by Vilnius," Belarusian Foreign Ministry spokesman Ruslan Varankov said in a statement.

Lithuania expelled two Russian diplomats in September over similar accusations.`;

describe('wire story: an expulsion and its denial', () => {
  const x = extractArticle(EXPULSION, { fallbackDate: '2024-11-20' });

  it('dates the article from the yearless dateline', () => {
    expect(x.publishedAt).toBe('2024-11-14');
  });

  it('gives a titled minister without a nationality word the dateline state', () => {
    expect(x.actor('Kestutis Budrys')).toMatchObject({ kind: 'person', country: 'LTU', role: 'Foreign Minister' });
    expect(x.actor('Ruslan Varankov')).toMatchObject({ country: 'BLR', role: 'Foreign Ministry spokesman' });
  });

  it('codes "declared X persona non grata" as a sanction with the expelled state as target', () => {
    const [e] = x.eventsOf('sanction', 'Lithuania', 'Belarus');
    expect(e).toBeDefined();
    expect(x.role(e!, 'Lithuania')).toBe('source');
    expect(x.role(e!, 'Belarus')).toBe('target');
    expect(e!.date?.value).toBe('2024-11-14');
  });

  it('keeps a background expulsion "in September" as its own event', () => {
    const [e] = x.eventsOf('sanction', 'Lithuania', 'Russia');
    expect(e?.date?.value).toBe('2024-09');
    expect(x.role(e!, 'Russia')).toBe('target');
  });

  it('reads "accusing him of" as an accusation against the diplomat\'s state, denied by Minsk', () => {
    const a = x.allegation('collecting information about military sites');
    expect(a).toBeDefined();
    expect(x.names(a!.accuserKeys)).toEqual(['Lithuania']);
    expect(x.names(a!.accusedKeys)).toEqual(['Belarus']);
    expect(a!.claim).not.toMatch(/ministry said/);
    expect(a!.status).toBe('denied');
    expect(x.names(a!.denials.map((d) => d.actorKey))).toContain('Belarus');
    expect(x.eventsOf('reject', 'Belarus', 'Lithuania')).toHaveLength(1);
  });

  it('attributes quotes before the attribution, and the ministry\'s trailing attribution', () => {
    expect(x.said('Ruslan Varankov')).toEqual([expect.objectContaining({ kind: 'direct', text: 'This is yet another unfriendly step by Vilnius' })]);
    expect(x.said('Kestutis Budrys').map((s) => s.kind).sort()).toEqual(['direct', 'indirect']);
    const ministry = x.said('Lithuanian foreign ministry');
    expect(ministry[0]?.text).toMatch(/^Lithuania declared a Belarusian diplomat persona non grata/);
    // "declared ... persona non grata" is not reported speech of Lithuania.
    expect(x.said('Lithuania')).toHaveLength(0);
  });
});

const MISSILE = `date 2025-03-20

North Korea fires missile after allied talks

SEOUL, March 20 (Yonhap) - North Korea fired a short-range ballistic missile into the sea on Thursday, South Korea's Joint Chiefs of Staff said, a day after Seoul and Washington held defence talks.

In a statement carried by the official Korean Central News Agency, North Korean Defence Minister No Kwang Chol accused the United States of rehearsing a nuclear war against Pyongyang.

Unification Minister Kim Yung-ho told reporters in Seoul that the launch was a "clear provocation". He urged Pyongyang to return to dialogue.

Analysts said the North could conduct a nuclear test within months. A Pentagon spokesman declined to say whether Washington would send more ships to the region.`;

describe('wire story: news agency, unnamed nationalities, non-statements', () => {
  const x = extractArticle(MISSILE);

  it('does not let a title swallow the news agency before the name', () => {
    expect(x.actor('No Kwang Chol')).toMatchObject({ country: 'PRK', role: 'Defence Minister' });
    expect(x.actor('Korean Central News Agency')?.kind).toBe('organization');
  });

  it('keeps a capitalised portfolio in the title and takes the country from the dateline', () => {
    expect(x.actor('Kim Yung-ho')).toMatchObject({ country: 'KOR', role: 'Unification Minister' });
  });

  it('recognises "Joint Chiefs of Staff" as the speaker organisation of its state', () => {
    expect(x.actor('Joint Chiefs of Staff')).toMatchObject({ kind: 'organization', country: 'KOR' });
    expect(x.said('Joint Chiefs of Staff')[0]?.text).toMatch(/^North Korea fired a short-range ballistic missile/);
  });

  it('finds the accusation carried by the agency', () => {
    const a = x.allegation('rehearsing a nuclear war');
    expect(x.names(a!.accusedKeys)).toEqual(['United States']);
    expect(x.eventsOf('accuse', 'No Kwang Chol', 'United States')).toHaveLength(1);
  });

  it('makes no statement of analysts, of "declined to say whether", nor an empty one', () => {
    expect(x.statements.every((s) => s.text.split(' ').length >= 3)).toBe(true);
    expect(x.statements.some((s) => /nuclear test|more ships/.test(s.text))).toBe(false);
    expect(x.said('Kim Yung-ho')).toEqual([expect.objectContaining({ kind: 'indirect', text: 'the launch was a "clear provocation"' })]);
  });

  it('codes the request with the pronoun resolved to the minister', () => {
    const [e] = x.eventsOf('request', 'Kim Yung-ho', 'North Korea');
    expect(e?.date?.value).toBe('2025-03-20');
  });
});

const VISIT = `date 2024-11-07

Indonesian foreign minister visits Tokyo, discusses maritime security

TOKYO (Kyodo) - Indonesian Foreign Minister Sugiono held talks with Japanese Foreign Minister Takeshi Iwaya in Tokyo on Thursday, Japan's Ministry of Foreign Affairs said.

Iwaya said: "Indonesia is an indispensable partner for a free and open Indo-Pacific."

Sugiono was received by Prime Minister Shigeru Ishiba later in the day. He is due to travel to Beijing on Saturday.

The two countries held a three-day maritime dialogue in Jakarta last month, which ended with an agreement on coast guard training.`;

describe('wire story: a visit, a reception and a planned trip', () => {
  const x = extractArticle(VISIT);

  it('knows single-name persons by their title and ministries by "Ministry of ..."', () => {
    expect(x.actor('Sugiono')).toMatchObject({ kind: 'person', country: 'IDN', role: 'Foreign Minister' });
    expect(x.actor('Japanese foreign ministry')).toMatchObject({ kind: 'organization', country: 'JPN' });
  });

  it('keeps the reporting ministry out of the talks', () => {
    const [e] = x.eventsOf('consult', 'Sugiono', 'Takeshi Iwaya');
    expect(e).toMatchObject({ status: 'occurred', location: { name: 'Tokyo', country: 'JPN' } });
    expect(e!.date?.value).toBe('2024-11-07');
    expect(e!.participants).toHaveLength(2);
  });

  it('reads "was received by" as a visit hosted by the prime minister', () => {
    const [e] = x.eventsOf('consult', 'Shigeru Ishiba', 'Sugiono');
    expect(x.role(e!, 'Shigeru Ishiba')).toBe('source');
    expect(x.role(e!, 'Sugiono')).toBe('target');
  });

  it('makes the state of a planned destination the host, and lists it among the actors', () => {
    const [e] = x.eventsOf('consult', 'Sugiono', 'China');
    expect(e).toMatchObject({ status: 'planned', mode: 'visit', date: { value: '2024-11-09', precision: 'day' } });
    expect(x.actor('China')?.kind).toBe('state');
  });

  it('dates a background "held a dialogue last month" to the month', () => {
    const [e] = x.eventsOf('consult', 'Indonesia', 'Japan');
    expect(e).toMatchObject({ date: { value: '2024-10', precision: 'month' }, location: { name: 'Jakarta', country: 'IDN' } });
  });

  it('takes a colon-introduced quote as a direct statement', () => {
    expect(x.said('Takeshi Iwaya')[0]?.kind).toBe('direct');
  });
});

describe('wire story filed from a town the gazetteer does not know', () => {
  const doc = extractArticle('TALCA, Chile — Border officials of Chile and Peru met on Monday to discuss smuggling. Peru\'s delegation was led by Vice Minister Luis Soto. The opposition Frente Sur bloc accused the government of hiding the talks from Congress.', { publishedAt: '2025-03-04' });
  it('"TALCA, Chile —" makes Chile the story\'s state, so "the government" is Chile\'s', () => {
    expect(doc.allegations.map((a) => doc.names(a.accusedKeys))).toEqual([['Chile']]);
  });
  it('and places the day\'s meeting in Talca, in Chile', () => {
    expect(doc.events.find((e) => e.type === 'consult')?.location).toEqual({ name: 'Talca', country: 'CHL' });
  });
});
