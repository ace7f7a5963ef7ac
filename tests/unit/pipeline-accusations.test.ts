// End-to-end checks on sanctions, accusations and denials in articles written for these tests
// (fictional events): metonymy ("the Kremlin"), passive accusations, denials that must find the
// right allegation when two share words.
import { describe, it, expect } from 'vitest';
import { extractArticle } from './helpers.js';

const SANCTIONS = `date 2024-02-23

Britain sanctions Russian prison officials

LONDON - Britain on Friday imposed sanctions on six senior Russian prison officials and accused Moscow of being responsible for the death in custody of an opposition politician.

Foreign Secretary David Cameron said that those responsible "must be held to account". The measures freeze the officials' assets in Britain and ban them from travelling to the country.

The Kremlin rejected the accusations as baseless. Kremlin spokesman Dmitry Peskov told reporters that London had no right to lecture Russia.

Washington also announced sanctions against dozens of Russian entities on Friday, a State Department spokesman said.`;

describe('sanctions with an accusation the Kremlin rejects', () => {
  const x = extractArticle(SANCTIONS);

  it('codes both sanctions with the sanctioned state as target', () => {
    const [uk] = x.eventsOf('sanction', 'United Kingdom', 'Russia');
    expect(uk).toMatchObject({ date: { value: '2024-02-23' }, status: 'occurred' });
    expect(x.role(uk!, 'Russia')).toBe('target');
    const [us] = x.eventsOf('sanction', 'United States', 'Russia');
    expect(us?.date?.value).toBe('2024-02-23');
  });

  it('reads "the Kremlin rejected the accusations as baseless" as Russia denying the allegation', () => {
    const a = x.allegation('responsible for the death in custody');
    expect(x.names(a!.accuserKeys)).toEqual(['United Kingdom']);
    expect(x.names(a!.accusedKeys)).toEqual(['Russia']);
    expect(a!.status).toBe('denied');
    expect(x.names(a!.denials.map((d) => d.actorKey))).toEqual(['Russia']);
    expect(x.eventsOf('reject', 'Russia', 'United Kingdom')).toHaveLength(1);
  });

  it('reports a negated statement without inventing an allegation', () => {
    expect(x.said('Dmitry Peskov')[0]?.text).toBe('London had no right to lecture Russia');
    expect(x.allegations).toHaveLength(1);
  });
});

const TWO_CHARGES = `date 2024-09-05

Kyiv and Washington level drone accusations at Minsk and Tehran

The United States accused Iran on Thursday of supplying attack drones to Russia for use in Ukraine.

Separately, Belarus was accused by Ukraine of allowing Russian forces to launch drones from its territory.

Belarusian President Alexander Lukashenko dismissed the accusation as "nonsense" during a visit to a factory near Minsk.

Iran's foreign ministry did not respond to a request for comment.`;

describe('two drone allegations and one denial', () => {
  const x = extractArticle(TWO_CHARGES);

  it('reads the passive "was accused by" with the accuser after "by"', () => {
    const a = x.allegation('allowing Russian forces to launch drones');
    expect(x.names(a!.accuserKeys)).toEqual(['Ukraine']);
    expect(x.names(a!.accusedKeys)).toEqual(['Belarus']);
  });

  it('attaches the denial to the allegation against the denier, not to the other one', () => {
    expect(x.allegation('allowing Russian forces')!.status).toBe('denied');
    const iran = x.allegation('supplying attack drones to Russia')!;
    expect(iran.status).toBe('alleged');
    expect(iran.denials).toHaveLength(0);
    const [rej] = x.eventsOf('reject', 'Belarus');
    expect(x.role(rej!, 'Ukraine')).toBe('target');
    expect(rej!.participants.some((p) => x.name(p.actorKey) === 'United States')).toBe(false);
  });

  it('makes no visit of a leader to a factory in his own country', () => {
    expect(x.eventsOf('consult', 'Alexander Lukashenko')).toHaveLength(0);
  });
});

const EXPULSIONS = `Oslo and Moscow trade accusations

TROMSØ, Norway — The foreign ministers of Denmark and Sweden joined their Norwegian host on Tuesday.

Denmark went further. Its Foreign Minister, Anders Kjærgaard, said Copenhagen would bar 19 tankers from its ports.

The current chill dates back to February, when Norway expelled an attaché at the Russian embassy, saying he had been working for the GRU military intelligence service under diplomatic cover. Moscow denied the accusation and, within two weeks, ordered a Norwegian diplomat to leave Russia.

In June, the Russian Foreign Ministry accused Norway of militarising Svalbard. A spokeswoman for the ministry, Yelena Rudakova, said at the time that Oslo was "acting on instructions from NATO".

In July, Russia's ambassador in Oslo, Viktor Lapshin, was summoned to the Norwegian Foreign Ministry after the embassy published a map.

Sweden's Johan Ekdahl is expected to travel on to Kyiv later this week.`;

