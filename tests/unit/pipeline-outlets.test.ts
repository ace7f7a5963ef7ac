// Patterns met in other outlets' styles (press releases, features, live blogs),
// each with sentences written for the test.
import { describe, expect, it } from 'vitest';
import { extractArticle, extractText } from './helpers.js';

describe('dates relative to another event', () => {
  it('dates "came a day after X did Y" to the day before the report', () => {
    const x = extractText('The vote came a day after Chile accused Bolivia of blocking the border crossing.', '2024-05-10');
    expect(x.events.find((e) => e.type === 'accuse')?.date).toEqual({ value: '2024-05-09', precision: 'day' });
  });

  it("dates undated acts to the lead's day when the paper comes out the morning after", () => {
    const x = extractArticle('Peru agreed late on Saturday to reopen its border with Bolivia.\n\nThe crossing is the busiest in the Andes.\n\nBolivia accused Peru of harbouring smugglers.', { publishedAt: '2025-03-09' });
    expect(x.eventsOf('accuse', 'Bolivia', 'Peru')[0]?.date).toEqual({ value: '2025-03-08', precision: 'day' });
  });

  it('keeps the publication day when the lead gives no day of its own', () => {
    const x = extractArticle('Peru and Bolivia are at odds over the border.\n\nBolivia accused Peru of harbouring smugglers.', { publishedAt: '2025-03-09' });
    expect(x.eventsOf('accuse', 'Bolivia', 'Peru')[0]?.date).toEqual({ value: '2025-03-09', precision: 'day' });
  });

  it('does not carry a background year into the next paragraph', () => {
    const x = extractArticle('Last year Norway cut its aid to Eritrea.\n\nOutside the hall, Eritrea accused Norway of meddling.', { publishedAt: '2025-03-04' });
    expect(x.eventsOf('accuse', 'Eritrea', 'Norway')[0]?.date).toEqual({ value: '2025-03-04', precision: 'day' });
  });
});

describe('event triggers in other wordings', () => {
  it('reads support voiced with quoted words', () => {
    const x = extractText('Leaders of the Caribbean Community expressed "full solidarity" with Belize. Jamaica said it stood "firmly" with Belize.');
    expect(x.events.filter((e) => e.type === 'support')).toHaveLength(2);
  });

  it('reads an offensive launched with several modifiers as an assault', () => {
    const x = extractText('Azerbaijan launched its latest cross-border offensive against Armenia in late May.', '2024-06-10');
    expect(x.events.map((e) => e.type)).toContain('assault');
  });

  it('reads "is set to sign" as a planned agreement', () => {
    const x = extractText('Peruvian Foreign Minister Elmer Schialer is set to sign a fisheries agreement with Ecuador on Friday.', '2024-06-10');
    expect(x.events.find((e) => e.type === 'agree')).toMatchObject({ status: 'planned' });
  });

  it('does not make a new agreement of "after the signing"', () => {
    const x = extractText('Lima, he told reporters after the signing, wanted Quito to respect the ruling.');
    expect(x.events.filter((e) => e.type === 'agree')).toHaveLength(0);
  });

  it('keeps "witnessed the signing of" as an agreement', () => {
    const x = extractText('Chinese President Xi Jinping and Kenyan President William Ruto witnessed the signing of 12 cooperation documents on Monday.');
    expect(x.events.filter((e) => e.type === 'agree')).toHaveLength(1);
  });

  it('reads paused or withheld funding as a sanction', () => {
    const x = extractText('Sweden paused part of its development funding to Mali on Monday.');
    expect(x.events.map((e) => e.type)).toContain('sanction');
  });

  it('does not read "when asked about" as a request', () => {
    const x = extractText('"Nobody is being excluded," Norwegian Foreign Minister Espen Barth Eide told reporters when asked about the Russian statement.');
    expect(x.events.filter((e) => e.type === 'request')).toHaveLength(0);
  });

  it('makes the capital an ambassador is recalled from the target', () => {
    const x = extractText('Chile recalled its ambassador from Caracas on Tuesday.');
    expect(x.events.find((e) => e.type === 'sanction')?.participants).toEqual(
      expect.arrayContaining([{ actorKey: 'state:CHL', role: 'source' }, { actorKey: 'state:VEN', role: 'target' }]),
    );
  });

  it('aims a threat with no one named at whom the same speaker just accused', () => {
    const x = extractArticle('Turkish foreign ministry spokesman Emre Kaya accused Greece of arming the islands on Monday. He warned that any "provocation" would meet a firm answer.', { publishedAt: '2024-06-11' });
    const threat = x.events.find((e) => e.type === 'threaten');
    expect(threat && x.role(threat, 'Greece')).toBe('target');
  });
});

describe('status and place of a meeting in an infinitive', () => {
  it('makes "agreed ... and to meet again in X" a planned meeting in X', () => {
    const x = extractText('The leaders of Chile and Argentina agreed to open a second crossing through Mendoza, and to meet again in Santiago in September.', '2024-06-10');
    const meet = x.events.find((e) => e.type === 'consult');
    expect(meet).toMatchObject({ status: 'planned', location: { name: 'Santiago' } });
  });

  it('keeps a meeting that was the purpose of a trip as occurred', () => {
    const x = extractText('Kenyan President William Ruto flew to Beijing to meet Chinese President Xi Jinping on Monday.', '2024-06-10');
    expect(x.events.find((e) => e.type === 'consult')?.status).toBe('occurred');
  });

  it('places an act in "its northern state of X"', () => {
    const x = extractText('Brazil said on Wednesday it had sent troops to its northern state of Roraima.');
    expect(x.events.find((e) => e.type === 'mobilize')?.location?.name).toBe('Roraima');
  });
});

describe('references to actors', () => {
  it('does not read "US$15 million" as the United States', () => {
    const x = extractText('Japan pledged US$15 million for monitoring buoys.');
    expect(x.actors.find((a) => a.key === 'state:USA')).toBeUndefined();
  });

  it('knows states in free association that conduct their own foreign policy', () => {
    const x = extractText('The Cook Islands signed a maritime agreement with Japan.');
    expect(x.actors.find((a) => a.key === 'state:COK')?.kind).toBe('state');
  });

  it('does not read native spellings that are English words as states ("Manus Island" is not Iceland)', () => {
    const x = extractText('Australia will upgrade the naval base on Manus Island with Papua New Guinea. French diplomat Dominique Morel attended.');
    expect(x.actors.some((a) => a.key === 'state:ISL' || a.key === 'state:DMA')).toBe(false);
  });

  it('reads "the President of X" without a name as the state X', () => {
    const x = extractText('Kazakh Foreign Minister Yerlan Nurlanov met the President of Turkmenistan in Ashgabat on Monday.');
    const meeting = x.events.find((e) => e.type === 'consult');
    expect(meeting?.participants.map((p) => p.actorKey)).toContain('state:TKM');
    expect(x.actors.filter((a) => a.kind === 'person').map((a) => a.name)).toEqual(['Yerlan Nurlanov']);
  });

  it('resolves "the ministers" and "the parties" to the pair just named', () => {
    const x = extractArticle('Foreign Minister Ana Duarte of Portugal met Foreign Minister Kofi Mensah of Ghana in Accra on Monday. The ministers signed a visa agreement.', { publishedAt: '2024-06-11' });
    const deal = x.events.find((e) => e.type === 'agree');
    expect(deal?.participants.map((p) => x.name(p.actorKey)).sort()).toEqual(['Ana Duarte', 'Kofi Mensah']);
  });

  it('reads "the government" in a datelined story as the dateline\'s state', () => {
    const x = extractArticle('LIMA, June 3 (Wire) - Peru accused Bolivia of smuggling fuel. The government also ordered a Bolivian consul to leave the country.', { publishedAt: '2024-06-03' });
    expect(x.eventsOf('sanction', 'Peru')).toHaveLength(1);
  });

  it('reads "the 10-member bloc" as the bloc', () => {
    const x = extractText('ASEAN issued a statement. Foreign ministers of the 10-member bloc are set to meet in Vientiane in July.', '2024-05-02');
    expect(x.events.find((e) => e.type === 'consult')).toMatchObject({ status: 'planned', participants: [{ actorKey: 'org:asean', role: 'source' }] });
  });

  it('resolves "the statement" and a following "It" to who issued the statement', () => {
    const x = extractText('Ghana protested on Friday, according to a statement issued by the Ghanaian foreign ministry. The statement alleged that Togolese troops had crossed the border. It urged Lome to withdraw them.', '2024-06-08');
    const a = x.allegations[0];
    expect(a?.accuserKeys).toEqual(['org:gha-foreign-ministry']);
    expect(a?.accusedKeys).toEqual(['state:TGO']);
    expect(x.events.find((e) => e.type === 'request')?.participants[0]).toEqual({ actorKey: 'org:gha-foreign-ministry', role: 'source' });
  });

  it('gives an official of unstated nationality the country of the capital where he speaks', () => {
    const x = extractText('Chile accused Peru of overfishing. At his weekly briefing in Lima on Friday, ministry spokesman Carlos Mendoza Ruiz dismissed the claims as "baseless".', '2024-06-08');
    expect(x.actors.find((a) => a.name === 'Carlos Mendoza Ruiz')?.country).toBe('PER');
    expect(x.allegations[0]?.status).toBe('denied');
  });

  it('a spokesman introduced right after his side answers ("Lima rejected the accusations. Foreign ministry spokesman X ...") is of that side, though the story named the other side\'s ministry first', () => {
    const x = extractText('The Chilean foreign ministry declared a Peruvian diplomat persona non grata. Lima rejected the accusations. Foreign ministry spokesman Carlos Mendoza Ruiz called them "baseless".', '2024-06-08');
    expect(x.actors.find((a) => a.name === 'Carlos Mendoza Ruiz')?.country).toBe('PER');
  });

  it('"In Lima, foreign ministry spokesman X dismissed ..." in a story datelined elsewhere: the capital the sentence opens in is his', () => {
    const x = extractArticle('SANTIAGO, Oct 20 (Wire) - Chile on Monday imposed sanctions on Peruvian officials.\n\nIn Lima, foreign ministry spokesman Carlos Mendoza Ruiz dismissed the accusations as "absurd".', { publishedAt: '2025-10-20' });
    expect(x.actor('Carlos Mendoza Ruiz')?.country).toBe('PER');
  });

  it('gives a verb coordinated by ", and" the subject of the sentence, not the nearest noun', () => {
    const x = extractText('Caracas said it was answering leaflets that Colombian groups had dropped, and accused Bogota of doing nothing to stop them.');
    expect(x.allegations[0]).toMatchObject({ accuserKeys: ['state:VEN'], accusedKeys: ['state:COL'] });
  });

  it('keeps an accusation said to be another ("has also accused") apart from an earlier one', () => {
    const x = extractArticle('Last month, Japan accused China of harassing its fishing boats. Japan has also accused China of jamming radio signals near the islands.', { publishedAt: '2024-06-11' });
    expect(x.eventsOf('accuse', 'Japan', 'China')).toHaveLength(2);
  });

  it('gives "an aide to President X" its own person, and X the office right before the name', () => {
    const x = extractText('Ruslan Mammadli, a foreign policy aide to President Ilham Aliyev, alleged that Armenia was shelling villages.');
    expect(x.actors.find((a) => a.name === 'Ruslan Mammadli')?.role).toBe('foreign policy aide');
    expect(x.actors.find((a) => a.name === 'Ilham Aliyev')?.role).toBe('President');
    expect(x.allegations[0]?.accuserKeys).toEqual(['person:ruslan-mammadli']);
  });
});

