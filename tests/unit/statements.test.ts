import { describe, it, expect } from 'vitest';
import { extractText } from './helpers.js';

const SETUP = 'Norwegian Foreign Minister Lise Berg visited Rome on Monday. ';

describe('statements', () => {
  it('reads no statement in "confirmed the swap", in a quotation after another clause, from hauliers or from an anonymous source', () => {
    const x = extractText('Chile\'s defence ministry confirmed the swap later that day. Ruiz announced the parks at a conference in Lima, prompting Chile to accuse Peru of taking "unilateral steps". Peruvian hauliers say more than 1,000 of their trucks are stuck. "If one state can veto this, we have a problem," said one senior EU diplomat, who was granted anonymity.');
    expect(x.statements).toHaveLength(0);
  });

  it('keeps a denial\'s quoted naming after a comma ("denied it, calling it “propaganda”") and resolves "Serbia\'s president" to the president named before', () => {
    const x = extractText('Serbian President Aleksandar Vucic met Kosovo Prime Minister Albin Kurti. Serbia\'s president accused Kurti of provocations, adding that Belgrade would not accept any deal. Kurti denied the accusation on Tuesday, calling it "recycled propaganda".');
    expect(x.statements.map((st) => st.speakerKey)).toEqual(['person:aleksandar-vucic', 'person:albin-kurti']);
  });

  it('reads a sentence with only a trailing "according to X" as X\'s statement, but not a channel or a vague source', () => {
    const x = extractText('After the talks, the two sides signed an agreement on fuel supplies, according to the Kremlin. Putin has left Lima and is flying to Quito, according to Russian state media.');
    expect(x.statements.map((st) => [st.speakerKey, st.text])).toEqual([['state:RUS', 'the two sides signed an agreement on fuel supplies']]);
  });

  it('gives "a government spokesman told reporters in CAPITAL" to that state, and knows "insists"', () => {
    const x = extractText('A government spokesman told reporters in Lima on Monday that the country had always been neutral. Quito insists the drone came down on Ecuadorian soil.');
    expect(x.statements.map((st) => st.speakerKey)).toEqual(['state:PER', 'state:ECU']);
  });

  it('gives the words of an unnamed ministry spokesperson to the ministry last named', () => {
    const x = extractText('Peru\'s Commerce Ministry responded on Friday. "Chile has overstretched the idea of security," a ministry spokesperson said in a statement. The spokesperson added that Lima would take necessary measures.');
    expect(x.statements.map((st) => st.speakerKey)).toEqual(['org:per-commerce-ministry', 'org:per-commerce-ministry']);
  });

  it('gives reported words that open with another attribution to the inner speaker: "X said Y told Z that ..."', () => {
    const x = extractText('State broadcaster TV Peru said President Dina Boluarte told Chilean President Gabriel Boric that the border must stay open.');
    expect(x.statements[0]).toMatchObject({ speakerKey: 'person:dina-boluarte', text: 'the border must stay open' });
  });

  it('reads no statement in a charge with a quoted phrase, in "added N firms to", or from "officials on both sides"', () => {
    const x = extractText('Foreign Minister Ana Ruiz accused Chile of "repeated provocations" at the border. The Commerce Department added 23 Peruvian companies to its list. Peru and Chile agreed in May to a truce, and officials on both sides have said they want to keep it.');
    expect(x.statements).toHaveLength(0);
  });

  it('makes what is added after a quotation (", adding that ...") a statement of its own by the same speaker', () => {
    const x = extractText('"We will not give in to pressure," Foreign Minister Ana Ruiz told reporters, adding that Lima remained open to talks with Bolivia.');
    expect(x.statements.map((st) => [st.speakerKey, st.kind, st.text])).toEqual([
      ['person:ana-ruiz', 'direct', 'We will not give in to pressure'],
      ['person:ana-ruiz', 'indirect', 'Lima remained open to talks with Bolivia'],
    ]);
  });

  it('keeps reported speech that runs on into ", adding that" as one statement', () => {
    const x = extractText('Foreign Minister Ana Ruiz said that Lima would recall its envoy, adding that the dates were still open.');
    expect(x.statements).toHaveLength(1);
  });

  it('does not take the speaker of a quotation from what is added after it', () => {
    const x = extractText('"Bolivia chose escalation and bears the blame for it," the Elysee said in a statement, adding that France remains open to dialogue if La Paz changes course.');
    expect(x.statements.map((st) => st.speakerKey)).toEqual(['state:FRA', 'state:FRA']);
  });

  it('direct quote before the attribution', () => {
    const x = extractText(SETUP + '“We want a lasting settlement,” Berg said.');
    expect(x.statements).toEqual([expect.objectContaining({ kind: 'direct', text: 'We want a lasting settlement', speakerKey: 'person:lise-berg' })]);
  });

  it('one quote split around "she said" is one statement', () => {
    const x = extractText(SETUP + '“We came to listen,” she said, “and we will return.”');
    expect(x.statements).toHaveLength(1);
    expect(x.statements[0]).toMatchObject({ kind: 'direct', speakerKey: 'person:lise-berg' });
    expect(x.statements[0]!.text).toContain('we will return');
  });

  it('reported speech after "said that" and "told reporters ... that"', () => {
    const x = extractText(SETUP + 'Berg told reporters on Tuesday that Norway would host the next round.');
    expect(x.statements[0]).toMatchObject({ kind: 'indirect', text: 'Norway would host the next round' });
  });

  it('trailing attribution: "CLAUSE, the ministry said"', () => {
    const x = extractText('Oslo will send a delegation next week, Norwegian Prime Minister Per Dahl said.');
    expect(x.statements[0]).toMatchObject({ kind: 'indirect', speakerKey: 'person:per-dahl' });
    expect(x.statements[0]!.text).toContain('will send a delegation');
  });

  it('"According to X, ..." names the speaker', () => {
    const x = extractText(SETUP + 'According to Berg, the ceasefire is holding.');
    expect(x.statements[0]).toMatchObject({ speakerKey: 'person:lise-berg', text: 'the ceasefire is holding.' });
  });

  it('pronoun "he" resolves to the previous speaker; "added that" is reported speech', () => {
    const x = extractText('Danish envoy Jens Holm said the plan was fair. He added that Denmark would fund it.');
    expect(x.statements.map((s) => s.speakerKey)).toEqual(['person:jens-holm', 'person:jens-holm']);
  });

  it('a fragment in quotes inside reported speech stays indirect', () => {
    const x = extractText(SETUP + 'Berg said the proposal was “a good start” for both sides.');
    expect(x.statements[0]!.kind).toBe('indirect');
  });

  it('ignores unattributed scare quotes and noun-object verbs without quotes', () => {
    const x = extractText('The so-called “peace plan” was discussed. Norway welcomed the decision.');
    expect(x.statements).toHaveLength(0);
  });
});

