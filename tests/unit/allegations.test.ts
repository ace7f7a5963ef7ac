import { describe, it, expect } from 'vitest';
import { extractArticle, extractText } from './helpers.js';

describe('allegations', () => {
  it('"X and Y have accused Z of CLAIM": several accusers, claim as worded', () => {
    const x = extractText('Germany and France have accused Belarus of smuggling migrants across the border.');
    expect(x.allegations[0]).toMatchObject({ accuserKeys: ['state:DEU', 'state:FRA'], accusedKeys: ['state:BLR'], claim: 'smuggling migrants across the border', status: 'alleged' });
  });

  it('participle "accusing X of" takes the sentence subject as accuser', () => {
    const x = extractText('Poland on Monday expelled two Belarusian diplomats, accusing Minsk of espionage.');
    expect(x.allegations[0]).toMatchObject({ accuserKeys: ['state:POL'], accusedKeys: ['state:BLR'], claim: 'espionage' });
  });

  it('"X blamed the CLAIM on Y": the thing blamed is the claim, the party after "on" the accused', () => {
    const x = extractText('Prime Minister Ana Ruiz has blamed the riots on foreign-funded groups backed by Bolivia.');
    expect(x.allegations[0]).toMatchObject({ accuserKeys: ['person:ana-ruiz'], accusedKeys: ['state:BOL'], claim: 'the riots' });
  });

  it('passive "Y is blamed by X for CLAIM": the party after "by" accuses', () => {
    const x = extractText('Bolivian army units were blamed by Chile for the shelling.');
    expect(x.allegations[0]).toMatchObject({ accuserKeys: ['state:CHL'], accusedKeys: ['state:BOL'], claim: 'the shelling' });
  });

  it('does not read "on the grounds that" after "blamed Y for" as the party blamed', () => {
    const x = extractText('Peru blamed Chile for the delay on the grounds that its documents were late.');
    expect(x.allegations.flatMap((a) => a.accusedKeys)).toEqual(['state:CHL']);
  });

  it('resolves "the department" to the department named last, and knows a commerce ministry', () => {
    const x = extractText("On Friday the Commerce Department added nine Peruvian firms to its trade blacklist. The department accused Lima of shipping chips to Iran. Peru's Commerce Ministry responded the next day, accusing Washington of abusing export controls.");
    expect(x.allegations.map((a) => [a.accuserKeys, a.accusedKeys])).toEqual([
      [['org:us-commerce-department'], ['state:PER']],
      [['org:per-commerce-ministry'], ['state:USA']],
    ]);
  });

  it('"the accusations made by X last week that CLAIM": X accuses', () => {
    const x = extractText('Foreign Minister Ana Ruiz dismissed as lies the accusations made by Chile last week that Peru was arming smugglers.');
    expect(x.allegations[0]).toMatchObject({ accuserKeys: ['state:CHL'], accusedKeys: ['state:PER'], status: 'denied' });
  });

  it('"blamed X, an apposition, for CLAIM": the apposition does not stop the pattern', () => {
    const x = extractText('Chile also blamed Peruvian Interior Minister Luis Soto, a hardliner on migration, for trying to sabotage the talks.');
    expect(x.allegations[0]).toMatchObject({ accuserKeys: ['state:CHL'], accusedKeys: ['person:luis-soto'], claim: 'trying to sabotage the talks' });
  });

  it('"expelled nine Chilean diplomats it said were working as spies": the pronoun\'s actor charges the state named in the noun phrase', () => {
    const x = extractText('Peru expelled nine Chilean diplomats it said were working as intelligence officers.');
    expect(x.allegations[0]).toMatchObject({ accuserKeys: ['state:PER'], accusedKeys: ['state:CHL'], claim: 'working as intelligence officers' });
  });

  it('keeps a quoted charge whole: no clause begins inside a quotation ("kneeling before the British")', () => {
    const x = extractText('Former foreign minister Santiago Ortiz on Wednesday accused President Dina Boluarte of "kneeling before the Chileans" and demanded a debate.');
    expect(x.allegations[0]?.claim).toMatch(/^"kneeling before the Chileans"/);
  });

  it('reads "accused X on Feb. 5 of CLAIM" across the abbreviation\'s full stop, not the accuser as the doer of the act', () => {
    const x = extractText('Foreign Minister Ana Ruiz accused Chile on Feb. 5 of deliberately shelling a school in Tacna.', '2025-02-06');
    expect(x.allegations[0]).toMatchObject({ accuserKeys: ['person:ana-ruiz'], accusedKeys: ['state:CHL'] });
    expect(x.events.filter((e) => e.type === 'assault').flatMap((e) => e.participants.filter((p) => p.role === 'source').map((p) => p.actorKey))).not.toContain('person:ana-ruiz');
  });

  it('"was also accused by X last month of \"...,\" a charge Y has repeatedly denied": passive with an adverb, and the reaction cut after the quotation', () => {
    const x = extractText('Peru was also accused by Chilean Foreign Minister Rosa Vera last month of "doing Bolivia\'s bidding at the table," a charge Lima has repeatedly denied.', '2025-06-19');
    expect(x.allegations[0]).toMatchObject({ accuserKeys: ['person:rosa-vera'], accusedKeys: ['state:PER'], claim: '"doing Bolivia\'s bidding at the table"', status: 'denied' });
  });

  it('reads no charge in a speaker\'s own side\'s plan: "said Peru would push for sanctions on firms linked to the smuggling"', () => {
    const x = extractText('Peruvian Foreign Minister Ana Ruiz said that Peru would push for new European Union sanctions on Bolivian firms linked to the smuggling.');
    expect(x.allegations).toHaveLength(0);
  });

  it('dates a charge by its own time, not by a calendar date inside the charge, and cuts "and demanded ..." from the claim', () => {
    const x = extractArticle('Peruvian Foreign Minister Ana Ruiz met EU officials on Thursday. After the meeting, Ruiz accused Chile of detaining three Peruvian police officers on June 14 and demanded their release.', { publishedAt: '2023-06-23' });
    expect(x.allegations[0]?.claim).toBe('detaining three Peruvian police officers on June 14');
    expect(x.eventsOf('accuse', 'Ana Ruiz', 'Chile')[0]?.date).toEqual({ value: '2023-06-22', precision: 'day' });
  });

  it('passive "was accused by X of"', () => {
    const x = extractText('Serbia was accused by Kosovo of stoking unrest.');
    expect(x.allegations[0]).toMatchObject({ accuserKeys: ['state:XKX'], accusedKeys: ['state:SRB'] });
  });

  it('a denial by the accused updates the status and is linked', () => {
    const x = extractText('Germany and France have accused Belarus of smuggling migrants across the border. Belarus has denied the accusations.');
    expect(x.allegations[0]!.status).toBe('denied');
    expect(x.allegations[0]!.denials.map((d) => d.actorKey)).toEqual(['state:BLR']);
    expect(x.events.map((e) => e.type)).toEqual(expect.arrayContaining(['accuse', 'reject']));
  });

  it('"accusations that X and Y deny" names the deniers', () => {
    const x = extractText('Canada has accused India of interfering in its elections, accusations that New Delhi denies.');
    expect(x.allegations[0]!.denials.map((d) => d.actorKey)).toContain('state:IND');
  });

  it('reported wrongdoing: "X said Y had supplied weapons"', () => {
    const x = extractText('Lithuanian Foreign Minister Egle Vaitkute said Belarus had supplied weapons to the rebels.');
    expect(x.allegations[0]).toMatchObject({ accuserKeys: ['person:egle-vaitkute'], accusedKeys: ['state:BLR'] });
  });

  it('a negated report is not an allegation', () => {
    const x = extractText('Lithuanian Foreign Minister Egle Vaitkute said Belarus had not supplied weapons to anyone.');
    expect(x.allegations).toHaveLength(0);
  });

  it('", whom it accused of CLAIM" after a sanction: the sanctioned are accused, dated by the sanction (not a month inside the charge)', () => {
    const x = extractText('In March the Chilean government imposed sanctions on 12 Peruvian judges, whom it accused of rigging the count of the January vote. Lima rejected the accusation as "a lie".');
    const a = x.allegations[0]!;
    expect(a).toMatchObject({ accuserKeys: ['state:CHL'], accusedKeys: ['state:PER'], status: 'denied' });
    expect(a.claim).toMatch(/^rigging the count/);
    expect(x.events.find((e) => e.type === 'accuse')?.date?.value).toBe('2024-03');
  });

  it('"X said that Y\'s decision was ... and accused Z": the possessor in the reported clause is not the accuser', () => {
    const x = extractText('Spokeswoman Ana Ruiz said on Tuesday that Peru\'s decision was "regrettable" and accused Chile of using pressure to isolate Bolivia.');
    expect(x.allegations[0]).toMatchObject({ accuserKeys: ['person:ana-ruiz'], accusedKeys: ['state:CHL'], claim: 'using pressure to isolate Bolivia' });
  });

  it('reduced relative ", a visit X condemned as CLAIM": X accuses the doer of the act the sentence reports', () => {
    const x = extractText('A delegation of British lawmakers travelled to Lima last week, a visit Chile condemned as interference in its internal affairs.');
    expect(x.allegations[0]).toMatchObject({ accuserKeys: ['state:CHL'], accusedKeys: ['state:GBR'], claim: 'interference in its internal affairs' });
  });

  it('"CLAIM, which X blamed on Y" after a reported clause: the claim is the clause the relative hangs on', () => {
    const x = extractText('Minister Ana Ruiz told reporters that any deal must address the root causes of the dispute, which she blamed on Chile.');
    expect(x.allegations[0]).toMatchObject({ accuserKeys: ['person:ana-ruiz'], accusedKeys: ['state:CHL'] });
    expect(x.allegations[0]!.claim).toMatch(/^any deal must address the root causes of the dispute/);
  });
});

