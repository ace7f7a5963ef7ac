// Wider trigger lexicons and attribution forms, checked on sentences written for these tests
// (fictional events): promised aid in any currency, "backed" as support, denials that negate the
// act they govern, participles of saying, "the North" on the Korean peninsula, reported strikes,
// relative-object accusations and coordinated pronoun clauses.
import { describe, it, expect } from 'vitest';
import { extractText } from './helpers.js';

const types = (x: ReturnType<typeof extractText>, type: string) =>
  x.events.filter((e) => e.type === type).map((e) => e.participants.map((p) => `${x.name(p.actorKey)}:${p.role}`));

describe('aid: promises and pledges in any currency', () => {
  it('codes "promised X a further £40m of aid" and "pledged €2bn in military support" as aid', () => {
    const x = extractText('Japan has promised Poland a further £40m of humanitarian aid. Canada pledged €2bn in military support for Ukraine.');
    expect(types(x, 'aid')).toEqual([['Japan:source', 'Poland:target'], ['Canada:source', 'Ukraine:target']]);
  });
  it('does not code a denied supply as aid ("denies sending weapons")', () => {
    const x = extractText('Belgium denies sending any weapons to Russia.');
    expect(types(x, 'aid')).toEqual([]);
  });
});

describe('support: backing another side', () => {
  it('codes "backed X\'s bid" as support, but not "Y-backed" or "backed by"', () => {
    expect(types(extractText("Sweden backed Finland's bid for the presidency in May."), 'support')).toEqual([['Sweden:source', 'Finland:target']]);
    expect(types(extractText('Estonia was backed by Latvia in the vote.'), 'support')).toEqual([]);
  });
});

describe('statements: participles of saying', () => {
  it('attributes "writing on X that", "insisting that" and "warning that" to the sentence subject', () => {
    const x = extractText('Chancellor Olaf Scholz thanked Emmanuel Macron for the offer, writing on X that the two men had agreed to "keep working together". Hungary has rejected the accusations, insisting that its border checks are lawful. Poland announced new tariffs on Monday, warning that Belarus would face further steps.');
    expect(x.statements.map((s) => [x.name(s.speakerKey), s.text])).toEqual([
      ['Olaf Scholz', 'the two men had agreed to "keep working together"'],
      ['Hungary', 'its border checks are lawful'],
      ['Poland', 'Belarus would face further steps'],
    ]);
  });
  it('does not read a participle without a that-clause as speech', () => {
    const x = extractText('Spain sent a delegation to the talks, adding to the confusion over the plan.');
    expect(x.statements).toEqual([]);
  });
});

describe('allegations: accusation constructions', () => {
  it('resolves "the North" to North Korea once the article has named it', () => {
    const x = extractText('North Korea fired a missile on Monday. Japan has accused the North of firing rockets over its islands. The North has rejected the accusations.');
    const a = x.allegations[0]!;
    expect([a.accuserKeys.map(x.name), a.accusedKeys.map(x.name), a.status]).toEqual([['Japan'], ['North Korea'], 'denied']);
    expect(types(x, 'reject')).toEqual([['North Korea:source', 'Japan:target']]);
  });
  it('reads a reported strike ("said X had launched drones at its cities") as an accusation', () => {
    const x = extractText('President Volodymyr Zelensky said Russia had launched 300 drones at the port of Odesa overnight, and he urged allies to send more help.');
    expect(types(x, 'accuse')).toEqual([['Volodymyr Zelensky:source', 'Russia:target']]);
    // ", and he urged": the coordinated clause has its own subject, so Russia is not the one asked (and
    // allies named by no name make the appeal no request).
    expect(types(x, 'request')).toEqual([]);
  });
  it('finds the accused in the antecedent of "that it accuses of"', () => {
    const x = extractText("Canada on Friday imposed sanctions on three Belarusian officials that it accuses of rigging the election. In Minsk, Belarus's foreign ministry rejected the accusations on Friday evening.");
    const a = x.allegations[0]!;
    expect([a.accuserKeys.map(x.name), a.accusedKeys.map(x.name), a.claim, a.status]).toEqual([['Canada'], ['Belarus'], 'rigging the election', 'denied']);
    expect(types(x, 'accuse')).toEqual([['Canada:source', 'Belarus:target']]);
  });
});

