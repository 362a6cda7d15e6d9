import { describe, expect, test } from 'vitest';
import { cleanPage } from '../../src/corpus/cleanPage.ts';
import { readEmailHeaders } from '../../src/corpus/emailHeaders.ts';
import { extractMetadata } from '../../src/corpus/extractMetadata.ts';
import { parseFrontMatter } from '../../src/corpus/frontMatter.ts';
import { mainRuledBlock, RULED_BLOCK_RULES } from '../../src/corpus/ruledBlocks.ts';

/** A paragraph hard-wrapped at 72 characters, as a plain-text mail is. */
function wrapped(text: string, width = 72): string {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(' ')) {
    if (line && line.length + 1 + word.length > width) {
      lines.push(line);
      line = word;
    } else line = line ? `${line} ${word}` : word;
  }
  return [...lines, line].join('\n');
}

const PARAGRAPHS = [
  'The harbour authority said on Monday that the new container terminal would open in the spring, two years later than planned, after a dispute over dredging contracts delayed the work on the quay walls.',
  'Officials told reporters at the port that the delay had added about a fifth to the cost of the project, which is paid for by the regional government and a consortium of shipping companies from three countries.',
  'The mayor said the city would press for compensation from the contractors, and that the terminal would still double the number of ships the harbour can handle once it is running at full capacity next year.',
  'Shipping lines have already booked slots at the new quay for the summer, the authority said, and two of them plan to move their feeder services from a rival port along the coast once the cranes are working.',
  'Environmental groups said they would keep watching the dredging closely, after sediment from the first phase of the work was found to have spread further along the estuary than the permits allowed.',
  'Unions at the port welcomed the news but warned that the new cranes would need fewer workers, and asked the authority to guarantee that no dock jobs would be cut before the terminal reaches full capacity.',
];

const HEADERS = [
  'Return-Path: <bounce-12@mail.example.net>',
  'Received: from mail.example.net (mail.example.net [192.0.2.1])',
  '        by mx.example.org with ESMTPS id 4QRt2b0kz9z1',
  '        for <reader@example.org>; Mon, 6 Mar 2023 06:03:19 +0000 (UTC)',
  'From: "Feed Digest" <digest@example.net>',
  'To: reader@example.org',
  'Subject: [Digest] The Harbour Gazette: New terminal to open in spring',
  'Date: Mon, 6 Mar 2023 06:03:17 +0000',
  'Message-ID: <20230306060317@example.net>',
  'MIME-Version: 1.0',
];