describe('a feature on tit-for-tat expulsions', () => {
  const x = extractArticle(EXPULSIONS, { publishedAt: '2025-09-02' });

  it('"Its Foreign Minister, X" takes the state "its" stands for, not the dateline\'s', () => {
    expect(x.actor('Anders Kjærgaard')?.country).toBe('DNK');
  });

  it('"when Norway expelled an attaché ..., saying he had been working for the GRU": Norway\'s charge against Russia, which Moscow denied', () => {
    const a = x.allegation('working for the GRU');
    expect(x.names(a!.accuserKeys)).toEqual(['Norway']);
    expect(x.names(a!.accusedKeys)).toEqual(['Russia']);
    expect(a!.status).toBe('denied');
  });

  it('"denied the accusation and, within two weeks, ordered a diplomat to leave" is still an expulsion', () => {
    expect(x.eventsOf('sanction', 'Russia', 'Norway').some((e) => x.role(e, 'Russia') === 'source')).toBe(true);
  });

  it('"A spokeswoman for the ministry, X, said" is X speaking', () => {
    expect(x.said('Yelena Rudakova')[0]?.text).toMatch(/^Oslo was/);
  });

  it('"X\'s ambassador ... was summoned to the Norwegian Foreign Ministry": Norway\'s ministry protests to the ambassador', () => {
    const [e] = x.eventsOf('accuse', 'Viktor Lapshin');
    expect(e && x.role(e, 'Viktor Lapshin')).toBe('target');
    expect(e?.participants.some((p) => x.name(p.actorKey) === 'Norwegian foreign ministry' && p.role === 'source')).toBe(true);
  });

  it('"Sweden\'s Johan Ekdahl is expected to travel on to Kyiv": a person, and a planned visit', () => {
    expect(x.actor('Johan Ekdahl')).toMatchObject({ kind: 'person', country: 'SWE' });
    expect(x.eventsOf('consult', 'Johan Ekdahl')[0]?.status).toBe('planned');
  });
});

const LIVE = `LIVE | Chile-Peru tensions

18:05 - US warns of sanctions
The United States is prepared to impose new sanctions on Peruvian officials if Lima "keeps going down this road", State Department spokeswoman Alicia Moreno-Pratt told reporters in Washington.

14:10 - Peru denies incursion
Peru's Foreign Minister, Julio Herrera Castillo, dismissed Chile's account as "a fabrication". He said the frigate had been patrolling in Peruvian waters.

09:50 - What we know so far
Chile's President Ana Ruiz said in a televised address late on Monday that a Peruvian navy frigate had entered Chile's exclusive economic zone and ordered a fishing vessel to leave the area.`;

describe('a live blog told newest first', () => {
  const x = extractArticle(LIVE, { publishedAt: '2025-07-08' });

  it('"is prepared to impose new sanctions" is a threat, not a sanction', () => {
    expect(x.eventsOf('sanction', 'United States')).toHaveLength(0);
    expect(x.eventsOf('threaten', 'United States', 'Peru')).toHaveLength(1);
  });

  it('a frigate that "had entered" another state\'s waters is a charge; an order to a vessel to leave is no expulsion', () => {
    const a = x.allegation('had entered');
    expect(x.names(a!.accuserKeys)).toEqual(['Ana Ruiz']);
    expect(x.names(a!.accusedKeys)).toEqual(['Peru']);
    expect(x.events.filter((e) => e.type === 'sanction')).toHaveLength(0);
  });

  it('"in a televised address ... that": the statement starts after "that"', () => {
    expect(x.said('Ana Ruiz')[0]?.text).toMatch(/^a Peruvian navy frigate/);
  });

  it('"dismissed Chile\'s account as a fabrication" answers the charge told further down', () => {
    const a = x.allegation('had entered');
    expect(a!.status).toBe('denied');
    expect(x.names(a!.denials.map((d) => d.actorKey))).toContain('Julio Herrera Castillo');
  });
});

