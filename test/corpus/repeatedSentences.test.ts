import { describe, expect, test } from 'vitest';
import { cleanPage } from '../../src/corpus/cleanPage.ts';

const PARAGRAPHS = [
  'The harbour authority said on Monday that the new container terminal would open in the spring, two years later than planned. The final contract does not mention the northern quay at all, officials said.',
  'Officials told reporters at the port that the delay had added about a fifth to the cost of the project, which the regional government and a consortium of shipping companies pay for between them.',
  'The mayor said the city would press for compensation from the contractors, and that the terminal would still double the number of ships the harbour can handle once it is running at full capacity.',
];

describe('a sentence the page shows twice', () => {
  test.each([
    ['a pull quote set between paragraphs', '“The final contract does not mention the northern quay at all.”'],
    ['a reader app’s highlight', '> The final contract does not mention the northern quay at all.'],
  ])('GIVEN %s THEN it is no passage, and the paragraph that holds it stays', (_, repeat) => {
    const page = [PARAGRAPHS[0], repeat, PARAGRAPHS[1], PARAGRAPHS[2]].join('\n\n');
    expect(cleanPage(page).paragraphs).toEqual(PARAGRAPHS);
  });

  test('GIVEN a pull quote right above a subheading THEN the subheading still heads the paragraphs under it', () => {
    const page = [
      PARAGRAPHS[0],
      '“The final contract does not mention the northern quay at all.”',
      'Costs and delays',
      PARAGRAPHS[1],
      PARAGRAPHS[2],
    ].join('\n\n');
    expect(cleanPage(page).sections).toEqual([null, 'Costs and delays', 'Costs and delays']);
  });

  test('GIVEN a short paragraph the others do not hold THEN it stays', () => {
    const own = 'Unions at the port welcomed the news but asked for guarantees on jobs.';
    const page = [PARAGRAPHS[0], own, PARAGRAPHS[1], PARAGRAPHS[2]].join('\n\n');
    expect(cleanPage(page).paragraphs).toContain(own);
  });
});
