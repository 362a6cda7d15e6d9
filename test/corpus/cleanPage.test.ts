import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { CLEANING_RULES, cleanPage } from '../../src/corpus/cleanPage.ts';
import { extractMetadata } from '../../src/corpus/extractMetadata.ts';
import { LINE_SHAPE_RULES } from '../../src/corpus/lineShape.ts';
import { COMMENT_RULES } from '../../src/corpus/readerComments.ts';
import { withRuleOff } from '../ruleSwitch.ts';

const BODY = [
  'The foreign ministry said on Tuesday that the new agreement would strengthen regional security and trade ties.',
  'Officials from both countries met in the capital to discuss the details of the plan, according to local media.',
  'The spokesperson added that talks would continue next month, with a final text expected before the summer recess.',
];

/** A page with one line under test placed between real body paragraphs. */
function pageWith(line: string, where: 'top' | 'middle' | 'bottom' = 'middle'): string {
  if (where === 'top') return [line, '', ...BODY].join('\n\n');
  if (where === 'bottom') return [...BODY, '', line].join('\n\n');
  return [BODY[0], line, BODY[1], BODY[2]].join('\n\n');
}

function survives(line: string, where: 'top' | 'middle' | 'bottom' = 'middle'): boolean {
  const needle = line
    .replace(/\[([^\]]+)\]\([^)]*\)/g, '$1')
    .replace(/^[•*-]\s*/, '')
    .slice(0, 40);
  return cleanPage(pageWith(line, where)).paragraphs.some((paragraph) => paragraph.includes(needle));
}