describe('accusations whose parties are named before the verb', () => {
  it('"leaving the regional bloc together with Mali and Niger, accusing it of ...": "it" is the bloc', () => {
    const x = extractText('Burkina Faso suspended ties with ECOWAS last year. Burkina Faso announced in January that it was leaving the regional bloc together with Mali and Niger, accusing it of serving foreign interests.');
    const a = x.allegations.find((al) => al.claim.startsWith('serving foreign interests'));
    expect(a?.accusedKeys).toEqual(['org:ecowas']);
  });

  it('"Kigali in turn accuses the Ugandan army of ...": the army of a state with no curated force is the state', () => {
    const x = extractText('Kigali in turn accuses the Ugandan army of fighting alongside the rebels.');
    expect(x.allegations[0]).toMatchObject({ accuserKeys: ['state:RWA'], accusedKeys: ['state:UGA'] });
  });

  it('a long opening adverbial ("In a statement carried by the official Korean Central News Agency (KCNA) late on Wednesday,") is not the accuser', () => {
    const x = extractText('In a statement carried by the official Korean Central News Agency (KCNA) late on Wednesday, Kim Yo Jong, a senior official of the ruling Workers\' Party, accused the United States of staging war rehearsals.');
    expect(x.name(x.allegations[0]!.accuserKeys[0]!)).toBe('Kim Yo Jong');
  });
});

describe('coordinated accusers and charged acts', () => {
  it('"Chile and Peru imposed sanctions on commanders of Bolivia\'s X and a trader, accusing them of ...": both accuse, X is accused', () => {
    const x = extractText("Chile and Peru on Thursday imposed coordinated sanctions on four commanders of Sudan's paramilitary Rapid Support Forces (RSF) and a gold trader, accusing them of directing a campaign of killings.");
    expect(x.allegations[0]).toMatchObject({ accuserKeys: ['state:CHL', 'state:PER'], accusedKeys: ['group:rsf'] });
  });

  it('"renewed its accusation that X was supplying Y with weapons": the charge, not an act of aid', () => {
    const x = extractText('Its foreign ministry renewed its accusation that the United Arab Emirates was supplying the RSF with weapons through Chad.');
    expect(x.events.filter((e) => e.type === 'aid')).toHaveLength(0);
  });
});

describe('communiqué style', () => {
  it('"The Government of Costa Rica categorically rejects the statements made by X, who alleged that ..." is Costa Rica denying X\'s charge', () => {
    const x = extractText('The Government of Costa Rica categorically rejects the statements made on Sunday by the Minister of Foreign Affairs of Nicaragua, Mr. Denis Arana Mejía, who alleged that the Costa Rican authorities "shelter and finance" armed groups seeking to destabilize Nicaragua.');
    const a = x.allegations[0]!;
    expect(a.accusedKeys).toEqual(['state:CRI']);
    expect(a.status).toBe('denied');
    expect(a.denials.map((d) => d.actorKey)).toContain('state:CRI');
  });

  it('"held telephone conversations with X and with the Secretary General of the Central American Integration System": calls, and no person named "Integration System"', () => {
    const x = extractText('On Tuesday, Minister Andrés Solano held telephone conversations with the Minister of Foreign Affairs of Panama, Mrs. Itzel Córdoba, and with the Secretary General of the Central American Integration System.');
    expect(x.events.some((e) => e.type === 'consult' && e.mode === 'phone')).toBe(true);
    expect(x.actors.filter((a) => a.kind === 'person').map((a) => a.name)).not.toContain('Integration System');
  });

  it('wrongdoing fought ("patrol its waters against illegal fishing") or supposed ("if it were attacked") charges no one', () => {
    const x = extractText('Chilean Defence Minister Ana Vera said the boats would help Peru patrol its waters against illegal fishing and drug smuggling. She said the pact would commit each country to defend the other if it were attacked.');
    expect(x.allegations).toHaveLength(0);
  });

  it('but a charge that the other side "must stop its provocations" still stands', () => {
    const x = extractText('Chinese Foreign Ministry spokesperson Lin Wei said the Philippines had broken its promise. "The Philippine side must stop its provocations," Lin said.');
    expect(x.allegations.some((a) => a.accusedKeys.includes('state:PHL'))).toBe(true);
  });
});