describe('readout reporting verbs and published statements', () => {
  it('"affirmed that" and "underlined that" report speech', () => {
    const x = extractText('Foreign Minister Ana Ruiz affirmed that Peru supported dialogue as the only path to stability.');
    expect(x.statements[0]).toMatchObject({ speakerKey: 'person:ana-ruiz', text: 'Peru supported dialogue as the only path to stability' });
  });

  it('"X reaffirmed ..., the ministry statement said" reports X\'s words, without the trailing attribution', () => {
    const x = extractText('Foreign Minister Ana Ruiz met Chile\'s envoy. Ruiz reaffirmed Peru\'s support for "a region free of nuclear weapons", the Peruvian statement said.');
    const st = x.statements.find((s) => s.text.includes('free of nuclear weapons'));
    expect(x.name(st!.speakerKey)).toBe('Ana Ruiz');
    expect(st!.text).not.toMatch(/statement said/);
  });

  it('"(said that) X\'s representatives committed ...": the actor whose people act is the subject', () => {
    const x = extractText('Secretary Mark Dunn stressed that Peru\'s representatives signed the agreement with Chile in Quito on May 2.');
    const agree = x.events.find((e) => e.type === 'agree');
    expect(agree?.participants.map((p) => p.actorKey)).toEqual(expect.arrayContaining(['state:PER', 'state:CHL']));
    expect(agree?.participants.map((p) => p.actorKey)).not.toContain('person:mark-dunn');
  });

  it('"..., according to the prime minister\'s office" names no party to the call', () => {
    const x = extractText('Prime Minister Ana Ruiz of Peru met Prime Minister Luis Mora of Chile last week. Ruiz also discussed the case with Bolivian President Juan Arce in a phone call on Sunday, according to the prime minister\'s office.');
    const call = x.events.find((e) => e.mode === 'phone');
    expect(call?.participants.map((p) => x.name(p.actorKey))).not.toContain('Luis Mora');
  });
});