describe('cleanPage rules', () => {
  test.each([
    ['share prompt', 'Click the share button above to email this article to your friends and colleagues.'],
    ['follow prompt', 'Follow us on Facebook and Twitter and subscribe to our Telegram channel for more news.'],
    [
      'newsletter pitch',
      'Sign up for our daily newsletter to get the top stories delivered to your inbox every morning.',
    ],
    ['copyright footer', 'Copyright © 2024 The Daily Example, all rights reserved.'],
    [
      'disclaimer',
      'Disclaimer: The views expressed in this article are the sole responsibility of the author and do not reflect ours.',
    ],
    ['privacy links', 'Privacy Policy | Terms of Use | Cookie Settings'],
    ['read time counter', '4 min read'],
    ['share counter', '1.2K Shares'],
    ['short bullet (nav item)', '• World News'],
    ['label line (tags)', 'Tags: diplomacy, Asia, security'],
    ['link-heavy line', '[Politics](/politics) [Economy](/economy) [Sport](/sport) [Culture](/culture)'],
    ['email contact', 'For media inquiries contact press@example.org today.'],
    ['membership pitch', 'Become a member of our community and support independent journalism today.'],
    ['paywall meter', 'You have reached your limit of free articles this month.'],
    [
      'subscription pitch',
      'Subscribe now to get unlimited access to our reporting, starting at $5 a month. Cancel anytime.',
    ],
    ['loading notice', 'Some content could not be loaded. Please check your connection and refresh the page.'],
    ['editing note', '*This interview has been edited for length and clarity.*'],
    [
      'podcast sponsor',
      'This episode is supported by Harbour Language Labs. Use code BRIEF for 20% off your first month.',
    ],
    [
      'reader-supported pitch',
      'The Backchannel is a reader-supported publication. Consider becoming a paid subscriber.',
    ],
    ['Korean copyright line', 'ⓒ The Hanbit Herald. Unauthorized reproduction and redistribution prohibited.'],
    ['forum notice', 'You must log in or register to reply here.'],
    ['authoritative-text note', 'This is a provisional translation. The Japanese text is authoritative.'],
    ['paywall badge', 'PREMIUM This article is for Premium members.'],
    ['newsletter sign-off', "That's all for this week. Reply to this email to tell us what we missed."],
    ['licence line', 'Republish our articles for free under our Creative Commons license.'],
    [
      'views disclaimer of speakers',
      'The views expressed are those of the speakers and do not represent the council, which takes no positions.',
    ],
    [
      'disclaimer in emphasis',
      '*Disclaimer: This summary is for information only and does not constitute legal advice.*',
    ],
    ['live blog closing line', 'This blog is now closed. Coverage continues on our Korean Peninsula page.'],
    ['comment box notice', 'Comments are closed on this article.'],
    ['comment box notice for readers', 'Reader comments are closed for this article.'],
    ['comment box notice, turned off', 'Commenting has been disabled for legal reasons.'],
    ['comment login', 'Log in with your Ashbury ID to comment. Comments are reviewed by the opinion desk.'],
    ['reuse terms', 'This newsletter is confidential to subscribers and may not be reproduced.'],
    ['pledge drive', 'Island Public Radio depends on you. Make your year-end gift today and keep the news on the air.'],
    [
      'text-message service line',
      'LEDGERTXT: Storm warnings issued for the central regions by the weekend. Text STOP to 2366 to unsubscribe.',
    ],
    [
      'views disclaimer',
      "The views expressed in this commentary are the author's own and do not necessarily reflect those of the institute.",
    ],
    [
      "a blog's note on its writer's views",
      'Edmund Halsted-Yoo served as a diplomat for 31 years and retired in 2019. All views on this blog are his own and do not represent any government.',
    ],
    [
      "a company's safe-harbour notice",
      "This press release contains forward-looking statements that reflect management's current expectations. Actual results may differ materially due to factors including order intake and exchange rates.",
    ],
    [
      "a research body's note on itself",
      'The Aldgate Forum is a nonpartisan, nonprofit research organization. The Forum does not take institutional policy positions; all views expressed here should be understood to be solely those of the author(s).',
    ],
    ['note of a notes list', '[2] Ministry of Foreign Affairs, "Annual Report," 3 March 2023, p. 12.'],
    [
      "wire's note of what a version changed",
      '(Corrects paragraph 4 to show the patrols were in June, not July; adds Chinese reaction in paragraphs 12-13)',
    ],
    ["translator's note", '[TN4] Known in China as the Diaoyu Islands and claimed by both China and Taiwan.'],
    ['bio box', 'About the interviewee: Han Seo-yeon chairs the Namsan Policy Forum.'],
    [
      "a site's blurb of its own episode",
      'Episode description: Fresh from the summit, two fellows join the host to unpack what the alliance promised.',
    ],
    [
      "forum poster's summary of a link",
      'Submission statement: The Harbourline Times says Paris has formally objected to the one-person NATO office.',
    ],
    [
      "aggregator's note",
      'Quotes are attributed to the original outlet. Read the full articles at the sources linked.',
    ],
    [
      'caption closed by its credit alone',
      'A US aircraft carrier and Japanese warships sail in formation south of Jeju Island on the 27th. Provided by Navy',
    ],
    [
      "fact-check's list of sources",
      "Sources: AUKUS joint leaders' statement, 13 March 2023; Department of Defence fact sheet; IAEA statement.",
    ],
    ['load-more button', 'Load more updates'],
    [
      'cookie-consent paragraph',
      'We and our 412 partners store and/or access information on a device, such as cookies, and process personal data for personalised advertising.',
    ],
    [
      'wire contributors line',
      'Associated Press writers Jane Roe in Tokyo and John Doe in Beijing contributed to this report.',
    ],
    ['repost note', 'This article was originally published by The Harbour Review and is reproduced with permission.'],
    ['registration wall', 'This article is for free members. You can read the rest by registering (free).'],
    [
      'purchase box',
      'Full text access is available to subscribers. Purchase this article (24 hours access, USD 48.00) or log in to check access.',
    ],
    [
      "a transcript's note on itself",
      'This transcript was generated automatically and lightly edited for clarity. Please check against the audio before quoting.',
    ],
    [
      "wire photo's caption under its gallery position",
      'Item 1 of 2 The foreign minister attends a news conference at the ministry in the capital on Tuesday. Agency/File Photo',
    ],
    [
      "machine translation's banner",
      'This page has been translated automatically from French. Show original | Always translate French | Options',
    ],
    ['call for tips', '*Have a tip? Contact the Asia Desk securely via Signal.*'],
    ["a fact-checker's badge", 'ClaimLens Asia is a verified signatory of the IFCN Code of Principles.'],
    [
      "a forum's moderator bot",
      'I am a bot, and this action was performed automatically. Please contact the moderators of this subreddit if you have any questions.',
    ],
    ["a poster's edit note", 'Edit: formatting. Edit 2: yes I know another paper had something similar on Monday.'],
    [
      'a reference',
      'Lindqvist, H. & Sato, R. (2021). Partners across the globe: a decade of NATO outreach. Oslo: Nordic Policy Press.',
    ],
    [
      'a reference to a body',
      'NATO (2022). Strategic Concept. Adopted by Heads of State and Government in Madrid, 29 June 2022.',
    ],
    ['call to watch a show', 'Watch the full interview on Pacific Tonight at 10 PM JST.'],
    ['call to get the channel', 'Get KVN Pacific 24 on your smart TV. Available on Roku, Fire TV and Android TV.'],
    ["call to get the site's digest", 'Get the INAS Weekly, a digest of our latest research, delivered every Friday.'],
    ['call to join a readership', 'Join 48,000 defence professionals who start their day with the Signal Briefing.'],
  ])('GIVEN a %s THEN it is dropped', (_name, line) => {
    expect(survives(line)).toBe(false);
  });

  test.each([
    ['a sentence about an author', 'About the author of the commentary, the ministry said nothing.'],
    [
      'a sentence opening on who provided something',
      'Provided by Japan, the radar data reached Seoul within seconds of the launch, officials said on Tuesday.',
    ],
    [
      'a sentence in brackets that opens with an edit verb but is the report',
      '(Adds to the pressure on Tokyo, the ministry said on Monday, that the talks would go on.) Officials declined to comment.',
    ],
    [
      'reported speech with a link',
      'The minister [said](https://example.org/a) the decision to share intelligence with allies was final.',
    ],
    [
      'a quote that mentions following',
      '"We will follow the situation closely and respond if needed," the spokesperson told reporters.',
    ],
    [
      'a sentence about copyright law',
      'Lawmakers are debating whether copyright rules should apply to training data, officials said.',
    ],
    [
      'a bulleted sentence of prose',
      '• The agreement covers maritime patrols, joint exercises and the exchange of intelligence between the navies.',
    ],
    [
      'a sentence about views expressed',
      'The views expressed by the delegates differed sharply on the question of funding, the chairman said.',
    ],
    [
      'a sentence about free articles',
      'The newspaper said it would offer ten free articles a month to readers in the region from June.',
    ],
    [
      'a sentence about personal data and consent',
      'The regulator said the company had processed personal data without consent and fined it 1.2 billion euros.',
    ],
    [
      'a paragraph opening with a verb reported as said',
      'Watch the skies over the islands, officials told residents on Tuesday as the launch window opened.',
    ],
    [
      'a paragraph opening with a verb, longer than a call',
      'Get past the rhetoric and the picture is simpler: the office would have one staff member, no troops and no budget of its own, and it would report to the alliance headquarters in Brussels like every other liaison post.',
    ],
    [
      'a sentence about a report first published earlier',
      'The report, first published in Japanese last year, said the coast guard had doubled its patrols.',
    ],
    [
      'a sentence about someone who would become a member',
      'Japan has no plan to become a member, and under its constitution it could not take on the obligations of Article 5.',
    ],
    [
      'a sentence about subscribing to a view',
      'Officials in Paris do not subscribe to the view that the office would be a purely administrative step.',
    ],
    [
      'a sentence about declining to comment on an article',
      'The ministry declined to comment on the article, saying talks with the alliance were continuing.',
    ],
    [
      'a sentence citing a year in brackets',
      'The treaty (1949) limits membership to European states, the minister told the chamber on Thursday afternoon.',
    ],
    [
      'a sentence naming places in a row',
      'Ministers from Japan, South Korea, Australia and New Zealand attended the meeting in Vilnius on Wednesday.',
    ],
  ])('GIVEN %s THEN it is kept', (_name, line) => {
    expect(survives(line)).toBe(true);
  });

  test('GIVEN a "Related News" list in the middle of an article THEN its headlines go and the body resumes', () => {
    const page = [
      BODY[0],
      'Related News',
      'Minister resigns after protests in the capital',
      'Floods hit the north for a third week',
      BODY[1],
      BODY[2],
    ].join('\n\n');
    const { paragraphs } = cleanPage(page);
    expect(paragraphs).toEqual(BODY);
  });

  test('GIVEN a "Watch:" promo longer than a related link, amid the body THEN it is no body, and is with the rule off', () => {
    const promo =
      "Watch: Europe Editor Ciarán Ó Fearghail reports from Vilnius on what the summit means for Ukraine, Asia and Ireland's own neutrality debate, on the Six One News at 6pm on IPB One and IPB Player.";
    expect(cleanPage(pageWith(promo)).paragraphs).toEqual(BODY);
    withRuleOff(CLEANING_RULES, 'mediaPromos', () => expect(cleanPage(pageWith(promo)).paragraphs).toContain(promo));
  });

  test('GIVEN an "About the author" heading, a blank line and a note on the writer THEN the note is no body, and is with the rule off', () => {
    const bio =
      'Edmund Halsted-Yoo served as a diplomat for 31 years, with postings in Tokyo, Seoul and Beijing, and retired in 2019.';
    const page = [...BODY, '### About the author', bio].join('\n\n');
    expect(cleanPage(page).paragraphs).toEqual(BODY);
    withRuleOff(CLEANING_RULES, 'writerAbout', () => expect(cleanPage(page).paragraphs).toContain(bio));
  });

  test('GIVEN a "Notes" heading over numbered citations as long as sentences THEN no note is body, and with the rule off the long ones are', () => {
    const notes = [
      '1. Ken Moriyasu, "NATO to open liaison office in Japan," Nikkei Asia, 3 May 2023.',
      '2. Joint Statement issued on the occasion of the visit of the NATO Secretary General to Japan, Tokyo, 31 January 2023.',
      '3. Government of Japan, National Security Strategy, National Defense Strategy and Defense Buildup Program, 16 December 2022.',
    ];
    const page = [...BODY, '## Notes', ...notes].join('\n\n');
    expect(cleanPage(page).paragraphs).toEqual(BODY);
    withRuleOff(CLEANING_RULES, 'numberedNotes', () =>
      expect(cleanPage(page).paragraphs.some((paragraph) => paragraph.includes('Defense Buildup Program'))).toBe(true),
    );
  });

  test('GIVEN a "Most Read" list after the article, with captions and dates THEN none of it is body', () => {
    const page = [
      ...BODY,
      'Most Read',
      'Storm closes airports across the region',
      'A man walks past a closed shop in the old town, Monday, May 1, 2023 (Reuters)',
      '3 May 2023',
      'Opinion',
    ].join('\n\n');
    expect(cleanPage(page).paragraphs).toEqual(BODY);
  });

  test('GIVEN a breaking-news ticker of "Label: headline" lines above the article THEN it is dropped', () => {
    const ticker = [
      'BREAKING',
      'Reuters: Oil prices climb after the producers agree to extend their output cuts into the next quarter of the year',
      'Local media: Heavy rain floods the coastal highway for the second time this month',
      'AFP: Parliament approves the budget after a marathon overnight session in the capital',
    ].join('\n');
    const page = [ticker, '', 'Ministers agree security pact', '', ...BODY].join('\n\n');
    const cleaned = cleanPage(page);
    expect(cleaned.paragraphs).toEqual(BODY);
  });

  test('GIVEN a briefing\'s labelled paragraphs ("Why it matters: ...", "What\'s next: ...") THEN they are body, and a ticker with the rule off', () => {
    const labelled = [
      "Why it matters: the office would be small, reportedly staffed by a single official, but it would be the alliance's first in Asia and a clear signal of deepening ties.",
      'What we are hearing: a diplomat in the capital told us the office could sit inside the embassy of an existing member rather than on government premises.',
      'What comes next: leaders meet in July, where the government hopes to sign a new partnership programme covering cyber defence and disinformation.',
    ];
    const page = [BODY[0], labelled.join('\n'), BODY[1], BODY[2]].join('\n\n');
    expect(cleanPage(page).paragraphs).toEqual([BODY[0], ...labelled, BODY[1], BODY[2]]);
    withRuleOff(CLEANING_RULES, 'labelledParagraphs', () => expect(cleanPage(page).paragraphs).toEqual(BODY));
  });

  test('GIVEN a thread whose first post sits above its time and counts THEN the body starts at "1/", and at "2/" with the rule off', () => {
    const page = readFileSync(new URL('./fixtures/layout24-chirpline-thread.txt', import.meta.url), 'utf8');
    const first = (paragraphs: readonly string[]) => paragraphs[0]?.slice(0, 2);
    expect(first(cleanPage(page).paragraphs)).toBe('1/');
    expect(cleanPage(page).paragraphs[0]).toContain('France has formally asked that the plan be kept out');
    withRuleOff(CLEANING_RULES, 'threadOpening', () => expect(first(cleanPage(page).paragraphs)).toBe('2/'));
  });

  test('GIVEN a list of clauses ending on semicolons under "finds that:" THEN each is body, and none with the rule off', () => {
    const clauses = [
      'The office would likely be staffed by one or two officials and have no military command function;',
      "It would serve as a point of contact for the alliance's four partners in the region;",
    ];
    const page = [
      BODY[0],
      'The brief, published on Wednesday by the council, finds that:',
      ...clauses,
      BODY[1],
      BODY[2],
    ].join('\n\n');
    expect(cleanPage(page).paragraphs).toEqual(expect.arrayContaining(clauses));
    withRuleOff(LINE_SHAPE_RULES, 'clausesInLists', () =>
      expect(cleanPage(page).paragraphs.some((paragraph) => paragraph.endsWith(';'))).toBe(false),
    );
  });

  test("GIVEN a channel export whose first message sits above the next one's time stamp THEN the body starts at the first message, and at the second with the rule off", () => {
    const page = readFileSync(new URL('./fixtures/layout115-peninsula-signal-telegram.txt', import.meta.url), 'utf8');
    expect(cleanPage(page).paragraphs[0]).toContain("Putin's Il-96 has landed at Sunan International Airport");
    withRuleOff(CLEANING_RULES, 'feedOpening', () => expect(cleanPage(page).paragraphs[0]).toMatch(/^Ushakov earlier/));
  });

  test.each([
    'He was accused of unauthorized copying of missile designs, prosecutors in the capital said on Tuesday.',
    'Civil servants were told not to download the TikTok app on government phones, the ministry said.',
    'The new programme is for members of the alliance and its partners in the region, officials said.',
  ])('GIVEN a report using the words of a notice ("%s") THEN it is a paragraph', (line) => {
    expect(survives(line)).toBe(true);
  });

  test("GIVEN an interview's introduction ending on its editing note THEN the paragraph stays: the note is chrome only standing alone", () => {
    expect(
      survives(
        'Han Ji-woo served as a deputy negotiator in nuclear talks and now teaches in Seoul. The interview has been edited for length and clarity.',
      ),
    ).toBe(true);
  });

  test('GIVEN a page cut off mid-sentence past an advertisement THEN the cut sentence ends the body, and not with the rule off', () => {
    const tail = 'Kittipong said the office itself would be tiny, but that the';
    const page = [...BODY, 'Advertisement', tail].join('\n\n');
    expect(cleanPage(page).paragraphs).toEqual([...BODY, tail]);
    withRuleOff(CLEANING_RULES, 'cutTails', () => expect(cleanPage(page).paragraphs).toEqual(BODY));
  });

  test.each([
    'Orient Bulletin Agency, Media Centre, Tokyo | Corrections | Site map | Personal data policy',
    'Park Ji-won is a Seoul-based correspondent for The Eastern Frame. Tomás',
  ])('GIVEN a page ending on "%s" (a footer\'s links, a note on the writer) THEN it is no cut paragraph', (tail) => {
    expect(cleanPage([...BODY, 'Advertisement', tail].join('\n\n')).paragraphs).toEqual(BODY);
  });

  test('GIVEN an advertiser\'s block under its marker ("PRESENTED BY") THEN its lines to the next blank line are dropped, however long', () => {
    const sponsor = [
      'PRESENTED BY',
      'Harbour Analytics: risk intelligence for supply chains across the region. Track port delays, sanctions lists and storm paths in one dashboard.',
      '[Start your free 30-day trial](#)',
    ].join('\n');
    const page = ['Ministers agree security pact', BODY[0], sponsor, BODY[1], BODY[2]].join('\n\n');
    expect(cleanPage(page).paragraphs).toEqual(BODY);
  });

  const CAPTION_UNDER_IMAGE =
    'Members of the Harbour Senior Center watch coverage of the summit on Aug. 18. (Photo by Jane Roe-Whitfield / The Harbour Evening Times)';
  const ECHOED_ALT =
    "A television at the station shows a news broadcast about the country's satellite launch, in the capital, November 22, 2023. Agency/Jo Park Purchase photo rights";
  const ADVERT =
    'Harbour Composites: pressure hulls for extra-large drones, qualified to 1,000 m. Download the white paper';
  test.each<[string, string, string, keyof typeof CLEANING_RULES]>([
    [
      'a line under an image ending in a bracketed photo credit',
      ['![Members watch the summit](https://img.example/summit.jpg)', CAPTION_UNDER_IMAGE].join('\n\n'),
      CAPTION_UNDER_IMAGE,
      'creditedUnderImages',
    ],
    [
      'a line under an image that opens by saying again what its alt text says',
      [
        '![A television at the station shows a news broadcast on the launch](https://img.example/tv.jpg)',
        ECHOED_ALT,
      ].join('\n\n'),
      ECHOED_ALT,
      'captionsEchoingAlt',
    ],
    [
      'an advertiser\'s paragraph right under "SPONSORED CONTENT"',
      ['SPONSORED CONTENT', ADVERT].join('\n'),
      ADVERT,
      'sponsoredLine',
    ],
  ])('GIVEN %s THEN it is no paragraph, and is one with the rule off', (_name, block, line, rule) => {
    const page = [BODY[0], block, BODY[1], BODY[2]].join('\n\n');
    expect(cleanPage(page).paragraphs).toEqual(BODY);
    withRuleOff(CLEANING_RULES, rule, () => expect(cleanPage(page).paragraphs).toContain(line));
  });

  test("GIVEN a caption under an image THEN it is kept as the page's caption", () => {
    const page = [
      BODY[0],
      '![Members watch the summit](https://img.example/summit.jpg)',
      CAPTION_UNDER_IMAGE,
      BODY[1],
    ].join('\n\n');
    expect(cleanPage(page).captions).toContain(CAPTION_UNDER_IMAGE);
  });

  test('GIVEN "Sponsored content" with a blank line under it THEN the paragraph after the blank line is kept', () => {
    const page = [BODY[0], 'Sponsored content', BODY[1], BODY[2]].join('\n\n');
    expect(cleanPage(page).paragraphs).toEqual(BODY);
  });

  test('GIVEN an image whose alt text names two people "in Stockholm" THEN it is no byline, and the paragraph quoting one of them is kept (dropped as a writer\'s bio with the rule off)', () => {
    const quoted =
      'Karin Lund, who chairs the defence committee, said Swedish politicians had followed the build-up with great interest.';
    const page = [
      'Japan seeks closer defence ties with Sweden',
      '![Kenji Sato and Karin Lund in Stockholm](https://img.example/sato-lund.jpg)',
      BODY[0],
      quoted,
      BODY[1],
      BODY[2],
    ].join('\n\n');
    expect(cleanPage(page).paragraphs).toContain(quoted);
    withRuleOff(CLEANING_RULES, 'imageAltNoByline', () => expect(cleanPage(page).paragraphs).not.toContain(quoted));
  });

  test("GIVEN a gallery's short caption, a sentence followed by its photo credit in brackets THEN it is prose, kept", () => {
    const caption =
      'Police set up barriers around the port on Monday, the day before ministers arrived. (Photo: A. Berg)';
    const gallery = [
      BODY[0],
      '1 of 3',
      `${BODY[1]} (Photo: A. Berg)`,
      'Advertisement',
      '2 of 3',
      caption,
      '3 of 3',
      `${BODY[2]} (Photo: A. Berg)`,
    ].join('\n');
    expect(cleanPage(gallery).paragraphs).toContain(caption);
  });

  test('GIVEN a timeline of entries labelled by their dates ("3 May: ...") THEN they are the article, not a ticker', () => {
    const timeline = [
      '31 January 2023: The two leaders meet in the capital and first discuss a new port agreement.',
      '3 May: Local media report that the agreement will be signed next year, the first of its kind.',
      'Early June: Reports emerge that one province opposes the plan and wants it delayed.',
      '12 July: Ministers sign the agreement and promise talks on the remaining questions.',
    ];
    const page = [
      'Ministers agree new port deal',
      BODY[0],
      timeline.map((entry) => `• ${entry}`).join('\n'),
      BODY[1],
    ].join('\n\n');
    expect(cleanPage(page).paragraphs).toEqual([BODY[0], ...timeline, BODY[1]]);
  });

  test('GIVEN a line repeated within the page THEN it is chrome; GIVEN it in another page THEN too', () => {
    const page = ['The Example Times', ...BODY, 'The Example Times'].join('\n\n');
    expect(
      cleanPage(page)
        .lines.filter((line) => line.text === 'The Example Times')
        .every((line) => line.kind === 'boilerplate'),
    ).toBe(true);
    const shared = new Set(['world desk']);
    const other = cleanPage(['World Desk', ...BODY].join('\n\n'), { sharedLines: shared });
    expect(other.lines[0]?.kind).toBe('boilerplate');
  });

  test('GIVEN a paragraph broken mid-sentence by the page dump THEN it is one passage again', () => {
    const page = [
      'Speaking to reporters on Monday, the minister said the new rules would apply to every company operating in the country, including those based in South',
      '',
      'Korea," she said.',
    ].join('\n');
    expect(cleanPage(page).paragraphs).toEqual([
      'Speaking to reporters on Monday, the minister said the new rules would apply to every company operating in the country, including those based in South Korea," she said.',
    ]);
  });

  test('GIVEN image captions THEN they are kept apart from the body, once each', () => {
    const caption = 'Protesters gather outside the parliament building in the capital, March 3, 2023 (AP)';
    const page = [BODY[0], caption, caption, BODY[1], 'Featured image is from Example Photo Agency', BODY[2]].join(
      '\n\n',
    );
    const cleaned = cleanPage(page);
    expect(cleaned.paragraphs).toEqual(BODY);
    expect(cleaned.captions).toEqual([caption, 'Featured image is from Example Photo Agency']);
  });

  test('GIVEN a wire photo caption labelled "[Photo]" or closed by its licensing link THEN it is a caption, not body', () => {
    const labelled =
      '[Photo] The three foreign ministers pose for a photograph before their meeting in the port city on Sunday.';
    const licensed =
      'The three foreign ministers pose for a photograph before their meeting. Pool via Agency Purchase Licensing Rights';
    const cleaned = cleanPage([BODY[0], labelled, BODY[1], licensed, BODY[2]].join('\n\n'));
    expect(cleaned.paragraphs).toEqual(BODY);
    expect(cleaned.captions).toEqual([labelled, licensed]);
  });

  test('GIVEN markdown link syntax and emphasis THEN passages hold the plain text', () => {
    const page = [
      'Officials said the **deal** was [signed](#) on Monday in the presence of both foreign ministers.',
      ...BODY,
    ].join('\n\n');
    expect(cleanPage(page).paragraphs[0]).toBe(
      'Officials said the deal was signed on Monday in the presence of both foreign ministers.',
    );
  });

  test('GIVEN footnote markers set against the text THEN passages hold it without them; GIVEN a note opening a line THEN it is no paragraph', () => {
    const page = [
      'The concept named China as a challenge to its interests.[1] Japan, for its part, described the invasion as a threat that could be repeated in Asia.[[2]](#_ftn2) Each side now argues the other matters.',
      ...BODY,
      '[1] NATO, "Strategic Concept," 29 June 2022.',
    ].join('\n\n');
    expect(cleanPage(page).paragraphs).toEqual([
      'The concept named China as a challenge to its interests. Japan, for its part, described the invasion as a threat that could be repeated in Asia. Each side now argues the other matters.',
      ...BODY,
    ]);
  });

  test.each([
    [
      'a note about the writer the byline names',
      'Jane Roe is a Seoul-based journalist who covers diplomacy and security on the Korean Peninsula for the magazine.',
    ],
    [
      'a note about "the author"',
      'The author is a senior fellow at the institute, where she leads research on security partnerships in Asia.',
    ],
  ])('GIVEN %s after the article THEN it is no paragraph', (_name, note) => {
    const page = ['Ministers agree new port deal', 'By Jane Roe', ...BODY, 'About the author', note].join('\n\n');
    expect(cleanPage(page).paragraphs).toEqual(BODY);
  });

  test('GIVEN a header line of writers named without "By" and a note on each under it THEN the notes are no paragraphs', () => {
    const page = [
      'Ministers agree new port deal',
      '13 June 2023',
      'Corentin Alvarez-Ishida and Mariko Fenwick',
      'Corentin Alvarez-Ishida is a visiting fellow in the programme. He previously worked at the French Ministry for the Armed Forces.',
      'Mariko Fenwick is a research analyst at the institute, focusing on Japan’s defence policy.',
      ...BODY,
    ].join('\n\n');
    expect(cleanPage(page).paragraphs).toEqual(BODY);
  });

  test('GIVEN blog comments headed "Name said..." on lines of their own THEN their texts are no paragraphs', () => {
    const page = [
      'Ministers agree new port deal',
      ...BODY,
      '2 comments:',
      'Anonymous said...',
      'Good catch on the timing of the statement. The agency did the same before the summit last year.',
      'May 17, 2023 at 2:05 AM',
      'Tomasz K. said...',
      'The phrase about a forward base is new though, is it not? I do not remember it from the earlier statements.',
      'May 17, 2023 at 7:31 AM',
    ].join('\n\n');
    expect(cleanPage(page).paragraphs).toEqual(BODY);
  });

  test('GIVEN a forum thread whose comments are headed "u/name · 13 hr. ago" THEN the post stays and the comments, to their actions, are no paragraphs', () => {
    const page = [
      'Posted by u/port_watcher · 14 hr. ago',
      'Ministers agree new port deal',
      ...BODY,
      '148 Comments',
      'level 1',
      'u/harbour_cat · 13 hr. ago',
      'Good catch on the timing of the statement. The agency did the same before the summit last year.',
      'And the phrase about a forward base is new, I think; it was not in the statements of the spring.',
      'Reply Share Report Save',
      'level 2',
      '[deleted] · 9 hr. ago',
      'The phrase about a forward base is new though, is it not? I do not remember it from the earlier statements.',
    ].join('\n');
    const cleaned = cleanPage(page);
    expect(cleaned.paragraphs).toEqual(BODY);
    expect(cleaned.lines.find((line) => line.text.startsWith('And the phrase'))?.rule).toBe('reader comment');
  });

  const commentBox = [
    'Comments (2)',
    'jinnyla — My grandmother would say the same thing. Thank you for interviewing the seniors, they are rarely asked.',
    'Harbour Desk — @jinnyla Yes, the panel will be open to the public and details will be posted next week.',
    'Please keep comments respectful. Comments are moderated and may take up to 24 hours to appear.',
  ];

  test('GIVEN a comment box whose comments open with their writer and a dash THEN none of it is a paragraph, and it is with the rule off', () => {
    const page = [...BODY, ...commentBox, '© 2023 Harbour Media, Inc. All rights reserved.'].join('\n\n');
    expect(cleanPage(page).paragraphs).toEqual(BODY);
    withRuleOff(COMMENT_RULES, 'dashedComments', () => expect(cleanPage(page).paragraphs).toContain(commentBox[3]));
  });

  test('GIVEN a thread whose comment headers carry votes before the handle and reply marks ("▲ 210 ▼ u/Brussels_Watcher · 9 hr ago") THEN no comment is a paragraph, and they are with the rule off', () => {
    const comments = [
      '▲ 742 ▼ u/ex_jsdf_logistics · 10 hr ago',
      'People keep saying "Asian NATO" as if Japan, Korea and Australia are about to sign an Article 5. Nobody in Tokyo is even discussing that.',
      '[Reply](#) [Award](#) [Share](#)',
      '> ▲ 210 ▼ u/Brussels_Watcher · 9 hr ago',
      "> And France still won't sign off on the liaison office. NATO can't even agree on one guy with a desk in Tokyo.",
      '> [Reply](#) [Award](#) [Share](#)',
    ];
    const page = [...BODY, ...comments].join('\n\n');
    expect(cleanPage(page).paragraphs).toEqual(BODY);
    withRuleOff(COMMENT_RULES, 'markedHeaders', () =>
      expect(cleanPage(page).paragraphs.join(' ')).toContain('France still won'),
    );
  });

  test('GIVEN a "Comments" subheading over the article\'s own prose THEN the prose is kept', () => {
    const page = [BODY[0], 'Comments', BODY[1], BODY[2]].join('\n\n');
    expect(cleanPage(page).paragraphs).toEqual(expect.arrayContaining([BODY[1], BODY[2]]));
  });

  test('GIVEN a paragraph naming someone else than the writer THEN it stays', () => {
    const line = 'John Smith is a senior official at the ministry and has led the talks with the alliance since March.';
    const page = ['Ministers agree new port deal', 'By Jane Roe', ...BODY, line].join('\n\n');
    expect(cleanPage(page).paragraphs).toEqual([...BODY, line]);
  });

  test("GIVEN a stated byline (an HTML page's metadata) THEN a note about that writer is no paragraph", () => {
    const page = [
      ...BODY,
      'Jane Roe covers foreign policy and defence for the paper and was previously based in Tokyo.',
    ].join('\n\n');
    expect(cleanPage(page, { byline: 'Jane Roe' }).paragraphs).toEqual(BODY);
  });

  test('GIVEN a page cut mid-sentence right after its last paragraph THEN the cut paragraph is kept', () => {
    const cut = 'The deputy minister said the costs would be shared with the partners, and that most of the equipment';
    expect(cleanPage([...BODY, cut].join('\n\n')).paragraphs).toEqual([...BODY, cut]);
  });

  test.each([
    [
      'a headline in title case',
      'Storm Closes Airports Across The Region As Winds Reach Record Speeds On The Coast Tonight Again',
    ],
    ['a short line', 'Storm closes airports across the region'],
  ])('GIVEN %s ending the page after the body THEN it is no paragraph', (_name, line) => {
    expect(cleanPage([...BODY, line].join('\n\n')).paragraphs).toEqual(BODY);
  });

  test.each([
    ['All News | Politics | N.Korea', 'navigation'],
    ['한국어 | English | 中文 | 日本語 | Español', 'navigation'],
    ['Facebook · X · Instagram · YouTube', 'navigation'],
    ['Home > World > Asia', 'navigation'],
    ['May 17, 2023 | 10:02 AM GMT+9 | Updated 2 hours ago', 'dateline'],
    ['Posted on April 4, 2023 by Teresa Villanueva — 7 Comments', 'dateline'],
    ['Reading time: 5 minutes', 'counter'],
    ['Also on Archipelago Watch: What the shoal standoff tells us', 'related link'],
    ['Japan and Korea | A new partnership', 'short line'],
    ['Seoul says talks went well | Tokyo disagrees | Beijing is silent', 'short line'],
  ])('GIVEN the line %j above the article THEN its rule is %s', (line, rule) => {
    expect(
      cleanPage([line, 'Ministers agree new port deal', ...BODY].join('\n\n')).lines.find(
        (candidate) => candidate.text === line,
      )?.rule,
    ).toBe(rule);
  });

  test('GIVEN "Also on Tuesday: ..." opening a paragraph THEN it is prose, not a promo for another story', () => {
    const line = 'Also on Tuesday: the defence minister said the drills would go ahead as planned next week.';
    expect(
      cleanPage(['Ministers agree new port deal', BODY[0], line, ...BODY.slice(1)].join('\n\n')).paragraphs,
    ).toContain(line);
  });

  test.each([
    ['Commentary by Jane Roe', 'byline'],
    ['Analysis by Jane Roe and John Smith', 'byline'],
    ['Photos by Jane Roe', 'short line'],
    ['Backed by Washington, Tokyo agreed to the plan.', 'prose'],
  ])('GIVEN %j above the article THEN its rule is %s', (line, rule) => {
    expect(
      cleanPage(['Ministers agree new port deal', line, ...BODY].join('\n\n')).lines.find(
        (candidate) => candidate.text === line,
      )?.rule,
    ).toBe(rule);
  });
});