describe('aid announced in a reported clause', () => {
  it('"announced on Wednesday that Australia would provide A$120 million" is the pledge of that Wednesday; "the PNG capital" is Port Moresby', () => {
    const x = extractText('Australian Defence Minister Richard Marles announced on Wednesday that Australia would provide A$120 million to the PNG Defence Force. Prime Minister Anthony Albanese will travel to the PNG capital on September 16.');
    expect(x.events.find((e) => e.type === 'aid')).toMatchObject({ status: 'occurred', date: { value: '2024-05-15' } });
    expect(x.events.find((e) => e.type === 'consult')?.location?.name).toBe('Port Moresby');
  });
});

describe('who is charged', () => {
  it('"troops were fighting alongside the rebels" is a charge; "rejected the accusations" denies every charge against the denier just told', () => {
    const x = extractText('Chile told the council on Monday that Peruvian troops were fighting alongside the rebels. Chilean Foreign Minister Ana Vera accused Peru of plundering copper. Peru\'s ambassador, Juan Rios, rejected the accusations.');
    expect(x.allegations).toHaveLength(2);
    for (const a of x.allegations) expect(a).toMatchObject({ status: 'denied', accusedKeys: ['state:PER'] });
  });

  it('"opposition lawmaker X accused the government of ..." charges his own state; "the security chief dismissed the claim" is the chief named before', () => {
    const x = extractText('Chilean security chief Ana Vera met police officers on Monday. Not everyone in Chile is cheering. Opposition lawmaker Juan Rios accused the government of secretly agreeing to hand over land to Peru. The security chief dismissed the claim as irresponsible speculation.');
    expect(x.allegations[0]).toMatchObject({ accusedKeys: ['state:CHL'], status: 'denied' });
    expect(x.allegations[0]?.denials.map((d) => d.actorKey)).toContain('person:ana-vera');
  });

  it('a cross-border firing story: "The Foreign Office" of a story that never names Britain is the story\'s state; "unprovoked firing ... on villages" is a charge', () => {
    const x = extractText('Pakistan on Tuesday lodged a protest with India over firing in the Battal sector. The Foreign Office summoned India\'s charge d\'affaires. Pakistan\'s army said Indian troops had carried out "unprovoked" firing with mortars on villages near Battal. Army spokesman Asim Malik said Pakistan had sought a flag meeting, which is expected to take place at the Chakan-da-Bagh crossing point on Thursday.');
    expect(x.actors.some((a) => a.key === 'org:uk-foreign-office')).toBe(false);
    expect(x.actors.find((a) => /foreign ministry/.test(a.name))?.country).toBe('PAK');
    expect(x.allegations.some((a) => a.accusedKeys.includes('state:IND'))).toBe(true);
  });

  it('an expulsion story: officers "of Russia\'s military intelligence agency who had recruited criminals to set fire to a warehouse" charge Russia; "charged two Czech citizens" charges no state; "the Czech allegations were a crude provocation" denies', () => {
    const x = extractText('Czech Foreign Minister Jan Novak said the three diplomats were officers of Russia\'s military intelligence agency who had recruited local criminals to set fire to a warehouse. Interior Minister Petr Dvorak said police had charged two Czech citizens over the fire. Russian foreign ministry spokeswoman Olga Sidorova said the Czech allegations were "a crude provocation" designed to justify arms deliveries to Kyiv.');
    expect(x.allegations).toHaveLength(1);
    expect(x.allegations[0]).toMatchObject({ accusedKeys: ['state:RUS'], status: 'denied' });
    expect(x.actors.find((a) => a.name === 'Olga Sidorova')?.country).toBe('RUS');
  });

  it('espionage told as a reason: "expelled two Georgian diplomats, saying they had collected information on ... and tried to recruit ... as informants"; "the claims against the diplomats were a provocation" denies it', () => {
    const x = extractText('Armenia on Friday expelled two Georgian diplomats, saying they had collected information on army bases and tried to recruit local officials as informants. Georgian foreign ministry spokesman Levan Beridze said the claims against the diplomats were "a provocation".');
    expect(x.allegations).toHaveLength(1);
    expect(x.allegations[0]).toMatchObject({ accuserKeys: ['state:ARM'], accusedKeys: ['state:GEO'], status: 'denied' });
  });

  it('a craft named again ("a Malaysian trawler ... the boat") stands for its state; "orchestrated by", "received weapons from" and "an abnormal approach" are charges', () => {
    const x = extractText('Indonesian patrol boats detained a Malaysian trawler near Natuna in May. Jakarta said at the time that the boat had been fishing illegally.');
    expect(x.allegations[0]).toMatchObject({ accuserKeys: ['state:IDN'], accusedKeys: ['state:MYS'] });
    const y = extractText('Polish Foreign Minister Anna Kowal said the crossings had been orchestrated by Belarusian security services.');
    expect(y.allegations[0]?.accusedKeys).toEqual(['state:BLR']);
    const z = extractText('Kuwait\'s interior ministry said the cell had received weapons and training from Iran\'s Revolutionary Guards.');
    expect(z.allegations[0]?.accusedKeys).toEqual(['state:IRN']);
    const w = extractText('Defence Minister Kim Hae-jin said a Russian fighter had made an abnormal approach to a South Korean patrol plane.');
    expect(w.allegations[0]?.accusedKeys).toEqual(['state:RUS']);
  });

  it('"condemned the launch" charges whoever launched, named sentences before, not the last state named', () => {
    const x = extractText('North Korea fired what appeared to be a ballistic missile on Wednesday, the South Korean military said. The missile flew 600 km before landing in the sea, the Joint Chiefs of Staff said. Japan said it had protested through its embassy in Beijing. The United States and Japan requested a meeting of the Security Council. The European Union also condemned the launch.');
    expect(x.events.find((e) => e.type === 'mobilize')?.participants).toEqual([{ actorKey: 'state:PRK', role: 'source' }]);
    const eu = x.allegations.find((a) => a.accuserKeys.includes('org:eu'));
    expect(eu?.accusedKeys).toEqual(['state:PRK']);
  });

  it('"accused the outgoing prime minister of ..." charges the prime minister named before; "had been bankrolling the opposition" is a charge', () => {
    const x = extractText('Prime Minister Motlatsi Ramakoae rejected the outcome on Tuesday. He said South Africa had been "bankrolling the opposition" through business figures. Opposition leader Mamosa Letsie accused the outgoing prime minister of trying to cling to power.');
    expect(x.allegations.map((a) => [a.accuserKeys, a.accusedKeys])).toEqual([
      [['person:motlatsi-ramakoae'], ['state:ZAF']],
      [['person:mamosa-letsie'], ['person:motlatsi-ramakoae']],
    ]);
  });

  it('a state visit abroad: "Not everyone in Nairobi welcomed it. Opposition leader X accused the government of ..." charges Kenya, not the host named by the dateline; "will lend Kenya $1 billion" is aid', () => {
    const x = extractText('SEOUL, May 15 (Wire) - South Korean President Choi Min-ho hosted Kenyan President Samuel Rotich for talks on Wednesday. The Export-Import Bank of Korea will lend Kenya up to $1 billion. Not everyone in Nairobi welcomed the new borrowing. Opposition leader Martha Wanjiru accused the government of "mortgaging the country to foreign lenders".');
    expect(x.allegations[0]?.accusedKeys).toEqual(['state:KEN']);
    expect(x.events.some((e) => e.type === 'aid' && e.participants.some((p) => p.role === 'target' && p.actorKey === 'state:KEN'))).toBe(true);
  });

  it('"breached the ceasefire" is a charge against the one named; the body whose rules were breached is never the accused', () => {
    const x = extractText('Chilean Trade Minister Ana Vera said Peru had breached the ceasefire agreement. Peruvian Trade Minister Juan Rios said the levy breached the customs rules of the Andean Community (CAN).');
    expect(x.allegations.map((a) => a.accusedKeys)).toEqual([['state:PER']]);
  });
  it('neglect and intent charged are wrongs: "said Lima had \'failed to act\' against smugglers", "said a Russian trawler had deliberately dragged its anchor across the cable"', () => {
    const x = extractText('Chilean Foreign Minister Ana Vera said on Monday that Lima had "failed to act" against smugglers on the border. Norwegian Justice Minister Lars Berg said a Russian trawler had deliberately dragged its anchor across the cable.');
    expect(x.allegations.map((a) => [a.accuserKeys.map(x.name), a.accusedKeys.map(x.name)])).toEqual([
      [['Ana Vera'], ['Peru']],
      [['Lars Berg'], ['Russia']],
    ]);
  });
  it('espionage charged: "said they had photographed military sites near X, where German troops are stationed, and had tried to recruit a contractor" charges those the pronoun stands for, not the troops of the place described', () => {
    const x = extractText('Chile expelled two Peruvian diplomats on Monday, after the National Intelligence Agency (ANI) said they had photographed military sites near Arica, where Brazilian instructors are stationed, and had tried to recruit an army contractor.');
    expect(x.allegations.map((a) => [a.accuserKeys.map(x.name), a.accusedKeys.map(x.name)])).toEqual([[['National Intelligence Agency'], ['Peru']]]);
    expect(x.actors.find((a) => a.name === 'National Intelligence Agency')?.country).toBe('CHL');
  });
  it('incursions at sea: "said a Peruvian coast guard vessel had sailed into Chilean waters and threatened the crews by radio" charges the coast guard and its state', () => {
    const x = extractText('Chilean President Ana Vera said a Peruvian coast guard vessel had sailed into Chilean waters on March 1.');
    expect(x.allegations.map((a) => [a.accuserKeys.map(x.name), a.accusedKeys.map(x.name)])).toEqual([[['Ana Vera'], ['Peru Coast Guard', 'Peru']]]);
    const y = extractText('Chilean President Ana Vera said a Peruvian patrol boat had threatened the crews by radio.');
    expect(y.allegations.map((a) => a.accusedKeys.map(y.name))).toEqual([['Peru']]);
  });
  it('a passive\'s agent is the doer: "Peruvian boats ... when they were subjected to dangerous manoeuvres by Chilean ships, according to Peru\'s fisheries council" charges Chile, not the boats\' own side', () => {
    const x = extractText('Two Peruvian fishing boats were on their way back to port when they were subjected to "dangerous manoeuvres" by Chilean patrol ships, according to Peru\'s National Fisheries Council.');
    expect(x.allegations.map((a) => [a.accuserKeys.map(x.name), a.accusedKeys.map(x.name)])).toEqual([[['National Fisheries Council'], ['Chile']]]);
  });
  it('an outpost on another\'s ground is a charged incursion: "said Chilean troops had set up a camp two kilometres inside Peruvian territory"', () => {
    const x = extractText('Peruvian Foreign Minister Ana Ruiz said Chilean troops had set up a camp two kilometres inside Peruvian territory on Sunday.');
    expect(x.allegations.map((a) => [a.accuserKeys.map(x.name), a.accusedKeys.map(x.name)])).toEqual([[['Ana Ruiz'], ['Chile']]]);
  });
  it('"The Lima Chief Public Prosecutor\'s Office said it had detained four people on suspicion of spying ... on behalf of Chilean intelligence": a holder\'s office is a body of the place\'s state, and those it holds are suspected, so Chile is charged', () => {
    const x = extractText('The Lima Chief Public Prosecutor\'s Office said on Tuesday it had detained four people, including a Chilean national, on suspicion of spying on Bolivian activists in Peru on behalf of Chilean intelligence services.');
    expect(x.actors.find((a) => a.kind === 'organization')).toMatchObject({ name: "Lima Chief Public Prosecutor's Office", country: 'PER' });
    expect(x.allegations.map((a) => [a.accuserKeys.map(x.name), a.accusedKeys.map(x.name)])).toEqual([[["Lima Chief Public Prosecutor's Office"], ['Chile']]]);
  });
  it('"prosecutors said he had acted on orders from Peru\'s intelligence ministry" charges the one giving the orders', () => {
    const x = extractText('Chilean Interior Minister Ana Vera said the driver had acted on orders from Peru\'s intelligence ministry.');
    expect(x.allegations.map((a) => [a.accuserKeys.map(x.name), a.accusedKeys.map(x.name)])).toEqual([[['Ana Vera'], ['Peru']]]);
  });
  it('"The rescue charity Mar Abierto says Chilean coast guard officers towed a dinghy back towards Peruvian waters": a charity accuses, and a pushback at sea is a charged wrong', () => {
    const x = extractText('The rescue charity Mar Abierto says Chilean coast guard officers towed an overcrowded dinghy carrying about 40 people back towards Peruvian waters on Sunday.');
    expect(x.actors.find((a) => a.name === 'Mar Abierto')?.kind).toBe('organization');
    expect(x.allegations.map((a) => [a.accuserKeys.map(x.name), a.accusedKeys.map((k) => x.actors.find((y) => y.key === k)?.country)])).toEqual([[['Mar Abierto'], ['CHL', 'CHL']]]);
  });
  it('"Halász accused the Commission of trying to smuggle quotas": the Commission is the one named before', () => {
    const x = extractText('EU Home Affairs Commissioner Joanna Nowak of the European Commission presented the plan. Hungary\'s Interior Minister Bence Halász accused the Commission of trying to "smuggle quotas in through the back door".');
    expect(x.allegations.map((a) => a.accusedKeys.map(x.name))).toEqual([['European Commission']]);
  });
  it('"stated that Bolivia\'s ballistic missile launch on March 3 was a clear violation of relevant UN Security Council resolutions" charges the owner of the launch, not the council', () => {
    const x = extractText('Minister Ana Ruiz of Peru stated that Bolivia\'s ballistic missile launch on March 3 was a clear violation of relevant UN Security Council resolutions.', '2026-03-05');
    expect(x.allegations.map((a) => a.accusedKeys.map(x.name))).toEqual([['Bolivia']]);
  });
  it('"the federal government" a domestic critic accuses is the story\'s state; "trying to impose by force what it cannot win" is no sanction', () => {
    const x = extractArticle('MOGADISHU, Feb 10 (Wire) - Somalia\'s election row deepened on Tuesday. The opposition Somali Unity Bloc accused the federal government of delaying the vote. ' +
      'Regional leader Aden Warsame accused the central government of trying to impose by force what it cannot win by consensus.', { publishedAt: '2026-02-10' });
    expect(x.allegations.map((a) => [x.names(a.accuserKeys), x.names(a.accusedKeys)])).toEqual([
      [['Somali Unity Bloc'], ['Somalia']],
      [['Aden Warsame'], ['Somalia']],
    ]);
    expect(x.events.some((e) => e.type === 'sanction')).toBe(false);
  });

  it('"repeated Pristina\'s accusation that the men had been abducted ... by Serbian special forces": the passive\'s agent is charged, not the accuser\'s own side', () => {
    const x = extractArticle('PRISTINA, Oct 21 (Wire) - Serbia freed three Kosovo police officers on Monday. Kosovo Foreign Minister Drita Berisha said their release was "long overdue" ' +
      'and repeated Pristina\'s accusation that the men had been abducted from Kosovo territory by Serbian special forces.', { publishedAt: '2025-10-21' });
    expect(x.allegations.map((a) => [x.names(a.accuserKeys), x.names(a.accusedKeys)])).toEqual([[['Kosovo'], ['Serbia']]]);
  });
});