describe('acronyms, condemnation and brushing off criticism', () => {
  const x = extractText("China fired water cannon at a supply boat on Wednesday, the Philippine Coast Guard (PCG) said. The PCG said the boat was damaged near the shoal. It condemned the attack as a provocation and urged China to stop.", '2025-03-05');
  it('resolves an acronym given in parentheses, and "It" to that body', () => {
    expect(x.statements.map((s) => x.name(s.speakerKey))).toEqual(['Philippine Coast Guard', 'Philippine Coast Guard']);
  });
  it('codes "condemned ... and urged X" as an accusation of X', () => {
    expect(types(x, 'accuse')).toEqual([['Philippine Coast Guard:source', 'China:target']]);
  });
  it('codes "dismissing the criticism from CAPITAL and CAPITAL" as a rejection of both states, and "warning that" as a threat', () => {
    const y = extractText('On Tuesday, Nicolas Maduro, the president of Venezuela, went on television, dismissing the criticism from Paris and Berlin as "noise" and warning that they would regret it.', '2025-03-05');
    expect(types(y, 'reject')).toEqual([['Nicolas Maduro:source', 'France:target', 'Germany:target']]);
    expect(types(y, 'threaten')[0]?.[0]).toBe('Nicolas Maduro:source');
    expect(y.events.find((e) => e.type === 'reject')?.location).toBeNull();
  });
  it('does not read the noun "warning" as a threat', () => {
    expect(types(extractText('Asked about the warning from Chile, Peru said trade was normal.'), 'threaten')).toEqual([]);
  });
});

describe('dates of event nouns in a perfect clause', () => {
  it('dates "has promised ... during a phone call on Friday morning" to that Friday', () => {
    const x = extractText('Prime Minister Mark Carney has promised Donald Tusk €30m in humanitarian aid for Poland during a phone call on Friday morning.', '2024-05-15');
    expect(x.events.map((e) => [e.type, e.date?.value])).toEqual([['consult', '2024-05-10'], ['aid', '2024-05-10']]);
  });
});

describe('allegations repeated by a wider coalition', () => {
  it('keeps a coalition charge apart from one member\'s earlier charge', () => {
    const x = extractText('Japan said Russia had violated its airspace with bombers on Monday. Japan and South Korea have accused Russia of violating airspace with bombers more than 10 times this year.');
    expect(x.allegations.map((a) => a.accuserKeys.map(x.name))).toEqual([['Japan'], ['Japan', 'South Korea']]);
  });
});

describe('merging and separating mentions of one act', () => {
  it('dates a "when" clause right after a time to that time ("last met in July, when X hosted Y")', () => {
    const x = extractText('The two leaders last met in March, when Emmanuel Macron hosted Olaf Scholz in Paris.', '2024-05-15');
    expect(x.events.filter((e) => e.type === 'consult').map((e) => e.date?.value)).toEqual(['2024-03']);
  });
  it('merges a ministry\'s rejection with its spokesman\'s on the same day', () => {
    const x = extractText('Canada on Friday imposed sanctions on three Belarusian officials that it accuses of rigging the election. Belarus\'s foreign ministry rejected the accusations on Friday. "Canada is repeating baseless claims," spokesman Anatoly Glaz said on Friday.');
    expect(x.events.filter((e) => e.type === 'reject')).toHaveLength(1);
  });
  it('keeps a rejection of the day apart from an undated "has rejected" in another sentence', () => {
    const x = extractText('North Korea fired a missile on Monday. On Monday, Kim Yo-jong spoke on television, dismissing the criticism from Tokyo as noise. Japan has accused the North of firing rockets over its islands. Pyongyang has rejected the accusations.');
    expect(x.events.filter((e) => e.type === 'reject')).toHaveLength(2);
  });
  it('leaves out the channel of a statement ("via the news agency X")', () => {
    const x = extractText('Kim Yo-jong spoke via the official Korean Central News Agency on Monday, warning that Japan would regret the drills.');
    const t = x.events.find((e) => e.type === 'threaten');
    expect(t?.participants.map((p) => x.name(p.actorKey))).toEqual(['Kim Yo Jong', 'Japan']);
  });
});