describe('the foot and the furniture of other kinds of pages', () => {
  test.each([
    [
      'wire credits of several parts',
      'Reporting by Kaori Enomoto in Tokyo and Lukas Brandt in Brussels; Additional reporting by Cho Hee-jin in Seoul and Wei Lan in Beijing; Editing by Martin Okafor and Helen Strand',
    ],
    [
      'an encyclopedia reference',
      '^ a b Morimoto, Ken (9 May 2023). "Tokyo office would have up to five staff". Kanto Herald.',
    ],
    ['an italic note on the writer', "*Miho Castellanos is The Lantern Review's security correspondent.*"],
    ['an e-mail’s subscription note', 'You are receiving this email because you subscribed to The Morning Parallel.'],
    [
      'a translation’s note on itself',
      'Translations are provided for convenience. In case of discrepancy, the Korean original prevails.',
    ],
  ])('GIVEN %s below the article THEN it is not coverage', (_what, line) => {
    expect(survives(line, 'bottom')).toBe(false);
  });

  test('GIVEN an italic sentence in the article that is no note on anyone THEN it stays', () => {
    expect(
      survives('*The talks resumed on Friday after a week of delays in the capital, officials said.*', 'bottom'),
    ).toBe(true);
  });

  test('GIVEN an "About" heading and a blurb saying what the publisher is THEN both are chrome; GIVEN an "About" subheading over reporting THEN it is the article', () => {
    const about = [
      ...BODY,
      '',
      'About the Asia-Atlantic Security Forum',
      'The Asia-Atlantic Security Forum (AASF) is an independent, non-partisan research institute founded in 2014.',
    ].join('\n');
    expect(cleanPage(about).paragraphs.some((paragraph) => paragraph.includes('non-partisan'))).toBe(false);
    const reporting = [
      BODY[0],
      '',
      'About the new agreement',
      'Officials said the text would be published next week, once both cabinets have approved the final wording.',
      '',
      BODY[1],
      BODY[2],
    ].join('\n');
    expect(cleanPage(reporting).paragraphs.some((paragraph) => paragraph.includes('published next week'))).toBe(true);
    // A section of the article that opens by saying what something is, with the article going on below it.
    const section = [
      BODY[0],
      '',
      'About the new agreement',
      'The agreement is a framework for port access that both cabinets still have to approve in full.',
      '',
      BODY[1],
      BODY[2],
    ].join('\n');
    expect(cleanPage(section).paragraphs.some((paragraph) => paragraph.includes('framework for port access'))).toBe(
      true,
    );
  });

  test('GIVEN text hard-wrapped at 80 columns THEN each paragraph is one paragraph again, centred headings apart', () => {
    const wrapped = [
      '          NEW SURVEY: MOST JAPANESE BACK A NATO OFFICE IN TOKYO, POLL FINDS',
      '',
      'TOKYO, June 27, 2023 – A majority of Japanese adults support the proposal to',
      'open a NATO liaison office in Tokyo, according to a survey released today by',
      'the Asia-Atlantic Security Forum, an independent research institute with',
      'offices in Tokyo and Brussels.',
      '',
      'In the survey, conducted online between June 2 and June 11, 2023, 58 percent',
      'of respondents in Japan said they supported the office, 27 percent opposed it',
      'and 15 percent said they did not know, according to the published tables.',
      '',
      'Only 21 percent of Japanese respondents expected the office to be approved at',
      'the NATO summit in Vilnius on July 11-12, the authors of the report said.',
    ].join('\n');
    const { paragraphs } = cleanPage(wrapped);
    expect(paragraphs).toHaveLength(3);
    expect(paragraphs[0]).toBe(
      'TOKYO, June 27, 2023 – A majority of Japanese adults support the proposal to open a NATO liaison office in Tokyo, according to a survey released today by the Asia-Atlantic Security Forum, an independent research institute with offices in Tokyo and Brussels.',
    );
  });
});