describe('denials', () => {
  it('live blog, newest first: "an aide to X ... dismissed the Peruvian accusation" denies the charge told below it, that Chile "allowed" spies "to operate from its territory"', () => {
    const x = extractText('Chilean President Ana Vera met the press.\n\n14:30\nMarco Diaz, a foreign policy aide to Vera, has dismissed the Peruvian accusation as a baseless fabrication.\n\n14:10\nPeruvian Foreign Minister Juan Rios told reporters that Chile had allowed foreign intelligence services to operate from its territory.');
    expect(x.actors.find((a) => a.name === 'Marco Diaz')?.country).toBe('CHL');
    expect(x.allegations[0]).toMatchObject({ accusedKeys: ['state:CHL'], status: 'denied' });
  });

  it('a live blog, newest first: "has rejected the accusations" answers the charge told further down against the denier\'s side', () => {
    const x = extractArticle(`17:40 EET
Peru's foreign ministry has rejected the accusations.

11:02 EET
Chile accused Peru of moving troops to the border.`, { publishedAt: '2025-11-19' });
    expect(x.allegations.map((a) => [a.claim, a.status, a.denials.map((d) => x.name(d.actorKey))])).toEqual([['moving troops to the border', 'denied', ['Peruvian foreign ministry']]]);
  });
  it('"Chile accused Morales of X. Morales denied it.": a bare pronoun denies the charge just told', () => {
    const x = extractText('Chile accused Bolivian former president Evo Morales of smuggling arms across the border. Morales denied it.');
    expect(x.allegations.map((a) => a.status)).toEqual(['denied']);
    expect(x.allegations[0]?.denials.map((d) => x.name(d.actorKey))).toContain('Evo Morales');
  });
  it('a live blog, newest first: "flatly denied that Chilean soldiers had crossed the river" answers the charge told below it that tells of those soldiers', () => {
    const x = extractText('16:20\nChilean Foreign Minister Jorge Vidal flatly denied that Chilean soldiers had crossed the Lauca river.\n\n15:10\nPeruvian Foreign Minister Ana Ruiz said Chilean soldiers had set up a camp inside Peruvian territory on Sunday.');
    expect(x.allegations).toHaveLength(1);
    expect(x.allegations[0]).toMatchObject({ status: 'denied', accusedKeys: ['state:CHL'] });
    expect(x.allegations[0]?.denials.map((d) => x.name(d.actorKey))).toContain('Jorge Vidal');
  });
  it('"A Commission spokesperson rejected that, saying ...": the commission named before denies the charge just told', () => {
    const x = extractText('Hungary\'s Interior Minister Bence Halász accused the European Commission of trying to smuggle quotas in. A Commission spokesperson rejected that, saying the draft contained no such provision.');
    expect(x.allegations.map((a) => [a.status, a.denials.map((d) => x.name(d.actorKey))])).toEqual([['denied', ['European Commission']]]);
  });
  it('"The navy dismissed the claim, saying no shots had been fired": the navy named before denies, and speaks', () => {
    const x = extractText('The Peruvian Navy seized six boats on Tuesday. Chile accused a Peruvian patrol of firing warning shots. The navy dismissed the claim as a fabrication, saying no shots had been fired.');
    expect(x.allegations.map((a) => [a.status, a.denials.map((d) => x.name(d.actorKey))])).toEqual([['denied', ['Peruvian Navy']]]);
    expect(x.statements.map((s) => x.name(s.speakerKey))).toEqual(['Peruvian Navy']);
  });
  it('a speaker who charges the other side back may still deny its charge ("accused the EU of X and said the accusations of abuses were lies"); a wrong that may yet happen ("report any violations") is charged to no one', () => {
    const x = extractArticle('The Council of the European Union said the sanctions targeted officials responsible for human rights violations in Venezuela. ' +
      'Venezuela\'s foreign minister, Luis Parra, accused the EU of obeying Washington and said the accusations of abuses were "lies". ' +
      'UN envoy Ana Berg said a joint committee would monitor the truce and report any violations to her office.', { publishedAt: '2026-01-13' });
    expect(x.allegations.map((a) => [x.names(a.accuserKeys), x.names(a.accusedKeys), a.status])).toEqual([
      [['Council of the European Union'], ['Venezuela'], 'denied'],
      [['Luis Parra'], ['European Union'], 'alleged'],
    ]);
  });

  it('a speaker\'s own charge of holding prisoners "on fabricated charges" denies no earlier charge', () => {
    const x = extractArticle('Chinese spokesperson Mao Ling said Manila had broken its promise to remove the vessel. ' +
      'Armenian Foreign Minister Ara Sarkisov said Azerbaijan was still holding 19 prisoners on fabricated charges.', { publishedAt: '2025-03-03' });
    expect(x.allegations.map((a) => [x.names(a.accusedKeys), a.status])).toEqual([[['Philippines'], 'alleged'], [['Azerbaijan'], 'alleged']]);
  });
});