describe('readEmailHeaders', () => {
  test('GIVEN a message saved with its delivery headers THEN they are cut, what a mail program shows is kept, and the subject is the title', () => {
    const read = readEmailHeaders([...HEADERS, '', 'New terminal to open in spring', '', PARAGRAPHS[0]].join('\n'));
    expect(read?.body).not.toContain('Received:');
    expect(read?.body).not.toContain('ESMTPS');
    expect(read?.body).toContain('From: "Feed Digest" <digest@example.net>');
    // The subject's tail is a line the body prints: that line is the headline, not the list tag and feed name.
    expect(read?.stated.title).toBe('New terminal to open in spring');
  });

  test('GIVEN a subject the body does not print THEN it is the title without its reply mark and list tag', () => {
    const read = readEmailHeaders(
      ['From: a@example.org', 'To: b@example.org', 'Subject: Re: [News] Port talks', '', 'Hi.'].join('\n'),
    );
    expect(read?.stated.title).toBe('Port talks');
  });

  test('GIVEN a quoted-printable body THEN its soft line breaks and escaped bytes are decoded', () => {
    const read = readEmailHeaders(
      [
        'From: a@example.org',
        'Subject: x',
        'Date: Mon, 6 Mar 2023',
        'Content-Transfer-Encoding: quoted-printable',
        '',
        'The port=E2=80=99s terminal is ne=',
        'arly done.',
      ].join('\n'),
    );
    expect(read?.body).toContain('The port’s terminal is nearly done.');
  });

  test('GIVEN a multipart message with an encoded subject THEN its plain-text part is the body, decoded, and the subject reads as words', () => {
    const read = readEmailHeaders(
      [
        'From: =?UTF-8?Q?Harbour_Gazette_=E2=80=94_Brief?= <brief@example.net>',
        'To: reader@example.org',
        'Subject: =?UTF-8?Q?Terminal_to_open_in_spring_=E2=80=94_two_years_late?=',
        'Date: Mon, 6 Mar 2023 06:03:17 +0000',
        'Content-Type: multipart/alternative; boundary="----=_Part_1"',
        '',
        '------=_Part_1',
        'Content-Type: text/plain; charset=UTF-8',
        'Content-Transfer-Encoding: quoted-printable',
        '',
        'The port=E2=80=99s terminal is ne=',
        'arly done.',
        '------=_Part_1',
        'Content-Type: text/html; charset=UTF-8',
        'Content-Transfer-Encoding: base64',
        '',
        Buffer.from('<p>The port&rsquo;s terminal</p>').toString('base64'),
        '------=_Part_1--',
      ].join('\n'),
    );
    expect(read?.stated.title).toBe('Terminal to open in spring — two years late');
    expect(read?.body).toContain('From: Harbour Gazette — Brief <brief@example.net>');
    expect(read?.body).toContain('The port’s terminal is nearly done.');
    expect(read?.body).not.toMatch(/Content-Type|_Part_1|<p>/);
  });

  test('GIVEN an alternative nested in a mixed message, its boundary on a folded line, and a Latin-1 subject THEN the base64 plain text is the body', () => {
    const read = readEmailHeaders(
      [
        'From: a@example.org',
        'To: b@example.org',
        'Subject: =?ISO-8859-1?Q?Caf=E9_talks?=',
        'Date: Mon, 6 Mar 2023',
        'Content-Type: multipart/mixed;',
        ' boundary="outer"',
        '',
        '--outer',
        'Content-Type: multipart/alternative;',
        '  boundary="inner"',
        '',
        '--inner',
        'Content-Type: text/plain; charset=UTF-8',
        'Content-Transfer-Encoding: base64',
        '',
        Buffer.from('The port reopened on Monday.').toString('base64'),
        '--inner',
        'Content-Type: text/html',
        '',
        '<p>The port</p>',
        '--inner--',
        '--outer--',
      ].join('\n'),
    );
    expect(read?.stated.title).toBe('Café talks');
    expect(read?.body.endsWith('\n\nThe port reopened on Monday.')).toBe(true);
  });

  test.each([
    ['"Label: value" lines that are not a message', 'Tags: ports, trade\nSection: Business\n\nThe port reopened.'],
    ['a page with no header', PARAGRAPHS[0] ?? ''],
  ])('GIVEN %s THEN it is not read as a message', (_, text) => {
    expect(readEmailHeaders(text)).toBeNull();
  });
});

describe('a plain-text mail digest', () => {
  const RULE = '='.repeat(72);
  const DASH = '-'.repeat(72);
  const mail = [
    ...HEADERS,
    '',
    'Feed Digest -- your feeds, delivered every morning.',
    '',
    RULE,
    'THE HARBOUR GAZETTE',
    RULE,
    '',
    'New terminal to open in spring',
    '',
    'By Ada Lind | Published: 5 March 2023 | Categories: Ports',
    'Link: https://harbourgazette.example/2023/03/05/terminal',
    '',
    DASH,
    '',
    ...PARAGRAPHS.flatMap((paragraph) => [wrapped(paragraph), '']),
    DASH,
    'Read on the web: https://harbourgazette.example/2023/03/05/terminal-opens-in-spring-after-dredging-dispute',
    'The Harbour Gazette is supported by readers. Become a supporter for 4 euros a month at harbourgazette.example/support.',
    '',
    RULE,
    'ALSO NEW IN YOUR FEEDS',
    RULE,
    '',
    '* River Post -- Barge operators on the upper river report the lowest water levels for a decade after a dry winter.',
    '  https://riverpost.example/2023/03/05/low-water',
    '',
    '* Coast Daily -- A storm surge floods the promenade for the second time this month and the council calls an emergency meeting.',
    '  https://coastdaily.example/2023/03/04/surge',
    '',
    RULE,
    'You can change how often you get this digest or pause it at any time.',
  ].join('\n');

  test('GIVEN a body wrapped at 72 among longer unwrapped lines THEN each paragraph is one line again', () => {
    const { body } = parseFrontMatter(mail);
    const page = cleanPage(body);
    expect(page.paragraphs.slice(0, PARAGRAPHS.length)).toEqual(PARAGRAPHS);
  });

  test('GIVEN the article ruled off from the digest around it THEN the supporter note and other feeds are no part of it', () => {
    const { body } = parseFrontMatter(mail);
    const page = cleanPage(body);
    expect(page.paragraphs).toHaveLength(PARAGRAPHS.length);
    expect(page.paragraphs.join(' ')).not.toMatch(/supported by readers|Barge operators|storm surge/);
  });

  test('GIVEN a byline as the first part of a dated line THEN the writer and the printed date are read, not the delivery date', () => {
    const { body, stated } = parseFrontMatter(mail);
    const meta = extractMetadata(cleanPage(body), stated);
    expect(meta).toMatchObject({ title: 'New terminal to open in spring', byline: 'Ada Lind', date: '2023-03-05' });
  });
});