describe('a PDF turned into text', () => {
  const brief = [
    'Key points',
    '• The office would create no defence obligation for Japan and would not bring',
    '  Japan any closer to membership, which the treaty reserves for European states.',
    '• The most serious obstacle has come from inside the alliance: France has sig-',
    '  nalled that it will not agree to the plan before the summit in Vilnius.',
    '',
    'On 3 May 2023 the Japanese business daily Nikkei reported that the North At-',
    'lantic Treaty Organization intended to open a liaison office in Tokyo in 2024,',
    'its first such presence in Asia. The plan reflects what the authors call a well-',
    'known interest of the alliance in its partners in Asia and the Pacific region.',
  ].join('\n');

  test('GIVEN a list item wrapped with a hanging indent THEN it is one paragraph', () => {
    expect(cleanPage(brief).paragraphs).toContain(
      'The office would create no defence obligation for Japan and would not bring Japan any closer to membership, which the treaty reserves for European states.',
    );
  });

  test('GIVEN words broken over two lines THEN each is whole: without its hyphen when a word or its second part is none, with it when both parts are words', () => {
    const text = cleanPage(brief).paragraphs.join('\n');
    expect(text).toContain('France has signalled that');
    expect(text).toContain('the North Atlantic Treaty Organization');
    expect(text).toContain('a well-known interest');
  });
});