describe('where a charge ends and when it was made', () => {
  it('"accused X of ... in the run-up to the September 28 election, and summoned X\'s ambassador": the charge ends before the second act, which is aimed at X; the occasion\'s date dates nothing else', () => {
    const x = extractText('Moldovan authorities on Monday accused Russia of paying people to stage unrest in the run-up to the September 28 parliamentary election, and summoned Moscow\'s ambassador. The ministry also expelled a Russian diplomat.');
    expect(x.allegations[0]?.claim).toBe('paying people to stage unrest in the run-up to the September 28 parliamentary election');
    expect(x.events.filter((e) => e.date?.value === '2023-09-28')).toHaveLength(0);
  });

  it('", and demanded that they be withdrawn" after a charge is a request of the one charged, made the same day', () => {
    const x = extractText('The talks came a day after Somalia accused Ethiopia of sending troops into its Gedo region, and demanded that they be withdrawn immediately.');
    const req = x.events.find((e) => e.type === 'request');
    expect(req?.participants.map((p) => [p.actorKey, p.role])).toEqual([['state:SOM', 'source'], ['state:ETH', 'target']]);
    expect(req?.date?.value).toBe('2024-05-14');
  });

  it('"On Monday the Slovenian foreign ministry handed a protest note ..., accusing Zagreb of ...": a time before the subject is no opening phrase to skip', () => {
    const x = extractText('On Monday the Slovenian foreign ministry handed a protest note to the Croatian embassy, accusing Zagreb of "a grave violation of Slovenian sovereignty".');
    expect(x.allegations[0]?.accuserKeys.length).toBeGreaterThan(0);
    expect(x.allegations[0]?.accusedKeys).toEqual(['state:HRV']);
  });

  it('"..., after the region\'s leaders asked Russia for help at a congress in Cusco and Peru\'s government accused Moscow of meddling": a second subject with its own verb, no comma needed', () => {
    const x = extractText('The envoy spoke on Friday, days after the region\'s leaders asked Russia for help at a congress in Cusco and Peru\'s government accused Moscow of meddling.');
    expect(x.allegations.map((a) => [a.accuserKeys.map(x.name), a.accusedKeys.map(x.name)])).toEqual([[['Peru'], ['Russia']]]);
  });
  it('"Chilean guards detained two Peruvians on Sunday, Peru\'s border service said on Tuesday, accusing Chilean forces of abducting them": the participle is the attribution\'s speaker\'s', () => {
    const x = extractText('Chilean border guards detained two Peruvian citizens near Tacna on Sunday, Peru\'s National Border Service said on Tuesday, accusing Chilean forces of abducting the men on Peruvian land.');
    expect(x.allegations.map((a) => [a.accuserKeys.map(x.name), a.accusedKeys.map(x.name)])).toEqual([[['National Border Service'], ['Chile']]]);
  });
  it('"Peru has been accused by Chile and other governments, as well as by rights groups such as Andes Watch, of detaining foreigners": every accuser after "by"', () => {
    const x = extractText('Peru has been accused by Chile and several other governments, as well as by rights groups such as Andes Detainee Watch, of detaining foreigners to extract concessions.');
    expect(x.allegations.map((a) => [a.accuserKeys.map(x.name), a.accusedKeys.map(x.name)])).toEqual([[['Chile', 'Andes Detainee Watch'], ['Peru']]]);
  });
  it('"The Peruvian Navy, which was accused by Chilean officials of using excessive force, denied ...": the claim ends without its comma', () => {
    const x = extractText('The Peruvian Navy, which was accused by Chilean officials of using excessive force, denied opening fire.');
    expect(x.allegations.map((a) => a.claim)).toEqual(['using excessive force']);
  });
});

