import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { cleanPage } from '../../src/corpus/cleanPage.ts';
import { extractMetadata } from '../../src/corpus/extractMetadata.ts';
import { buildCorpus } from '../../src/corpus/loadCorpus.ts';

/**
 * Pages as an archive, a search page, a local paper republishing a partner's story and a weather widget leave
 * them: the capture's stamp, a menu laid out with wide gaps, search-result excerpts, a partner box.
 */
const read = (name: string) => readFileSync(new URL(`./fixtures/${name}`, import.meta.url), 'utf8');

const BODY = [
  'The foreign ministry said on Tuesday that the new agreement would strengthen regional security and trade ties.',
  'Officials from both countries met in the capital to discuss the details of the plan, according to local media.',
  'The spokesperson added that talks would continue next month, with a final text expected before the summer recess.',
];

function page(header: string[], footer: string[] = []): string {
  return [...header, '', ...BODY, ...footer].join('\n\n');
}

describe('pages as they are captured and republished', () => {
  test("GIVEN an archive's capture stamp with a time to the second THEN no part of it is the outlet; the footer's name before © is", () => {
    const text = page(
      [
        'Saved 14 Jul 2023 08:21:07 UTC · 5 captures · 12 Jul 2023 – 30 Jul 2023',
        'This is an archived copy. Links may lead to other archived pages or to the live web.',
        'Ministers agree new port deal',
      ],
      ['Harbour Gazette © 2023 · Quay Street 9, Portsmouth · Privacy · Advertise'],
    );
    expect(extractMetadata(cleanPage(text)).outlet).toBe('Harbour Gazette');
  });

  test("GIVEN a weather widget's dated line over the headline THEN the temperature and place are no outlet", () => {
    const text = page(
      [
        'Harbour Courier — Your community, your news',
        'Queenstown 9°C Light rain · Friday 5 May 2023',
        'Ministers agree new port deal',
      ],
      ['© 2023 Harbour Courier Ltd · Privacy · Terms'],
    );
    expect(extractMetadata(cleanPage(text)).outlet).toBe('Harbour Courier');
  });

  test('GIVEN a menu laid out with wide gaps and no separators above the headline THEN it is navigation, not the headline', () => {
    const text = page([
      'Harbour Gazette',
      'News   Business   Baltics   World   Summit 2023   Opinion',
      'Ministers agree new port deal as talks go on',
      'By Jane Roe · 12 July 2023',
    ]);
    const cleaned = cleanPage(text);
    expect(cleaned.lines.find((line) => line.text.startsWith('News'))?.rule).toBe('navigation');
    expect(extractMetadata(cleaned).title).toBe('Ministers agree new port deal as talks go on');
  });

  test('GIVEN search-result excerpts cut at both ends above the article THEN none is a passage', async () => {
    const text = page([
      'Search results for: port deal',
      '… the ministers are planning a new port deal, the Gazette reported on Wednesday, citing officials …',
      '… talks would continue next month with a final text expected …',
      'Ministers agree new port deal',
    ]);
    const corpus = await buildCorpus([{ name: 'search.txt', format: 'text', text }]);
    const passages = corpus.articles[0]?.passages.map((passage) => passage.text) ?? [];
    expect(passages.some((passage) => passage.startsWith('…'))).toBe(false);
    expect(passages).toContain(BODY[0]);
  });

  test("GIVEN a printed brief's paragraph cut by a page break (footer, page number, running header) THEN it is one passage again", async () => {
    const text = [
      'Harbour Institute',
      '',
      'Ministers agree new port deal',
      '',
      BODY[0],
      '',
      'According to press reports in early June, Finance Minister Jane',
      '',
      'Harbour Institute | Brief 14/2023 | harbour.example',
      'Page 1 of 2',
      'PORT DEAL — ROE & DOE June 2023',
      '',
      'Roe has told her colleagues she does not support the deal, arguing that the costs fall on the port towns alone.',
      '',
      BODY[1],
      '',
      'Harbour Institute | Brief 14/2023 | harbour.example',
      'Page 2 of 2',
    ].join('\n');
    const corpus = await buildCorpus([{ name: 'brief.txt', format: 'text', text }]);
    const passages = corpus.articles[0]?.passages.map((passage) => passage.text) ?? [];
    expect(passages).toContain(
      'According to press reports in early June, Finance Minister Jane Roe has told her colleagues she does not support the deal, arguing that the costs fall on the port towns alone.',
    );
    expect(passages.some((passage) => /Page \d of 2/.test(passage))).toBe(false);
  });

  test('GIVEN a section label that is also a menu item before the time ("N. Korea 14:02 May 15, 2023") THEN it is no outlet', () => {
    const text = [
      'Harbour News Agency',
      'KOREAN',
      'JAPANESE',
      'Search',
      'Harbour News Agency',
      'ALL NEWS',
      'N. Korea',
      'National',
      'Politics',
      'Ministers agree new port deal as talks go on',
      'N. Korea 14:02 May 15, 2023',
      '',
      ...BODY,
    ].join('\n');
    expect(extractMetadata(cleanPage(text)).outlet).toBe('Harbour News Agency');
  });

  test('GIVEN a dated line ending in a time zone and the place it was filed from THEN neither is the outlet; the masthead under the top buttons is', () => {
    const text = [
      'e-Paper',
      'Subscribe',
      'Sign In',
      'Menu',
      'The Harbour Standard',
      'Trending',
      'Home',
      'News',
      'Ministers agree new port deal as talks go on',
      'Updated - May 11, 2023 09:47 pm IST - TOKYO',
      '',
      ...BODY,
    ].join('\n');
    expect(extractMetadata(cleanPage(text)).outlet).toBe('The Harbour Standard');
  });

  test('GIVEN a logo\'s text under the skip links ("HBC News Homepage") THEN it names the outlet and is no headline', () => {
    const text = [
      'Skip to main content',
      'Skip to navigation',
      'HBC News Homepage',
      'Search HBC News',
      'Sign in',
      'Ministers agree new port deal as talks go on',
      'By Jane Roe',
      'Posted Mon 10 Jul 2023 at 5:12am',
      '',
      ...BODY,
    ].join('\n');
    const meta = extractMetadata(cleanPage(text));
    expect(meta.outlet).toBe('HBC News');
    expect(meta.title).toBe('Ministers agree new port deal as talks go on');
  });

  test.each([
    ['TOKYO, May 11, 2023', null],
    ['Vilnius, 12.07.2023 | HARBOURWIRE | Updated 19:05', 'HARBOURWIRE'],
  ])('GIVEN the dated line "%s" THEN the place it was filed from is no outlet', (dated, outlet) => {
    const text = ['Ministers agree new port deal as talks go on', dated, '', ...BODY].join('\n');
    expect(extractMetadata(cleanPage(text)).outlet).toBe(outlet);
  });

  test("GIVEN a logo's text and no headline THEN the logo's text is not the title", () => {
    const text = ['Skip to main content', 'HBC News Homepage', 'Sign in', '', ...BODY].join('\n');
    const meta = extractMetadata(cleanPage(text));
    expect(meta.outlet).toBe('HBC News');
    expect(meta.title).not.toBe('HBC News Homepage');
  });

  test('GIVEN a masthead in capitals over the date, and a time zone after the time THEN the masthead is the outlet, as a name', () => {
    const text = [
      'We use cookies to personalise content and ads. By continuing to use this site, you agree to our Privacy Policy.',
      'THE HARBOUR COURIER',
      'Thursday, 13 Jul 2023',
      'News · Nation · World · Business · Sport',
      'Ministers agree new port deal as talks go on',
      'By JANE ROE',
      'World Updated 2 hours ago · 13 Jul 2023 10:48 AM MYT',
      '',
      ...BODY,
    ].join('\n');
    expect(extractMetadata(cleanPage(text)).outlet).toBe('The Harbour Courier');
  });

  test.each([
    [
      'Load shedding: Stage 4 from 16:00 to 00:00 today | Check your area schedule',
      'THE HARBOUR MERCURY',
      'Get the Harbour Mercury on WhatsApp',
    ],
    [
      'Wednesday, July 12, 2023',
      'THE HARBOUR MERCURY e-Paper',
      'Page 7 | The Harbour Mercury | Wednesday, July 12, 2023',
    ],
  ])(
    'GIVEN a masthead in capitals under a banner ("%s") that the page\'s chrome writes again as a name THEN it is the outlet',
    (banner, masthead, again) => {
      const text = [
        banner,
        masthead,
        'Johannesburg 16°C | Pretoria 18°C',
        'News | World | Sport',
        'Ministers agree new port deal as talks go on',
        'BY JANE ROE',
        '',
        ...BODY,
        '',
        again,
      ].join('\n');
      expect(extractMetadata(cleanPage(text)).outlet).toBe('The Harbour Mercury');
    },
  );

  test.each([
    'The minister with his counterpart in Vilnius on Wednesday. Picture supplied',
    'The minister with his counterpart in Vilnius on Wednesday. Photo courtesy of the ministry',
    'The minister with his counterpart in Vilnius on Wednesday. Photo by Jane Roe',
  ])('GIVEN a caption ending in its credit under the byline ("%s") THEN it is no headline', (caption) => {
    const text = [
      'The Harbour Gazette',
      'News | World | Sport',
      'Ministers agree new port deal as talks go on',
      'Tom Gallagher',
      'Updated July 13 2023 - 9:41am',
      caption,
      '',
      ...BODY,
    ].join('\n');
    expect(extractMetadata(cleanPage(text)).title).toBe('Ministers agree new port deal as talks go on');
  });

  test("GIVEN an e-paper's narrow columns, hard-wrapped with broken words, an advert between them and a jump line THEN the body is whole paragraphs, the byline stays, the advert heads nothing and the jump line is chrome", () => {
    const text = [
      'THE HARBOUR SENTINEL e-Paper',
      'Wednesday, May 17, 2023',
      'Sections: Front Page | News | Business | Opinion | World',
      'N. Korea lashes out at Tokyo',
      'Dangerous phase, says Pyongyang',
      'By Dilani Perera',
      'COLOMBO, May 16',
      "North Korea has warned that Japan's grow-",
      'ing military cooperation with NATO has',
      'reached a dangerous implementation phase,',
      'singling out a plan for the Western al-',
      'liance to open its first office in Asia.',
      'HARBOUR HOMES | Luxury apartments from Rs. 28 Mn | Call 011 2 345 678',
      'Tokyo confirmed last week that it',
      'was in talks on the office, which',
      'would be staffed by one person.',
      'Dr Harsha Wijeratne of the Colom-',
      'bo Centre for Indian Ocean Affairs',
      'said Sri Lanka could not afford to be',
      'seen taking sides in a quarrel be-',
      'tween Tokyo and Beijing at this stage',
      'of its recovery, he told the Sentinel.',
      'Continued on Page 9',
      'Page 7 | The Harbour Sentinel | Wednesday, May 17, 2023',
    ].join('\n');
    const cleaned = cleanPage(text);
    const prose = cleaned.lines.filter((line) => line.kind === 'prose').map((line) => line.text);
    expect(
      prose.some((line) =>
        line.includes(
          'Dr Harsha Wijeratne of the Colombo Centre for Indian Ocean Affairs said Sri Lanka could not afford to be seen taking sides in a quarrel between Tokyo and Beijing',
        ),
      ),
    ).toBe(true);
    expect(prose.some((line) => line.startsWith("North Korea has warned that Japan's growing military"))).toBe(true);
    expect(cleaned.lines.find((line) => line.text.startsWith('Continued on'))?.kind).toBe('boilerplate');
    expect(cleaned.lines.find((line) => line.text.startsWith('HARBOUR HOMES'))?.rule).not.toBe('subheading');
    expect(extractMetadata(cleaned).byline).toBe('Dilani Perera');
  });

  test.each([
    ['HARBOUR LANTERN', 'By Chen Yi-hsuan, Lantern staff reporter, with wire reports', 'Harbour Lantern'],
    [
      'THE HARBOUR CHRONICLE',
      'NEWSPAPER SECTION: News | WRITER: Chronicle reporters and agencies',
      'The Harbour Chronicle',
    ],
  ])(
    'GIVEN a masthead in capitals ("%s") whose name credits the page\'s own staff THEN it is the outlet, and a line of labelled fields is no headline',
    (masthead, credit, outlet) => {
      const text = [
        'Skip to main content',
        masthead,
        'Wed, Jun 07, 2023 · Taipei 31°C Cloudy',
        'Home | World | Politics | Business',
        'Ministers agree new port deal as talks go on',
        'PUBLISHED : 7 Jun 2023 at 06:12',
        credit,
        '',
        ...BODY,
      ].join('\n');
      const meta = extractMetadata(cleanPage(text));
      expect(meta.outlet).toBe(outlet);
      expect(meta.title).toBe('Ministers agree new port deal as talks go on');
    },
  );

  test('GIVEN labelled fields set apart by bars under the date ("NEWSPAPER SECTION: News | WRITER: ...") THEN they are no headline', () => {
    const meta = extractMetadata(cleanPage(read('layout33-chaophrayachronicle-aqi.txt')));
    expect(meta.title).toBe("Pyongyang says Japan-Nato ties in 'dangerous phase'");
    expect(meta.outlet).toBe('The Chao Phraya Chronicle');
  });

  test('GIVEN a logo of initials under the skip link and a world clock THEN the initials name the outlet and the clock is chrome', () => {
    const text = [
      'Skip to main content',
      'HBC',
      'Astana 21:14 | Almaty 21:14',
      'News Sport Business Culture Weather',
      'Ministers agree new port deal as talks go on',
      'Updated / Wednesday, 12 Jul 2023 18:47',
      '',
      ...BODY,
    ].join('\n');
    const cleaned = cleanPage(text);
    expect(extractMetadata(cleaned).outlet).toBe('HBC');
    expect(cleaned.lines.find((line) => line.text.startsWith('Astana'))?.rule).toBe('world clock');
  });

  test("GIVEN a breaking-news ticker on a page with no blank line at all THEN it ends where running text resumes; a sponsor's block does not", async () => {
    const text = [
      'THE HARBOUR COURIER',
      'BREAKING NEWS',
      'Thousands rally in the capital for a tenth straight week',
      'Currency firms as the central bank holds its rate',
      'Ministers agree new port deal as talks go on',
      'By JANE ROE',
      'The foreign ministry said on Tuesday that the new agreement would strengthen regional security. Trade ties would follow, it added.',
      'Officials from both countries met in the capital to discuss the plan. Talks would continue next month, they said.',
      'PRESENTED BY',
      'Harbour Analytics: risk intelligence for port operators. Track delays and tariffs in one dashboard today.',
    ].join('\n');
    const corpus = await buildCorpus([{ name: 'flat.txt', format: 'text', text }]);
    const passages = corpus.articles[0]?.passages.map((passage) => passage.text) ?? [];
    expect(passages.some((passage) => passage.startsWith('The foreign ministry said'))).toBe(true);
    expect(passages.some((passage) => passage.startsWith('Harbour Analytics'))).toBe(false);
    expect(passages.some((passage) => passage.startsWith('Thousands rally'))).toBe(false);
  });

  test('GIVEN a list flattened one item to a line running into the headline and byline with no blank line THEN only the headline and standfirst are the header', () => {
    const text = [
      'Harbour Gazette',
      'Trending',
      'Port strike',
      'Tidal power',
      'Election 2024',
      'Sea walls',
      'Ministers agree new port deal as talks go on',
      'The deal covers three ports and runs for ten years',
      'By Jane Roe',
      '12 July 2023',
      '',
      ...BODY,
    ].join('\n');
    const cleaned = cleanPage(text);
    expect(extractMetadata(cleaned).title).toBe('Ministers agree new port deal as talks go on');
    expect(cleaned.lines.find((line) => line.text === 'Election 2024')?.kind).toBe('boilerplate');
  });

  test("GIVEN a partner box's sentence saying where the story first appeared THEN that outlet is its credited source", () => {
    const text = page([
      'Harbour Courier',
      'This article originally appeared in Indo-Pacific Dispatch, an independent newsroom covering Asia. It is republished here under licence.',
      'Ministers agree new port deal',
    ]);
    expect(extractMetadata(cleanPage(text)).creditedSource).toBe('Indo-Pacific Dispatch');
  });
});