describe('more trigger wordings', () => {
  it('reads "retaliated with air strikes" and "shot down" as assaults', () => {
    expect(extractText('Eritrea retaliated with air strikes on Ethiopian positions.').events.map((e) => e.type)).toContain('assault');
    expect(extractText('Turkey shot down a Syrian jet near the border.').events.map((e) => e.type)).toContain('assault');
  });

  it('reads "spoke separately by telephone to" as a call', () => {
    const x = extractText('Japanese Foreign Minister Yoko Kamikawa spoke separately by telephone to Indonesian Foreign Minister Retno Marsudi on Monday.');
    expect(x.events.find((e) => e.type === 'consult')?.mode).toBe('phone');
  });

  it('reads closing border crossings with a neighbour as a sanction', () => {
    const x = extractText('Latvia closed two of its border crossings with Russia on Friday.');
    expect(x.events.find((e) => e.type === 'sanction')?.participants.map((p) => p.actorKey)).toEqual(['state:LVA', 'state:RUS']);
  });

  it('reads traded fire and jets sent to bomb as assaults, not aid', () => {
    const x = extractText('Eritrea and Djibouti traded artillery fire along their border on Friday. Later, the Eritrean air force sent fighter jets to bomb Djiboutian positions.');
    expect(x.events.filter((e) => e.type === 'assault')).toHaveLength(2);
    expect(x.events.filter((e) => e.type === 'aid')).toHaveLength(0);
  });

  it('aims a condemnation of "the air strikes" at who carried them out', () => {
    const x = extractArticle('Eritrean jets bombed Djiboutian positions on Friday. Djibouti condemned the air strikes as reckless.', { publishedAt: '2024-06-08' });
    const condemnation = x.events.find((e) => e.type === 'accuse');
    expect(condemnation && x.role(condemnation, 'Eritrea')).toBe('target');
  });

  it('reads "requesting" and "called for" as requests, and "downgrading relations" as a sanction', () => {
    expect(extractText('Chadian Prime Minister Allamaye Halina wrote to the UN Security Council on Monday requesting an urgent meeting.').events.map((e) => e.type)).toContain('request');
    expect(extractText('The State Department called for an end to the fighting between Chad and Sudan.').events.map((e) => e.type)).toContain('request');
    expect(extractText('Sudan responded by downgrading relations with Chad.').events.map((e) => e.type)).toContain('sanction');
  });

  it('makes an unnamed envoy of a state stand for the state, not for another of its people', () => {
    const x = extractText('Chadian Prime Minister Allamaye Halina spoke on Monday. On Tuesday, Sudan ordered the expulsion of the Chadian envoy.');
    const expulsion = x.events.find((e) => e.type === 'sanction');
    expect(expulsion?.participants).toEqual(expect.arrayContaining([{ actorKey: 'state:TCD', role: 'target' }]));
  });

  it('reads "Minister of State at the Ministry of Foreign Affairs, Name," as a title', () => {
    const x = extractText("Oman's Minister of State at the Ministry of Foreign Affairs, Khalid Al-Harthy, told reporters that the talks were frank.");
    expect(x.statements[0]?.speakerKey).toBe('person:khalid-al-harthy');
  });

  it('reads a summons of a capitalised "Chargé d\'Affaires" as an accusation', () => {
    const x = extractText("The Foreign Ministry of Nepal summoned India's Chargé d'Affaires Ravi Menon on Monday.");
    expect(x.events.map((e) => e.type)).toContain('accuse');
  });

  it('reads "ordered X to halve its embassy staff" as a sanction', () => {
    const x = extractText('Algeria on Tuesday ordered France to halve the staff of its embassy in Algiers.');
    expect(x.events.find((e) => e.type === 'sanction')?.participants.map((p) => p.actorKey)).toEqual(['state:DZA', 'state:FRA']);
  });

  it('reads "would respond in equal measure" as a threat', () => {
    const x = extractText('Foreign Minister Ana Duarte said Portugal would respond "in equal measure" to any hostile step by Spain.');
    expect(x.events.map((e) => e.type)).toContain('threaten');
  });

  it('dates "earlier in the day" to the day just reported, not to the report', () => {
    const x = extractArticle('Peru on Tuesday expelled two Bolivian diplomats.\n\nEarlier in the day, Bolivia had accused Peru of spying on its embassy.', { publishedAt: '2024-06-12' });
    expect(x.eventsOf('accuse', 'Bolivia', 'Peru')[0]?.date).toEqual({ value: '2024-06-11', precision: 'day' });
  });

  it('dates "Later that day" opening a paragraph to the day the paragraph before gave, and the sentences after it too', () => {
    const x = extractArticle('Skirmishes broke out on Monday along the Peru-Bolivia frontier. Both sides blamed smugglers.\n\nLater that day, Peru expelled two Bolivian diplomats. Bolivia condemned the expulsions as "a hostile act".', { publishedAt: '2024-06-12' });
    expect(x.eventsOf('sanction', 'Peru', 'Bolivia')[0]?.date).toEqual({ value: '2024-06-10', precision: 'day' });
    expect(x.eventsOf('accuse', 'Bolivia', 'Peru')[0]?.date).toEqual({ value: '2024-06-10', precision: 'day' });
  });

  it('does not reach back past the paragraph before without a phrase pointing at that day', () => {
    const x = extractArticle('Peru closed its border with Bolivia on Wednesday.\n\nSkirmishes broke out on Monday along the frontier. Both sides blamed smugglers.\n\nBolivia accused Peru of spying on its embassy.', { publishedAt: '2024-06-12' });
    expect(x.eventsOf('accuse', 'Bolivia', 'Peru')[0]?.date?.value).toBe('2024-06-12');
  });

  it('does not make a state discussed as "the situation around X" a party to talks', () => {
    const x = extractText('Chilean Foreign Minister Ana Ruiz and Peruvian Foreign Minister Luis Soto held talks in Lima on Thursday, discussing the situation around Bolivia.', '2025-08-21');
    expect(x.events.find((e) => e.type === 'consult')?.participants.map((p) => p.actorKey)).not.toContain('state:BOL');
  });

  it('joins no list with commas alone: "the sides" after "... around Bolivia, the Chilean ministry reported" are the two who met', () => {
    const x = extractArticle('Chilean Foreign Minister Ana Ruiz and Peruvian Foreign Minister Luis Soto held talks on Thursday, discussing the situation around Bolivia, the Chilean foreign ministry reported. Ruiz noted that the sides had agreed to expand cooperation in energy.', { publishedAt: '2025-08-21' });
    expect(x.events.find((e) => e.type === 'agree')?.participants.map((p) => p.actorKey)).toEqual(['person:ana-ruiz', 'person:luis-soto']);
  });

  it('dates a past perfect reported after a past verb of saying like the report, unless it spans a long time', () => {
    const x = extractArticle('Peru and Chile held talks in Lima on Thursday. Ruiz noted that the sides had agreed to reopen the border. She said Chile had provided aid to Peru over the past decade.', { publishedAt: '2025-08-22' });
    expect(x.events.find((e) => e.type === 'agree')?.date).toEqual({ value: '2025-08-21', precision: 'day' });
    expect(x.events.find((e) => e.type === 'aid')?.date ?? null).toBeNull();
  });

  it('does not date an agreement by the time it takes effect, nor by the time of the act agreed to', () => {
    const x = extractText('Peru and Chile have agreed to a ceasefire, due to take effect at midnight on Sunday, August 4, Bolivia said on Tuesday.', '2024-07-31');
    expect(x.events.find((e) => e.type === 'agree')?.date).toEqual({ value: '2024-07-30', precision: 'day' });
    const y = extractText('Chile and Peru agreed to reopen their border crossings at the end of October.', '2025-09-19');
    expect(y.events.find((e) => e.type === 'agree')?.date?.value).not.toBe('2024-10');
  });

  it('reads "asked its consul to return home" as an expulsion, not a request, and "told X to leave" as no statement', () => {
    const x = extractText("Peru responded on Tuesday by asking Chile's consul general in Arica to return home. Lima told the Chilean ambassador to leave the country.", '2024-05-16');
    expect(x.events.map((e) => e.type)).toEqual(['sanction']);
    expect(x.statements).toHaveLength(0);
  });

  it('does not place or join a meeting by a leading "Before arriving in X," adverbial', () => {
    const x = extractText('Before arriving in Lima, Chilean Foreign Minister Ana Ruiz met Bolivian President Luis Arce in Santa Cruz on Friday.', '2025-04-13');
    const meeting = x.events.find((e) => e.type === 'consult');
    expect(meeting?.location?.name).not.toBe('Lima');
    expect(meeting?.participants.map((p) => p.actorKey)).not.toContain('state:PER');
  });

  it('answers "rejected the protest" to whoever last protested against the rejecting side, not to its own voice "with X saying"', () => {
    const x = extractArticle("Chile's foreign ministry summoned Peru's ambassador. The ministry accused Lima of moving the border markers. Peru rejected the protest, with Foreign Minister Luis Soto saying that the markers had not moved.", { publishedAt: '2025-08-23' });
    const reject = x.events.find((e) => e.type === 'reject');
    expect(reject?.participants).toEqual([{ actorKey: 'state:PER', role: 'source' }, { actorKey: 'org:chl-foreign-ministry', role: 'target' }]);
  });

  it('dates a present perfect that opens the story to its day ("have agreed ..."), but not a charge ("has accused")', () => {
    const x = extractArticle('Peru and Chile have agreed to reopen their border crossings.\n\nTalks were held in Lima on Saturday.', { publishedAt: '2025-08-23' });
    expect(x.events.find((e) => e.type === 'agree')?.date).toEqual({ value: '2025-08-23', precision: 'day' });
    const y = extractArticle('Peru has accused Chile of moving the border markers.\n\nTalks were held in Lima on Saturday.', { publishedAt: '2025-08-23' });
    expect(y.events.find((e) => e.type === 'accuse')?.date ?? null).toBeNull();
  });

  it('reads sanctions only discussed or threatened as no sanction', () => {
    const x = extractText('EU ministers are due to discuss possible sanctions on Peruvian officials next week. Chile threatened sanctions against Bolivia.', '2024-12-04');
    expect(x.events.map((e) => e.type)).not.toContain('sanction');
  });

  it('splits "a string of bilateral meetings, first with X, and later with Y\'s A and Z\'s B" into one meeting per person met', () => {
    const x = extractText("Chilean Foreign Minister Ana Ruiz held a string of bilateral meetings on the sidelines, first with Peruvian Foreign Minister Luis Soto, and later with Bolivia's Marta Quispe and Ecuador's Diego Vera.", '2024-12-05');
    expect(x.events.filter((e) => e.type === 'consult').map((e) => e.participants.map((p) => p.actorKey))).toEqual([
      ['person:ana-ruiz', 'person:luis-soto'], ['person:ana-ruiz', 'person:marta-quispe'], ['person:ana-ruiz', 'person:diego-vera'],
    ]);
    expect(x.actors.find((a) => a.name === 'Marta Quispe')?.country).toBe('BOL');
  });

  it('splits "X and Y met separately with Z" into one meeting for each who came', () => {
    const x = extractText('Peruvian President Dina Boluarte and Chilean President Gabriel Boric met separately with Brazilian President Lula da Silva in Brasilia on Thursday.', '2023-06-23');
    expect(x.events.filter((e) => e.type === 'consult').map((e) => e.participants.filter((p) => p.role === 'source').map((p) => p.actorKey))).toEqual([['person:dina-boluarte'], ['person:gabriel-boric']]);
  });

  it('reads "X visited CAPITAL" as a visit to its state when no one else is named', () => {
    const x = extractText('In December 2023, Peruvian President Dina Boluarte visited Santiago.', '2025-07-03');
    expect(x.events.find((e) => e.type === 'consult')).toMatchObject({ mode: 'visit', participants: [{ actorKey: 'person:dina-boluarte', role: 'source' }, { actorKey: 'state:CHL', role: 'target' }] });
  });

  it('reads "had briefed X on the matter by phone" as a call, but not "at a regular briefing in Lima on Monday"', () => {
    const x = extractText('Peruvian President Dina Boluarte had briefed Chilean President Gabriel Boric on the matter by phone. At a regular briefing in Lima on Monday, the spokeswoman said little.', '2025-07-03');
    expect(x.events.filter((e) => e.type === 'consult').map((e) => e.mode)).toEqual(['phone']);
  });

  it('names no doer for an agentless passive ("were detained")', () => {
    const x = extractText('Nepalese officials said the two diplomats were detained after a traffic accident.');
    expect(x.events.filter((e) => e.type === 'coerce')).toHaveLength(0);
  });

  it('places a later meeting of the same visitor that day where the first one was, not at the dateline', () => {
    const x = extractArticle('DOHA, June 17 (Wire) - Turkish Foreign Minister Hakan Fidan held talks in Tehran on Saturday with Iranian Foreign Minister Abbas Araghchi. Fidan later met President Masoud Pezeshkian.', { publishedAt: '2025-06-17' });
    const meetings = x.events.filter((e) => e.type === 'consult');
    expect(meetings.map((e) => e.location?.name)).toEqual(['Tehran', 'Tehran']);
  });

  it('makes an accepted invitation "to visit" a planned visit, and does not read "leaders in Sanaa" as a person', () => {
    const x = extractText('Omani envoys held talks with Houthi leaders in Sanaa in April. President Masoud Pezeshkian accepted an invitation from the Emir to visit Doha.', '2024-06-10');
    expect(x.actors.find((a) => a.name === 'Sanaa')).toBeUndefined();
    expect(x.events.filter((e) => e.type === 'consult').map((e) => e.status)).toContain('planned');
  });

  it('reads a crowd storming an embassy as a protest, and "the Islamic Republic" as Iran', () => {
    const x = extractText('In 2016 protesters stormed the Saudi embassy in Tehran. The minister made the first visit to the Islamic Republic in years.');
    expect(x.events.map((e) => e.type)).toContain('protest');
    expect(x.actors.find((a) => a.name === 'Islamic Republic')).toBeUndefined();
  });

  it('reads an organ named after its body ("the ECOWAS Commission") as an organization, never a person', () => {
    const x = extractText('The communique was read by the President of the SADC Commission, Elias Magosi, chairman of the Summit of Heads of State and Government.');
    expect(x.actors.find((a) => a.name === 'Commission' || a.name === 'Government')).toBeUndefined();
    expect(x.actors.find((a) => a.name === 'Elias Magosi')?.kind).toBe('person');
  });

  it('reads "directed the activation of the standby force" as a mobilization', () => {
    const x = extractText('Leaders of ECOWAS on Thursday directed the activation of the standby force against Niger.');
    expect(x.events.map((e) => e.type)).toContain('mobilize');
  });

});