const VISIT = `Chile, Peru sign power pact

By our correspondent, Santiago

Chilean Foreign Minister Ana Ruiz on Friday held talks with Peru's Foreign Minister Luis Mora in Santiago, and the two sides signed an agreement on power trade.

Mora is scheduled to call on President Juan Vidal on Saturday. The two ministers had last met in February on the sidelines of a conference in Quito.

Chile also announced a grant of 40 million dollars for rebuilding schools in the border region.

Speaking to reporters after the meeting, Mora said Lima had formally conveyed its objection to road construction by Chilean authorities in the disputed area. A Chilean foreign ministry spokesperson rejected the charge.`;

describe('a visit with a grant and a protest', () => {
  const x = extractArticle(VISIT, { publishedAt: '2025-03-14' });

  it('"the two ministers" are the foreign ministers, not the president or a prime minister', () => {
    const [met] = x.eventsOf('consult', 'Ana Ruiz', 'Luis Mora').filter((e) => e.date?.value === '2025-02');
    expect(met?.location?.name).toBe('Quito');
  });

  it('"also announced a grant" is aid, dated by the news (not the past-perfect background) and given to the state just met', () => {
    const [aid] = x.eventsOf('aid', 'Chile', 'Peru');
    expect(aid?.date?.value).toBe('2025-03-14');
    expect(x.role(aid!, 'Peru')).toBe('target');
  });

  it('"conveyed its objection to road construction by Chilean authorities" charges Chile, and the rejection answers it', () => {
    const a = x.allegation('road construction');
    expect(x.names(a!.accuserKeys)).toEqual(['Luis Mora']);
    expect(x.names(a!.accusedKeys)).toEqual(['Chile']);
    expect(a!.status).toBe('denied');
  });
});

const SHOAL = `Manila: The Philippines on Wednesday lodged a diplomatic protest with China after a Chinese coast guard ship fired water cannon at a Philippine fisheries vessel near a shoal on Tuesday.

Coast guard spokesperson Commodore Ramon Tolentino said on Tuesday that the Chinese ship had carried out "dangerous and aggressive manoeuvres" against the BRP Malaya, which was delivering fuel and food to Filipino fishermen.

"The Philippine vessel intruded into our waters without permission and deliberately rammed a Chinese coast guard ship," foreign ministry spokesperson Lin Jian told a regular briefing in Beijing on Wednesday.

Tolentino dismissed the ramming claim as "a fabrication".`;

describe('a water-cannon incident told by both sides', () => {
  const x = extractArticle(SHOAL, { publishedAt: '2025-06-18' });

  it('"had carried out dangerous and aggressive manoeuvres" is a charge against the other side', () => {
    const a = x.allegation('dangerous and aggressive manoeuvres');
    expect(x.names(a!.accuserKeys)).toEqual(['Ramon Tolentino']);
    expect(x.names(a!.accusedKeys)).toEqual(['China']);
  });

  it('a quotation opening with the other side\'s vessel that "deliberately rammed" ours is a charge, denied as a fabrication', () => {
    const a = x.allegation('deliberately rammed');
    expect(x.names(a!.accuserKeys)).toEqual(['Lin Jian']);
    expect(x.names(a!.accusedKeys)).toEqual(['Philippines']);
    expect(a!.status).toBe('denied');
  });

  it('"a vessel ..., which was delivering fuel and food" is no aid by anyone', () => {
    expect(x.events.filter((e) => e.type === 'aid')).toHaveLength(0);
  });
});

const MIRROR = `LIMA, April 17. /Andes-Info/. Peru has declared an attache of the Chilean embassy in Lima persona non grata in a mirror response to Santiago's expulsion of a Peruvian diplomat last month, the Peruvian Foreign Ministry said on Thursday.

Chilean Ambassador Ana Ruiz was summoned to the ministry earlier in the day, where First Deputy Foreign Minister Luis Mora handed her a note of protest.

On March 21, the Chilean authorities gave an employee of the Peruvian embassy in Santiago 48 hours to leave the country.

Foreign Minister Juan Vidal will discuss the situation with his Bolivian counterpart Carlos Arce, who is expected in Lima for talks next week.`;

describe('a mirror expulsion told in state-media style', () => {
  const x = extractArticle(MIRROR, { publishedAt: '2025-04-17' });

  it('"declared an attache of the X embassy in Y persona non grata" and "gave X 48 hours to leave" are expulsions', () => {
    expect(x.eventsOf('sanction', 'Peru', 'Chile').map((e) => e.date?.value).sort()).toEqual(['2025-03-21', '2025-04-17']);
  });

  it('"summoned ... earlier in the day" is on the news day, not in "last month" told before', () => {
    const [protest] = x.eventsOf('accuse', 'Ana Ruiz');
    expect(protest?.date?.value).toBe('2025-04-17');
  });

  it('"will discuss the situation with his counterpart" is a planned meeting of the two', () => {
    const [talks] = x.eventsOf('consult', 'Juan Vidal', 'Carlos Arce');
    expect(talks?.status).toBe('planned');
  });
});

