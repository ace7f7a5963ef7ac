import { describe, it, expect } from 'vitest';
import { extractArticle, extractText } from './helpers.js';

describe('actor mentions', () => {
  it('maps country names, capitals, demonyms and seats of government to one state', () => {
    const x = extractText('Canada said Ottawa would respond. The Kremlin said Canadian officials were wrong.');
    const canada = x.actors.find((a) => a.key === 'state:CAN')!;
    expect(canada.kind).toBe('state');
    expect(canada.aliases).toEqual(expect.arrayContaining(['Ottawa', 'Canadian']));
    expect(x.actors.find((a) => a.key === 'state:RUS')?.aliases).toContain('Kremlin');
  });

  it('does not make a state actor of a capital used as a place', () => {
    const x = extractText('The two delegations met in Lisbon on Monday.');
    expect(x.actors.find((a) => a.key === 'state:PRT')).toBeUndefined();
  });

  it('finds unknown persons from a title with country and role', () => {
    const x = extractText('Peruvian Foreign Minister Ana Quispe Mamani said the talks were useful.');
    const p = x.actors.find((a) => a.name === 'Ana Quispe Mamani')!;
    expect(p).toMatchObject({ kind: 'person', country: 'PER', role: 'Foreign Minister', key: 'person:ana-quispe-mamani' });
  });

  it('finds persons from a seat-of-government title and from an apposition', () => {
    const x = extractText('Kremlin aide Boris Tulin said no date was set. Mark Ellery, the White House trade envoy, said talks would go on.');
    expect(x.actors.find((a) => a.name === 'Boris Tulin')).toMatchObject({ country: 'RUS', role: 'Kremlin aide' });
    expect(x.actors.find((a) => a.name === 'Mark Ellery')).toMatchObject({ country: 'USA', role: 'White House trade envoy' });
  });

  it('resolves partial names, including a given name used alone, to the full name', () => {
    const x = extractText('Vietnamese Foreign Minister Tran Van Hoa arrived on Sunday. Hoa said ties were strong. Tran added that more talks would follow.');
    const keys = new Set(x.statements.map((s) => s.speakerKey));
    expect([...keys]).toEqual(['person:tran-van-hoa']);
  });

  it('recognises curated persons under a spelling variant', () => {
    const x = extractText('Russian Foreign Minister Sergey Lavrov spoke first.');
    expect(x.actors.find((a) => a.key === 'person:sergei-lavrov')?.aliases).toContain('Sergey Lavrov');
  });

  it('does not invent actors from capitalised non-actors', () => {
    const x = extractText('The Cold War ended. Monday brought rain to the Great Lakes.');
    expect(x.actors).toHaveLength(0);
  });

  it('resolves a description such as "the minister" or "the Chilean leader"', () => {
    const x = extractText('Chilean President Marta Soto met Argentine Foreign Minister Hugo Paz. The minister said trade would grow. The Chilean leader said ties were excellent.');
    expect(x.statements.map((s) => x.name(s.speakerKey))).toEqual(['Hugo Paz', 'Marta Soto']);
  });
});

describe('names, titles and bodies', () => {
  it('reads a title set off before the name: "X\'s Minister for Y, Name Surname,"', () => {
    const x = extractText("Canada's Minister for the Arctic, Maren Holt, said patrols would double. Harrow did not attend.");
    expect(x.actors.find((a) => a.name === 'Maren Holt')).toMatchObject({ kind: 'person', country: 'CAN', role: 'Minister for the Arctic' });
    expect(x.actors.find((a) => a.name === 'Arctic')).toBeUndefined();
  });

  it('keeps a posting inside the title: "its ambassador in Lima, Name,"', () => {
    const x = extractText('The bloc welcomed the deal. Its ambassador in Lima, Joris Delvaux, said the money would arrive in May.');
    expect(x.actors.find((a) => a.name === 'Joris Delvaux')?.role).toMatch(/^ambassador/);
  });

  it('knows undersecretaries and chargés d\'affaires as offices', () => {
    const x = extractText("Egypt summoned the Israeli charge d'affaires, Oren Tzur, on Monday. The Chilean undersecretary for trade, Camila Riquelme, said exports would resume.");
    expect(x.actors.find((a) => a.name === 'Oren Tzur')?.kind).toBe('person');
    expect(x.actors.find((a) => a.name === 'Camila Riquelme')).toMatchObject({ kind: 'person', country: 'CHL' });
  });

  it('reads Arabic names with joined particles as one name, and the particle form alone as that person', () => {
    const x = extractText('Foreign Minister Hamid Abd al-Wahhab al-Tamimi told reporters the talks were over. Later al-Tamimi said Baghdad would wait.');
    expect(x.actors.find((a) => a.name === 'Hamid Abd al-Wahhab al-Tamimi')?.kind).toBe('person');
    expect(x.statements.every((s) => s.speakerKey === 'person:hamid-abd-al-wahhab-al-tamimi')).toBe(true);
    expect(x.statements).toHaveLength(2);
  });

  it('does not read a country inside a person\'s name as the state', () => {
    const x = extractText("Bolivia's Defence Minister, General Ruben Chile Quispe, rejected the report.");
    expect(x.actors.find((a) => a.name === 'Ruben Chile Quispe')?.kind).toBe('person');
    expect(x.actors.find((a) => a.key === 'state:CHL')).toBeUndefined();
  });

  it('names a body with an "of"/"on" tail in full: "Organization of American States", "Authority on Development"', () => {
    const x = extractText('Ministers of the Union of South American Nations met in Quito. The Andean Authority on Water Resources said it would send experts.');
    expect(x.actors.map((a) => a.name)).toEqual(expect.arrayContaining(['Union of South American Nations', 'Andean Authority on Water Resources']));
    expect(x.actors.every((a) => a.kind !== 'person')).toBe(true);
  });

  it('does not take a state\'s generic organ for a named body', () => {
    const x = extractText('The National Assembly met on Tuesday.');
    expect(x.actors.find((a) => a.name === 'National Assembly')).toBeUndefined();
  });

  it('reads a name after a personal honorific, with or without its full stop, as a person', () => {
    const x = extractText('Among those detained was Mufti Khalid Usmani. Dr. Amina Rahimi received a call from Oman\'s Sayyid Faisal Alharthy.');
    for (const name of ['Khalid Usmani', 'Amina Rahimi', 'Faisal Alharthy']) expect(x.actors.find((a) => a.name === name)?.kind).toBe('person');
  });

  it('reads a full name after a military rank as a person, but not "General Assembly"', () => {
    const x = extractText('The junta, led by General Omar Keita, ignored the deadline. Its delegation was headed by Lieutenant General Samir al-Hadi. The General Assembly met.');
    expect(x.actors.filter((a) => a.kind === 'person').map((a) => a.name)).toEqual(['Omar Keita', 'Samir al-Hadi']);
  });

  it('starts a new name at an honorific inside a capitalised run: "Democratic Sen. Name"', () => {
    const x = extractText('That did not satisfy Democratic Sen. Laura Pike of Ohio.');
    expect(x.actors.find((a) => a.kind === 'person')?.name).toBe('Laura Pike');
  });

  it('reads a full name set off by commas before a speech verb as a person', () => {
    const x = extractText('A spokesman for the rebels, Pierre Mboko, said the group would not attend.');
    expect(x.statements[0]?.speakerKey).toBe('person:pierre-mboko');
  });

  it('reads an office with a lower-case scope before the name: "envoy for the region, Name,"', () => {
    const x = extractText("Washington's envoy for the region, Carl Haynes, is due in Belgrade.");
    expect(x.actors.find((a) => a.kind === 'person')).toMatchObject({ name: 'Carl Haynes', country: 'USA', role: 'envoy for the region' });
  });

  it('reads an apposition whose office is qualified after it: ", a researcher at X", ", the minister for EU relations"', () => {
    const x = extractText('Lina Haile, a researcher at the Horn Policy Institute, said the talks were stalled. The deal was drafted by Tom Reeve, the minister for EU relations, who flew to Brussels.');
    expect(x.actors.filter((a) => a.kind === 'person').map((a) => [a.name, a.role])).toEqual([['Lina Haile', 'researcher'], ['Tom Reeve', 'minister for EU']]);
  });

  it('does not read a place before ", with the two leaders ..." as a person', () => {
    const x = extractText('Modi held talks with Maldives President Mohamed Muizzu at Hyderabad House, with the two leaders reviewing cooperation.');
    expect(x.actors.find((a) => a.name === 'Hyderabad House')).toBeUndefined();
  });

  it('reads names with a joined particle or an inner capital: "Anwaar-ul-Haq", "MaryKay"', () => {
    const x = extractText('Caretaker Prime Minister Anwaar-ul-Haq Kakar met US Ambassador MaryKay Carlson.');
    expect(x.actors.filter((a) => a.kind === 'person').map((a) => a.name)).toEqual(['Anwaar-ul-Haq Kakar', 'MaryKay Carlson']);
  });

  it('knows "chairperson" as an office and "monk" as a private person', () => {
    const x = extractText('The commission chairperson, Amina Diallo, urged restraint after the arrest of Hindu monk Ravi Das.');
    expect(x.actors.filter((a) => a.kind === 'person').map((a) => a.name)).toEqual(['Amina Diallo', 'Ravi Das']);
  });

  it('reads a city name after an office as a given name: "former foreign minister Santiago Ortiz"', () => {
    const x = extractText('Former foreign minister Santiago Ortiz accused the government of weakness. Talks were held in Santiago.');
    expect(x.actors.find((a) => a.kind === 'person')?.name).toBe('Santiago Ortiz');
    expect(x.actors.find((a) => a.key === 'state:CHL')).toBeUndefined();
  });

  it('reads a bare "Congo" in a story about the Democratic Republic of Congo as the DRC, and not in one about Brazzaville', () => {
    const x = extractText('The Democratic Republic of Congo and Rwanda agreed to a truce in the east of Congo.');
    expect(x.actors.filter((a) => a.kind === 'state').map((a) => a.key)).toEqual(['state:COD', 'state:RWA']);
    const y = extractText('Congo and Gabon signed a fisheries deal in Brazzaville.');
    expect(y.actors.map((a) => a.key)).toContain('state:COG');
  });

  it('does not read "South American" or "Latin American" as the United States', () => {
    const x = extractText('South American presidents met in Brasilia, and Latin American diplomats said the talks went well.');
    expect(x.actors.find((a) => a.key === 'state:USA')).toBeUndefined();
  });

  it('keeps a middle initial and an abbreviated given name inside a name: "George W. Bush", "Ma. Theresa Lazaro"', () => {
    const x = extractText('Former US President George W. Bush met Philippine Foreign Secretary Ma. Theresa Lazaro in Manila.');
    expect(x.actors.filter((a) => a.kind === 'person').map((a) => a.name)).toEqual(['George W. Bush', 'Ma. Theresa Lazaro']);
  });

  it('reads "the Argentine government" as the state, and a leading adverbial ending in an official\'s name as no subject', () => {
    const x = extractText('In a note delivered on Tuesday to the Chilean ambassador, Rosa Vera, the Peruvian government accused Santiago of moving the border markers.', '2024-02-22');
    expect(x.allegations[0]).toMatchObject({ accuserKeys: ['state:PER'], accusedKeys: ['state:CHL'] });
  });

  it('does not resolve a description opening a sentence to a person named only later ("The diplomat was handed ...")', () => {
    const x = extractText("Peru summoned Chile's charge d'affaires on Tuesday. The diplomat was handed a protest note. Foreign Minister Ana Ruiz told reporters the note was firm.");
    expect(x.events.flatMap((e) => e.participants.map((p) => p.actorKey))).not.toContain('person:ana-ruiz');
  });

  it('keeps "Sheikh" inside a Somali name', () => {
    const x = extractText('President Hassan Ali Sheikh Warsame said the troops must leave.');
    expect(x.actors.find((a) => a.name === 'Hassan Ali Sheikh Warsame')?.kind).toBe('person');
  });

  it('finds the speaker named right after the quote: \'..." said Name Surname, a fellow at ...\'', () => {
    const x = extractText('"Fences do not make neighbours," said Lin Mei-hua, a fellow at a Taipei research centre.');
    expect(x.statements[0]?.speakerKey).toBe('person:lin-mei-hua');
    const y = extractText('"We expect more," Pakistan told Al Jazeera.');
    expect(y.actors.find((a) => a.name === 'Al Jazeera')).toBeUndefined();
  });

  it('reads a title with "at the Ministry of ..." before a name', () => {
    const x = extractText('Minister of State at the Ministry of Foreign Affairs Dr. Salem Al-Kuwari received a call on Monday.');
    expect(x.actors.find((a) => a.name === 'Salem Al-Kuwari')?.kind).toBe('person');
    expect(x.actors.find((a) => /Dr$/.test(a.name))).toBeUndefined();
  });

  it('opens a body\'s name with its capitalised title words and takes a possessive owner as its country', () => {
    const x = extractText("Estonia's State Border Guard said it would send more officers.");
    expect(x.actors.find((a) => a.name === 'State Border Guard')).toMatchObject({ kind: 'organization', country: 'EST' });
  });

  it('does not make a state of a city that names an instrument ("the Vienna Convention", "the Minsk agreements")', () => {
    const x = extractText('Peru said the raid broke the Vienna Convention. Armenia recalled the Alma-Ata Declaration and the Minsk agreements.');
    expect(x.actors.find((a) => a.key === 'state:AUT')).toBeUndefined();
    expect(x.actors.find((a) => a.key === 'state:BLR')).toBeUndefined();
  });
});