describe('allegations in other wordings', () => {
  it('reads "sanctions on officials it accuses of X" (relative pronoun left out)', () => {
    const x = extractText('Canada on Monday imposed sanctions on 12 Nicaraguan officials it accuses of rigging the vote.');
    expect(x.allegations[0]).toMatchObject({ accuserKeys: ['state:CAN'], accusedKeys: ['state:NIC'], claim: 'rigging the vote' });
  });

  it('reads "alleging they had ..." after an expulsion as an allegation against the expelled side', () => {
    const x = extractText('Estonia expelled two Russian diplomats on Friday, alleging they had recruited informants.');
    expect(x.allegations[0]).toMatchObject({ accuserKeys: ['state:EST'], accusedKeys: ['state:RUS'] });
  });

  it('makes a junta a group of its state: "the coup leaders", "the junta", "Mali\'s military authorities"', () => {
    const x = extractText('Soldiers seized power in Gabon in August. The coup leaders accused France of meddling. The junta later expelled the French ambassador.');
    expect(x.actors.find((a) => a.key === 'group:junta-gab')).toMatchObject({ kind: 'group', country: 'GAB', name: 'Gabon junta' });
    expect(x.allegations[0]?.accuserKeys).toEqual(['group:junta-gab']);
  });

  it('reads "condemned the test as CLAIM" as an allegation against who carried out the act, keeping "U.N." whole', () => {
    const x = extractText('Iran test-fired a ballistic missile on Monday. Germany condemned the test as a clear violation of U.N. Security Council resolutions.', '2024-06-11');
    expect(x.allegations[0]).toMatchObject({ accuserKeys: ['state:DEU'], accusedKeys: ['state:IRN'], claim: 'clear violation of U.N. Security Council resolutions' });
  });

  it('reads "condemned X\'s war of aggression" as an allegation against X, the claim ending before "and"', () => {
    const x = extractText("Austria condemned Russia's war of aggression and called for talks.");
    expect(x.allegations[0]).toMatchObject({ accuserKeys: ['state:AUT'], accusedKeys: ['state:RUS'], claim: "Russia's war of aggression" });
  });

  it('counts ", two days after X did Y" back from the day the sentence gives', () => {
    const x = extractText('Jordan said on Thursday it had struck smugglers in Syria, two days after Syria shelled Jordanian border posts.', '2024-01-19');
    expect(x.events.find((e) => e.type === 'assault' && e.participants[0]?.actorKey === 'state:SYR')?.date).toEqual({ value: '2024-01-16', precision: 'day' });
  });

  it('resolves "urging him to ..." to the person spoken to, not the speaker', () => {
    const x = extractText('Austrian Chancellor Karl Nehammer spoke to Turkish President Recep Tayyip Erdogan on Friday, urging him to reopen the border.', '2024-11-16');
    expect(x.events.find((e) => e.type === 'request')?.participants).toEqual(expect.arrayContaining([{ actorKey: 'person:recep-tayyip-erdogan', role: 'target' }]));
  });

  it('dates an undated act in a paragraph from the day the paragraph before gives', () => {
    const x = extractArticle('Vienna: Chancellor Karl Nehammer expelled a Russian diplomat on Friday.\n\nThe expulsion was announced in a statement. Nehammer accused Russia of spying.', { publishedAt: '2024-11-16' });
    expect(x.events.find((e) => e.type === 'accuse')?.date).toEqual({ value: '2024-11-15', precision: 'day' });
  });

  it('reads "called on X at his hotel" as a courtesy visit and "called on X to ..." as a request', () => {
    const visit = extractText('Indian Foreign Minister Vikram Rao called on Sri Lankan President Anura Kumara Dissanayake at his hotel.');
    expect(visit.events.map((e) => e.type)).toEqual(['consult']);
    const ask = extractText('Japan called on China to release the detained fishermen.');
    expect(ask.events.map((e) => e.type)).toEqual(['request']);
  });

  it('reads "are frequently arrested by X" as a passive: X is the one acting', () => {
    const x = extractText('Indian fishermen are frequently arrested by the Sri Lankan Navy.');
    expect(x.events.find((e) => e.type === 'coerce')?.participants).toEqual(expect.arrayContaining([{ actorKey: 'state:IND', role: 'target' }]));
  });

  it('reads "dismissed the Chinese account as ..." as a rejection aimed at whose account it was', () => {
    const x = extractText('Vietnam said the Chinese ship had rammed its trawler. The Vietnamese coast guard dismissed the Chinese account as "misleading".');
    expect(x.events.find((e) => e.type === 'reject')?.participants).toEqual(expect.arrayContaining([{ actorKey: 'state:CHN', role: 'target' }]));
  });
});