describe('a standfirst above the byline', () => {
  test('GIVEN a line of prose, then the byline, then the article THEN the article starts after the byline, and the byline’s date is the date', () => {
    const text = [
      'Ministers agree new port deal',
      '',
      'An agreement that adds little, and costs much, in what the neighbours will make of it.',
      '',
      'By Jane Doe | 29 June 2023 | Reading time: 9 minutes',
      '',
      ...BODY,
    ].join('\n');
    const cleaned = cleanPage(text);
    expect(cleaned.paragraphs[0]).toBe(BODY[0]);
    expect(extractMetadata(cleaned)).toMatchObject({ date: '2023-06-29', outlet: null });
  });

  test('GIVEN a byline further into the run (after three paragraphs) THEN nothing is cut', () => {
    const text = [BODY[0], BODY[1], BODY[2], 'By Jane Doe | 29 June 2023', BODY[0]].join('\n\n');
    expect(cleanPage(text).paragraphs[0]).toBe(BODY[0]);
  });
});

describe('a header run into the first paragraph, and sign-offs', () => {
  test('GIVEN the byline, date and photo credit on the line of the first paragraph THEN the paragraph starts after them and the byline and date are read', () => {
    const first = `MANILA — ${BODY[0]}`;
    const text = [
      'Ministers agree new port deal',
      '',
      `By Jane Doe, Diplomatic Correspondent | 12 July 2023 | Photo: Ana Ruiz / Harbour Post | ${first}`,
      '',
      BODY[1],
      BODY[2],
    ].join('\n');
    const cleaned = cleanPage(text);
    expect(cleaned.paragraphs[0]).toBe(first);
    expect(extractMetadata(cleaned)).toMatchObject({ date: '2023-07-12', byline: 'Jane Doe' });
  });

  test.each([
    ['a social follow prompt', 'Follow Manila Meridian on Facebook, X and Viber for the latest news.'],
    ['a paywall reminder', 'Reminder, this is a Premium article and requires a subscription to read.'],
    ['a sign-off', '*Thanks for reading. If you found this useful, follow us for weekly analysis of security.*'],
  ])('GIVEN %s below the article THEN it is not coverage', (_what, line) => {
    expect(survives(line, 'bottom')).toBe(false);
  });
});