const CONSUL = `CARACAS, 8 May 2025 (Agencia Sur) - Venezuela on Thursday ordered the expulsion of Colombia's consul general and gave him 72 hours to leave the country.

Foreign Minister Yván Gil Pinto announced the measure in a televised address, accusing Bogotá of "protecting" the armed groups behind Sunday's attack in Táchira state.

The attack was blamed by the Venezuelan government on a faction of the National Liberation Army (ELN) guerrilla group. The ELN denied any involvement in a message posted on social media.

On Wednesday, Interior Minister Diosdado Cabello announced the deployment of 3,000 additional troops to Táchira state.`;

describe('an expulsion over a border attack', () => {
  const x = extractArticle(CONSUL, { publishedAt: '2025-05-08' });

  it('a weekday naming the act charged ("behind Sunday\'s attack") does not date the accusation', () => {
    const [e] = x.eventsOf('accuse', 'Yván Gil Pinto', 'Colombia');
    expect(e?.date?.value).toBe('2025-05-08');
  });

  it('"X was blamed by Y on Z": Y accuses Z of X, and Z\'s denial answers it', () => {
    const a = x.allegation('The attack');
    expect(x.names(a!.accuserKeys)).toEqual(['Venezuela']);
    expect(x.names(a!.accusedKeys)).toEqual(['National Liberation Army']);
    expect(a!.status).toBe('denied');
  });

  it('"announced the deployment of 3,000 troops" is a mobilisation by the announcer', () => {
    const [e] = x.eventsOf('mobilize', 'Diosdado Cabello');
    expect(e?.date?.value).toBe('2025-05-07');
  });
});

const CIVIL_WAR = `JEDDAH, April 23 (Wire) - Saudi Arabia on Wednesday hosted talks between Sudan's army and the paramilitary Rapid Support Forces (RSF).

Hours before the session, the army said in a statement that RSF fighters had fired more than 30 artillery shells into a camp outside El Fasher on Saturday.

The RSF denied that its fighters had shelled the camp. The paramilitary group has in turn accused the army of using drones against civilian areas in Omdurman.`;

describe('a civil war: a state\'s army and an armed group of the same country', () => {
  const x = extractArticle(CIVIL_WAR, { publishedAt: '2025-04-23' });

  it('"Sudan\'s army" and "the army" are the curated Sudanese Armed Forces', () => {
    expect(x.eventsOf('consult', 'Saudi Arabia', 'Sudanese Armed Forces', 'Rapid Support Forces')).toHaveLength(1);
  });

  it('the army\'s report that RSF fighters fired shells is its charge against the RSF, which the RSF denies', () => {
    const a = x.allegation('fired more than 30 artillery shells');
    expect(x.names(a!.accuserKeys)).toEqual(['Sudanese Armed Forces']);
    expect(x.names(a!.accusedKeys)).toEqual(['Rapid Support Forces']);
    expect(a!.status).toBe('denied');
  });

  it('"The paramilitary group has in turn accused the army of ..." is the RSF accusing the army', () => {
    const a = x.allegation('using drones');
    expect(x.names(a!.accuserKeys)).toEqual(['Rapid Support Forces']);
    expect(x.names(a!.accusedKeys)).toEqual(['Sudanese Armed Forces']);
  });
});

const TRUCE = `Mediators scramble to save truce

The talks follow days of recriminations. Hamas has accused Israel of breaching the deal by withholding the release of prisoners.

Prime Minister Benjamin Netanyahu's office said the prisoners would not be released until Hamas gave guarantees. It rejected the charge that Israel was stalling and blamed Hamas for the delay.

Defence Minister Israel Katz went further on Tuesday.

Envoy Steve Witkoff is expected to travel to the region next week, State Department spokeswoman Tammy Bruce told a briefing on Wednesday. She added that President Donald Trump wanted "all the hostages home" quickly.`;