describe('quotations whose attribution goes on to set the scene', () => {
  it('"\\"...,\\" the minister said as he opened the session at a guesthouse in Lima, flanked by X" is a direct quote', () => {
    const x = extractText('"Every day this war continues is a day stolen from our people," Peruvian Foreign Minister Ana Ruiz said as she opened the session at a government guesthouse in Lima, flanked by the Chilean envoy Luis Mora.');
    expect(x.statements).toHaveLength(1);
    expect(x.statements[0]).toMatchObject({ speakerKey: 'person:ana-ruiz', kind: 'direct', text: 'Every day this war continues is a day stolen from our people' });
  });

  it('"has always maintained that" reports speech, and denies the charge it calls baseless', () => {
    const x = extractText('French consultant Paul Morel was detained in Iran in 2021. Iran accused Morel of spying for Israel. France has always maintained that the charges were baseless.');
    expect(x.statements.some((s) => s.speakerKey === 'state:FRA' && s.text === 'the charges were baseless')).toBe(true);
    expect(x.allegations[0]).toMatchObject({ status: 'denied' });
  });

  it('"It added" after a body\'s statement is that body speaking on, not the state named first; a body is named with its state\'s adjective', () => {
    const x = extractText('Kyrgyzstan accused Tajik troops of firing on a patrol. Tajikistan rejected the account. "Our troops did not fire first," the Tajik border service said in a statement. It added that Kyrgyz guards had built a post on disputed land. The Kyrgyz foreign ministry said it would send a note.');
    const added = x.statements.find((s) => s.text.startsWith('Kyrgyz guards'));
    expect(x.name(added?.speakerKey ?? null)).toBe(x.name(x.statements.find((s) => s.kind === 'direct')?.speakerKey ?? null));
    expect(x.actors.some((a) => a.name === 'Kyrgyz foreign ministry')).toBe(true);
  });

  it('attributions: a relative clause on the speaker, "told the weekly press briefing", and no attribution in ", while Russia denied any involvement"', () => {
    const x = extractText('OSLO, March 5 (Wire) - Norwegian police on Wednesday detained the crew of a trawler suspected of damaging a cable, while Russia denied any involvement. "We have found marks on the seabed consistent with an anchor being dragged," police attorney Ingrid Solbakken, who is leading the investigation, told a news conference. The Foreign Office summoned the charge d\'affaires and handed him a protest note, spokesperson Saima Qureshi told the weekly press briefing.');
    expect(x.statements.map((s) => [x.name(s.speakerKey), s.kind, s.text.slice(0, 30)])).toEqual([
      ['Ingrid Solbakken', 'direct', 'We have found marks on the sea'],
      ['Saima Qureshi', 'indirect', 'The Foreign Office summoned th'],
    ]);
  });

  it('an interview\'s "A:" answers are the words of the person the introduction says spoke in the interview', () => {
    const x = extractText('Yerevan: Armenian Foreign Minister Tigran Avetisyan said in an interview on Saturday that talks were close.\n\nQ: How close are Armenia and Azerbaijan to signing a treaty?\n\nA: Closer than at any time in the past thirty years. Baku keeps adding preconditions.');
    const answers = x.statements.filter((s) => s.text.startsWith('Closer') || s.text.startsWith('Baku'));
    expect(answers.map((s) => x.name(s.speakerKey))).toEqual(['Tigran Avetisyan', 'Tigran Avetisyan']);
  });
});