describe('a chronology', () => {
  const entries = [
    [
      '## April {#apr}',
      '### 24-26 April 2023 — Military delegation visits Japan',
      `A delegation led by a general ${BODY[0]}`,
    ],
    ['## May {#may}', '### 3 May 2023 — Nikkei breaks the story', `Nikkei Asia reports that ${BODY[1]}`],
    ['', '### 15 May 2023 — Pyongyang weighs in', `North Korea's foreign ministry says ${BODY[2]}`],
  ];
  const page = ['# Timeline: how the plan unfolded', 'By Jane Roe | 13 July 2023', ...entries.flat()].join('\n\n');

  test('GIVEN dated headings each over an entry THEN each is a passage of its own and the section of its entry, not the page’s dateline', () => {
    const cleaned = cleanPage(page);
    expect(cleaned.paragraphs).toContain('3 May 2023 — Nikkei breaks the story');
    const entry = cleaned.paragraphs.findIndex((paragraph) => paragraph.startsWith('Nikkei Asia reports'));
    expect(cleaned.sections[entry]).toBe('3 May 2023 — Nikkei breaks the story');
    expect(extractMetadata(cleaned).date).toBe('2023-07-13');
  });

  test('GIVEN a markdown heading with an anchor ("## What next {#next}") THEN the anchor is no part of its text', () => {
    const cleaned = cleanPage([BODY[0], '## What next {#next}', BODY[1], BODY[2]].join('\n\n'));
    expect(cleaned.sections.filter(Boolean)).toEqual(['What next', 'What next']);
  });

  test('GIVEN a forum post’s date line ("Jun 8, 2023 · #2") over each post THEN it stays a date line, heading nothing', () => {
    const posts = BODY.flatMap((paragraph, i) => [`Jun ${8 + i}, 2023 · #${i + 1}`, paragraph]);
    const cleaned = cleanPage(posts.join('\n\n'));
    expect(cleaned.paragraphs.length).toBeGreaterThan(1);
    expect(cleaned.paragraphs.some((paragraph) => paragraph.startsWith('Jun'))).toBe(false);
    expect(cleaned.sections.every((section) => section === null)).toBe(true);
  });
});