describe('persons named in lists, appositions with plain words, and abbreviated titles', () => {
  const names = (text: string) => extractText(text).actors.filter((a) => a.kind === 'person').map((a) => a.name);

  it('makes a full name listed with a known person a person', () => {
    expect(names('The leaders asked their foreign ministers, Sergey Lavrov and Pablo Quintero, to meet.')).toContain('Pablo Quintero');
  });

  it('reads an apposition whose office has plain words before it, and stops at "and"', () => {
    const x = extractText("Ana Mejia, the strategic affairs minister and Benjamin Netanyahu's closest confidant, said a deal was near.");
    expect(x.actors.find((a) => a.name === 'Ana Mejia')?.role).toBe('strategic affairs minister');
    expect(x.actors.find((a) => a.name === 'Benjamin Netanyahu')?.role).not.toBe('strategic affairs minister');
  });

  it('reads "Sen." before a name as marking a person', () => {
    expect(names('Sen. Carla Brooks of Ohio criticised the strikes.')).toContain('Carla Brooks');
  });
});

describe('bodies of international organisations', () => {
  it('names a UN mission with its parent and the place it serves, and learns its acronym', () => {
    const x = extractText('The United Nations Support Mission in Haiti (UNSMIH) urged the council to act. UNSMIH said talks would resume.');
    const mission = x.actors.find((a) => a.kind === 'organization');
    expect(mission?.name).toBe('United Nations Support Mission in Haiti');
    expect(mission?.aliases).toContain('UNSMIH');
    expect(x.actors.map((a) => a.name)).not.toContain('United Nations');
  });
});

describe('political parties named before a noun for a party', () => {
  it('"the opposition National Revival bloc" is a body of the story\'s state, named without the noun, which stays an alias', () => {
    const x = extractText('PUNO, Peru — Peru and Bolivia reopened the bridge on Monday. The opposition National Revival bloc accused the government of selling out.');
    const bloc = x.actors.find((a) => a.name === 'National Revival');
    expect(bloc).toMatchObject({ kind: 'organization', country: 'PER' });
    expect(bloc?.aliases).toContain('National Revival bloc');
    expect(x.allegations.map((a) => [a.accuserKeys.map(x.name), a.accusedKeys.map(x.name)])).toEqual([[['National Revival'], ['Peru']]]);
  });
  it('"the ruling Civic Dawn party" after a national adjective takes the adjective into its name and its state', () => {
    const x = extractText('Critics say the ruling Chilean Civic Dawn party wants to leave the pact.');
    expect(x.actors.find((a) => a.kind === 'organization')).toMatchObject({ name: 'Chilean Civic Dawn', country: 'CHL' });
  });
  it('"the East African bloc", "the Russia-led bloc" are adjectives before the noun, not names', () => {
    const x = extractText('The East African bloc and the Russia-led bloc both sent observers to Lima.');
    expect(x.actors.filter((a) => a.kind === 'organization')).toEqual([]);
  });
});

describe('plurals with an owner after them', () => {
  it('"The presidents of the two countries met" are the two states just named, not the last two persons', () => {
    const x = extractText('Peruvian minister Ana Ruiz and US envoy Mark Bell spoke on Monday. Chile has claimed the strip, about a tenth of Peru\'s territory, for a century. The presidents of the two countries met in Arica in 2023 and agreed to talk.');
    const met = x.events.find((e) => e.type === 'consult' && e.location?.name === 'Arica');
    expect(met?.participants.map((p) => x.name(p.actorKey)).sort()).toEqual(['Chile', 'Peru']);
  });
});

describe('a neighbour owned by "its", and titles with a list of portfolios', () => {
  it('"Bolivia\'s government recalled its ambassador to Chile, accusing its western neighbour of ...": Chile is charged, by Bolivia', () => {
    const x = extractText('La Paz: Bolivia\'s military-led government on Monday recalled its ambassador to Chile, accusing its western neighbour of sheltering smugglers.');
    expect(x.allegations.map((a) => [a.accuserKeys.map(x.name), a.accusedKeys.map(x.name)])).toEqual([[['Bolivia'], ['Chile']]]);
  });
  it('"Peru said it had ... and accused its southern neighbour of ...": "its" is the state that said it', () => {
    const x = extractText('Chile recalled its envoy on Tuesday, a day after Peru said it had bombed camps on the Chilean side of the border and accused its southern neighbour of sheltering rebels.');
    expect(x.allegations.find((a) => a.claim.includes('sheltering'))).toMatchObject({ accuserKeys: ['state:PER'], accusedKeys: ['state:CHL'] });
  });
  it('"The AU\'s Commissioner for Political Affairs, Peace and Security, Amina Sesay, is set to travel": the portfolios listed are her title, and no one is called "Peace"', () => {
    const x = extractText('The AU\'s Commissioner for Political Affairs, Peace and Security, Amina Sesay, is set to travel to Lima next week.');
    expect(x.actors.filter((a) => a.kind === 'person').map((a) => [a.name, a.role])).toEqual([['Amina Sesay', "AU's Commissioner for Political Affairs, Peace and Security"]]);
  });
  it('"A spokesman for the rebels, X, also denied that ...": an adverb may stand between the set-off name and its verb', () => {
    const x = extractText('A spokesman for the CSP, Attaher Ag Iknane, also denied that the coalition had received weapons.');
    expect(x.statements.map((s) => x.name(s.speakerKey))).toEqual(['Attaher Ag Iknane']);
  });
  it('"leaders of the Permanent Strategic Framework (CSP)": a name ending in a noun for a text or process is no person', () => {
    const x = extractText('Chile received leaders of the Permanent Strategic Framework (CSP) and the Andean Trade Agreement in Santiago.');
    expect(x.actors.filter((a) => a.kind === 'person')).toEqual([]);
  });
});

describe('a ministry\'s name before an honorific or a name', () => {
  it('"Minister of State at the Ministry of Foreign Affairs H.E. Saad bin Rashid Al-Kuwari held talks with ..., H.E. Ana Ruiz": "H.E." and a first name before "bin" are no part of the ministry\'s name, and "H.E." opens a name', () => {
    const x = extractText('Minister of State at the Ministry of Foreign Affairs H.E. Saad bin Rashid Al-Kuwari held talks in Doha on Sunday with the Minister of Foreign Affairs of Peru, H.E. Ana Ruiz Vega.');
    expect(x.actors.filter((a) => a.kind === 'person').map((a) => [a.name, a.role])).toEqual([
      ['Saad bin Rashid Al-Kuwari', 'Minister of State at the Ministry of Foreign Affairs'],
      ['Ana Ruiz Vega', 'Minister of Foreign Affairs of Peru'],
    ]);
    expect(x.actors.map((a) => a.name)).not.toContain('Ministry of Foreign Affairs H');
    expect(x.events.find((e) => e.type === 'consult')?.participants.map((p) => x.name(p.actorKey))).toEqual(['Saad bin Rashid Al-Kuwari', 'Ana Ruiz Vega']);
  });
});

describe('a state news agency\'s long titles', () => {
  const x = extractText('On March 18, President of the Republic of Peru Ana Mariela Ruiz received at the Palace First Vice Premier of the State Council of the People\'s Republic of China Wu Tiancheng, who arrived in Lima on an official visit. President Ana Ruiz said the talks were useful. "Peru will never let its territory be used against China," the Head of State said. Wu said China resolutely opposes any interference by external forces in the internal affairs of Peru.');
  it('"State Council of the People\'s Republic of China Wu Tiancheng": the state\'s name ends the body\'s name, whose state it is; the name after it is the vice premier\'s', () => {
    expect(x.actors.find((a) => a.kind === 'organization')).toMatchObject({ name: "State Council of the People's Republic of China", country: 'CHN' });
    expect(x.actors.find((a) => a.name === 'Wu Tiancheng')).toMatchObject({ kind: 'person', country: 'CHN' });
  });
  it('"the Head of State said" is the president\'s', () => {
    expect(x.name(x.statements.find((s) => s.text.startsWith('Peru will never'))?.speakerKey ?? null)).toBe('Ana Mariela Ruiz');
  });
  it('"opposes any interference by external forces" charges no one', () => {
    expect(x.allegations).toEqual([]);
    const y = extractText('Chinese Foreign Minister Li Wei said China firmly supports Peru and resolutely opposes any interference by external forces in the internal affairs of Peru.');
    expect(y.allegations).toEqual([]);
  });
  it('a patronymic between the names ("Sadyr Nurgozhoevich Japarov") is left out of the name, so the person is one actor', () => {
    const y = extractText('President Sadyr Nurgozhoevich Japarov received the envoy. Later, President Sadyr Japarov left for Osh.');
    expect(y.actors.filter((a) => a.kind === 'person').map((a) => a.name)).toEqual(['Sadyr Japarov']);
  });
  it('"the Political Bureau of the Central Committee of the Communist Party of China" is one body, not a bureau cut from its name', () => {
    const y = extractText('Member of the Standing Committee of the Political Bureau of the Central Committee of the Communist Party of China Wu Tiancheng arrived in Lima.');
    expect(y.actors.filter((a) => a.kind === 'organization').map((a) => a.name)).toEqual(['Standing Committee of the Political Bureau of the Central Committee of the Communist Party of China']);
  });
});