describe('plural references and subjects', () => {
  it('resolves "the two heads of state" to the presidents named before, not a minister in between', () => {
    const x = extractText('Spanish President Pedro Sanchez held talks with Argentine President Javier Milei in Madrid on Monday. Foreign Minister Jose Albares will meet Milei on Tuesday. The two heads of state previously met in Rome in May 2022.');
    const rome = x.events.find((e) => e.type === 'consult' && e.date?.value === '2022-05');
    expect(rome?.participants.map((p) => x.name(p.actorKey)).sort()).toEqual(['Javier Milei', 'Pedro Sanchez']);
  });
  it('takes the speaker after an opening quotation as the subject of a trailing participle', () => {
    const x = extractText('"Canada keeps repeating baseless claims," spokesman Anatoly Glaz said, warning that Belarus would respond.');
    const t = x.events.find((e) => e.type === 'threaten');
    expect(x.name(t?.participants.find((p) => p.role === 'source')?.actorKey ?? null)).toBe('Anatoly Glaz');
  });
  it('makes no threat of "an act which threatens the security ..."', () => {
    const x = extractText('The ministry of Chile condemned the drills as "an act which threatens the security of our region." Peru has threatened Bolivia with tariffs, Chile said.');
    expect(types(x, 'threaten')).toEqual([['Peru:source', 'Bolivia:target']]);
  });
});

describe('wire datelines and report sources', () => {
  it('strips a dateline closed by a double hyphen, so the agency is no actor', async () => {
    const { clean } = await import('../../src/ingest/stages/clean.js');
    const c = clean({ source: 'a', text: 'QUITO, Dec. 30 (Wire) -- Text here.', fallbackDate: '2020-01-02' });
    expect([c.cleanText, c.dateline?.place]).toEqual(['Text here.', 'QUITO']);
  });
  it('does not take the source of "According to a readout by X," as the subject', () => {
    const x = extractText('According to a readout from the Elysee, President Emmanuel Macron told Chancellor Olaf Scholz that France would keep its promise.');
    expect(x.statements.map((s) => x.name(s.speakerKey))).toEqual(['Emmanuel Macron']);
  });
});

describe('descriptions', () => {
  it('resolves "the prime minister" to the prime minister named before', () => {
    const x = extractText('Prime Minister Mark Carney spoke with Emmanuel Macron on Monday. According to a readout from his office, the prime minister told the French president that Canada would "stand firm".');
    expect(x.statements.map((s) => x.name(s.speakerKey))).toEqual(['Mark Carney']);
  });
});

describe('threatened acts and reported hostile acts', () => {
  it('codes "threatened to cut ties / to expel" as a threat, not a sanction', () => {
    const x = extractText('Latvia threatened to cut ties with Belarus. Estonia threatened to expel Russian diplomats.');
    expect(types(x, 'sanction')).toEqual([]);
    expect(types(x, 'threaten')).toEqual([['Latvia:source', 'Belarus:target'], ['Estonia:source', 'Russia:target']]);
  });
  it('reads "said X had jammed / seized ..." as an allegation against X', () => {
    const x = extractText('Sweden said Russia had jammed GPS signals over the Baltic. Greece said Turkey had seized a fishing boat.');
    expect(x.allegations.map((a) => [a.accuserKeys.map(x.name), a.accusedKeys.map(x.name)])).toEqual([[['Sweden'], ['Russia']], [['Greece'], ['Türkiye']]]);
  });
});

describe('a possessive agent as the subject even with actors after it', () => {
  it('"The European Union\'s foreign ministers, meeting in Luxembourg on 3 May, condemned Russian interference": the Union condemns, not the state it met in', () => {
    const x = extractText('The European Union\'s foreign ministers, meeting in Luxembourg on 3 May, condemned what they called Russian interference in Moldova.', '2024-05-15');
    expect(x.events.find((e) => e.type === 'accuse')?.participants.filter((p) => p.role === 'source').map((p) => x.name(p.actorKey))).toEqual(['European Union']);
  });
});