describe('charges each way, and over a wrong called alleged', () => {
  it('"Chile and Peru accused each other of opening fire" is a charge each way; "said Peruvian units fired a mortar at Chilean positions" and "was staging incidents" are charged wrongs', () => {
    const x = extractText('Chile and Peru accused each other on Tuesday of opening fire across the border. Chile\'s defence ministry said Peruvian units fired small arms and a mortar at Chilean positions. Peruvian spokesman Luis Mora said Santiago was "staging incidents" to win sympathy.');
    expect(x.allegations.map((a) => [a.accuserKeys.map(x.name), a.accusedKeys.map(x.name)])).toEqual([
      [['Chile'], ['Peru']],
      [['Peru'], ['Chile']],
      [['Chilean defence ministry'], ['Peru']],
      [['Luis Mora'], ['Chile']],
    ]);
  });
  it('an act done over a wrong called alleged charges whom it was done to: "imposed sanctions on Iranian shipping companies over the alleged transfer of missiles", "arrested Indian fishermen for allegedly poaching"', () => {
    const x = extractArticle('COLOMBO, June 12 (Wire) - The Sri Lanka Navy on Tuesday arrested 14 Indian fishermen for allegedly poaching in Sri Lankan waters. ' +
      'Last month, the European Union imposed sanctions on Iranian shipping companies over the alleged transfer of drones to Russia, a charge Tehran has denied.', { publishedAt: '2025-06-12' });
    expect(x.allegations.map((a) => [x.names(a.accuserKeys), x.names(a.accusedKeys), a.claim, a.status])).toEqual([
      [['Sri Lanka Navy'], ['India'], 'poaching in Sri Lankan waters', 'alleged'],
      [['European Union'], ['Iran'], 'transfer of drones to Russia', 'denied'],
    ]);
  });

  it('"..., with each side blaming the other for the incident": a charge each way between the two sides, also named through their bodies; "Chinese deputy chief of mission X" is an office', () => {
    const x = extractArticle('MANILA, Nov 19 (Wire) - Spokesperson Teresa Dalisay said Chinese deputy chief of mission Zhou Hanlin had been summoned. ' +
      'In August, Chinese and Philippine coast guard vessels collided near Sabina Shoal, with each side blaming the other for the incident.', { publishedAt: '2024-11-19' });
    expect(x.actor('Zhou Hanlin')).toMatchObject({ country: 'CHN', role: 'deputy chief of mission' });
    expect(x.allegations.map((a) => [x.names(a.accuserKeys), x.names(a.accusedKeys)])).toEqual([[['China'], ['Philippines']], [['Philippines'], ['China']]]);
  });
});