describe('offices with a portfolio of several words, and an agency\'s office in apposition', () => {
  it('"Botswana\'s Minister of International Relations, X, said" and "X, WFP\'s Regional Director for Eastern Africa, told" are persons with those offices', () => {
    const x = extractText('Botswana\'s Minister of International Relations, Kagiso Tau, whose country hosted the meeting, said the leaders were united. "Families have sold their last goats," Henrik Bos, WFP\'s Regional Director for Eastern Africa, told a news conference.');
    expect(x.actors.find((a) => a.name === 'Kagiso Tau')).toMatchObject({ kind: 'person', country: 'BWA', role: 'Minister of International Relations' });
    expect(x.actors.find((a) => a.name === 'Henrik Bos')?.role).toContain('Regional Director');
    expect(x.statements.map((st) => x.name(st.speakerKey))).toEqual(['Kagiso Tau', 'Henrik Bos']);
  });
});

describe('an inverted attribution after a body\'s name', () => {
  it('"... through the World Food Programme, Development Minister X announced": the title starts after the comma', () => {
    const x = extractText('Finland will give 8 million euros to Sudan through the World Food Programme, Development Minister Helena Vartia announced on Thursday.');
    expect(x.actors.find((a) => a.name === 'Helena Vartia')).toMatchObject({ role: 'Development Minister', country: 'FIN' });
  });
});

describe('a party official\'s title through a body it owns', () => {
  it('"Head of the CPP Central Committee\'s Commission for External Relations Sok Vanna": the name after the portfolio is the head\'s, of the state of the party the acronym names', () => {
    const x = extractText('A delegation of the Cambodian People\'s Party (CPP) arrived in Hanoi. It was led by Head of the CPP Central Committee\'s Commission for External Relations Sok Vanna.');
    expect(x.actors.find((a) => a.name === 'Sok Vanna')).toMatchObject({ kind: 'person', country: 'KHM', role: 'Head of the CPP Central Committee\'s Commission for External Relations' });
    expect(x.actors.some((a) => a.name === 'Commission for External Relations')).toBe(true);
  });
});

describe('an agency\'s officials', () => {
  const x = extractText('Chile\'s envoy to the agency, Marta Soto, called the draft unfair. Peru\'s ambassador Luis Rios said the text was fair. Separately, the IAEA said its deputy director general for safeguards, Ines Vandermeulen, was due to travel to Lima. She will meet the Atomic Energy Organization of Peru.');
  it('"Chile\'s envoy to the agency, X," is Chile\'s envoy', () => {
    expect(x.actors.find((a) => a.name === 'Marta Soto')).toMatchObject({ country: 'CHL', role: 'envoy to the agency' });
  });
  it('"the IAEA said its deputy director general, X," is the agency\'s, of no state, not of the state the sentence before opened with', () => {
    expect(x.actors.find((a) => a.name === 'Ines Vandermeulen')?.country).toBeNull();
  });
  it('"the Atomic Energy Organization of Peru" keeps the word a portfolio word cut off', () => {
    expect(x.actors.find((a) => a.kind === 'organization' && a.name.includes('Energy Organization'))?.name).toBe('Atomic Energy Organization of Peru');
  });
});

describe('ministers listed with their states, and ministries of other portfolios', () => {
  it('"The two foreign ministers, Ana Ruiz of Peru and Marta Vidal of Chile, met": the second is a person too, of the state after "of"', () => {
    const x = extractText('The two foreign ministers, Ana Ruiz of Peru and Marta Vidal of Chile, met on Monday. Vidal said talks would go on.');
    expect(x.actors.find((a) => a.name === 'Marta Vidal')).toMatchObject({ kind: 'person', country: 'CHL' });
  });
  it('"South Korea\'s Unification Ministry" and "Japan\'s Ministry of Economy, Trade and Industry" are ministries', () => {
    const x = extractText('South Korea\'s Unification Ministry rejected the statement. Japan\'s Ministry of Economy, Trade and Industry said the rules would apply.');
    expect(x.actors.filter((a) => a.kind === 'organization').map((a) => [a.name, a.country])).toEqual([['South Korean unification ministry', 'KOR'], ['Japanese trade ministry', 'JPN']]);
    expect(x.actors.find((a) => a.country === 'JPN' && a.kind === 'organization')?.aliases).toContain('Ministry of Economy, Trade and Industry');
  });
});

describe('the West as an actor', () => {
  it('"accused the West of ...", "Western capitals were ...": one group actor; "the West Bank" and "the West Philippine Sea" are places', () => {
    const x = extractText('Foreign Minister Sergei Lavrov accused the West of trying to punish India. He said Western capitals were hypocrites. Patrols in the West Philippine Sea and the West Bank went on.');
    expect(x.actors.filter((a) => a.kind === 'group').map((a) => a.name)).toEqual(['the West']);
    expect(x.allegations.map((a) => a.accusedKeys.map(x.name))).toEqual([['the West']]);
  });
});

describe('private persons and watchdogs', () => {
  it('"Jonas Berg Nilsen, 41, who worked for a charity", "Ali-Reza Tavani, a former driver at the embassy", "Peru Prison Watch, a monitoring group"', () => {
    const x = extractText('Jonas Berg Nilsen, 41, who worked for a refugee charity, was flown to Lima. Hours later Ali-Reza Tavani, a former driver at the Chilean embassy, arrived. Peru Prison Watch, a monitoring group, said four men remained in jail.');
    expect(x.actors.filter((a) => a.kind === 'person').map((a) => a.name)).toEqual(['Jonas Berg Nilsen', 'Ali-Reza Tavani']);
    expect(x.actors.find((a) => a.name === 'Peru Prison Watch')?.kind).toBe('organization');
  });
});

describe('a state\'s service named after it', () => {
  it('"the Sri Lanka Navy" and "the Sri Lankan Navy" are one body of Sri Lanka', () => {
    const x = extractText('The men were arrested by the Sri Lanka Navy near Delft Island. The Sri Lankan Navy denied opening fire.');
    expect(x.actors.map((a) => [a.name, a.kind, a.country])).toEqual([['Sri Lanka Navy', 'organization', 'LKA']]);
  });

  it('a service named in title words ending in "Force": "the Belize Defence Force", "the Nepal Air Force"', () => {
    const x = extractText('The Belize Defence Force sent a patrol boat. The Nepal Air Force said a helicopter was missing.');
    expect(x.actors.map((a) => [a.name, a.kind, a.country])).toEqual([['Belize Defence Force', 'organization', 'BLZ'], ['Nepal Air Force', 'organization', 'NPL']]);
  });
});

describe('an office and the rank below it', () => {
  it('"the Prime Minister arrived in Lima" after a call with a Deputy Prime Minister is the prime minister of the tour', () => {
    const x = extractText('Prime Minister of Chile Ana Vera held talks in Quito on Monday. On the evening, Prime Minister Vera held a telephone conversation with Deputy Prime Minister of Russia Oleg Sorin. On Tuesday, the Prime Minister arrived in Lima.');
    expect(x.events.find((e) => e.location?.name === 'Lima')?.participants.map((p) => x.name(p.actorKey))).toContain('Ana Vera');
  });
});

describe('place and backer adjectives before a name', () => {
  it('"the Shanghai-based New Development Bank", "the Iran-backed Houthi movement": the adjective is no part of the name and hides no curated one', () => {
    const x = extractText('Dilma Rousseff, who heads the Shanghai-based New Development Bank, said the lender would approve loans. The Iran-backed Houthi movement said it would retaliate.');
    expect(x.actors.filter((a) => a.kind !== 'person').map((a) => a.name)).toEqual(['New Development Bank', 'Houthis']);
  });
});

describe('a government spokesman owned by a state', () => {
  it('"Peru\'s government spokesman, X, said" is Peru\'s, whatever state the quotation before named', () => {
    const x = extractText('Ruiz rejected the claim. "There is no Chilean base in Peru," she told reporters. Peru\'s government spokesman, Luis Soto, said in Lima on Wednesday that Santiago had never produced evidence.');
    expect(x.actors.find((a) => a.name === 'Luis Soto')).toMatchObject({ country: 'PER', role: 'government spokesman' });
  });
});

describe('delegates of the states they represent', () => {
  it('"Peru was represented by Foreign Minister A, Bolivia by Foreign Minister B": each minister is of the state before', () => {
    const x = extractText('The talks were hosted by Chile. Peru was represented by Foreign Minister Ana Ruiz Vega, Bolivia by Foreign Minister Luis Arce Mamani.');
    expect(x.actors.filter((a) => a.kind === 'person').map((a) => [a.name, a.country])).toEqual([['Ana Ruiz Vega', 'PER'], ['Luis Arce Mamani', 'BOL']]);
  });
});

describe('state codes', () => {
  it('Kosovo is XKX, the code in common use', () => {
    const x = extractText('Kosovo and Serbia held talks in Brussels.');
    expect(x.actors.find((a) => a.name === 'Kosovo')).toMatchObject({ key: 'state:XKX', country: 'XKX' });
  });
});

describe('a transitional government of a state', () => {
  it('"the Transitional Government of Burkina Faso" is the state, as "the Government of Costa Rica" is', () => {
    const x = extractText('Officials alleged that armed groups hostile to the Transitional Government of Burkina Faso are using camps in Ghana.');
    expect(x.actors.map((a) => a.name)).toEqual(['Burkina Faso', 'Ghana']);
  });
});

describe('a state\'s military government', () => {
  it('"Niger\'s military government accused Benin of ..." is Niger\'s charge; "the junta" of a story that names one stays the junta', () => {
    const x = extractText('Niger\'s military government has ordered two Beninese diplomats to leave, accusing Benin of hosting French instructors.');
    expect(x.allegations.map((a) => [a.accuserKeys.map(x.name), a.accusedKeys.map(x.name)])).toEqual([[['Niger'], ['Benin']]]);
    const y = extractText('Niger\'s junta expelled two diplomats. Niger\'s military government also closed the border.');
    expect(y.actors.filter((a) => a.kind === 'group').map((a) => a.name)).toEqual(['Niger junta']);
  });
});

