import { describe, expect, test } from 'vitest';
import { cleanPage } from '../../src/corpus/cleanPage.ts';
import { extractMetadata } from '../../src/corpus/extractMetadata.ts';
import { printedDate } from '../../src/corpus/parseDate.ts';

const BODY = [
  'The Russian embassy in Riga said in a statement on Wednesday evening that the new port agreement was part of an effort to drag the region into confrontation.',
  'Speaking to reporters at the port, the prime minister said the security of the coast and of the shipping lanes could not be separated, and promised more patrols.',
  'Riga officials said the harbour would stay open throughout the talks, with extra checks on cargo arriving from outside the European Union.',
  'Asked whether the agreement had been discussed with neighbours, a senior official said the question remained open but that no decision was expected this year.',
];

describe('a news agency page', () => {
  const page = (dateline: string) =>
    [
      'BALTPRESS | Baltic News Agency',
      '',
      'Port agreement signed; neighbours not consulted',
      '',
      dateline,
      'Author: Ilze Ozola, BALTPRESS correspondent',
      '',
      ...BODY.flatMap((paragraph) => [paragraph, '']),
      'All rights to BALTPRESS materials are protected. Copying is permitted only with a hyperlink to BALTPRESS.',
      '(c) 2001-2023 BALTPRESS, Riga.',
    ].join('\n');

  test('GIVEN a dated line naming the place then the agency THEN the agency its own lines name is the outlet, not the place', () => {
    expect(extractMetadata(cleanPage(page('Riga, 12.07.2023 | BALTPRESS | Updated 19:05'))).outlet).toBe('BALTPRESS');
  });

  test('GIVEN a publisher’s dateline in one part THEN that publisher', () => {
    expect(extractMetadata(cleanPage(page('Harbour Review, July 12, 2023'))).outlet).toBe('Harbour Review');
  });
});

describe('printedDate', () => {
  test.each([
    ['Posted : 2023-05-07 21:32   Updated : 2023-05-08 07:50', '2023-05-07 21:32'],
    ['Published 16 May 2023 12:37 BST', '16 May 2023 12:37 BST'],
  ])('GIVEN %s THEN %s (a time zone is a word of its own)', (line, printed) => {
    expect(printedDate(line)).toBe(printed);
  });
});