describe('mainRuledBlock', () => {
  const rule = '-'.repeat(40);
  test('GIVEN one block between rules holding most prose words THEN that block', () => {
    expect(mainRuledBlock(['head', rule, 'a', 'b', rule, 'foot'], [2, 0, 40, 40, 0, 5])).toEqual([2, 3]);
  });

  test.each([
    ['the prose spread over blocks (an e-paper’s pages, each with part of a story)', [0, 0, 40, 0, 0, 35]],
    ['a short thematic break only', null],
  ])('GIVEN %s THEN no block', (_, words) => {
    const raws = words ? ['x', rule, 'a', rule, 'b', 'c'] : ['a', '---', 'b', '---', 'c', 'd'];
    expect(mainRuledBlock(raws, words ?? [10, 0, 10, 0, 10, 10])).toBeNull();
  });

  describe('GIVEN a box ruled off inside the article (council notices between its lede and the rest)', () => {
    const raws = ['masthead', 'lede', rule, 'PUBLIC NOTICES', 'a notice', rule, 'more', 'the rest'];
    const words = [3, 60, 0, 0, 4, 0, 150, 150];
    test('THEN the rules box an inset and bound no block: the lede is not cut off', () => {
      expect(mainRuledBlock(raws, words)).toBeNull();
    });
    test('THEN with the rule off the block after the box is taken for the article', () => {
      RULED_BLOCK_RULES.insetBoxes = false;
      try {
        expect(mainRuledBlock(raws, words)).toEqual([6, 7]);
      } finally {
        RULED_BLOCK_RULES.insetBoxes = true;
      }
    });
    test('THEN a mail digest whose masthead holds little prose keeps its article between the rules', () => {
      expect(
        mainRuledBlock(['masthead', rule, 'a', 'b', rule, 'sponsor', rule, 'foot'], [20, 0, 200, 200, 0, 5, 0, 20]),
      ).toEqual([2, 3]);
    });
  });

  test('GIVEN a page whose lede comes before a ruled notices box THEN the lede and the rest are both its paragraphs', () => {
    const page = [
      'The Harbour Standard',
      'News | Politics | Sport | Notices',
      'Port delay adds a fifth to terminal cost',
      'By Ada Lind',
      ...PARAGRAPHS.slice(0, 2).flatMap((paragraph) => ['', paragraph]),
      '',
      '-'.repeat(60),
      'PUBLIC NOTICES',
      'Harbour Council – Temporary Traffic Regulation Order: Quay Road (part), footway closure 22 May to 9 June',
      'Coast Council – Planning application TP/23/0187: erection of single-storey extension, 6 Dune Road',
      '[View all notices](#) | [Place a notice](#)',
      '-'.repeat(60),
      ...PARAGRAPHS.slice(2).flatMap((paragraph) => ['', paragraph]),
      // More of the article after the box than before it, as when the box sits under the lede.
      ...PARAGRAPHS.slice(0, 5)
        .map((paragraph) => paragraph.replace('harbour', 'river port'))
        .flatMap((paragraph) => ['', paragraph]),
    ].join('\n');
    const paragraphs = cleanPage(page).paragraphs;
    expect(paragraphs[0]).toBe(PARAGRAPHS[0]);
    expect(paragraphs).toContain(PARAGRAPHS[2]);
    expect(paragraphs.join('\n')).not.toMatch(/Traffic Regulation|Planning application/);
  });
});