describe('transcripts', () => {
  it('a spokesperson labelling a transcript\'s answers speaks for the state those answers name as their subject ("Liu Fang: ... China firmly opposes ... China has always ...")', () => {
    const x = extractArticle('Foreign Ministry Spokesperson Liu Fang\'s Regular Press Conference on May 6, 2025\n\n' +
      'Reuters: Denmark says a Chinese ship cut a cable. What is your response?\n\n' +
      'Liu Fang: China firmly opposes the groundless accusation. China has always asked its ships to obey the law.', { publishedAt: '2025-05-06' });
    expect(x.actor('Liu Fang')?.country).toBe('CHN');
  });

  it('a transcript answer "A: We reject these claims" denies the charge against the spokeswoman\'s side', () => {
    const x = extractText('Hanoi: Foreign Ministry spokeswoman Lan Pham took questions at the regular press briefing on Thursday.\n\nQ: Chinese spokesman Wei Liang said the Vietnamese boat had been fishing illegally in Chinese waters. How does Viet Nam respond?\n\nA: We reject these claims. The fishermen were working lawfully.');
    expect(x.allegations[0]).toMatchObject({ accusedKeys: ['state:VNM'], status: 'denied' });
    expect(x.events.some((e) => e.type === 'reject' && e.participants.some((p) => p.role === 'source' && p.actorKey === 'person:lan-pham'))).toBe(true);
  });

  it('a transcript answer charges like reported speech: "A: On Monday, Afghan border forces opened unprovoked fire ...", "It is India that has been running a campaign of targeted killings ..."', () => {
    const x = extractArticle('Islamabad: Foreign Office spokeswoman Sana Rizvi took questions at the weekly briefing on Thursday.\n\n' +
      'Q: What happened at the border?\n\nA: On Monday, Afghan border forces opened unprovoked fire on a Pakistani post in Kurram.\n\n' +
      'Q: Your comments on the Indian statement?\n\nA: It is India that has been running a campaign of targeted killings inside Pakistan.', { publishedAt: '2024-11-21' });
    expect(x.allegations.map((a) => [x.names(a.accuserKeys), x.names(a.accusedKeys)])).toEqual([
      [['Sana Rizvi'], ['Afghanistan']],
      [['Sana Rizvi'], ['India']],
    ]);
  });

  it('in a transcript, a charge told after the question\'s label and an opening phrase ("Question: At the Security Council on Tuesday, X accused ...") is X\'s; "fired first" is a charge; "Spokesperson: We categorically reject ..." and "They are contrary to facts" deny', () => {
    const x = extractArticle('Transcript of the Weekly Press Briefing by the Spokesperson, Ms. Sana Rizvi\nIslamabad, Thursday, 21 November 2024\n\n' +
      'Question: At the Security Council on Tuesday, India\'s Permanent Representative, Ambassador Vikram Sethi, accused Pakistan of "sheltering terrorists". Your comments?\n\n' +
      'Spokesperson: We categorically reject these baseless allegations.\n\n' +
      'Question: The Taliban spokesman said that Pakistani troops fired first. What is your response?\n\n' +
      'Spokesperson: We have seen these remarks. They are contrary to facts.');
    expect(x.allegations.map((a) => [x.names(a.accuserKeys), x.names(a.accusedKeys), a.status, x.names(a.denials.map((d) => d.actorKey))])).toEqual([
      [['Vikram Sethi'], ['Pakistan'], 'denied', ['Sana Rizvi', 'Pakistan']],
      [['Taliban'], ['Pakistan'], 'denied', ['Sana Rizvi', 'Pakistan']],
    ]);
  });
});

describe('bodies, and acts that are no charge', () => {
  it('"received weapons and training from X" is no meeting, and "a commitment on non-interference" charges no one', () => {
    const x = extractText('On October 9, Kuwait\'s interior ministry announced the arrest of eleven people it said had received weapons and training from Iran\'s Revolutionary Guards. Kuwait agreed to continue only after Oman secured a written Iranian commitment on non-interference.');
    expect(x.events.some((e) => e.type === 'consult')).toBe(false);
    expect(x.allegations.map((a) => a.accusedKeys)).toEqual([['state:IRN']]);
  });

  it('"Azerbaijan\'s State Security Service" is a body of that state, though its name is all title words', () => {
    const x = extractText("She was detained by officers of Azerbaijan's State Security Service on Saturday.");
    expect(x.actors.find((a) => a.kind === 'organization')).toMatchObject({ name: 'State Security Service', country: 'AZE' });
  });

  it('"the State Security Department (SSD)" is a body, and "the agency said" is that body', () => {
    const x = extractText('Evidence was gathered by the State Security Department (SSD) over several months. The agency said the two men had photographed a depot.');
    const ssd = x.actors.find((a) => a.kind === 'organization');
    expect(ssd?.name).toBe('State Security Department');
    expect(x.statements[0]?.speakerKey).toBe(ssd?.key);
  });

  it('"said the summoning of Peru\'s envoy was theatre": the summoning talked about is no one\'s act here', () => {
    const x = extractText('Peruvian spokeswoman Ana Rios said the summoning of Peru\'s envoy in Santiago was "theatre for domestic audiences".');
    expect(x.events.filter((e) => e.type === 'accuse')).toEqual([]);
  });
});