describe('UN expert bodies', () => {
  it.each([
    ['UN experts have accused Peru of arming the rebels.', 'UN experts'],
    ['A report by a UN panel of experts said Peru had armed the rebels.', 'UN panel of experts'],
  ])('reads "%s" with the experts, not the UN, as the body', (sentence, body) => {
    const x = extractText(sentence);
    expect(x.actors.map((a) => a.name)).toContain(body);
    expect(x.actors.map((a) => a.name)).not.toContain('United Nations');
  });
});

describe('the state of a head of state named without a nationality', () => {
  const person = (x: ReturnType<typeof extractText>, name: string) => x.actors.find((a) => a.name === name);

  it('"President X of Peru" takes the state after the name, and "under" is no part of the title', () => {
    const x = extractText('Relations with Chile improved under outgoing President Ana Ruiz of Peru.');
    expect(person(x, 'Ana Ruiz')).toMatchObject({ country: 'PER', role: 'outgoing President' });
  });

  it('takes the state named just before in the sentence, or the one the sentence before is about', () => {
    const x = extractText(
      'Chile sent its envoy to Bolivia on Monday. She flew on to Guatemala, where newly inaugurated President Bernardo Arevalo has pledged to keep ties with Taiwan. ' +
        'Paraguay, the largest remaining ally in South America, appears firm. President Santiago Pena told reporters that Asuncion would not change course.',
    );
    expect(person(x, 'Bernardo Arevalo')?.country).toBe('GTM');
    expect(person(x, 'Santiago Pena')?.country).toBe('PRY');
  });

  it('takes the state whose capital opens the sentence before: "Mogadishu regards Somaliland as part of Somalia. President X signed ..."', () => {
    const x = extractText('Ethiopia signed a port deal with Somaliland on January 1. Mogadishu regards Somaliland as part of its territory. Within a week, President Hamza Abdi Nur signed a law annulling the deal.', '2024-02-15');
    expect(person(x, 'Hamza Abdi Nur')?.country).toBe('SOM');
  });

  it('a minister named right after a scene set in a capital is of that state: "In Managua, President X denounced ... Foreign Minister Y rejected ..."', () => {
    const x = extractText('The United States imposed sanctions on nine Nicaraguan officials on Thursday. In Managua, President Daniel Ortega denounced the measures. Foreign Minister Rosa Altamira rejected the accusations as lies.', '2023-10-05');
    expect(person(x, 'Rosa Altamira')?.country).toBe('NIC');
  });

  it('leaves the lead state when another state stands between', () => {
    const x = extractText('Chile accused Peru of spying. Talks between Bolivia and Ecuador went ahead, and President Luis Mora said they were useful.');
    expect(person(x, 'Luis Mora')?.country).not.toBe('ECU');
  });
});

describe('names with two particles and titles that run into a name', () => {
  it('"María Fernanda de la Torre" is one name, and "De la Torre" later is the same person', () => {
    const x = extractText('Foreign Minister María Fernanda de la Torre met her Venezuelan counterpart on Monday. De la Torre said the deal was fair.');
    const p = x.actors.filter((a) => a.kind === 'person').map((a) => a.name);
    expect(p).toContain('María Fernanda de la Torre');
    expect(p).not.toContain('De la Torre');
    expect(x.name(x.statements[0]!.speakerKey)).toBe('María Fernanda de la Torre');
  });

  it('a place set off before a title ("in Palmira, Colombia\'s Foreign Minister X") is not a titled person', () => {
    const x = extractText("On Thursday afternoon in Palmira, Colombia's Foreign Minister Ana Ruiz met her counterpart.");
    expect(x.actors.map((a) => a.name)).not.toContain('Palmira');
    expect(x.actors.find((a) => a.name === 'Ana Ruiz')).toMatchObject({ country: 'COL', role: 'Foreign Minister' });
  });
});

describe('a bureau dateline and appositions naming a body', () => {
  it('a dateline state the story never names gives no nationality ("NAIROBI" on a story about two other states)', () => {
    const x = extractArticle('NAIROBI, May 14 (Desk) - Peru accused Chile of massing troops on Tuesday.\n\nPresidential adviser Luis Mora said the troops would stay.', { publishedAt: '2024-05-15' });
    expect(x.actor('Luis Mora')?.country).not.toBe('KEN');
    const home = extractArticle('NAIROBI, May 14 (Desk) - Kenya accused Somalia of massing troops on Tuesday.\n\nPresidential adviser Luis Mora said the troops would stay.', { publishedAt: '2024-05-15' });
    expect(home.actor('Luis Mora')?.country).toBe('KEN');
  });

  it('"X, head of the Government Communication Service, told reporters": a person whose office names a body', () => {
    const x = extractText('"There is no plan to cross any border," Selam Tesfaye, head of the Government Communication Service, told reporters.');
    expect(x.actors.find((a) => a.name === 'Selam Tesfaye')).toMatchObject({ kind: 'person', role: 'head of the Government Communication Service' });
    expect(x.name(x.statements[0]!.speakerKey)).toBe('Selam Tesfaye');
  });
});

describe('readout style: honorifics, offices and pairs', () => {
  it('"His Excellency Sheikh X" and "HE Dr. Y" are honorifics, not names or pronouns', () => {
    const x = extractText('His Excellency Sheikh Salem Al-Harbi received HE Dr. Omar Nasser in Kuwait on Monday.');
    const persons = x.actors.filter((a) => a.kind === 'person').map((a) => a.name);
    expect(persons).toEqual(expect.arrayContaining(['Salem Al-Harbi', 'Omar Nasser']));
    expect(persons.some((p) => /Excellency/.test(p))).toBe(false);
  });

  it('"the Deputy Prime Minister" is the one with that whole office, not the last minister named', () => {
    const x = extractText('Deputy Prime Minister Salem Al-Harbi received Deputy Foreign Minister Reza Karimi of Iran. The Deputy Prime Minister stated that Kuwait "will not abandon" Sudan.');
    expect(x.name(x.statements[0]!.speakerKey)).toBe('Salem Al-Harbi');
  });

  it('"the two sides" after "the two leaders" are the leaders\' states', () => {
    const x = extractText('Chilean President Ana Ruiz held talks with Peruvian President Luis Mora in Lima on Tuesday, before the two leaders sat down for dinner. After the talks, the two sides signed an energy agreement.');
    const agree = x.events.find((e) => e.type === 'agree');
    expect(agree?.participants.map((p) => p.actorKey).sort()).toEqual(['state:CHL', 'state:PER']);
  });
});

describe('crowds and spokespeople after the body they speak for', () => {
  it('"supporters of the government gathered outside the X embassy": a crowd protesting X, not its own state', () => {
    const x = extractArticle('LIMA, May 14 - Peru expelled two Chilean diplomats on Tuesday.\n\nBy late afternoon, several hundred supporters of the government gathered outside the Chilean embassy, waving Peruvian flags.', { publishedAt: '2024-05-15' });
    const crowd = x.actors.find((a) => a.kind === 'group');
    expect(crowd).toMatchObject({ name: 'supporters', country: 'PER' });
    expect(crowd?.aliases).toContain('supporters of the government');
    const protest = x.events.find((e) => e.type === 'protest');
    expect(protest?.participants.map((p) => p.actorKey)).toEqual([crowd!.key, 'state:CHL']);
  });

  it('a spokesperson introduced right after a body speaks for its state, not the dateline\'s', () => {
    const x = extractArticle('OUAGADOUGOU, Nov 6 - Burkina Faso expelled two Ivorian diplomats.\n\nThe government in Abidjan rejected the accusations within hours. Government spokesman Serge Koffi Yao told reporters that the charges were false.\n\nChile\'s defence ministry rejected the report. A ministry spokesman, Luis Mora, said no soldier had crossed.', { publishedAt: '2024-11-06' });
    expect(x.actor('Serge Koffi Yao')?.country).toBe('CIV');
    expect(x.actor('Luis Mora')?.country).toBe('CHL');
  });
});

describe('South Asian honorifics, initials and transcripts', () => {
  it('"Shri", "Dr. S." and a question\'s "Will" are no part of a name or title', () => {
    const x = extractText('Official Spokesperson Shri Ravi Kumar said External Affairs Minister Dr. S. Menon spoke to the Chilean minister. Will Prime Minister Ana Ruiz meet him?');
    const persons = x.actors.filter((a) => a.kind === 'person');
    expect(persons.map((a) => a.name)).toEqual(expect.arrayContaining(['Ravi Kumar', 'S. Menon', 'Ana Ruiz']));
    expect(persons.map((a) => a.name)).not.toContain('Dr');
    expect(persons.find((a) => a.name === 'Ana Ruiz')?.role).toBe('Prime Minister');
  });

  it('an initial may open a name after an office or in an apposition: "Minister R. Sharma", "minister, K. Iyer,"', () => {
    const x = extractText("Bhutan's foreign minister, Tashi Dorji, met India's external affairs minister, K. Iyer, in Thimphu on Monday. Commerce Minister R. Sharma joined them.");
    expect(x.actors.filter((a) => a.kind === 'person').map((a) => a.name)).toEqual(expect.arrayContaining(['K. Iyer', 'R. Sharma']));
    expect(x.actors.find((a) => a.name === 'K. Iyer')?.country).toBe('IND');
  });

  it('"A. Nazarov" after "Anvar Nazarov" is the same person', () => {
    const x = extractText('Foreign Minister Anvar Nazarov received the Japanese delegation. Minister A. Nazarov said ties were strong.');
    expect(x.actors.filter((a) => a.kind === 'person').map((a) => a.name)).toEqual(['Anvar Nazarov']);
  });

  it('"was posted to Moscow" is a diplomat\'s posting, not reported speech', () => {
    const x = extractText('Erik Dahl, a Norwegian diplomat, was posted to Moscow in 1976 and stayed there for six years.');
    expect(x.statements).toEqual([]);
  });

  it('"posted afterwards that" and "said subsequently that" report speech', () => {
    const x = extractText("India's external affairs minister, K. Iyer, met Bhutan's foreign minister on Monday. Iyer posted afterwards that the talks had been warm. Iyer said subsequently that a visit was planned.");
    expect(x.statements.map((st) => [x.name(st.speakerKey), st.text])).toEqual([
      ['K. Iyer', 'the talks had been warm'],
      ['K. Iyer', 'a visit was planned'],
    ]);
  });

  it('"Pakistan\'s Foreign Office" is Pakistan\'s foreign ministry, not Britain\'s', () => {
    const x = extractText("Pakistan's Foreign Office has accused India of sponsoring terrorism.");
    const fo = x.actors.find((a) => a.kind === 'organization');
    expect(fo).toMatchObject({ name: 'Pakistani foreign ministry', country: 'PAK' });
    expect(x.allegations[0]?.accuserKeys).toEqual([fo!.key]);
  });
});

describe('private persons and offices of a judiciary', () => {
  it('"French engineer X" is a person of France whose journey home is no visit; "Iran\'s judiciary spokesman Y" is Iranian', () => {
    const x = extractText("French engineer Olivier Marchetti was freed on Monday. Iranian engineer Reza Karimi travelled to Oman on Tuesday. Iran's judiciary spokesman Asghar Jahangir repeated the charge.");
    expect(x.actors.find((a) => a.name === 'Olivier Marchetti')).toMatchObject({ kind: 'person', country: 'FRA' });
    expect(x.events.filter((e) => e.type === 'consult')).toHaveLength(0);
    expect(x.actors.find((a) => a.name === 'Asghar Jahangir')).toMatchObject({ country: 'IRN', role: 'judiciary spokesman' });
  });
});

