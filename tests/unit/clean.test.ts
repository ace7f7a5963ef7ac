import { describe, it, expect } from 'vitest';
import { clean } from '../../src/ingest/stages/clean.js';
import { ExtractionError } from '../../src/ingest/types.js';

describe('clean', () => {
  it('drops a line that is only a time stamp, and dates the article by it when nothing else does', () => {
    for (const stamp of ['Wednesday, May 31st 2023 - 09:48 UTC', 'Published On 13 Apr 2025', 'Updated 4:12 PM EDT, September 19, 2025']) {
      const c = clean({ source: 'x.txt', text: `Headline about the talks\n\n${stamp}\n\nPeru and Chile held talks in Lima on Monday and agreed to reopen the border.` });
      expect(c.cleanText.startsWith('Peru and Chile')).toBe(true);
      expect(c.publishedAt).toMatch(/^20(?:23-05-31|25-04-13|25-09-19)$/);
    }
  });

  it('reads a date header and strips social prompts and image credits', () => {
    const c = clean({ source: 'a.txt', text: 'date 2021-03-04 Follow us on Image Source : AP Two envoys shake hands\n\nOslo: The envoys met on Thursday.' });
    expect(c.publishedAt).toBe('2021-03-04');
    expect(c.cleanText).toBe('The envoys met on Thursday.');
    expect(c.dateline?.place).toBe('Oslo');
  });

  it('reads a day-first dateline ("Astana, 12 March 2025 – "), which dates the article', () => {
    const c = clean({ source: 'a.txt', text: 'Press releases\n\nAstana, 12 March 2025 – The deputy ministers held consultations.' });
    expect(c.dateline).toMatchObject({ place: 'Astana', month: 3, day: 12 });
    expect(c.publishedAt).toBe('2025-03-12');
    expect(c.cleanText).toBe('The deputy ministers held consultations.');
  });

  it('reads a wire dateline that names the state after the place ("TROMSØ, Norway, March 5 (Agency) -", "KYIV, Ukraine (AP) —", "TALCA, Chile —")', () => {
    const a = clean({ source: 'a.txt', publishedAt: '2025-03-05', text: 'Headline here\n\nTROMSØ, Norway, March 5 (Polar Wire) - Police detained the crew of a trawler.' });
    expect(a.dateline).toMatchObject({ place: 'TROMSØ', region: 'Norway', month: 3, day: 5 });
    expect(a.cleanText).toBe('Police detained the crew of a trawler.');
    const b = clean({ source: 'a.txt', publishedAt: '2025-03-05', text: 'KYIV, Ukraine (AP) — Drones struck the port overnight.' });
    expect(b.dateline).toMatchObject({ place: 'KYIV', region: 'Ukraine' });
    const c = clean({ source: 'a.txt', publishedAt: '2025-03-05', text: 'TALCA, Chile — Two ministers met here on Monday.' });
    expect(c.dateline).toMatchObject({ place: 'TALCA', region: 'Chile', month: null });
    expect(c.cleanText).toBe('Two ministers met here on Monday.');
  });

  it('reads the place a byline files from ("Por Redacción | Lima, 11 de junio de 2025 | English edition")', () => {
    const c = clean({ source: 'a.txt', publishedAt: '2025-06-11', text: 'Headline here\n\nPor Redacción Diario Andino | Lima, 11 de junio de 2025 | English edition\n\nThe president signed four agreements.' });
    expect(c.bylinePlace).toBe('Lima');
    expect(c.dateline).toBeNull();
  });

  it('reads the place of an outlet\'s stamp with a full date ("Pacific Newsdesk | Port Moresby | Thursday 19 March 2026"), not of a menu', () => {
    const c = clean({ source: 'a.txt', publishedAt: '2026-03-19', text: 'Headline here\n\nPacific Newsdesk | Port Moresby | Thursday 19 March 2026\n\nThe truce collapsed within a day.' });
    expect(c.bylinePlace).toBe('Port Moresby');
    const d = clean({ source: 'a.txt', publishedAt: '2026-03-19', text: 'Headline here\n\nHome | World | Politics\n\nThe truce collapsed within a day.' });
    expect(d.bylinePlace).toBeNull();
  });

  it('leaves a speaker label alone: "Press Secretary MORI: Good afternoon." is no dateline', () => {
    const c = clean({ source: 'a.txt', publishedAt: '2025-05-21', text: 'Press Secretary MORI: Good afternoon. I have one announcement.' });
    expect(c.dateline).toBeNull();
    expect(c.cleanText).toBe('Press Secretary MORI: Good afternoon. I have one announcement.');
  });

  it('drops teaser, related-link and agency-credit paragraphs', () => {
    const c = clean({ source: 'a.txt', publishedAt: '2021-03-04', text: 'The talks ended.\n\nWATCH: Envoys leave the venue\n\nAlso Read: Another story here\n\nREAD MORE | Something else\n\n(With inputs from agencies)' });
    expect(c.cleanText).toBe('The talks ended.');
  });

  it('prefers JSON published date, then header, then a dated dateline, then the fallback', () => {
    expect(clean({ source: 'a', text: 'date 2020-01-01\n\nText here.', publishedAt: '2022-02-02' }).publishedAt).toBe('2022-02-02');
    expect(clean({ source: 'a', text: 'LIMA, March 3, 2019 (Wire) - Text here.' }).publishedAt).toBe('2019-03-03');
    expect(clean({ source: 'a', text: 'Text here.', fallbackDate: '2018-07-07' }).publishedAt).toBe('2018-07-07');
  });

  it('takes day and month from a yearless wire dateline and the year from the fallback', () => {
    const c = clean({ source: 'a', text: 'QUITO, Dec 30 (Wire) - Text here.', fallbackDate: '2020-01-02' });
    expect(c.publishedAt).toBe('2019-12-30');
    expect(c.cleanText).toBe('Text here.');
  });

  it('treats a short unpunctuated first line as the title', () => {
    const c = clean({ source: 'a', text: 'date 2020-05-05\n\nLeaders meet in Oslo\n\nThe leaders met.' });
    expect(c.title).toBe('Leaders meet in Oslo');
    expect(c.cleanText).toBe('The leaders met.');
  });

  it('treats a short unpunctuated line as a headline even when a colon or dash splits it ("Moscow: claims are \'absurd\'")', () => {
    const c = clean({ source: 'a', text: 'date 2020-05-05\n\nBorder row: Chile summons envoy\n\nMoscow: claims are \'absurd\'\n\nThe ministry rejected the claims.' });
    expect(c.title).toBe('Border row: Chile summons envoy');
    expect(c.dateline).toBeNull();
    expect(c.cleanText).toBe('The ministry rejected the claims.');
  });

  it('drops a caption that ends with its credit ("... in Lima. Photo: Agencia Andina", "(Photo: PTI)")', () => {
    const c = clean({ source: 'a', text: 'date 2020-05-05\n\nChile\'s foreign minister greets her Peruvian counterpart in Lima. Photo: Agencia Andina\n\nThe two leaders at the palace on Thursday (Photo: PTI)\n\nThe ministers met on Thursday.' });
    expect(c.cleanText).toBe('The ministers met on Thursday.');
  });

  it('rejects empty, binary and undated input', () => {
    expect(() => clean({ source: 'a', text: '   ' })).toThrow(ExtractionError);
    expect(() => clean({ source: 'a', text: 'ab\u0000\u0001\u0002\u0003cd', publishedAt: '2020-01-01' })).toThrow(/binary/);
    expect(() => clean({ source: 'a', text: 'No date anywhere.' })).toThrow(/publication date/);
  });
});