describe('an interview introduced by a description of the interviewee', () => {
  const text = [
    'The EU\'s special envoy for the Andean border talks, Marta Lindqvist, has spent a month travelling between Lima and La Paz. The Swedish diplomat spoke to Andes Weekly in Brussels on Friday.',
    'Q: What did you hear in Lima?',
    'A: Both sides told me they want calm. Neither wants to move first.',
    'This interview has been edited for length.',
    'Read the previous instalment: water rights on Lake Titicaca.',
  ].join('\n\n');
  const x = extractText(text);
  it('"The Swedish diplomat spoke to Andes Weekly": the envoy named before, with no state of record, is the one answering', () => {
    expect(x.statements.filter((s) => /calm|first/.test(s.text)).map((s) => x.name(s.speakerKey))).toEqual(['Marta Lindqvist', 'Marta Lindqvist']);
  });
  it('"envoy for the Andean border talks, X,": a scope of several words after the office is part of her title', () => {
    expect(x.actors.find((a) => a.name === 'Marta Lindqvist')?.role).toMatch(/special envoy for the Andean border talks$/);
  });
  it('the outlet\'s closing note is no answer, and a pointer to another page is debris', () => {
    expect(x.statements.map((s) => s.text).join(' ')).not.toMatch(/edited|instalment/);
    expect(x.cleanText).not.toMatch(/instalment/);
  });
});

describe('who an inverted attribution names', () => {
  it('"The US representative to the OAS, Ambassador X, said Washington stood firmly with Peru": the ambassador set off by commas speaks, and ", said Washington stood ..." names no speaker after the verb', () => {
    const x = extractText('The US representative to the OAS, Ambassador Mark Whitby, said Washington stood firmly with Peru.');
    expect(x.statements.map((s) => [x.name(s.speakerKey), s.text])).toEqual([['Mark Whitby', 'Washington stood firmly with Peru']]);
  });
  it('"Chile has claimed the Altiplano strip for a century" claims land, not a fact; "Chile claimed the drones were Peruvian" reports', () => {
    const x = extractText('Chile has claimed the Altiplano strip, about a tenth of Bolivia\'s territory, for more than a century. Chile claimed the drones were Peruvian.');
    expect(x.statements.map((s) => s.text)).toEqual(['the drones were Peruvian']);
  });
});

describe('a UN meeting record', () => {
  const x = extractText([
    'Introducing the text, Dame Helen Marsh, Permanent Representative of the United Kingdom, said it had been drawn up narrowly. The draft did not take sides, she stressed.',
    '"Moscow will have to explain," she went on, "why a truce that both parties say they want was too much for it."',
    'Li Wenbo (China) said his delegation had abstained because pressure would not silence the guns.',
  ].join('\n\n'));
  it('"Li Wenbo (China) said": the speaker named with his state in brackets is a person of that state, and speaks', () => {
    expect(x.actors.find((a) => a.name === 'Li Wenbo')).toMatchObject({ kind: 'person', country: 'CHN' });
    expect(x.statements.find((s) => s.text.includes('abstained'))?.speakerKey).toBe('person:li-wenbo');
  });
  it('"Dame Helen Marsh, Permanent Representative of the United Kingdom": "Dame" makes "she" hers, and a Kingdom makes no king', () => {
    expect(x.statements.find((s) => s.text.startsWith('The draft'))?.speakerKey).toBe('person:helen-marsh');
  });
  it('\'"...," she went on, "..."\' carries the quotation on, and "both parties say" inside it reports nothing', () => {
    expect(x.statements.find((s) => s.text.startsWith('Moscow will'))).toMatchObject({ kind: 'direct', speakerKey: 'person:helen-marsh' });
    expect(x.statements.filter((s) => /they want/.test(s.text))).toHaveLength(1);
  });
});