describe('EU press releases', () => {
  it('"the Council" is the curated Council of the EU named before, not a council named in passing; the Official Journal is no person', () => {
    const x = extractText('The Council of the EU met on Monday as the EU-Moldova Association Council held its ninth meeting. The Council today imposed restrictive measures on five individuals. The acts were published in the Official Journal of the EU.');
    const sanction = x.events.find((e) => e.type === 'sanction');
    expect(x.name(sanction!.participants.find((p) => p.role === 'source')!.actorKey)).toBe('Council of the European Union');
    expect(x.actors.some((a) => a.kind === 'person')).toBe(false);
  });
});

describe('capitals other places share', () => {
  it('"Georgetown" is Guyana in a story that names Guyana, and no one elsewhere', () => {
    const x = extractText('Venezuela has recalled its ambassador to Guyana, after Georgetown accused Caracas of massing troops near the border.');
    expect(x.allegations[0]).toMatchObject({ accuserKeys: ['state:GUY'], accusedKeys: ['state:VEN'] });
    const y = extractText('Students in Georgetown protested on Monday.');
    expect(y.actors.some((a) => a.key === 'state:GUY')).toBe(false);
  });

  it('a Caribbean capital shared with other places counts in a story about CARICOM: "Kingston will host the next meeting"', () => {
    const x = extractText('CARICOM leaders closed their summit in Basseterre on Thursday. Kingston will host the next regular meeting of the conference in July.');
    expect(x.actors.some((a) => a.key === 'state:JAM')).toBe(true);
  });

  it('an upper-case dateline "GEORGETOWN —" places the day\'s charge in a story that names Guyana, and nowhere in one that does not', () => {
    const x = extractText('Guyana accuses Venezuela over border build-up\n\nGEORGETOWN — Guyana on Monday accused Venezuela of sending troops toward the border river.', '2024-05-14');
    expect(x.events.find((e) => e.type === 'accuse')?.location).toMatchObject({ name: 'Georgetown', country: 'GUY' });
    const y = extractText('Venezuela warns of border build-up\n\nGEORGETOWN — Venezuela on Monday accused Colombia of sending troops toward the border river.', '2024-05-14');
    expect(y.events.find((e) => e.type === 'accuse')?.location ?? null).toBeNull();
  });

  it('a shared capital of several words ("Saint John\'s") counts too, through the same lookup as every other name', () => {
    const x = extractText('Saint John\'s accused Caracas on Monday of seizing a fishing boat off Antigua and Barbuda.');
    expect(x.allegations[0]).toMatchObject({ accuserKeys: ['state:ATG'], accusedKeys: ['state:VEN'] });
  });
});

describe('epithets in the seeds', () => {
  it('"the U.N. nuclear watchdog" is the IAEA, not the United Nations', () => {
    const x = extractText('Iran expelled two inspectors from the U.N. nuclear watchdog on Friday.');
    expect(x.actors.map((a) => a.name)).toEqual(['Iran', 'International Atomic Energy Agency']);
  });
});

describe('a demonym naming a region', () => {
  it('"Ethiopia\'s Afar and Somali regions" are places in Ethiopia, not Somalia', () => {
    const x = extractText("Kuwait pledged 50 million dollars for rural water supply schemes in Ethiopia's Afar and Somali regions.");
    expect(x.actors.map((a) => a.name)).not.toContain('Somalia');
    expect(x.events.find((e) => e.type === 'aid')?.participants.map((p) => p.actorKey)).toEqual(['state:KWT', 'state:ETH']);
  });
});

describe('"the sheikh"', () => {
  it('is the person the story called Sheikh: "where the sheikh met X" is his meeting', () => {
    const x = extractText("Kuwait's Foreign Minister Sheikh Jarrah Al-Sabah ended a tour on Friday. The tour began on Monday in Addis Ababa, where the sheikh met Ethiopian Foreign Minister Tesfaye Bekele.");
    expect(x.events.find((e) => e.type === 'consult')?.participants.map((p) => x.name(p.actorKey))).toEqual(['Jarrah Al-Sabah', 'Tesfaye Bekele']);
  });
});

describe('private persons', () => {
  it('"Denmark freed Reza Karimi, an Iranian national sentenced by a Danish court": a person of Iran', () => {
    const x = extractText('In return, Denmark freed Reza Karimi, an Iranian national sentenced by a Danish court in 2021 to eight years.');
    expect(x.actors.find((a) => a.kind === 'person')).toMatchObject({ name: 'Reza Karimi', country: 'IRN' });
  });
});

describe('parties and armies named with an "of"/"for" tail', () => {
  it('"the Nigerien Party for Democracy and Socialism said" is a party of Niger; "the Communist Party of Vietnam" keeps its first word and is of the state its name ends with', () => {
    const x = extractText('His party, the Nigerien Party for Democracy and Socialism, said on Wednesday that the family had been left without electricity. Delegates of the Communist Party of Vietnam attended.');
    expect(x.actors.filter((a) => a.kind === 'organization').map((a) => [a.name, a.country])).toEqual([
      ['Nigerien Party for Democracy and Socialism', 'NER'],
      ['Communist Party of Vietnam', 'VNM'],
    ]);
    expect(x.name(x.statements[0]?.speakerKey ?? null)).toBe('Nigerien Party for Democracy and Socialism');
  });
});

describe('firms named after a noun for them', () => {
  it('"the charter airline AeroBel Transit", "the Belarusian state airline Belavia" are firms; "the aircraft carrier Theodore Roosevelt" is none', () => {
    const x = extractText('The measures target the state-owned travel agency Tsentrkurort and the charter airline AeroBel Transit. The Belarusian state airline Belavia was spared. The aircraft carrier Theodore Roosevelt sailed on Monday.');
    expect(x.actors.filter((a) => a.kind === 'organization').map((a) => [a.name, a.country])).toEqual([
      ['Tsentrkurort', null],
      ['AeroBel Transit', null],
      ['Belavia', 'BLR'],
    ]);
  });
});

describe('a byline\'s place as the story\'s home', () => {
  it('"By X | Lima | 11 June 2025": a titled official the story gives no country serves Peru', () => {
    const x = extractArticle('Huaman signs deals in Rome\n\nBy Ana Torres | Lima | 11 June 2025\n\nPresident Rosa Huaman Castillo on Wednesday signed four agreements with Italy on the second day of a state visit, the first by a Peruvian head of state in eleven years.');
    expect(x.actor('Rosa Huaman Castillo')?.country).toBe('PER');
  });
});

describe('bodies written in lower case after their first word', () => {
  it('"a UN security council resolution" is the Security Council', () => {
    const x = extractText('Russia has vetoed a UN security council resolution on the plant.');
    expect(x.actors.map((a) => a.name)).toContain('United Nations Security Council');
    expect(x.actors.map((a) => a.name)).not.toContain('United Nations');
  });
});