describe('charges traded inside one country', () => {
  const x = extractArticle(
    "Peru's interim president Dina Boluarte took office in December. Former president Pedro Castillo is in custody.\n\nOn Monday, Castillo, speaking to supporters by video, alleged that Boluarte had ordered the killing of protesters - a charge that her spokesman Fredy Hinojosa rejected as absurd.",
    { publishedAt: '2025-02-12' },
  );

  it('keeps a rival of the same country as the accused of "X alleged that Y ..."', () => {
    const a = x.allegation('ordered the killing');
    expect(x.names(a!.accuserKeys)).toEqual(['Pedro Castillo']);
    expect(x.names(a!.accusedKeys)).toEqual(['Dina Boluarte']);
  });

  it('reads "- a charge that X rejected as absurd" as a denial by the accused side, not a new claim', () => {
    const a = x.allegation('ordered the killing');
    expect(a!.claim).toBe('Boluarte had ordered the killing of protesters');
    expect(a!.status).toBe('denied');
    expect(x.names(a!.denials.map((d) => d.actorKey))).toEqual(['Fredy Hinojosa']);
    expect(x.allegations).toHaveLength(1);
  });
});

describe('subjects and objects of accusations in longer sentences', () => {
  it('takes the subject of an absolute "with X accusing Y" phrase from the phrase, not the sentence', () => {
    const x = extractText('Talks between Chile and Bolivia broke down on Monday, with the bloc\'s foreign policy chief Marta Ruiz accusing Bolivia of stalling the customs deal.');
    const a = x.allegations.find((al) => al.claim.startsWith('stalling'));
    expect(a?.accuserKeys.map(x.name)).toEqual(['Marta Ruiz']);
    expect(a?.accusedKeys.map(x.name)).toEqual(['Bolivia']);
  });

  it('gives no nationality from a lead about two states as equals', () => {
    const x = extractText('Talks between Chile and Bolivia broke down on Monday, with the bloc\'s foreign policy chief Marta Ruiz accusing Bolivia of stalling the customs deal.');
    expect(x.actors.find((a) => a.name === 'Marta Ruiz')?.country).toBeNull();
  });

  it('reads a condemned launch with a long description of the weapon', () => {
    const x = extractText("Chile and Peru condemned Bolivia's launch of a new long-range surface-to-surface ballistic missile earlier that morning, which broke the treaty.");
    const a = x.allegations[0];
    expect(a?.accusedKeys.map(x.name)).toEqual(['Bolivia']);
    expect(a?.accuserKeys.map(x.name).sort()).toEqual(['Chile', 'Peru']);
  });
});

describe('denials of an account', () => {
  it('reads "rejected that account" as a denial of the charge just reported', () => {
    const x = extractText('Chile accused Bolivia of stalling the customs deal. Bolivian Foreign Minister Celinda Sosa rejected that account.');
    const a = x.allegations[0];
    expect(a?.status).toBe('denied');
    expect(a?.denials.map((d) => x.name(d.actorKey))).toContain('Celinda Sosa');
  });

  it('leaves out of the claim what the accuser "said" after it', () => {
    const x = extractText('Chile accused Bolivia of stalling the customs deal and said talks would resume in March.');
    expect(x.allegations[0]?.claim).toBe('stalling the customs deal');
  });
});

describe('criminal charges and the officials who bring them', () => {
  it('reads "prosecutors charged X with Y" as an allegation by the prosecutors\' state', () => {
    const x = extractText('Peruvian prosecutors charged former president Pedro Castillo with rebellion on Sunday.');
    const a = x.allegations[0];
    expect(a?.claim).toBe('rebellion');
    expect(a?.accuserKeys.map(x.name)).toEqual(['Peru']);
    expect(a?.accusedKeys.map(x.name)).toEqual(['Pedro Castillo']);
    expect(x.events.filter((e) => e.type === 'accuse')).toHaveLength(1);
  });

  it('reads the passive "was charged by X with Y"', () => {
    const x = extractText('Former president Pedro Castillo was charged by Peruvian prosecutors with rebellion.');
    expect(x.allegations[0]?.accusedKeys.map(x.name)).toEqual(['Pedro Castillo']);
    expect(x.allegations[0]?.accuserKeys.map(x.name)).toEqual(['Peru']);
  });

  it('finds who "whom X had charged" refers to past an "of" phrase', () => {
    const x = extractText('Lima freed Chilean businessman Tomas Vidal, a longtime associate of Gabriel Boric whom the Peruvian prosecutor\'s office had charged with smuggling.');
    const a = x.allegations.find((al) => al.claim === 'smuggling');
    expect(a?.accusedKeys.map(x.name)).toEqual(['Tomas Vidal']);
  });

  it('does not read a fee charged as an accusation', () => {
    expect(extractText('Peru charged a fee for the transit of Bolivian goods.').allegations).toHaveLength(0);
  });

  it('makes "officials in CAPITAL" the capital\'s state', () => {
    const x = extractText('Officials in Lima have also accused Bolivia of harbouring smugglers.');
    expect(x.allegations[0]?.accuserKeys.map(x.name)).toEqual(['Peru']);
  });

  it('makes a full name after a noun for a private person a person of the demonym\'s country', () => {
    const x = extractText('Police arrested Chilean businessman Tomas Vidal at the airport.');
    expect(x.actors.find((a) => a.name === 'Tomas Vidal')).toMatchObject({ kind: 'person', country: 'CHL' });
  });
});