describe('reported speech inside a transcript\'s answer', () => {
  const x = extractText('Spokesperson Tan Li\'s Regular Press Conference on March 12\n\nQ: Can you share more about the call?\n\nA: On March 11, Foreign Minister Gao Wei spoke with Foreign Minister Ana Ruiz on the phone. Minister Ruiz said that Peru attaches great importance to its partnership with China. The two sides also agreed on an exchange of notes on fisheries.', '2025-03-12');
  it('"Minister Ruiz said that ..." in an answer is the minister\'s reported words, not the spokesperson\'s', () => {
    expect(x.statements.find((s) => s.text.includes('great importance'))).toMatchObject({ speakerKey: 'person:ana-ruiz', kind: 'indirect' });
  });
  it('"an exchange of notes on ..." is a noun, no report: the sentence stays the spokesperson\'s', () => {
    expect(x.name(x.statements.find((s) => s.text.includes('exchange of notes'))?.speakerKey ?? null)).toBe('Tan Li');
  });
});

describe('who "she added" is after a reported clause', () => {
  it('"Ruiz had never been a spy, she added": the person spoken of does not speak; the minister who spoke before does', () => {
    const x = extractText('Chilean Foreign Minister Ana Vera told reporters in Santiago that the release was a relief. She said Jorge Ruiz, 41, who ran a charity, was in good health. Ruiz had never been a spy, she added.');
    expect(x.statements.find((s) => s.text.includes('never been a spy'))?.speakerKey).toBe('person:ana-vera');
  });
  it('"Peru\'s government spokesperson, Ana Vera, denied that ...": the spokesperson speaks, not her government', () => {
    const x = extractText('Peru\'s government spokesperson, Ana Vera, dismissed the warning as bluster and denied that Peruvian troops were fighting in Chile.');
    expect(x.statements.map((s) => s.speakerKey)).toEqual(['person:ana-vera']);
  });
});

describe('a relative clause coordinated with "and"', () => {
  it('"carried a statement from Minister X, who called the drills ..., and warned that ...": X warns, not the agency', () => {
    const x = extractText('The state news agency KCNA carried a statement from Vice Foreign Minister Ri Chol Nam, who called the joint drills, quote, "a rehearsal for invasion", and warned that North Korea would take "overwhelming countermeasures" if they went ahead.');
    expect(x.statements.find((s) => s.text.includes('countermeasures'))?.speakerKey).toBe('person:ri-chol-nam');
  });
});

describe('what someone was told', () => {
  it('"She said Ambassador X had been told that Lima expected ...": the words are hers, not the ambassador\'s', () => {
    const x = extractText('Foreign ministry spokeswoman Ana Ruiz told reporters in Lima that the boats were seized. She said Ambassador Luis Soto had been told that Lima expected Santiago to rein in its fishing fleets.');
    expect(x.statements.map((s) => x.name(s.speakerKey))).toEqual(['Ana Ruiz', 'Ana Ruiz']);
  });
});

describe('a recipient after "told" in a trailing attribution', () => {
  it('\'Chile would respond "in a reciprocal manner", he told the broadcaster TVN, without saying when\': the words before the attribution are his', () => {
    const x = extractText('Chilean Foreign Minister Jorge Vidal called the expulsion a stunt. Chile would respond "in a reciprocal and proportionate manner", he told the public broadcaster TVN, without saying when.');
    expect(x.statements.map((s) => s.text)).toContain('Chile would respond "in a reciprocal and proportionate manner"');
  });
});

describe('official readouts', () => {
  it('"the Head of State of Mongolia said" is the president the readout named', () => {
    const x = extractText('President Battulgyn Ganzorig of Mongolia held a telephone conversation with the President of Kazakhstan. "It is time for our economic ties to match our friendship," the Head of State of Mongolia said.');
    expect(x.name(x.statements[0]?.speakerKey ?? null)).toBe('Battulgyn Ganzorig');
  });

  it('"His Excellency said" is the person just named; "the President of Somalia" is the president the readout named, not the state', () => {
    const x = extractText('His Excellency Prime Minister Sheikh Hamad bin Khalid Al-Thani held a telephone conversation today with His Excellency President of the Republic of Kenya William Ruto. His Excellency the President of Kenya said the floods had displaced thousands. For his part, His Excellency the Prime Minister affirmed Qatar\'s support. His Excellency said that Qatar would send aid to Kenya.');
    expect(x.statements.map((st) => [x.name(st.speakerKey), st.text.slice(0, 20)])).toEqual([
      ['William Ruto', 'the floods had displ'],
      ['Hamad bin Khalid Al-Thani', 'Qatar would send aid'],
    ]);
    expect(x.actors.find((a) => a.name === 'Hamad bin Khalid Al-Thani')?.role).toBe('Prime Minister');
  });
});