describe('menus, share bars and breadcrumbs', () => {
  it('drops them, so the dateline after them is found', () => {
    const c = clean({
      source: 'page.txt',
      publishedAt: '2024-11-16',
      text: 'Home > World > Europe\nChile and Peru sign a fisheries pact\nShare on: Facebook | X | WhatsApp | Telegram\nWorld Desk | Updated: Nov 16, 2024, 06:12 IST\nLima: Chile and Peru signed a fisheries pact on Friday.',
    });
    expect(c.title).toBe('Chile and Peru sign a fisheries pact');
    expect(c.dateline?.place).toBe('Lima');
    expect(c.cleanText).not.toMatch(/Share on|Home >/);
  });
});

describe('page furniture from other outlets', () => {
  it.each([
    'Share to: Weibo | WeChat',
    'Copyright © Ministry of Foreign Affairs of Chile',
    'READ: President hosts regional leaders for talks on the border force',
    'Most read: Inflation slows | Senate vetoes budget | Derby ends in a draw',
    '[Print] [Close] Font size: L M S',
  ])('drops "%s"', (line) => {
    const a = clean({ source: 't.txt', text: `Chile and Peru signed a trade pact on Monday in Lima, officials said.\n\n${line}\n\nThe pact takes effect in May, the ministry said.`, publishedAt: '2024-05-15' });
    expect(a.cleanText).not.toContain(line.slice(0, 12));
  });

  it('keeps a paragraph that starts with "Share prices"', () => {
    const a = clean({ source: 't.txt', text: 'Share prices in Santiago fell sharply on Monday after the talks collapsed, traders said.', publishedAt: '2024-05-15' });
    expect(a.cleanText).toContain('Share prices');
  });

  it('a byline between pipes with a day-first date ("By Anna Nowak | Warsaw | 21 May 2025") dates an article whose file name has none', () => {
    const c = clean({ source: 'spy-case.txt', text: 'Poland expels attache\n\nBy Anna Nowak | Warsaw | 21 May 2025\n\nBelarus on Wednesday ordered Poland\'s attache to leave the country.', publishedAt: null });
    expect(c.publishedAt).toBe('2025-05-21');
    expect(c.cleanText).not.toContain('Anna Nowak');
  });
});