describe('an end mark', () => {
  const story = [
    'Brussels, 5 May 2023 – The President of the Assembly today welcomed reports that NATO intends to open a liaison office in Tokyo, calling it a sensible step.',
    '"Security in the Euro-Atlantic area and in the Indo-Pacific can no longer be treated as two separate files," she said in a statement issued by her office.',
    'The Assembly noted that Japan had already strengthened its links with the Alliance by opening a separate diplomatic mission to NATO last year.',
  ];
  const notes = [
    'Notes to editors',
    '1. The Atlantic-Pacific Parliamentary Assembly brings together 214 legislators from 38 national parliaments and is independent of governments.',
  ];

  test.each(['###', '-30-', 'ENDS', '(END)'])(
    'GIVEN "%s" after a press release THEN the notes under it are not the story',
    (mark) => {
      const page = cleanPage([...story, mark, ...notes].join('\n\n'));
      expect(page.paragraphs).toHaveLength(3);
      expect(page.paragraphs.join(' ')).not.toContain('214 legislators');
    },
  );

  test('GIVEN a mark before most of the page’s prose THEN it ends nothing', () => {
    const page = cleanPage(['###', ...story].join('\n\n'));
    expect(page.paragraphs).toHaveLength(3);
  });
});

describe('a gallery’s counters', () => {
  test('GIVEN "1 / 9" over each photo’s caption THEN the counter is no subheading naming the captions under it', () => {
    const captions = [
      'Japanese Prime Minister Fumio Kishida is greeted by NATO Secretary General Jens Stoltenberg on arrival at the summit venue on Wednesday morning.',
      'Kishida and Stoltenberg exchange documents after signing a partnership programme that sets out cooperation in cyber defence and outer space.',
      'French President Emmanuel Macron speaks to reporters outside the venue after the Tokyo office was dropped from the summit text.',
    ];
    const page = cleanPage(captions.flatMap((caption, i) => [`${i + 1} / 9`, caption]).join('\n\n'));
    expect(page.paragraphs).toHaveLength(3);
    expect(page.sections).toEqual([null, null, null]);
  });
});

describe('a report whose record gives its headline as a field', () => {
  const page = [
    'MONITORING SERVICE | ASIA DESK',
    '',
    'SUMMARY: Regional daily says two navies have begun joint drills; quotes a fleet spokesman and a local academic.',
    '',
    '[Headline] Two navies begin joint drills in the Sea of Japan',
    '',
    '[Byline] Yelena Korsunskaya',
    '',
    'The joint exercise has begun in the Sea of Japan, the press service of the fleet announced on Thursday morning.',
    '',
    'More than ten warships and about thirty aircraft are taking part, including helicopters of both of the navies.',
    '',
    'The fleet spokesman said the main purpose of the drills was to strengthen the security of the sea lanes nearby.',
  ].join('\n');

  test('GIVEN a summary above "[Headline] ..." THEN the body starts below the field, without the summary', () => {
    const { paragraphs } = cleanPage(page);
    expect(paragraphs[0]).toMatch(/^The joint exercise/);
    expect(paragraphs.join(' ')).not.toContain('SUMMARY');
  });

  test('GIVEN the rule off THEN the summary is quoted as the first paragraph', () => {
    CLEANING_RULES.belowHeadlineField = false;
    try {
      expect(cleanPage(page).paragraphs[0]).toMatch(/^SUMMARY/);
    } finally {
      CLEANING_RULES.belowHeadlineField = true;
    }
  });
});

describe('a fact box of figures', () => {
  const box = [
    '> FACT BOX — BY THE NUMBERS',
    '> - Up to A$368 billion: estimated cost to Australia through 2055',
    '> - About 0.15%: share of GDP Australia expects to spend on the program each year',
    '> - 20,000: direct jobs Canberra says the program will create over 30 years',
  ].join('\n');
  const page = [BODY[0], box, BODY[1], '- Home', '- World', '- Opinion', BODY[2]].join('\n\n');

  test('GIVEN "figure: what it counts" items in the body THEN each is a paragraph, without its list mark', () => {
    const { paragraphs } = cleanPage(page);
    expect(paragraphs).toContain('Up to A$368 billion: estimated cost to Australia through 2055');
    expect(paragraphs).toContain('20,000: direct jobs Canberra says the program will create over 30 years');
    // A menu's items stay chrome, and so does the box's heading.
    expect(paragraphs.join(' ')).not.toMatch(/\bHome\b|FACT BOX/);
  });

  test('GIVEN the rule off THEN the figures are not quoted', () => {
    withRuleOff(CLEANING_RULES, 'quantityItems', () =>
      expect(cleanPage(page).paragraphs.join(' ')).not.toContain('A$368 billion'),
    );
  });
});