describe('who a quotation names is not who speaks it', () => {
  it('"\'X is a journalist, not a spy,\' she said" is the spokeswoman\'s words, not X\'s', () => {
    const x = extractText('Paris: France summoned the ambassador over the detention of journalist Claire Dumas. Foreign ministry spokeswoman Anne Morel said consular access had been refused. "Claire Dumas is a journalist, not a spy. These accusations are absurd," she said. Reporters Without Borders said she was the fourth journalist detained this year.');
    const quote = x.statements.find((st) => st.kind === 'direct');
    expect(x.name(quote?.speakerKey ?? null)).toBe('Anne Morel');
    expect(x.actors.find((a) => a.name === 'Anne Morel')?.country).toBe('FRA');
    expect(x.actors.find((a) => a.name === 'Reporters Without Borders')?.kind).toBe('organization');
  });
});

describe('trailing attributions with a recipient, and speakers with a hometown', () => {
  it('"CLAUSE, he told the broadcaster HRT on Tuesday evening." reports the clause; "The skipper, X from Piran, said" is X speaking', () => {
    const x = extractText('Croatian Foreign Minister Davor Perkovic dismissed the protest. The trawler had been well inside Croatian waters, he told the broadcaster HRT on Tuesday evening. The skipper, Matjaz Kocjancic from Piran, said he had been fishing there for years.');
    expect(x.statements.map((st) => [x.name(st.speakerKey), st.text])).toEqual([
      ['Davor Perkovic', 'The trawler had been well inside Croatian waters'],
      ['Matjaz Kocjancic', 'he had been fishing there for years'],
    ]);
  });
});

describe('pronouns after an opening phrase', () => {
  it('"At a banquet that Olivera hosted in her honour, Bellandi spoke ... \'...,\' she said": she is Bellandi, the subject after the opening phrase', () => {
    const x = extractText('Italian President Lorenza Bellandi arrived on Monday. Argentine President Martín Olivera Sáenz welcomed her at the airport.\n\nAt a state banquet that Olivera hosted in her honour on Tuesday night, Bellandi spoke of migrants. "Italy does not arrive here as a visitor, but as a relative coming home," she said.');
    expect(x.name(x.statements[0]?.speakerKey ?? null)).toBe('Lorenza Bellandi');
  });
});

describe('a quotation going on in the next sentence', () => {
  it('\'"...," she said. "India cannot play the victim."\' is the same speaker\'s; a quotation in a new paragraph is not', () => {
    const x = extractText('"Our diplomats in New Delhi have faced harassment for months," spokeswoman Aisha Farooqui said. "India cannot play the victim while it hounds our staff."\n\n"No one will be left behind in this region or any other."');
    expect(x.statements.map((st) => [x.name(st.speakerKey), st.text])).toEqual([
      ['Aisha Farooqui', 'Our diplomats in New Delhi have faced harassment for months'],
      ['Aisha Farooqui', 'India cannot play the victim while it hounds our staff'],
    ]);
  });
});

describe('a description named in apposition', () => {
  it('\'"...," the US ambassador, Nikki Haley, told the council\' is the ambassador\'s quotation, not the state\'s', () => {
    const x = extractText('"Russia is isolating itself from the rest of the world," the US ambassador, Nikki Haley, told the council.');
    expect(x.name(x.statements[0]?.speakerKey ?? null)).toBe('Nikki Haley');
  });
});