describe('a reported claim denied in the same sentence', () => {
  it('reads "saying X could ..., an assertion that Y has rejected as groundless" as a denied allegation against Y', () => {
    const x = extractText('Chile has voiced concern over the deal, saying it could allow Bolivia to station troops on the border, an assertion that Bolivia has repeatedly rejected as groundless.');
    const a = x.allegations[0];
    expect(a?.claim).toBe('it could allow Bolivia to station troops on the border');
    expect(a?.accuserKeys.map(x.name)).toEqual(['Chile']);
    expect(a?.accusedKeys.map(x.name)).toEqual(['Bolivia']);
    expect(a?.status).toBe('denied');
  });

  it('reads "X says that Y has done Z, which W has dismissed as lies" with W among the deniers', () => {
    const x = extractText('Bolivian President Luis Arce says that Chile has funded armed groups in the south, which Chilean President Gabriel Boric has dismissed as lies.');
    const a = x.allegations[0];
    expect(a?.claim).toBe('Chile has funded armed groups in the south');
    expect(a?.accusedKeys.map(x.name)).toEqual(['Chile']);
    expect(a?.denials.map((d) => x.name(d.actorKey))).toContain('Gabriel Boric');
  });
});

describe('claims attributed with "by"', () => {
  it('reads "claims by X that Y ..." with X as the accuser and "did not hold water" as a denial', () => {
    const x = extractText('Asked about claims by Chilean officials that Bolivia was arming smugglers on the border, Bolivian foreign ministry spokeswoman Ana Quispe said the accusation did not hold water.');
    const a = x.allegations[0];
    expect(a?.claim).toBe('Bolivia was arming smugglers on the border');
    expect(a?.accuserKeys.map(x.name)).toEqual(['Chile']);
    expect(a?.accusedKeys.map(x.name)).toEqual(['Bolivia']);
    expect(a?.status).toBe('denied');
  });
});

describe('capitals of small states', () => {
  it('reads Pacific capitals that name nothing else as their states ("Honiara cut ties with Taiwan")', () => {
    const x = extractText('Honiara cut ties with Taiwan in 2019. Apia signed a fisheries pact with Canberra.');
    expect(x.events.find((e) => e.type === 'sanction')?.participants.map((p) => x.name(p.actorKey))).toEqual(['Solomon Islands', 'Taiwan']);
    expect(x.actors.map((a) => a.name)).toContain('Samoa');
  });

  it('still does not read Kingston or Georgetown as states', () => {
    const x = extractText('Kingston Mills and Georgetown University hosted the forum.');
    expect(x.actors.filter((a) => a.kind === 'state')).toHaveLength(0);
  });
});

describe('clauses joined by ", and" with subjects of their own', () => {
  it('gives each its own parties and the first one\'s time', () => {
    const x = extractText('Honiara cut ties with Taiwan in 2019, and Apia signed a fisheries pact with Canberra.');
    const sanction = x.events.find((e) => e.type === 'sanction');
    const agree = x.events.find((e) => e.type === 'agree');
    expect(sanction?.participants.map((p) => x.name(p.actorKey))).toEqual(['Solomon Islands', 'Taiwan']);
    expect(agree?.participants.map((p) => x.name(p.actorKey))).toEqual(['Samoa', 'Australia']);
    expect(agree?.date).toEqual({ value: '2019', precision: 'year' });
  });
});

describe('calls and the people they mention', () => {
  const x = extractText('Chilean Foreign Minister Alberto van Klaveren spoke today with Bolivian Foreign Minister Celinda Sosa to thank Bolivia for the release of six Chilean truckers detained in Oruro.', '2024-05-15');

  it('reads "spoke today with" as a call, placed nowhere', () => {
    const call = x.events.find((e) => e.type === 'consult');
    expect(call).toMatchObject({ mode: 'phone', location: null, date: { value: '2024-05-15', precision: 'day' } });
  });

  it('reads "truckers detained in Oruro" as a description, not an act of the sentence\'s subject', () => {
    expect(x.events.filter((e) => e.type === 'coerce')).toHaveLength(0);
  });
});

describe('names in official readouts', () => {
  const x = extractText('On May 2, Mr. ISHIBA Shigeru, Prime Minister of Japan, held talks with H.E. Mr. LEE Jae-myung, President of the Republic of Korea. Mr. TANAKA Hiroshi, Director-General, attended. Prime Minister Ishiba welcomed President Lee.');

  it('reads a family name in capitals after "Mr." as part of the name, in the order other outlets use', () => {
    expect(x.actors.find((a) => a.key === 'person:shigeru-ishiba')?.aliases).toContain('ISHIBA Shigeru');
    expect(x.actors.map((a) => a.name)).toEqual(expect.arrayContaining(['Lee Jae-myung', 'Tanaka Hiroshi']));
    expect(x.actors.some((a) => a.name === 'Shigeru' || a.name === 'Jae-myung')).toBe(false);
  });

  it('does not take "Today" before an apposition for a person', () => {
    const y = extractText('Prime Minister Shigeru Ishiba said: "Today, President Lee Jae-myung and I have opened a new chapter."');
    expect(y.actors.map((a) => a.name)).not.toContain('Today');
  });
});

describe('progressive forms of sanctions', () => {
  it('reads "was cutting diplomatic ties with X" as a sanction by the subject, not a passive', () => {
    const x = extractText('Tuvalu announced on Monday that it was cutting diplomatic ties with Taiwan.');
    const e = x.events.find((ev) => ev.type === 'sanction');
    expect(e?.participants).toEqual([{ actorKey: 'state:TUV', role: 'source' }, { actorKey: 'state:TWN', role: 'target' }]);
  });
});

describe('acts characterised as breaches', () => {
  it('reads "describing it as a flagrant violation" as a charge against the doer of the act just told', () => {
    const x = extractText('Bolivian soldiers crossed into Chilean territory on Friday. Chilean President Gabriel Boric lodged a complaint within hours, describing it as a flagrant violation of international law.');
    const a = x.allegations.find((al) => al.claim.includes('flagrant violation'));
    expect(a?.accuserKeys.map(x.name)).toEqual(['Gabriel Boric']);
    expect(a?.accusedKeys.map(x.name)).toEqual(['Bolivia']);
  });

  it('reads "said that the raid was a clear violation" in reported speech', () => {
    const x = extractText('Bolivian police raided the Chilean consulate in La Paz on Friday. Peru\'s foreign ministry said on Saturday that the police action was "a clear violation" of the Vienna Convention.');
    const a = x.allegations.find((al) => al.claim.includes('clear violation'));
    expect(a?.accusedKeys.map(x.name)).toEqual(['Bolivia']);
  });

  it('does not read "would respond firmly to any provocation" as a charge', () => {
    const x = extractText('Chilean defence spokesman Pablo Soto said the allies would respond firmly to any provocation.');
    expect(x.allegations).toHaveLength(0);
  });

  it('charges every doer listed in "denounced the drills by A, B and C as ..."', () => {
    const x = extractText('Bolivia denounced the naval exercise by Chile, Peru and Argentina as a rehearsal for invasion.');
    expect(x.allegations[0]?.accusedKeys.map(x.name)).toEqual(['Chile', 'Peru', 'Argentina']);
  });

  it('reads a condemnation of "X\'s dangerous actions"', () => {
    const x = extractText('The US ambassador condemned Bolivia\'s "dangerous and escalatory" actions.');
    expect(x.allegations[0]?.accusedKeys.map(x.name)).toEqual(['Bolivia']);
  });

  it('does not take "Latin America" for the United States', () => {
    const x = extractText('The raid drew condemnation across Latin America.');
    expect(x.actors.map((a) => a.name)).not.toContain('United States');
  });
});

describe('more reported wrongdoing', () => {
  it.each([
    ['abusing immunities', 'Chilean President Gabriel Boric said that Bolivia had abused the immunities granted to its consulate.', 'Bolivia'],
    ['luring a state away', 'Deputy Foreign Minister Ana Torres told reporters that Bolivia had lured Paraguay with promises of cheap gas.', 'Bolivia'],
    ['persecuting', 'Chilean Foreign Minister Alberto van Klaveren said that Bolivia was persecuting Chilean truckers.', 'Bolivia'],
  ])('reads %s as an allegation', (_pattern, sentence, accused) => {
    const x = extractText(sentence);
    expect(x.allegations[0]?.accusedKeys.map(x.name)).toEqual([accused]);
  });

  it('does not charge someone who abused nothing but a word', () => {
    expect(extractText('Chilean President Gabriel Boric said that Bolivia had abused the goodwill of its neighbours.').allegations).toHaveLength(0);
  });
});

describe('a report with its attribution and occasion after it', () => {
  const x = extractText("Chile and Bolivia have agreed to reopen the border, Peru's presidency announced on Tuesday after the two countries' foreign ministers held talks in Lima.", '2024-07-31');

  it('reads "the two countries" as the pair named earlier in the same sentence', () => {
    const talks = x.events.find((e) => e.type === 'consult');
    expect(talks?.participants.map((p) => x.name(p.actorKey)).sort()).toEqual(['Bolivia', 'Chile']);
  });

  it('dates the perfect-tense report and the talks "after" it by the attribution\'s day', () => {
    expect(x.events.find((e) => e.type === 'agree')?.date).toEqual({ value: '2024-07-30', precision: 'day' });
    expect(x.events.find((e) => e.type === 'consult')?.date).toEqual({ value: '2024-07-30', precision: 'day' });
  });

  it('takes the speaker from before the verb, not from the occasion after it', () => {
    expect(x.statements[0]?.speakerKey).toBe('state:PER');
  });
});