describe('charges made on an occasion, and for whom', () => {
  it('"accused Minsk of orchestrating a wave of crossings and of sending balloons into Polish airspace" is two charges', () => {
    const x = extractArticle('Interior Minister Marta Zalewska accused Minsk of orchestrating a new wave of migrant crossings and of sending balloons loaded with contraband into Polish airspace.', { publishedAt: '2026-01-15' });
    expect(x.allegations.map((a) => [x.names(a.accuserKeys), x.names(a.accusedKeys), a.claim])).toEqual([
      [['Marta Zalewska'], ['Belarus'], 'orchestrating a new wave of migrant crossings'],
      [['Marta Zalewska'], ['Belarus'], 'sending balloons loaded with contraband into Polish airspace'],
    ]);
  });

  it('"reiterated the Government\'s condemnation of what he described as the killing of civilians by Malian soldiers" charges Mali; "had targeted armed terrorist groups" charges no one; "reiterated" with a noun reports no words', () => {
    const x = extractArticle('Nouakchott, 20 June 2024\n\nThe Minister of Foreign Affairs, Mr. Sidi Ould Brahim, reiterated the Government\'s firm condemnation of what he described as the killing of unarmed civilians by Malian soldiers. Mali\'s envoy Modibo Keita said the operation had targeted armed terrorist groups.', { publishedAt: '2024-06-20' });
    expect(x.allegations.map((a) => [x.names(a.accuserKeys), x.names(a.accusedKeys)])).toEqual([[['Sidi Ould Brahim'], ['Mali']]]);
    expect(x.statements.map((st) => x.name(st.speakerKey))).toEqual(['Modibo Keita']);
  });

  it('"The opposition X Movement accused the government of ..., a claim the minister dismissed as \'pure mischief\'": the dateline\'s government is charged, the minister denies, and her words are no statement of the charge', () => {
    const x = extractArticle('WINDHOEK, June 12 - The opposition Popular Unity Movement accused the government of signing away Namibian fishing rights on the Chobe, a claim Foreign Minister Selma Haufiku dismissed as "pure mischief".', { publishedAt: '2025-06-12' });
    expect(x.allegations.map((a) => [x.names(a.accuserKeys), x.names(a.accusedKeys), a.status])).toEqual([[['Popular Unity Movement'], ['Namibia'], 'denied']]);
    expect(x.statements).toEqual([]);
  });

  it('"summoned the Russian ambassador to protest against what it called systematic jamming" charges the envoy\'s state', () => {
    const x = extractArticle('Finland\'s foreign ministry on Wednesday summoned Russian ambassador Pavel Orlov to protest against what it called repeated violations of Finnish airspace.', { publishedAt: '2025-02-07' });
    expect(x.allegations.map((a) => [x.names(a.accuserKeys), x.names(a.accusedKeys), a.claim])).toEqual([[['Finnish foreign ministry'], ['Russia'], 'repeated violations of Finnish airspace']]);
  });

  it('"dismissed that accusation" answers the latest charge when none was made against the denier\'s side', () => {
    const x = extractArticle('Russian spokeswoman Olga Lentova accused Kazakh officials of trying to silence critics. Russia has long charged that Western governments use Central Asia as a platform for disinformation. The European Union last month dismissed that accusation as "projection".', { publishedAt: '2025-09-30' });
    expect(x.allegations.map((a) => [x.names(a.accusedKeys), a.status])).toEqual([[['Kazakhstan'], 'alleged'], [['the West'], 'denied']]);
  });

  it('a charge naming no one, "an accusation the embassy dismissed", is against the one who denies it', () => {
    const x = extractArticle('Opposition leader Willie Moli has charged that study trips for journalists were meant to buy favourable coverage, an accusation the Chinese embassy also dismissed.', { publishedAt: '2025-08-19' });
    expect(x.allegations.map((a) => [x.names(a.accuserKeys), x.names(a.accusedKeys), a.status])).toEqual([[['Willie Moli'], ['Chinese embassy', 'China'], 'denied']]);
  });

  it('a rejected claim told in full ("rejected Bolivia\'s claim that Chile was obliged to negotiate") denies no other charge of that side', () => {
    const x = extractArticle('Bolivian Foreign Minister Rosa Mamani accused Chile of expelling migrants at night. In 2018 the International Court of Justice rejected Bolivia\'s claim that Chile was obliged to negotiate sea access.', { publishedAt: '2024-11-26' });
    expect(x.allegations.map((a) => [x.names(a.accuserKeys), x.names(a.accusedKeys), a.status])).toEqual([[['Rosa Mamani'], ['Chile'], 'alleged']]);
  });

  it('a charge noun with who made it set off by commas: "the claim made on Monday by Kenya\'s trade minister, Ms. X, that ...", "allegations, published in newspapers and repeated by the Uganda Law Society, that ..."', () => {
    const x = extractArticle('Uganda rejected the claim made on Monday by Kenya\'s trade minister, Ms. Jane Otieno, that Ugandan customs officers had seized Kenyan lorries at Malaba. ' +
      'Kigali noted the allegations, published in several newspapers and repeated by the Uganda Law Society, that Rwandan agents had abducted two traders.', { publishedAt: '2025-03-05' });
    expect(x.allegations.map((a) => [x.names(a.accuserKeys), x.names(a.accusedKeys), a.status])).toEqual([
      [['Jane Otieno'], ['Uganda'], 'denied'],
      [['Uganda Law Society'], ['Rwanda'], 'alleged'],
    ]);
  });

  it('a claimed passive with no agent charges no one it names: "that the arrests were ordered in retaliation for Kenya\'s position at the East African Community summit"; nor does a relative clause naming remarks ("remarks by X that Quito called deplorable")', () => {
    const x = extractArticle('The ministry noted the allegation by the opposition leader Samuel Kato that the arrests were ordered in retaliation for Kenya\'s position at the East African Community summit. ' +
      'Ecuador expelled the ambassador over remarks by Mexican President Ana Ruiz about the election that Quito called "deplorable".', { publishedAt: '2025-03-05' });
    expect(x.allegations).toEqual([]);
  });

  it('"alleged in a speech to parliament yesterday that ..." is a charge and a statement, with the occasion between the verb and "that"', () => {
    const x = extractArticle('Danish Foreign Minister Lise Holm alleged in a speech to parliament yesterday that hackers working for Russia had attacked the port of Aarhus.', { publishedAt: '2025-03-05' });
    expect(x.allegations.map((a) => [x.names(a.accuserKeys), x.names(a.accusedKeys)])).toEqual([[['Lise Holm'], ['Russia']]]);
    expect(x.statements.map((st) => st.text)).toEqual(['hackers working for Russia had attacked the port of Aarhus']);
  });

  it('"charged a Chinese national with spying ... on behalf of Chinese intelligence": the service the unnamed national worked for is charged', () => {
    const x = extractArticle('Norway\'s Police Security Service said on Monday that it had charged an Iranian national with spying on exiles on behalf of Iranian intelligence.', { publishedAt: '2025-03-05' });
    expect(x.allegations.map((a) => [x.names(a.accuserKeys), x.names(a.accusedKeys), a.claim])).toEqual([[['Police Security Service'], ['Iran'], 'spying on exiles on behalf of Iranian intelligence']]);
  });
});

// Wrongs told in reported speech with no accusation verb (see wrongdoing.ts): each names its kind of wrong.
describe('wrongs told in reported speech', () => {
  it.each([
    ['a broken promise', 'Chinese spokesperson Mao Ling told reporters that Manila had broken its promise to remove the stranded vessel.', 'Mao Ling', 'Philippines'],
    ['hostages held on false charges', 'Armenian Foreign Minister Ara Sarkisov said Azerbaijan was still holding 19 Armenian prisoners on fabricated charges.', 'Ara Sarkisov', 'Azerbaijan'],
    ['harm done at a border', 'Bolivian Foreign Minister Rosa Mamani said Peruvian police had beaten and robbed Bolivian traders at the crossing.', 'Rosa Mamani', 'Peru'],
    ['fugitives sheltered', 'Kosovo Prime Minister Besim Hoxha said Serbia continued to shelter the organisers of the attack on Kosovo police.', 'Besim Hoxha', 'Serbia'],
    ['a spy cell', 'Interior Minister Karim Belhadj said Kuwait\'s security services had uncovered an Iranian spy cell.', 'Karim Belhadj', 'Iran'],
    ['aid convoys blocked', 'Foreign Minister Mariam Sadiq said the Rapid Support Forces were blocking aid convoys to El Fasher.', 'Mariam Sadiq', 'Rapid Support Forces'],
    ['theft', 'Intelligence chief Park Min-ho said North Korea had stolen blueprints for a new destroyer.', 'Park Min-ho', 'North Korea'],
    ['an act called unlawful', 'Foreign Secretary Lorna Dizon said the Chinese action was "dangerous, unlawful and unacceptable".', 'Lorna Dizon', 'China'],
    ['sanctions evaded', 'Minister Park Ji-hoon said Pyongyang had been using front companies in Africa to evade sanctions.', 'Park Ji-hoon', 'North Korea'],
    ['a hack suffered at a ministry (the body it was done at is no doer; the speaker is of the state whose government leads the story)',
      'KOROR - Palau\'s government on Thursday accused a Chinese research vessel of loitering above the cable. Presidential spokesperson Mele Tellei said hackers had gained access to email accounts at the Ministry of Finance.', 'Palau', 'China'],
    ['a rigged vote', 'Foreign Minister Oleg Cernat said Russia had tried to rig the presidential election in Moldova.', 'Oleg Cernat', 'Russia'],
    ['false reports spread', 'Estonian Foreign Minister Kadri Lepp said accounts run from Russia had spread false reports about the election.', 'Kadri Lepp', 'Russia'],
    ['a vote swayed', 'Armenia\'s security service said it had uncovered a scheme by Georgia to sway the parliamentary election in Armenia.', 'Armenia', 'Georgia'],
    ['sensitive data collected', 'Security chief Tomas Vik said Iran was using student exchanges to collect sensitive data from universities.', 'Tomas Vik', 'Iran'],
  ])('%s', (_kind, text, accuser, accused) => {
    const x = extractArticle(text, { publishedAt: '2025-03-03' });
    expect(x.allegations.map((a) => [x.names(a.accuserKeys), x.names(a.accusedKeys)])).toEqual([[[accuser], [accused]]]);
  });
});