describe('a truce story with charges both ways', () => {
  const x = extractArticle(TRUCE, { publishedAt: '2025-02-27' });

  it('"X\'s office said ... It rejected the charge that ...": Israel denies the one charge just made against it, and blames Hamas back', () => {
    const a = x.allegation('breaching the deal');
    expect(a!.status).toBe('denied');
    expect(x.names(a!.denials.map((d) => d.actorKey))).toContain('Israel');
    const back = x.allegation('the delay');
    expect(x.names(back!.accuserKeys)).toEqual(['Israel']);
    expect(x.names(back!.accusedKeys)).toEqual(['Hamas']);
  });

  it('"Defence Minister Israel Katz" is a person named Israel Katz', () => {
    expect(x.actor('Israel Katz')?.kind).toBe('person');
  });

  it('", spokeswoman X told a briefing on Wednesday. She added that ...": both statements are hers', () => {
    const texts = x.said('Tammy Bruce').map((s) => s.text);
    expect(texts[0]).toMatch(/^Envoy Steve Witkoff is expected to travel/);
    expect(texts[1]).toMatch(/^President Donald Trump wanted/);
  });
});

const PRAGUE = `Czech Republic expels two Russian diplomats

The Czech government on Thursday ordered two employees of the Russian embassy in Prague to leave the country within 72 hours, saying they had helped recruit and pay local men to plant incendiary devices along a freight line.

Foreign Minister Tomáš Horák said the two men had been declared persona non grata.

In Moscow, the foreign ministry dismissed the allegations as "a crude provocation" designed to justify Prague's course. Its spokeswoman, Yelena Kirsanova, told reporters that Russia would answer in a mirror manner.

Later on Thursday, Polish Foreign Minister Marek Wilczek phoned Horák to offer his support. Horák is set to brief his EU counterparts on the case when foreign ministers meet in Brussels on Monday.

Relations have not recovered from April 2021, when the Czech Republic expelled 18 Russian diplomats after blaming Russian military intelligence for two explosions at an ammunition depot in 2014.`;

describe('an expulsion over a sabotage plot', () => {
  const x = extractArticle(PRAGUE, { publishedAt: '2024-11-14' });

  it('"ordered two employees of the Russian embassy in Prague to leave" is an expulsion; planting incendiary devices is a charge, denied from Moscow', () => {
    expect(x.eventsOf('sanction', 'Czechia', 'Russia').some((e) => e.date?.value === '2024-11-14')).toBe(true);
    const a = x.allegation('incendiary devices');
    expect(a!.status).toBe('denied');
  });

  it('"In Moscow, the foreign ministry ... Its spokeswoman, X": Russian, though Prague was named last; the Czech minister is not made Russian by a ministry named after him', () => {
    expect(x.actor('Yelena Kirsanova')?.country).toBe('RUS');
    expect(x.actor('Tomáš Horák')?.country).not.toBe('RUS');
  });

  it('"phoned Horák" is a call; "is set to brief his counterparts" a planned meeting', () => {
    expect(x.eventsOf('consult', 'Marek Wilczek', 'Tomáš Horák')[0]?.mode).toBe('phone');
    expect(x.eventsOf('consult', 'Tomáš Horák', 'European Union')[0]?.status).toBe('planned');
  });

  it('a year inside the charge ("blaming X for two explosions in 2014") does not date the blame', () => {
    const [blame] = x.eventsOf('accuse', 'Czechia', 'Russia').filter((e) => e.date?.value.startsWith('2021') || e.date?.value === '2014');
    expect(blame?.date?.value).toBe('2021-04');
  });
});

const DIALOGUE = `TOKYO, Nov 20 (Wire) - Japan and China held their first strategic dialogue in two years in Tokyo on Thursday.

He also renewed Japan's call for the early release of Takeshi Onodera, a Japanese pharmaceutical executive detained in Beijing in March last year.

Liu told his host that China was willing to "meet Japan halfway" on seafood imports.

In Beijing, a spokesperson for the Chinese foreign ministry, Lin Qiuyue, dismissed the Japanese protest. Lin said Onodera was suspected of espionage.`;

describe('a dialogue with a detained executive', () => {
  const x = extractArticle(DIALOGUE, { publishedAt: '2025-11-20' });

  it('"a Japanese pharmaceutical executive detained in Beijing" is a person described, not an act by the one who calls for his release', () => {
    expect(x.actor('Takeshi Onodera')?.kind).toBe('person');
    expect(x.events.filter((e) => e.type === 'coerce')).toHaveLength(0);
  });

  it('"told his host" and "meet Japan halfway" are no meetings', () => {
    expect(x.events.filter((e) => e.type === 'consult' && e.date?.value !== '2025-11-20')).toHaveLength(0);
  });

  it('"X, dismissed the Japanese protest" is no statement by Japan; "Onodera was suspected of espionage" is a charge', () => {
    expect(x.said('Japan')).toHaveLength(0);
    const a = x.allegation('suspected of espionage');
    expect(x.names(a!.accusedKeys)).toEqual(['Takeshi Onodera']);
  });
});