describe('refusals and rejected complaints', () => {
  it('reads "refused permission for X planes to land" as a rejection of X', () => {
    const x = extractText('Chilean President Gabriel Boric said that he had refused permission for two Bolivian air force planes to land.');
    const e = x.events.find((ev) => ev.type === 'reject');
    expect(e?.participants).toEqual([{ actorKey: 'person:gabriel-boric', role: 'source' }, { actorKey: 'state:BOL', role: 'target' }]);
  });

  it('reads "rejected X\'s complaints" as a rejection aimed at X', () => {
    const x = extractText('Bolivian President Luis Arce spoke on Sunday. Chilean spokeswoman Aisen Etcheverry rejected Luis Arce\'s complaints about the border.');
    const e = x.events.find((ev) => ev.type === 'reject');
    expect(e?.participants.find((p) => p.role === 'target')?.actorKey).toBe('person:luis-arce');
  });
});

describe('border closures and warnings', () => {
  it('codes an extended border closure both as a sanction and as coercion', () => {
    const x = extractText('Chile on Thursday extended the closure of its land border with Bolivia until further notice.', '2024-04-04');
    expect(x.events.map((e) => e.type).sort()).toEqual(['coerce', 'sanction']);
    for (const e of x.events) expect(e.participants).toEqual([{ actorKey: 'state:CHL', role: 'source' }, { actorKey: 'state:BOL', role: 'target' }]);
  });

  it('does not aim a spokeswoman\'s warning at her own state', () => {
    const x = extractText('Bolivian foreign ministry spokeswoman Carla Rojas accused Chile of hostility. She warned that La Paz would respond to any build-up near its border.');
    const threat = x.events.find((e) => e.type === 'threaten');
    expect(threat?.participants.some((p) => p.actorKey === 'state:BOL' && p.role === 'target')).toBe(false);
  });
});

describe('accusers named by a possessive or by the agent of a passive', () => {
  it('reads "X renewed its accusation that Y ..." with X as the accuser', () => {
    const x = extractText('Bolivia renewed its accusation that Chile is preparing an invasion.');
    expect(x.allegations[0]?.accuserKeys.map(x.name)).toEqual(['Bolivia']);
    expect(x.allegations[0]?.accusedKeys.map(x.name)).toEqual(['Chile']);
  });

  it('makes the agent of a passive speak for the unnamed officials of "with officials accusing him"', () => {
    const x = extractText('Sanctions were imposed on Bolivian President Luis Arce by the Treasury Department on Friday, with officials accusing him of shielding traffickers.');
    const a = x.allegations[0];
    expect(a?.accuserKeys).toEqual(['org:us-treasury-department']);
    expect(a?.accusedKeys.map(x.name)).toEqual(['Luis Arce']);
  });
});

describe('meetings coverage: officials named by office and state', () => {
  const x = extractText('UN envoy Maria Lopez briefed the Council. The representative of Peru said that the region\'s crisis had its roots in foreign meddling. "It was the 2011 intervention by outside powers that destroyed the state," he said, rejecting any calls for new sanctions.');

  it('resolves "he" to the state whose unnamed representative spoke just before', () => {
    expect(x.statements.map((st) => st.speakerKey)).toEqual(['state:PER', 'state:PER']);
  });

  it('makes the participle after a quote and its attribution the speaker\'s act', () => {
    expect(x.events.find((e) => e.type === 'reject')?.participants[0]).toEqual({ actorKey: 'state:PER', role: 'source' });
  });

  it('does not accuse the state whose crisis is described', () => {
    const y = extractText("Peru's representative said that Bolivia's crisis had its roots in foreign meddling.");
    expect(y.allegations.flatMap((a) => a.accusedKeys)).not.toContain('state:BOL');
  });
});

describe('press-conference transcripts', () => {
  const TRANSCRIPT = `date 2023-03-07

Home > Press and Media Service > Spokesperson's Remarks
[Print] [Close] Font size: L M S

Foreign Ministry Spokesperson Hua Chunying's Regular Press Conference on March 7, 2023

Q: Chile's foreign minister said on Monday that Santiago would expand trade with Taiwan. What is your comment?

A: We have noted the remarks. Taiwan is an inalienable part of China's territory.

We urge the Chilean side to honour its commitments and to stop sending wrong signals.

Q: Can you share details of the minister's visit to Peru?

A: The minister will visit Lima next week at the invitation of the Peruvian side.`;
  const x = extractArticle(TRANSCRIPT);

  it('takes the title past page controls', () => {
    expect(x.title).toBe("Foreign Ministry Spokesperson Hua Chunying's Regular Press Conference on March 7, 2023");
  });

  it('gives every sentence of an answer, up to the next question, to the spokesperson the title names', () => {
    const said = x.said('Hua Chunying').map((st) => st.text);
    expect(said).toEqual([
      'We have noted the remarks',
      "Taiwan is an inalienable part of China's territory",
      'We urge the Chilean side to honour its commitments and to stop sending wrong signals',
      'The minister will visit Lima next week at the invitation of the Peruvian side',
    ]);
    expect(x.statements.some((st) => st.text.startsWith('Can you share'))).toBe(false);
  });
});