describe('ministries named by their portfolio', () => {
  it('"the foreign ministry of Libya said" is Libya\'s foreign ministry; "Libya\'s Tripoli-based Government of National Unity" is Libya\'s body', () => {
    const x = extractText('The foreign ministry of Libya said the boats had been fishing illegally. The Tripoli government answered for Libya\'s Tripoli-based Government of National Unity.');
    expect(x.actors.filter((a) => a.kind === 'organization').map((a) => [a.name, a.country])).toEqual([['Libyan foreign ministry', 'LBY'], ['Government of National Unity', 'LBY']]);
    expect(x.name(x.statements[0]?.speakerKey ?? null)).toBe('Libyan foreign ministry');
  });
  it('"Austria\'s Climate Ministry" and "the agriculture ministry" are ministries of that portfolio', () => {
    const x = extractText("Austria's Climate Ministry last month accused Bratislava of withholding safety documents. Hungary's agriculture ministry said it would send experts.");
    expect(x.actors.filter((a) => a.kind === 'organization').map((a) => [a.name, a.country])).toEqual([
      ['Austrian climate ministry', 'AUT'],
      ['Hungarian agriculture ministry', 'HUN'],
    ]);
    expect(x.allegations[0]?.accuserKeys).toEqual(['org:aut-climate-ministry']);
  });
  it('a Myanmar ministry is named after the state, not the dated demonym: "the Burmese foreign ministry" is "Myanmar foreign ministry"', () => {
    const x = extractText("The Burmese foreign ministry said the bloc had no mandate. Myanmar's foreign ministry later repeated it.");
    expect(x.actors.filter((a) => a.kind === 'organization').map((a) => [a.name, a.country])).toEqual([['Myanmar foreign ministry', 'MMR']]);
  });
  it('a story filed from one capital about another: "arrived from the Peruvian capital, where he held talks with Foreign Minister X" makes X Peruvian; "Lima blames ... . Foreign Office spokeswoman Y said" makes Y Peruvian', () => {
    const x = extractArticle(`QUITO, May 13 (Andes Wire) - A Chilean envoy flew from Lima to Quito on Monday to press Ecuador to accept a truce.

The envoy arrived from the Peruvian capital, where he held talks on Sunday with Foreign Minister Juan Rios and army officers.

Lima blames the clashes on smugglers it says operate from Ecuadorian soil. Foreign Office spokeswoman Ana Paredes said on Friday that Quito had "failed to act" against them.`, { publishedAt: '2024-05-13' });
    expect([x.actor('Juan Rios')?.country, x.actor('Ana Paredes')?.country]).toEqual(['PER', 'PER']);
  });
  it('"North Korea fired missiles ..., South Korea\'s military said. The Joint Chiefs of Staff said ...": the body goes on with the voice, not the subject', () => {
    const x = extractArticle('SEOUL, May 8 (Wire) - North Korea fired two missiles on Thursday, South Korea\'s military said. The Joint Chiefs of Staff said the missiles flew 800 km.', { publishedAt: '2025-05-08' });
    expect(x.actors.find((a) => a.name === 'Joint Chiefs of Staff')?.country).toBe('KOR');
  });
  it('a demonym two states share ("Dominican", "Congolese") is the state the story names, and no state where it names neither', () => {
    const x = extractText('Haiti accused Dominican authorities of mass expulsions. The Dominican Republic rejected the claims.');
    expect(x.allegations[0]?.accusedKeys).toEqual(['state:DOM']);
    const y = extractText('Congolese troops clashed with M23 fighters near Goma, the DRC army said.');
    expect(y.events.find((e) => e.type === 'assault')?.participants.map((p) => y.name(p.actorKey))).toEqual(['DR Congo', 'M23']);
    const z = extractText('A Dominican sculptor opened an exhibition in Madrid.');
    expect(z.actors.filter((a) => a.kind === 'state')).toEqual([]);
  });
  it('"the bloc" is the bloc named earlier in its own sentence before any named in sentences before', () => {
    const x = extractText('NATO troops are stationed near the border. A spokesperson for the European Union\'s diplomatic service said the bloc stood "in full solidarity" with Lithuania.');
    expect(x.events.filter((e) => e.type === 'support').map((e) => e.participants.map((p) => x.name(p.actorKey)))).toEqual([['European Union', 'Lithuania']]);
  });
  it('"the daily El Comercio identified him as Luis Mora Vega": the name given for "him" is a person\'s', () => {
    const x = extractText('Chile expelled a Peruvian diplomat on Monday. The daily El Comercio identified him as Luis Mora Vega.');
    expect(x.actors.filter((a) => a.kind === 'person').map((a) => a.name)).toEqual(['Luis Mora Vega']);
  });
  it('"Philippine coast guard vessels" after "the Philippine Coast Guard (PCG)" is that body, not a second one named after the state', () => {
    const x = extractText('The Philippine Coast Guard (PCG) said two ships were hit. The treaty covers attacks on Philippine coast guard vessels.');
    expect(x.actors.filter((a) => a.kind === 'organization').map((a) => a.name)).toEqual(['Philippine Coast Guard']);
  });
  it('a Central Asian patronymic ends a name ("Azamat Zhenishbek uulu"), and "a researcher at the OSCE Academy" names a body, not a person called Academy (a body that only employs the speaker is no actor of the story)', () => {
    const x = extractText('The canal could cut the flow by 15 percent, according to Azamat Zhenishbek uulu, a water-security researcher at the OSCE Academy in Bishkek. "The losses are enormous," he said.');
    expect(x.actors.map((a) => [a.name, a.kind])).toEqual([['Azamat Zhenishbek uulu', 'person']]);
    expect(x.statements.map((st) => x.name(st.speakerKey))).toEqual(['Azamat Zhenishbek uulu']);
  });
  it('Police, Navy and Gendarmerie end a body\'s name, with a capitalised word after a possessive owner ("Portugal\'s Public Security Police")', () => {
    const x = extractText("Brazil has accused Portugal's Public Security Police of singling out Brazilian travellers.");
    expect(x.actors.filter((a) => a.kind === 'organization').map((a) => [a.name, a.country])).toEqual([['Public Security Police', 'PRT']]);
  });
  it('a ministry release: "The Minister for Foreign Affairs, Hon. Ratu X, spoke with the Minister of Foreign Affairs, International Cooperation and External Trade of Y, Hon. Z." names two persons, no "Hon" and no "International Cooperation"', () => {
    const x = extractText('SUVA — The Minister for Foreign Affairs, Hon. Ratu Inoke Vunibaka, held a telephone conversation yesterday with the Minister of Foreign Affairs, International Cooperation and External Trade of the Republic of Vanuatu, Hon. Marie-Louise Tabi.');
    expect(x.actors.filter((a) => a.kind === 'person').map((a) => a.name)).toEqual(['Inoke Vunibaka', 'Marie-Louise Tabi']);
  });
  it('"the Movement for Justice and Renewal in Chad (MJRT)": the state after "in", before the acronym, is part of the name, and the acronym names the body', () => {
    const x = extractText('Delegations from Chad and the Movement for Justice and Renewal in Chad (MJRT) met on Thursday. The MJRT accused the Chadian government of carrying out air strikes on villages.');
    expect(x.actors.filter((a) => a.kind === 'organization').map((a) => a.name)).toEqual(['Movement for Justice and Renewal in Chad']);
    expect(x.allegations.map((a) => a.accuserKeys.map(x.name))).toEqual([['Movement for Justice and Renewal in Chad']]);
  });
  it('"at the Prime Minister\'s House in Lima" is a building, not a person called House', () => {
    const x = extractText('The welcoming ceremony took place at the Prime Minister\'s House in Lima on October 7.');
    expect(x.actors.some((a) => a.kind === 'person')).toBe(false);
  });
  it('"the foreign ministry in Kathmandu said" is the ministry of the capital after it, not the one the story named before', () => {
    const x = extractText("The Chilean foreign ministry summoned Bolivia's ambassador. Peru's Foreign Minister Ana Ruiz will travel to La Paz on 24 June, the foreign ministry in Lima said on Thursday.");
    expect(x.statements.map((st) => x.name(st.speakerKey))).toEqual(['Peruvian foreign ministry']);
  });
  it('"held talks at the foreign ministry in Quito": the building is where it happened, not an actor', () => {
    const x = extractArticle('QUITO, May 13 (Andes Wire) - Peruvian Foreign Minister Juan Rios and his Ecuadorian counterpart held talks at the foreign ministry in Quito on Monday. Ecuador and Peru agreed to reopen the crossing.', { publishedAt: '2024-05-14' });
    expect(x.actors.some((a) => a.kind === 'organization')).toBe(false);
  });
  it('"the Chilean defence ministry accused ...": the national adjective names the ministry, it is no party of its own', () => {
    const x = extractText('The Chilean defence ministry accused Peru of moving troops to the border on Monday.');
    expect(x.events.filter((e) => e.type === 'accuse').map((e) => e.participants.map((p) => `${x.name(p.actorKey)}:${p.role}`))).toEqual([['Chilean defence ministry:source', 'Peru:target']]);
  });
});

describe('bodies named over "and"', () => {
  it('"the King Salman Humanitarian Aid and Relief Centre" is one body, not a king and a person', () => {
    const x = extractText('Saudi Arabia, through the King Salman Humanitarian Aid and Relief Centre, pledged 50 million dollars to Somalia.');
    expect(x.actors.filter((a) => a.kind !== 'state').map((a) => [a.name, a.kind])).toEqual([['King Salman Humanitarian Aid and Relief Centre', 'organization']]);
  });
});

describe('plurals whose list comes later', () => {
  it('"the three Baltic states" before "Estonia, Latvia and Lithuania" are those three, and so are "the ministers" in between', () => {
    const x = extractText('The foreign ministers of the three Baltic states agreed on Tuesday to pool their air surveillance. The ministers met for a day of talks in Riga. Under the plan, Estonia, Latvia and Lithuania will share radar data and hold a joint exercise in June.', '2025-03-12');
    const baltic = ['state:EST', 'state:LVA', 'state:LTU'];
    const agree = x.events.find((e) => e.type === 'agree' && e.date?.value === '2025-03-11');
    expect(agree?.participants.map((p) => p.actorKey).sort()).toEqual([...baltic].sort());
    const talks = x.events.find((e) => e.type === 'consult');
    expect(talks?.participants.map((p) => p.actorKey).sort()).toEqual([...baltic].sort());
  });

  it('a verb coordinated with "will" further back is planned too: "will share radar data and hold a joint exercise in June"', () => {
    const x = extractText('Under the plan, Estonia, Latvia and Lithuania will share radar and satellite tracking data with each other in real time and hold a joint exercise off the coast in June.', '2025-03-12');
    expect(x.events.find((e) => e.type === 'cooperate')).toMatchObject({ status: 'planned', date: { value: '2025-06' } });
  });
});

describe('"the presidents of X and Y"', () => {
  it('is the two states listed after "of", not the last two persons named', () => {
    const x = extractText('Marat Osmonov, secretary of the security council, warned of a response. Ambassador Sherali Rakhimzoda was summoned. The presidents of Kyrgyzstan and Tajikistan spoke by telephone on Wednesday and agreed to pull back the additional troops.');
    const call = x.events.find((e) => e.type === 'consult' && e.mode === 'phone');
    expect(call?.participants.map((p) => p.actorKey).sort()).toEqual(['state:KGZ', 'state:TJK']);
  });

  it('"his Chilean counterpart X" holds the office of the one named before, and is one of "the two ministers"', () => {
    const x = extractText('Peruvian Foreign Minister Juan Rios held talks with his Chilean counterpart Ana Vera in Lima on Monday. The two ministers signed a fisheries accord.');
    expect(x.actors.find((a) => a.key === 'person:ana-vera')?.role).toBe('Foreign Minister');
    const accord = x.events.find((e) => e.type === 'agree');
    expect(accord?.participants.map((p) => p.actorKey).sort()).toEqual(['person:ana-vera', 'person:juan-rios']);
  });
});

describe('private persons, names and genders', () => {
  it('a full name with an age and an occupation in apposition (", a 41-year-old logistics consultant,") is a private person', () => {
    const x = extractText('Paul Morel, a 41-year-old logistics consultant, and Lea Bonnet, a 36-year-old academic, were freed on Tuesday.');
    expect(x.actors.filter((a) => a.kind === 'person').map((a) => a.name)).toEqual(['Paul Morel', 'Lea Bonnet']);
  });

  it('a one-word body name ending a person\'s name ("Marta Lopes Wagner") or standing for her surname is the person, not the Wagner Group', () => {
    const x = extractText('Angolan Foreign Minister Marta Lopes Wagner spoke at the council. Wagner said the talks would resume. The UN imposed sanctions on Kim Jong Un.');
    expect(x.actors.some((a) => a.name === 'Wagner Group')).toBe(false);
    expect(x.statements[0]?.speakerKey).toBe(x.actors.find((a) => a.name === 'Marta Lopes Wagner')?.key);
    // (A body's acronym that is also a surname's spelling in another case stays the body.)
    expect(x.actors.some((a) => a.key === 'org:un')).toBe(true);
  });

  it('an honorific gives a gender ("Ms Vera" is no "he"), and so does a possessive in the clause of the person who opens the sentence ("X met her counterpart")', () => {
    const x = extractText('Chilean Foreign Minister Juan Rios said the case had no political dimension. "Ms Vera will answer before the law like anyone else," he said. He also accused Lima of waging a campaign of slander.');
    expect(x.allegations.map((a) => a.accuserKeys.map(x.name))).toEqual([['Juan Rios']]);
    const y = extractText('Peruvian President Ana Ruiz held talks with her Chilean counterpart Luis Mora on Monday. The two leaders signed a trade deal. "This is a good day," he said.');
    expect(y.statements.map((st) => y.name(st.speakerKey))).toEqual(['Luis Mora']);
  });

  it('"her" as an object is the woman named before the verb\'s subject, and makes her a woman; "her government" is her state; a curated one-word name before another name is a given name', () => {
    const x = extractText('Chilean President Ana Vera spoke on Sunday. Argentine President Marcos Ledesma then called her "a puppet" in a post. Ledesma\'s posts came hours after Vera criticised his decision. In one message, he accused her government of "handing the country over to traffickers".');
    expect(x.actors.some((a) => a.name === 'Ferdinand Marcos Jr.')).toBe(false);
    const a = x.allegations[0];
    expect(a?.accuserKeys.map((k) => x.name(k))).toEqual(['Marcos Ledesma']);
    expect(a?.accusedKeys).toEqual(['state:CHL']);
  });

  it('a full name a noun for a person calls "named" is a person, of the state in that noun\'s phrase ("a first secretary at the Russian embassy named X"); a ship so named is not', () => {
    const x = extractText('Foreign Minister Kaja Rebane said the diplomat, a first secretary at the Russian embassy named Pavel Zorin, had been expelled. ' +
      'Zorin was accused by the security service of paying sailors on a tanker named Baltic Star to log repair ships.', '2025-03-12');
    expect(x.actors.filter((a) => a.kind === 'person').map((a) => [a.name, a.country])).toEqual([['Kaja Rebane', null], ['Pavel Zorin', 'RUS']]);
    expect(x.allegations.map((a) => x.name(a.accusedKeys[0] ?? null))).toEqual(['Pavel Zorin']);
  });

  it('"attended by South Korea\'s X" names the state\'s person; "X, a Japan specialist at ..., said" is a private person', () => {
    const x = extractText('The meeting was hosted by Japan and attended by South Korea\'s Park Min-seo. Li Wenjun, a Japan specialist at Fudan University in Shanghai, said the talks had stalled.');
    expect(x.actors.filter((a) => a.kind === 'person').map((a) => [a.name, a.country])).toEqual([['Park Min-seo', 'KOR'], ['Li Wenjun', null]]);
    expect(x.statements.map((st) => x.name(st.speakerKey))).toEqual(['Li Wenjun']);
  });
});