describe('lines outside the article', () => {
  const page = [
    'Menu',
    '- Home',
    '- World',
    BODY[0],
    BODY[1],
    BODY[2],
    'Related news',
    '- [Putin warns Europe on militarization, calls Gaza war a tragedy](https://example.test/putin)',
    '- [Hamas responds to the plan and backs a withdrawal](https://example.test/hamas)',
  ].join('\n\n');

  test('GIVEN related stories below the article THEN their headlines are its asides, never its paragraphs', () => {
    const { asides, paragraphs } = cleanPage(page);
    expect(asides).toContain('Putin warns Europe on militarization, calls Gaza war a tragedy');
    expect(paragraphs.join(' ')).not.toContain('Putin');
    // A menu's one-word items say nothing a question could be about.
    expect(asides).not.toContain('Home');
  });
});

describe('lines outside the article, bounded', () => {
  test('GIVEN a long block of chrome (a consent notice) THEN it is no aside; a headline is', () => {
    const notice = `We and our ${'partners use cookies and similar technologies to store and access information on your device '.repeat(5)}`;
    const page = [
      BODY[0],
      BODY[1],
      BODY[2],
      'Related news',
      '- [North Korea fires two missiles into the sea](https://example.test/a)',
      notice,
    ].join('\n\n');
    const { asides } = cleanPage(page);
    expect(asides).toContain('North Korea fires two missiles into the sea');
    expect(asides.every((line) => line.split(/\s+/).length <= 40)).toBe(true);
  });
});

describe('cleanPage: a story told in its captions', () => {
  const CAPTIONS = [
    'Sailors monitor a sonar console during an anti-submarine drill. The three navies tracked a simulated submarine for more than nine hours, a US officer said. (PPW Photo/Seo Ha-rin)',
    'Protesters hold signs outside the naval base in Busan on June 27. About 200 people joined the rally, organised by civic groups who feared a clash. (PPW Photo/Seo Ha-rin)',
    'A Japanese liaison officer watches a jet fly past the carrier. He said Tokyo hoped the drill would become an annual event with both partners. (PPW Photo/Kenji Amamoto)',
  ];
  const pictured = (captions: readonly string[]) =>
    [
      'Freedom Edge: three navies and a message',
      BODY[0],
      ...captions.flatMap((caption, i) => [`**${i + 1} / ${captions.length}**`, `![Picture ${i + 1}](#)`, caption]),
      'More galleries',
    ].join('\n\n');

  test('GIVEN a gallery whose captions outnumber its text THEN each is a paragraph and still a caption, and only a caption with the rule off', () => {
    const cleaned = cleanPage(pictured(CAPTIONS));
    expect(cleaned.paragraphs).toEqual([BODY[0], ...CAPTIONS]);
    expect(cleaned.captions).toEqual(expect.arrayContaining(CAPTIONS));
    withRuleOff(CLEANING_RULES, 'galleryCaptions', () =>
      expect(cleanPage(pictured(CAPTIONS)).paragraphs).toEqual([BODY[0]]),
    );
  });

  test('GIVEN a story with more text than its long captions THEN they stay captions only', () => {
    const moreText = ['Monday', 'Wednesday', 'Thursday'].flatMap((day) => BODY.map((p) => p.replace('Tuesday', day)));
    const story = [pictured(CAPTIONS), ...moreText].join('\n\n');
    const cleaned = cleanPage(story);
    expect(cleaned.paragraphs).not.toContain(CAPTIONS[0]);
    expect(cleaned.paragraphs).toContain(moreText[0]);
  });
});

describe('a labelled ticker on one line', () => {
  const ticker =
    'TERKINI: Rupiah closes at 14,870 per US dollar as Bank Indonesia holds rates · Jakarta air quality rated unhealthy for third straight day · Garuda Indonesia adds Jakarta-Tokyo Haneda flights from July';

  test.each([
    // A label and three headlines set apart by dots.
    ['labelledTickers', ticker],
    // The label set apart by a bar as its headlines are.
    [
      'barredTickerLabels',
      'Breaking news | Protesters block the coastal highway as parliament debates the budget | Currency strengthens against the dollar | Heat wave: temperatures to reach 40°C on Thursday',
    ],
  ] as const)(
    'GIVEN a ticker above the article (%s) THEN none of it is body, and it is with the rule off',
    (rule, line) => {
      const page = [line, '# ASEAN wary as NATO eyes Tokyo foothold', ...BODY].join('\n\n');
      expect(cleanPage(page).paragraphs).toEqual(BODY);
      withRuleOff(CLEANING_RULES, rule, () => expect(cleanPage(page).paragraphs[0]).toBe(line));
    },
  );

  test('GIVEN a market bar ("TAIEX 17,236.45 ▲ 84.12 | ...") above the article THEN it is chrome, and not with the rule off', () => {
    const bar =
      'TAIEX 17,236.45 ▲ 84.12 (0.49%) | OTC 226.18 ▼ 0.93 | NT$/US$ 31.052 | Gold (NT$/g) 1,975 | Data delayed 20 minutes';
    const page = [bar, '# ASEAN wary as NATO eyes Tokyo foothold', ...BODY].join('\n\n');
    const barLine = () => cleanPage(page).lines.find((line) => line.text.startsWith('TAIEX'));
    expect(cleanPage(page).paragraphs).toEqual(BODY);
    expect(barLine()?.kind).toBe('boilerplate');
    withRuleOff(CLEANING_RULES, 'figureTickers', () => expect(barLine()?.kind).not.toBe('boilerplate'));
  });

  test.each([
    'Posted: June 12, 2023 | 5 min read | 3 comments',
    'Japan will spend 43 trillion yen over five years | The office would have 1 staff member | All 31 members must agree',
  ])('GIVEN "%s" (a dated line, or sentences with figures) THEN it is no figure ticker', (line) => {
    const lines = cleanPage([line, ...BODY].join('\n\n')).lines;
    expect(lines.find((candidate) => candidate.text.startsWith(line.slice(0, 10)))?.rule).not.toBe('figure ticker');
  });

  test.each([
    // The story's own dated line, its parts short: a dateline.
    'Posted: June 12, 2023 | By Jane Doe | 5 min read',
    'Tokyo | Staff reporter | June 12, 2023 | 5 min read',
    // Sentences set apart by bars: a paragraph.
    'Key points: The office would be small. | It would be the first in Asia. | France has doubts about it.',
  ])('GIVEN "%s" THEN it is no ticker', (line) => {
    const lines = cleanPage([line, ...BODY].join('\n\n')).lines;
    expect(lines.find((candidate) => candidate.text.startsWith(line.slice(0, 10)))?.rule).not.toBe('labelled ticker');
  });
});