describe('labelled transcripts with family names in capitals', () => {
  const LABELLED = `date 2025-06-11

Press Conference by the Press Secretary, 11 June 2025

Press Secretary MORIKAWA: Good afternoon. Foreign Minister ODAGIRI Haruto will visit Chile and Peru next week. He will hold talks with his counterparts in both capitals.

Q: TV Asahi. Has the ministry protested over the drone flights?

Press Secretary MORIKAWA: Yes. On June 9, SAKURADA Emi, Director-General of the Latin American Affairs Bureau, lodged a protest with Minister LIU Zhenhai of the Chinese embassy.

(End)

Related Information: Japan-Chile Relations | Japan-Peru Relations | Press Conferences`;
  const x = extractArticle(LABELLED);

  it('reads "Foreign Minister ODAGIRI Haruto" and "SAKURADA Emi, Director-General of ..." as persons, family name first', () => {
    expect(x.actors.filter((a) => a.kind === 'person').map((a) => a.name)).toEqual(expect.arrayContaining(['Odagiri Haruto', 'Sakurada Emi', 'Liu Zhenhai']));
    expect(x.actors.some((a) => a.name === 'Bureau')).toBe(false);
  });

  it('gives a paragraph opened by "Press Secretary MORIKAWA:" to that speaker, not to a dateline, up to the next question', () => {
    const said = x.said('Morikawa').map((st) => st.text);
    expect(said).toContain('Foreign Minister ODAGIRI Haruto will visit Chile and Peru next week');
    expect(said.some((t) => t.startsWith('On June 9'))).toBe(true);
    expect(x.statements.some((st) => /TV Asahi|Related Information/.test(st.text))).toBe(false);
  });

  it('a transcript introduced by a line that names its speaker ("Transcript of the weekly press briefing by ... X") gives "MS. X:" paragraphs to X; a site masthead "ABC - Ministry of ..." is no dateline', () => {
    const y = extractArticle(`CANCI - Ministry of Foreign Affairs of Chile
Home | The Ministry | Press Room

Transcript of the weekly press briefing by Foreign Ministry spokesperson Paula Errázuriz
Santiago, March 4, 2025

MS. ERRÁZURIZ: Good morning. The minister will travel to Lima on Friday for talks with his Peruvian counterpart.

QUESTION: Will Chile protest to Bolivia?

MS. ERRÁZURIZ: We have already conveyed our concern to the Bolivian embassy.`);
    expect(y.said('Paula Errázuriz').map((st) => st.text)).toEqual([
      'The minister will travel to Lima on Friday for talks with his Peruvian counterpart',
      'We have already conveyed our concern to the Bolivian embassy',
    ]);
    expect(y.actors.some((a) => a.name === 'CANCI')).toBe(false);
  });

  it('answers labelled with the office alone ("Spokesperson: ...") are the words of the spokesperson the introduction names after a comma; the asker in a question\'s label is no actor; a place-and-date line with a weekday gives the home state; a closing note in brackets is no answer', () => {
    const y = extractArticle(`Ministry of Foreign Affairs | Government of Freedonia
Home | About Us | Media Center

Transcript of the Weekly Press Briefing by the Spokesperson, Ms. Rania Qureshi
Islamabad, Thursday, 21 November 2024

Spokesperson: Good afternoon. Foreign Minister Jamil Akhtar will travel to Riyadh on 24 November for talks.

Question (Imran Sheikh, Daily Khabar): The Taliban spokesman said Pakistani troops crossed the border first. What is your response?

Spokesperson: We have seen these remarks. They are contrary to the facts on the ground.

(The briefing ended at 1540 hrs)`);
    expect(y.actor('Rania Qureshi')).toMatchObject({ country: 'PAK', role: 'Spokesperson' });
    expect(y.said('Rania Qureshi').map((st) => st.text)).toEqual([
      'Foreign Minister Jamil Akhtar will travel to Riyadh on 24 November for talks',
      'We have seen these remarks',
      'They are contrary to the facts on the ground',
    ]);
    expect(y.actors.some((a) => /Imran|Khabar/.test(a.name))).toBe(false);
  });

  it('a heading "TRANSCRIPT: Regular Press Briefing of ... X" names whom "ASEC. X:" labels give the answers to; a yes-no question ("Did Mr. Zhou say anything ...?") reports nothing', () => {
    const y = extractArticle(`TRANSCRIPT: Regular Press Briefing of DFA Spokesperson Assistant Secretary Corazon Dimalanta
Posted on 12 March 2025

ASEC. DIMALANTA: Good afternoon. Secretary Ramon Bautista will travel to Hanoi on Friday.

QUESTION: Did Mr. Zhou say anything when he was summoned?

ASEC. DIMALANTA: He was told very clearly that these actions must stop.`, { publishedAt: '2025-03-12' });
    expect(y.statements.map((st) => [y.name(st.speakerKey), st.text])).toEqual([
      ['Corazon Dimalanta', 'Secretary Ramon Bautista will travel to Hanoi on Friday'],
      ['Corazon Dimalanta', 'He was told very clearly that these actions must stop'],
    ]);
  });

  it('UN meetings coverage: a speaker\'s whole name in capitals before the state or the office ("MIKE WALTZ (United States) said", "Briefing the Council, ROSEMARY DICARLO, Under-Secretary-General ..., said") is a person, written in the usual case', () => {
    const y = extractArticle(`Statements

DAVID HOLLOWAY (United States) said the first text "rewarded a terrorist organization". He accused China of shielding Hizbullah.

Briefing the Council, MARTA KOWALCZYK, Under-Secretary-General for Peacekeeping Operations, said strikes had killed at least 64 people.`, { publishedAt: '2026-02-24' });
    expect(y.actors.filter((a) => a.kind === 'person').map((a) => [a.name, a.country])).toEqual([['David Holloway', 'USA'], ['Marta Kowalczyk', null]]);
    expect(y.statements.map((st) => y.name(st.speakerKey))).toEqual(['David Holloway', 'Marta Kowalczyk']);
    expect(y.allegations.map((a) => y.names(a.accusedKeys))).toEqual([['China']]);
    expect(y.actor('Hizbullah')?.name).toBe('Hezbollah');
  });

  it('a dateline of two words ("SANTO DOMINGO, Jan 22 (Wire) -") is the home state of officials named without one', () => {
    const y = extractArticle('SANTO DOMINGO, Jan 22 (Caribbean Wire) - Foreign Minister Rafael Ortega said on Thursday that the Dominican Republic had received no reply from Haiti.', { publishedAt: '2026-01-22' });
    expect(y.actor('Rafael Ortega')?.country).toBe('DOM');
  });

  it('a ministry heading after the site\'s name ("Foreign Ministry Spokesperson X\'s Regular Press Conference on ...") names whom the "X:" labels give the answers to', () => {
    const y = extractArticle(`Ministry of Foreign Affairs of the Republic of Chile
Home > Press > Spokesperson's Remarks

Foreign Ministry Spokesperson Paula Errázuriz's Regular Press Conference on March 17, 2025

Radio Bio-Bio: What is Chile's response to the Peruvian statement?

Paula Errázuriz: Chile regrets the statement. We have conveyed our position to the Peruvian embassy.`, { publishedAt: '2025-03-17' });
    expect(y.said('Paula Errázuriz').map((st) => st.text)).toEqual(['Chile regrets the statement', 'We have conveyed our position to the Peruvian embassy']);
  });

  it('an interview labelled by the outlet\'s name ("Andes Post: Why now?") gives the questions to no one', () => {
    const y = extractArticle(`LIMA — Peru's Foreign Minister Juan Rios spoke to the Andes Post on Wednesday.

Andes Post: Why leave the initiative now? What changed?

Rios: The memorandum brought Peru very little. It was a decision of this government.

Andes Post: China says it regrets the decision. Are relations damaged?

Rios: China is an important trading partner and will remain one.`, { publishedAt: '2025-02-20' });
    expect(y.statements.map((st) => [y.name(st.speakerKey), st.text])).toEqual([
      ['Juan Rios', 'The memorandum brought Peru very little'],
      ['Juan Rios', 'It was a decision of this government'],
      // (Reported speech inside a question is still its speaker's.)
      ['China', 'it regrets the decision'],
      ['Juan Rios', 'China is an important trading partner and will remain one'],
    ]);
  });

  it('leaves "NATO Summit" and "ASEAN Secretariat" alone', () => {
    const y = extractText('Leaders gathered for the NATO Summit in Vilnius, where the ASEAN Secretariat had sent an observer.');
    expect(y.actors.some((a) => a.kind === 'person')).toBe(false);
  });
});

describe('wire-style attributions and passives', () => {
  it('reads "said Monday that" (a bare weekday) as reported speech starting after "that"', () => {
    const x = extractText('Chilean President Gabriel Boric said Monday that talks with Bolivia would resume in March.');
    expect(x.statements[0]?.text).toBe('talks with Bolivia would resume in March');
  });

  it('makes the agent after "by" the source of a passive and the one "on" whom it falls the target', () => {
    const x = extractText('Sanctions were imposed on Bolivian President Luis Arce by the Treasury Department on Friday.');
    expect(x.events.find((e) => e.type === 'sanction')?.participants).toEqual([
      { actorKey: 'org:us-treasury-department', role: 'source' },
      { actorKey: 'person:luis-arce', role: 'target' },
    ]);
  });

  it('gives "its accusation" to the subject right before the verb, not to the first actor of the clause', () => {
    const x = extractText('Chile said its navy would stay in the area, as Peru moved ships north and Bolivia renewed its accusation that Santiago is preparing an invasion.');
    const a = x.allegations.find((al) => al.claim.includes('invasion'));
    expect(a?.accuserKeys).toEqual(['state:BOL']);
    expect(a?.accusedKeys).toEqual(['state:CHL']);
  });
});

describe('seats of government that are not the constitutional capital', () => {
  it.each([['La Paz', 'Bolivia'], ['Putrajaya', 'Malaysia']])('reads %s as %s', (seat, state) => {
    const x = extractText(`${seat} accused its neighbour of meddling, and officials in ${seat} said talks were off.`);
    expect(x.actors.map((a) => a.name)).toContain(state);
  });
});

describe('the speaker as "we" in their own words', () => {
  it('makes "We urge X to ..." in a quotation a request by the speaker', () => {
    const x = extractText('Chilean foreign ministry spokeswoman Paula Rivas said: "We urge Bolivia to immediately withdraw its troops."');
    const e = x.events.find((ev) => ev.type === 'request');
    expect(e?.participants).toEqual([{ actorKey: 'person:paula-rivas', role: 'source' }, { actorKey: 'state:BOL', role: 'target' }]);
  });
});

describe('capitals and report sources', () => {
  it('knows Ulaanbaatar as the capital of Mongolia', () => {
    const x = extractText('Putin held talks with Mongolian President Ukhnaagiin Khurelsukh in Ulaanbaatar on Tuesday.');
    expect(x.events.find((e) => e.type === 'consult')?.location).toEqual({ name: 'Ulaanbaatar', country: 'MNG' });
  });

  it('does not place an event where its report came from ("according to the Kremlin")', () => {
    const x = extractText('The two sides signed an agreement on fuel supplies to Mongolia, according to the Kremlin.');
    expect(x.events.find((e) => e.type === 'agree')?.location?.name).not.toBe('Kremlin');
  });
});

describe('news roundups and lists', () => {
  it('recalls of several ambassadors are a sanction; "a week after" dates the act seven days back', () => {
    const x = extractText('Peru, Chile and Ecuador on Sunday recalled their ambassadors from La Paz, a week after Bolivia shot down a Peruvian drone near the two countries\' border.', '2025-04-08');
    const recall = x.events.find((e) => e.type === 'sanction');
    expect(recall?.participants.filter((p) => p.role === 'source').map((p) => x.name(p.actorKey))).toEqual(['Peru', 'Chile', 'Ecuador']);
    const downing = x.events.find((e) => e.type === 'assault');
    expect(downing?.date).toEqual({ value: '2025-03-30', precision: 'day' });
    expect(downing?.participants).toEqual([{ actorKey: 'state:BOL', role: 'source' }, { actorKey: 'state:PER', role: 'target' }]);
  });

  it('reads "the two neighbours" in a new story of a roundup as the pair that story names', () => {
    const x = extractArticle('date 2025-04-08\n\nPeru, Chile and Ecuador on Sunday recalled their ambassadors from La Paz. Bolivia rejected the move.\n\nAdvertisement\n\nGhana said Togo was massing troops on the border, and Togolese Foreign Minister Robert Dussey said Ghana was "beating war drums". The two neighbours signed a border treaty in 2018.');
    expect(x.eventsOf('agree', 'Ghana', 'Togo')).toHaveLength(1);
  });
});

describe('descriptions of royals and frames of naming', () => {
  const x = extractText('Saudi Crown Prince Mohammed bin Salman met Secretary of State Marco Rubio in March. On May 13, Trump and the crown prince signed what the White House called a $142 billion arms package.', '2025-05-22');

  it('resolves "the crown prince" to the crown prince named before', () => {
    const agree = x.events.find((e) => e.type === 'agree');
    expect(agree?.participants.map((p) => p.actorKey)).toContain('person:mohammed-bin-salman');
  });

  it('keeps who names the thing ("what the White House called") out of the event', () => {
    const agree = x.events.find((e) => e.type === 'agree');
    expect(agree?.participants.map((p) => p.actorKey)).not.toContain('state:USA');
  });
});