describe('embassies', () => {
  it('an embassy that speaks is an actor of its own, one per host; one that only places a person or is acted on is its state', () => {
    const x = extractText('The Peruvian embassy in Santiago rejected the accusations on Thursday. Peru\'s embassy said Chile was inventing enemies. Chile expelled a Peruvian embassy employee and a diplomat at the Peruvian Embassy. Protesters stormed the Bolivian embassy in Lima.');
    const embassies = x.actors.filter((a) => /embassy/i.test(a.name));
    expect(embassies.map((a) => [a.name, a.country, a.kind])).toEqual([['Peruvian embassy in Santiago', 'PER', 'organization']]);
    expect(x.statements[0]?.speakerKey).toBe(embassies[0]?.key);
    expect(x.actors.some((a) => a.kind === 'person')).toBe(false);
  });

  it('a High Commission is a Commonwealth state\'s embassy; "the mission said" and "the embassy said" are the one named last', () => {
    const x = extractText('Sri Lanka rejected the charge. In a statement on Friday, the Indian High Commission in Colombo said the trawlers had stayed in Indian waters. The mission said talks would continue. Later the embassy added that a protest note had arrived.');
    const hc = x.actors.find((a) => a.kind === 'organization');
    expect(hc).toMatchObject({ name: 'Indian High Commission in Colombo', country: 'IND' });
    expect(x.statements.map((st) => st.speakerKey)).toEqual([hc?.key, hc?.key, hc?.key]);
  });
});

describe('titles and offices', () => {
  it('portfolios and grades inside a title: "Water Resources Minister X", "X, additional secretary at ..."', () => {
    const x = extractText('Water Resources Minister Farida Akter met the Indian team, which was led by Vikram Rao, additional secretary at the water ministry.');
    expect(x.actors.filter((a) => a.kind === 'person').map((a) => [a.name, a.role])).toEqual([
      ['Farida Akter', 'Water Resources Minister'],
      ['Vikram Rao', 'additional secretary'],
    ]);
  });

  it('an agency\'s field in lower case belongs to the title ("UN relief chief X"), so its holder serves the body, not the story\'s state', () => {
    const x = extractText('Sudan\'s army-backed government threatened to curb aid on Monday. UN relief chief Marit Olsgaard said convoys were stuck. ' +
      'EU migration commissioner Tomas Veliky said the bloc would help.');
    expect(x.actors.filter((a) => a.kind === 'person').map((a) => [a.name, a.role, a.country])).toEqual([
      ['Marit Olsgaard', 'UN relief chief', null],
      ['Tomas Veliky', 'EU migration commissioner', null],
    ]);
  });

  it('"India\'s Permanent Representative, Ambassador X": the office before the rank is the title and its owner the state', () => {
    const x = extractText('At the Security Council on Tuesday, India\'s Permanent Representative, Ambassador Vikram Sethi, accused Pakistan of espionage. ' +
      'Russia\'s Deputy Permanent Representative, Ambassador Ivan Sorokin, said the council should wait.');
    expect(x.actors.filter((a) => a.kind === 'person').map((a) => [a.name, a.role, a.country])).toEqual([
      ['Vikram Sethi', 'Permanent Representative', 'IND'],
      ['Ivan Sorokin', 'Deputy Permanent Representative', 'RUS'],
    ]);
    expect(x.allegations.map((a) => x.name(a.accuserKeys[0] ?? null))).toEqual(['Vikram Sethi']);
  });

  it('titles of agencies and ministries: listed portfolios ("Minister for Political, Legal and Security Affairs"), "Chief Operating Officer" of a stateless body (no state from the dateline), a Burmese "U" before a name; "Banjska, killing an officer" is no person', () => {
    const x = extractArticle('JAKARTA, March 21 (Wire) - Indonesia\'s Coordinating Minister for Political, Legal and Security Affairs, Budi Santoso, met aid officials on Thursday. ' +
      'The deal was signed by WFP Deputy Executive Director and Chief Operating Officer Lina Farouk. ' +
      'Myanmar was represented by Permanent Secretary U Min Zaw Oo. ' +
      'Serb gunmen attacked police in the village of Banjska, killing an officer.', { publishedAt: '2024-03-21' });
    expect(x.actors.filter((a) => a.kind === 'person').map((a) => [a.name, a.role, a.country])).toEqual([
      ['Budi Santoso', 'Coordinating Minister for Political, Legal and Security Affairs', 'IDN'],
      ['Lina Farouk', 'WFP Deputy Executive Director and Chief Operating Officer', null],
      ['Min Zaw Oo', 'Permanent Secretary', 'MMR'],
    ]);
  });

  it('a legislator\'s office before the name is a title ("Congressman Alfredo Cardenas", "opposition MP X"), not part of the name', () => {
    const x = extractText('Congressman Julio Paredes warned that Peru would close the border. Opposition MP Nimal Perera told Parliament the deal was secret.');
    expect(x.actors.filter((a) => a.kind === 'person').map((a) => [a.name, a.role])).toEqual([
      ['Julio Paredes', 'Congressman'],
      ['Nimal Perera', 'Opposition MP'],
    ]);
  });

  it('"the foreign ministers of A and B, X and Y": each name holds the office of its state in turn, also when the names open the next sentence ("X and Y met ...")', () => {
    const x = extractText('The presidents of Chile and Peru, Ana Ruiz and Juan Soto, met on Monday. ' +
      'The foreign ministers of Armenia and Azerbaijan agreed on a border section on Monday. Tigran Avakian and Rauf Aliyev met for four hours.');
    expect(x.actors.filter((a) => a.kind === 'person').map((a) => [a.name, a.role, a.country])).toEqual([
      ['Ana Ruiz', 'president', 'CHL'],
      ['Juan Soto', 'president', 'PER'],
      ['Tigran Avakian', 'foreign minister', 'ARM'],
      ['Rauf Aliyev', 'foreign minister', 'AZE'],
    ]);
  });

  it('a visitor who meets the dateline state\'s official is not of that state, and "the vice minister" is the vice minister named before', () => {
    const x = extractArticle('NAIROBI, Sept 16 (Wire) - South Korea will lend Kenya $1 billion. First Vice Foreign Minister Min Jae-sung held talks in Nairobi with Kenya\'s Foreign Secretary Ruth Wanjiku. ' +
      'Wanjiku said Kenya welcomed investment. The vice minister also urged Kenya to enforce sanctions. He said Pyongyang had been using front companies in Africa.', { publishedAt: '2025-09-16' });
    expect(x.actor('Min Jae-sung')?.country).toBe('KOR');
    expect(x.said('Min Jae-sung').map((st) => st.text)).toEqual(['Pyongyang had been using front companies in Africa']);
  });

  it('a portfolio after "Minister for (the)" is no part of the name that follows ("Minister for Europe Helen Marsh")', () => {
    const x = extractText('British Minister for Europe Helen Marsh spoke on Monday. Minister for the Pacific Declan Harrow said aid would follow.');
    expect(x.actors.filter((a) => a.kind === 'person').map((a) => [a.name, a.role])).toEqual([
      ['Helen Marsh', 'Minister for Europe'],
      ['Declan Harrow', 'Minister for the Pacific'],
    ]);
  });
});