describe('quoting and appositions', () => {
  it('"It quoted X as saying that ..." is X\'s speech; ", hours before the presidents ..." is no office of a place', () => {
    const x = extractText('Four people were killed when Kyrgyz and Tajik border guards exchanged fire near a water intake in the Fergana Valley, hours before the presidents of the two neighbours agreed by telephone to halt the fighting. Kyrgyz President Almaz Sadykov spoke by phone with his Tajik counterpart Emomali Sharipov. Tajikistan\'s presidential office confirmed the call. It quoted Sharipov as saying that his country "has never sought a single metre of foreign land".');
    expect(x.statements.map((st) => x.name(st.speakerKey))).toEqual(['Emomali Sharipov']);
    expect(x.actors.some((a) => a.name === 'Fergana Valley')).toBe(false);
  });
});

describe('a noun-object verb with a time before its that-clause', () => {
  it('"announced on Thursday that Canberra would contribute ..." reports speech; "announced a grant" does not', () => {
    const x = extractText("Australia's Minister for the Pacific, Liam Hart, announced on Thursday that Canberra would contribute A$150 million to the fund. He also announced a grant for schools.");
    expect(x.statements.map((st) => st.text)).toEqual(['Canberra would contribute A$150 million to the fund']);
  });
});

describe('a speaker with an office in a body that has an acronym', () => {
  it('"X, the head of the Security and Intelligence Service (SIS), said ..." is X\'s, whose office lists both portfolios', () => {
    const x = extractText('Victor Moraru, the head of the Security and Intelligence Service (SIS), said the diplomats had paid protesters.');
    expect(x.statements.map((st) => [x.name(st.speakerKey), st.text])).toEqual([['Victor Moraru', 'the diplomats had paid protesters']]);
    expect(x.actors.find((a) => a.name === 'Victor Moraru')?.role).toBe('head of the Security and Intelligence Service');
  });
});

describe('an attribution after a quotation, with an apposition and an audience', () => {
  it('\'"...," X, the minister responsible for the Government Chief Information Office, told a news conference in Suva.\' is X\'s quotation; the audience is no reported words', () => {
    const x = extractText('"This was not the work of criminals looking for money. It was a state actor looking for information," Tomasi Vula, the minister responsible for the Government Chief Information Office, told a news conference in Suva. Asked about the talks, Foreign Minister Rui Costa told a news conference in Lisbon.');
    expect(x.statements.map((st) => [x.name(st.speakerKey), st.kind, st.text])).toEqual([
      ['Tomasi Vula', 'direct', 'This was not the work of criminals looking for money. It was a state actor looking for information'],
    ]);
    expect(x.actors.find((a) => a.name === 'Government Chief Information Office')?.kind).toBe('organization');
  });
});

describe('a one-word name that speaks after the full name opened the story', () => {
  it('"Somchai Prasert has spent three decades ... \'...,\' Somchai said" is Somchai Prasert\'s; "at the Ministry of Foreign Affairs in Bangkok" is Thailand\'s ministry', () => {
    const x = extractText('Somchai Prasert has spent three decades negotiating over a river. "Water does not carry a passport, and nor do floods," Somchai said in an interview at the Ministry of Foreign Affairs in Bangkok.');
    expect(x.statements.map((st) => x.name(st.speakerKey))).toEqual(['Somchai Prasert']);
    expect(x.actors.find((a) => a.kind === 'organization')).toMatchObject({ name: 'Thai foreign ministry', country: 'THA' });
  });
});

describe('a speaker whose apposition holds a relative clause, and a surname that is a capital', () => {
  it('"X, a former IGAD official who now lectures at Makerere University, said ..." is X\'s; "spokesman Rodel Santiago said" is no Chile', () => {
    const x = extractText('Amos Okech, a former IGAD official who now lectures at Makerere University, said a compromise on ports could still be found. National Security Council spokesman Rodel Santiago said Manila would never abandon the ship.');
    expect(x.statements.map((st) => x.name(st.speakerKey))).toEqual(['Amos Okech', 'Rodel Santiago']);
    expect(x.actors.some((a) => a.key === 'state:CHL')).toBe(false);
  });
});