describe('meetings named inside a planned clause', () => {
  it('makes "are due to discuss X at a meeting on December 16" a planned meeting on the coming date', () => {
    const x = extractText('EU foreign ministers are due to discuss possible sanctions on Bolivian officials at a meeting in Brussels on December 16.', '2024-12-04');
    expect(x.events.find((e) => e.type === 'consult')).toMatchObject({ status: 'planned', date: { value: '2024-12-16', precision: 'day' } });
  });
});

describe('dates carried from an earlier sentence', () => {
  it('does not give an act done the date of a meeting still to come', () => {
    const x = extractText('EU foreign ministers are due to meet in Brussels on December 16. Chile expelled two Bolivian diplomats.', '2024-12-04');
    expect(x.events.find((e) => e.type === 'sanction')?.date).toEqual({ value: '2024-12-04', precision: 'day' });
  });
});

describe('reciprocal acts and objects with an "of" of their own', () => {
  it('splits "X and Y expelled each other\'s diplomats" into one sanction each way', () => {
    const x = extractText('Chile and Bolivia expelled each other\'s top diplomats on Monday.');
    const pairs = x.events.filter((e) => e.type === 'sanction').map((e) => e.participants.map((p) => `${x.name(p.actorKey)}:${p.role}`).join(' '));
    expect(pairs.sort()).toEqual(['Bolivia:source Chile:target', 'Chile:source Bolivia:target']);
  });

  it('reads "accused agents of the X government of Y" with X accused and Y claimed', () => {
    const x = extractText('Chilean police accused agents of the Bolivian government of involvement in smuggling.');
    expect(x.allegations[0]).toMatchObject({ claim: 'involvement in smuggling', accusedKeys: ['state:BOL'] });
  });

  it('reads "ordered X, Y and five other diplomats to leave" as an expulsion', () => {
    const x = extractText("Chile ordered Bolivia's consul, Ana Quispe, and five other diplomats to leave the country.");
    expect(x.events.map((e) => e.type)).toContain('sanction');
  });
});

describe('patterns that must not over-reach', () => {
  it('keeps every member of a list written with a comma before "and"', () => {
    const x = extractText('The United States, Britain, and France imposed sanctions on Bolivia on Monday.');
    expect(x.events.find((e) => e.type === 'sanction')?.participants.filter((p) => p.role === 'source').map((p) => p.actorKey)).toEqual(['state:USA', 'state:GBR', 'state:FRA']);
  });

  it('does not read "was not a violation" as a charge', () => {
    expect(extractText('Chile said the Bolivian exercise was not a violation of any agreement.').allegations).toHaveLength(0);
  });

  it('does not take a conjunction "as" for what a condemnation calls the act', () => {
    const x = extractText('Chile denounced the Bolivian provocations at the border, just as ministers met in Lima.');
    expect(x.allegations[0]?.claim).not.toContain('ministers met');
  });

  it('does not make an offer turned down (", which X rejected") an allegation', () => {
    expect(extractText('Chile said it had offered Bolivia a new gas deal, which La Paz rejected.').allegations).toHaveLength(0);
  });

  it('does not read the noun "charges by X" as X being charged', () => {
    expect(extractText('Peru rejected the charges by Chile over the sinking of the boat.').allegations.flatMap((a) => a.accusedKeys)).not.toContain('state:CHL');
  });

  it('keeps the second-"of" reading to a named object ("agents of the X government")', () => {
    expect(extractText('Chile accused the officials of colluding with Bolivia in violation of Chilean law.').allegations.map((a) => a.claim)).not.toContain('Chilean law');
  });

  it('keeps an arrest by named authorities, whatever preposition follows', () => {
    const x = extractText('Bolivian authorities detained on Sunday two Chilean nationals accused of smuggling.');
    expect(x.events.find((e) => e.type === 'coerce')?.participants).toEqual([{ actorKey: 'state:BOL', role: 'source' }, { actorKey: 'state:CHL', role: 'target' }]);
  });

  it('does not read the noun "demand" as a request', () => {
    expect(extractText("Chile rejected Bolivia's demand for an apology.").events.map((e) => e.type)).not.toContain('request');
  });

  it('does not read an evacuation order as an expulsion', () => {
    expect(extractText('The army ordered tens of thousands of residents in the border towns to leave.').events.map((e) => e.type)).not.toContain('sanction');
  });

  it('keeps "Latest-generation" and "Arctic Council" as ordinary text', () => {
    const x = extractText('Latest-generation Bolivian drones were shown at a fair on Monday, Chile said. The Arctic Council met in Tromso.');
    expect(x.statements).toHaveLength(1);
    expect(x.actors.map((a) => a.name)).toContain('Arctic Council');
  });

  it('resolves "he" to a state only after a sentence that opens with its unnamed official', () => {
    const x = extractText('Chile summoned Bolivia\'s ambassador on Monday. He rejected the protest as baseless.');
    expect(x.statements.every((st) => st.speakerKey !== 'state:CHL')).toBe(true);
  });

  it('does not make a place described by a noun phrase a person', () => {
    const x = extractText('Dissidents gathered at Plaza Murillo, the student protest site, on Sunday.');
    expect(x.actors.filter((a) => a.kind === 'person')).toHaveLength(0);
  });
});

describe('the news day of a lead that announces a plan', () => {
  it('does not take a planned meeting in the lead for the day undated acts happened', () => {
    const x = extractArticle('EU foreign ministers are due to meet in Brussels on Monday.\n\nHungary vetoed the sanctions package.', { publishedAt: '2024-05-15' });
    expect(x.eventsOf('reject').concat(x.eventsOf('sanction'))[0]?.date?.value ?? '2024-05-15').not.toBe('2024-05-13');
  });
});

describe('invitations', () => {
  it('reads "invited X to attend the summit in May" as a planned meeting there', () => {
    const x = extractText('Chilean President Gabriel Boric invited Bolivian President Luis Arce to attend the Santiago summit in May.', '2024-03-16');
    const e = x.events.find((ev) => ev.type === 'consult');
    expect(e).toMatchObject({ status: 'planned', date: { value: '2024-05', precision: 'month' } });
    expect(e?.participants.slice(0, 2)).toEqual([{ actorKey: 'person:gabriel-boric', role: 'source' }, { actorKey: 'person:luis-arce', role: 'target' }]);
  });

  it('does not read "was not invited to the talks" as a meeting', () => {
    expect(extractText('Chile was not invited to the talks.').events.filter((e) => e.type === 'consult' && e.status === 'planned')).toHaveLength(0);
  });
});

describe('arrivals announced ahead', () => {
  it('reads "is due in Lima on Thursday for talks with X" as a planned meeting on the coming Thursday', () => {
    const x = extractText('Bolivian Foreign Minister Celinda Sosa is due in Lima on Thursday for talks with her Peruvian counterpart Javier Gonzalez-Olaechea.', '2025-04-08');
    expect(x.events.find((e) => e.type === 'consult')).toMatchObject({ status: 'planned', date: { value: '2025-04-10', precision: 'day' } });
  });
});

describe('who made a charge, and who did the act it names', () => {
  it('does not take the subject of "She rejected accusations that ..." for the accuser', () => {
    const x = extractText('Bolivian Foreign Minister Celinda Sosa spoke later. She rejected accusations that La Paz had broken the treaty.');
    expect(x.allegations[0]?.accuserKeys).toEqual([]);
    expect(x.allegations[0]?.status).toBe('denied');
  });

  it('keeps "Chile\'s repeated claims that ..." as Chile\'s', () => {
    const x = extractText("Chile's repeated claims that Bolivia shelled the border post were false.");
    expect(x.allegations[0]?.accuserKeys).toEqual(['state:CHL']);
  });

  it('finds the doer of "the police action" in "X police stormed ..." told earlier', () => {
    const x = extractText('Bolivian police stormed the Chilean consulate in La Paz on Friday. Chilean diplomats were hurt, Chile said. Peru\'s foreign ministry said on Saturday that the police action was "a clear violation" of the Vienna Convention.');
    expect(x.allegations.find((a) => a.claim.includes('clear violation'))?.accusedKeys).toEqual(['state:BOL']);
  });
});

describe('apologies and capitals named by a title after them', () => {
  it('reads "apologized to X" as a concession to X', () => {
    const x = extractText('Chilean President Gabriel Boric apologized to Bolivian President Luis Arce in a telephone conversation on Monday.');
    expect(x.events.find((e) => e.type === 'concede')?.participants).toEqual([{ actorKey: 'person:gabriel-boric', role: 'source' }, { actorKey: 'person:luis-arce', role: 'target' }]);
  });

  it('places "the meeting in the Peruvian capital, Kremlin Spokesman X said" in Lima, not at the Kremlin', () => {
    const x = extractText('Ties improved after the meeting between Chilean President Gabriel Boric and Bolivian President Luis Arce in the Peruvian capital, Kremlin Spokesman Dmitry Peskov told reporters on Friday.');
    expect(x.events.find((e) => e.type === 'consult')?.location).toEqual({ name: 'Lima', country: 'PER' });
  });
});