describe('bodies', () => {
  it('a body first named after a noun for its trade ("the hacking group Andariel", "the charter airline AeroBel Transit") is named again by its name alone', () => {
    const x = extractText('Seoul blamed the hacking group Kumsong for the breach. Kumsong has been accused by Seoul of stealing secrets. ' +
      'The charter airline Volga Sky flew the men to Minsk. Poland accused Volga Sky of smuggling.');
    expect(x.actors.filter((a) => a.kind === 'organization').map((a) => a.name)).toEqual(['Kumsong', 'Volga Sky']);
    expect(x.allegations.map((a) => [x.name(a.accuserKeys[0] ?? null), x.name(a.accusedKeys[0] ?? null)])).toEqual([
      ['South Korea', 'Kumsong'],
      ['South Korea', 'Kumsong'],
      ['Poland', 'Volga Sky'],
    ]);
  });

  it('OFAC is curated: "the Treasury Department\'s Office of Foreign Assets Control (OFAC)" is one US body', () => {
    const x = extractText('The Treasury Department\'s Office of Foreign Assets Control (OFAC) said the network used forged certificates. OFAC named six tankers.');
    expect(x.actors.find((a) => a.name === 'Office of Foreign Assets Control')).toMatchObject({ kind: 'organization', country: 'USA' });
  });

  it('the armed forces of the Great Lakes conflict are curated: "the Rwandan army" is the Rwanda Defence Force, "the Congolese army" the FARDC, and the FDLR a group', () => {
    const x = extractText('Kinshasa accused the Rwandan army of shelling the camp. Rwanda accused the Congolese army of fighting alongside the FDLR.');
    expect(x.actors.filter((a) => a.kind !== 'state').map((a) => [a.name, a.kind, a.country])).toEqual([
      ['Rwanda Defence Force', 'organization', 'RWA'],
      ['Armed Forces of the Democratic Republic of the Congo', 'organization', 'COD'],
      ['Democratic Forces for the Liberation of Rwanda', 'group', 'COD'],
    ]);
  });

  it('self-declared states and federal member states are curated: Somaliland is a state with no country code, Jubaland and Puntland are Somali bodies, Transnistria a group in Moldova', () => {
    const x = extractText('Somalia rejected the port deal Ethiopia signed with Somaliland. Jubaland and Puntland leaders met in Doha. Transnistria asked Russia for help.');
    expect(x.actors.filter((a) => !/^(?:Somalia|Ethiopia|Russia)$/.test(a.name)).map((a) => [a.name, a.kind, a.country])).toEqual([
      ['Somaliland', 'state', null],
      ['Jubaland', 'organization', 'SOM'],
      ['Puntland', 'organization', 'SOM'],
      ['Transnistria', 'group', 'MDA'],
    ]);
  });

  it('bodies named by a noun set off before them ("Italy\'s largest farmers\' union, Coldiretti,") are of the state before the noun; "Force" may end a name ("the Capital Guard Force"), whose words charge no one', () => {
    const x = extractText('Italy\'s largest farmers\' union, Campagna Viva, has warned that the deal could flood the market. ' +
      'The Capital Guard Force said on Saturday that the rival brigade had attacked one of its checkpoints. ' +
      'Minister Rosa Alvarado said the donors must honour their commitments to the Gang Suppression Force.');
    expect(x.actors.filter((a) => a.kind === 'organization').map((a) => [a.name, a.country])).toEqual([
      ['Campagna Viva', 'ITA'],
      ['Capital Guard Force', null],
      ['Gang Suppression Force', null],
    ]);
    expect(x.allegations).toEqual([]);
  });

  it('an acronym after a noun for an association is that body: "the Peruvian exporters\' association ADEX said"', () => {
    const x = extractText('The Peruvian exporters\' association ADEX said on Wednesday that the surcharges amounted to a hidden tariff.');
    expect(x.actors.find((a) => a.name === 'ADEX')).toMatchObject({ kind: 'organization', country: 'PER' });
    expect(x.statements.map((st) => x.name(st.speakerKey))).toEqual(['ADEX']);
  });

  it('title words joined by "and" open a body\'s name: "the Security and Intelligence Service (SIS)", "the Foreign Affairs and Defence Committee (FADC)"', () => {
    const x = extractText('The Security and Intelligence Service (SIS) said three diplomats had left. The Foreign Affairs and Defence Committee (FADC) met on Friday.');
    expect(x.actors.filter((a) => a.kind === 'organization').map((a) => a.name)).toEqual(['Security and Intelligence Service', 'Foreign Affairs and Defence Committee']);
  });

  it('a body\'s name may hold a second "of": "the Authority of Heads of State and Government"', () => {
    const x = extractText('The bloc\'s Authority of Heads of State and Government said Mali was suspended.');
    expect(x.actors.some((a) => a.name === 'Authority of Heads of State and Government')).toBe(true);
  });

  it('a collective noun\'s possessive stays inside a body\'s name: "the National People\'s Congress", "the Korean People\'s Army"', () => {
    const x = extractText('Li Wen, chairman of the National People\'s Congress Standing Committee, met the visitors. The Korean People\'s Army said the drills were a provocation.');
    expect(x.actors.find((a) => a.name === 'Li Wen')?.role).toBe('chairman of the National People\'s Congress Standing Committee');
    expect(x.actors.filter((a) => a.kind === 'person').map((a) => a.name)).toEqual(['Li Wen']);
    expect(x.actors.some((a) => a.name === 'Korean People\'s Army')).toBe(true);
  });

  it('title words inside a body\'s name that ends in a body noun: "India\'s Border Security Force (BSF) said ..."', () => {
    const x = extractText("India's Border Security Force (BSF) said the farmers had crossed the border.");
    expect(x.actors.map((a) => [a.name, a.kind, a.country])).toEqual([['India', 'state', 'IND'], ['Border Security Force', 'organization', 'IND']]);
    expect(x.name(x.statements[0]?.speakerKey ?? null)).toBe('Border Security Force');
  });

  it('names ending in "Group" or "Command" are bodies: "the Andean Contact Group (ACG)", "US Africa Command"', () => {
    const x = extractText('The Andean Contact Group (ACG) met in Quito. US Africa Command said the strike killed two militants.');
    expect(x.actors.filter((a) => a.kind === 'organization').map((a) => a.name)).toEqual(['Andean Contact Group', 'US Africa Command']);
  });

  it('what is "state-run" or "state-owned" is a body of the state before it: "Russia\'s state-run Channel One told viewers ..."', () => {
    const x = extractText("A presenter on Russia's state-run Channel One told viewers that the law was unfair.");
    expect(x.actors.map((a) => [a.name, a.kind, a.country])).toEqual([['Russia', 'state', 'RUS'], ['Channel One', 'organization', 'RUS']]);
  });

  it('a name ending in "Bureau" is a body: "Finland\'s National Bureau of Investigation"', () => {
    const x = extractText("According to Finland's National Bureau of Investigation, the crew cut the cable.");
    expect(x.actors.map((a) => [a.name, a.kind, a.country])).toEqual([['Finland', 'state', 'FIN'], ['National Bureau of Investigation', 'organization', 'FIN']]);
  });

  it('"Directorate General of X" is a body, not a general named X', () => {
    const x = extractText('The Directorate General of Trade Remedies said the imports had been dumped.');
    expect(x.actors.map((a) => [a.name, a.kind])).toEqual([['Directorate General of Trade Remedies', 'organization']]);
  });
});

describe('capitalised words after a title that name no one', () => {
  it('a name ending in a noun for a meeting, for aid or for an area: "the Leaders Meeting", "Official Development Assistance", "the Third Army Region"', () => {
    const x = extractText('Samoa will host the Commonwealth Leaders Meeting in October. Tokyo offered the patrol boats under Official Development Assistance. A spokesman for the Third Army Region said the border was calm.');
    expect(x.actors.filter((a) => a.kind === 'person')).toEqual([]);
  });

  it('an ordinal alone, and a word after a capitalised "Official", are no one\'s name', () => {
    const x = extractText('A spokesman for the army\'s Fourth said nothing. Holders of Diplomatic and Official Passports no longer need visas, the ministry said.');
    expect(x.actors.filter((a) => a.kind === 'person')).toEqual([]);
  });
});

describe('the story\'s own state', () => {
  it('a lead opened by "Palau\'s government accused a Chinese vessel" is about Palau, so its untitled-state officials are Palau\'s', () => {
    const x = extractArticle('KOROR - Palau\'s government on Thursday accused a Chinese research vessel of loitering above the cable. Presidential spokesperson Mele Tellei said the ship left on Sunday.', { publishedAt: '2025-11-06' });
    expect(x.actor('Mele Tellei')?.country).toBe('PLW');
  });

  it('"Korea" alone is South Korea in a story that never names the North; "the Government of the Republic of Korea" is the state', () => {
    const x = extractText('The Government of the Republic of Korea will provide USD 15 million to Sudan. Korea provided USD 12 million last year.');
    expect(x.actors.map((a) => a.name)).toEqual(['South Korea', 'Sudan']);
    const y = extractText('North Korea fired a missile on Monday. Korea protested.');
    expect(y.actors.map((a) => a.name)).toEqual(['North Korea']);
  });
});

describe('references to someone named before', () => {
  it('"He" after an official named only by side ("A senior Hamas official told ...") is that side', () => {
    const x = extractText('Qatari Minister of State Saad Al-Marri flew to Cairo on Saturday. A senior Hamas official told reporters that the group was ready for a deal. He accused Israel of sabotaging every proposal.');
    expect(x.allegations[0]?.accuserKeys.map((k) => x.name(k))).toEqual(['Hamas']);
  });

  it('a counterpart\'s office is known as soon as they are named: "the Ukrainian minister" next is the counterpart, not the prime minister named before', () => {
    const x = extractText('Lithuanian Foreign Minister Darius Vaitkus held talks with his Ukrainian counterpart Oleksandr Melnychuk on Tuesday. Vaitkus was later received by Ukrainian Prime Minister Denys Havryliuk. At a press conference, Melnychuk thanked Lithuania. The Ukrainian minister accused Russia of targeting power plants.');
    expect(x.allegations[0]?.accuserKeys.map((k) => x.name(k))).toEqual(['Oleksandr Melnychuk']);
  });

  it('"He later received Y" after a guest spoke is the host who received before, not the guest', () => {
    const x = extractText('Chilean President Ana Vera first met Peruvian Foreign Minister Juan Rios in Santiago on Monday. Rios told reporters that the talks had gone well. She later received Bolivian Foreign Minister Luis Arce.');
    const later = x.events.find((e) => e.participants.some((p) => p.actorKey === 'person:luis-arce'));
    expect(later?.participants.find((p) => p.role === 'source')?.actorKey).toBe('person:ana-vera');
  });
});

describe('a university or institute that only employs a speaker', () => {
  it('is no actor of the story; one that acts is', () => {
    const x = extractText('"Moscow is testing the regime," said Hilde Brekke, a researcher at the Fridtjof Nansen Institute outside Oslo. The Carnegie Institute said on Monday that the talks had failed.');
    expect(x.actors.filter((a) => a.kind === 'organization').map((a) => a.name)).toEqual(['Carnegie Institute']);
  });
});

describe('clans and tribes', () => {
  it('"the Haro and Dubi clans" are two groups, named again by their names alone ("Haro leader X accused Dubi fighters of ...")', () => {
    const x = extractText('Leaders of the Haro and Dubi clans signed a truce on Monday in Wabag. Haro leader Peter Kume accused Dubi fighters of breaking the truce. A Dubi spokesman, Jonah Tali, denied that his clan was involved.', '2026-03-19');
    expect(x.actors.filter((a) => a.kind === 'group').map((a) => a.name)).toEqual(['Haro clan', 'Dubi clan']);
    expect(x.allegations.map((a) => [a.accuserKeys.map(x.name), a.accusedKeys.map(x.name), a.status])).toEqual([[['Peter Kume'], ['Dubi clan'], 'denied']]);
  });
});

describe('a press release\'s formal offices', () => {
  it('"The Minister of Foreign Affairs, Cooperation and Mauritanians Abroad, Mr. X, received ..." gives X that office; "The Minister" later is X', () => {
    const x = extractText('Nouakchott, 20 June 2024\n\nThe Minister of Foreign Affairs, Cooperation and Mauritanians Abroad, Mr. Sidi Ould Brahim, today received the envoy of Mali. "The security of our citizens is a red line for the Mauritanian State," the Minister declared.', '2024-06-20');
    expect(x.actors.find((a) => a.name === 'Sidi Ould Brahim')).toMatchObject({ country: 'MRT', role: 'Minister of Foreign Affairs, Cooperation and Mauritanians Abroad' });
    expect(x.statements.map((st) => x.name(st.speakerKey))).toEqual(['Sidi Ould Brahim']);
  });

  it('a surname joined with an initial is one name: "Foreign Affairs Minister Marvin Tjon-A-Fat said"', () => {
    const x = extractText('"Our navy acted lawfully," Foreign Affairs Minister Marvin Tjon-A-Fat said on Tuesday.');
    expect(x.actors.map((a) => a.name)).toEqual(['Marvin Tjon-A-Fat']);
  });
});

describe('"the two foreign ministers"', () => {
  it('are the two ministers named before, not the presidents named since', () => {
    const x = extractText('Peruvian Foreign Minister Javier Salas and his Bolivian counterpart Celia Mamani signed the deal in La Paz. President Luis Arce and his Peruvian counterpart, Dina Boluarte, spoke by phone last Friday. The two foreign ministers will meet Chilean Foreign Minister Tomas Errazuriz in Arica next week.', '2024-06-19');
    const planned = x.events.find((e) => e.status === 'planned');
    expect(planned?.participants.filter((p) => p.role === 'source').map((p) => x.name(p.actorKey))).toEqual(['Javier Salas', 'Celia Mamani']);
  });
});

