import { describe, expect, test } from 'vitest';
import { cleanPage } from '../../src/corpus/cleanPage.ts';
import { headingInTitle, htmlToText } from '../../src/corpus/htmlToText.ts';

const PARAGRAPHS = [
  'KANAZAWA -- The harbour authority said on Thursday that the new container terminal would open in the spring, two years later than planned.',
  'Officials told reporters at the port that the delay had added about a fifth to the cost of the project, which the prefecture pays for.',
  'The mayor said the city would press for compensation from the contractors, and that the terminal would still double capacity.',
  'Unions at the port welcomed the news but warned that the new cranes would need fewer workers, and asked for guarantees on jobs.',
];

/** A page laid out in tables as sites were in the 2000s: no <h1>, the site's name first in the <title>, a date bar. */
const TABLE_PAGE = `<html><head><title>Harbour Coast Gazette English Edition - Terminal to open in spring</title></head>
<body><table><tr><td colspan="2"><img alt="Harbour Gazette English Edition"> Japanese | English</td></tr>
<tr><td colspan="2"><font size="1">Friday, May 12, 2023 | Updated 15:42 JST | RSS</font></td></tr>
<tr><td><a href="/">Home</a><br><a href="/local/">Local</a></td><td>
<h2>Terminal to open in spring; dock unions uneasy</h2>
${PARAGRAPHS.map((paragraph) => `<p><font size="2">${paragraph}</font></p>`).join('\n')}
</td></tr></table></body></html>`;

describe('a page laid out in tables', () => {
  test('GIVEN no <h1> and the site named first in the <title> THEN the <h2> the title’s other part opens is the headline', () => {
    expect(htmlToText(TABLE_PAGE).stated.title).toBe('Terminal to open in spring; dock unions uneasy');
  });

  test('GIVEN no date stated but a date bar above the headline THEN the page is dated by it', () => {
    expect(htmlToText(TABLE_PAGE).stated.date).toBe('2023-05-12');
  });

  test('GIVEN a date printed only below the headline THEN it is no date bar', () => {
    const below = TABLE_PAGE.replace('Friday, May 12, 2023 | ', '').replace(
      '</td></tr></table>',
      '<p>Other stories: Ferry fares rise, May 3, 2023</p></td></tr></table>',
    );
    expect(htmlToText(below).stated.date ?? null).toBeNull();
  });
});

describe('headingInTitle', () => {
  test.each([
    ['the site first', 'Harbour Gazette - Terminal to open in spring', 'Terminal to open in spring; unions uneasy'],
    ['the site last', 'Terminal to open in spring | Harbour Gazette', 'Terminal to open in spring'],
  ])('GIVEN a title with %s THEN the heading its headline part opens', (_, title, heading) => {
    expect(headingInTitle(title, ['Most read', heading])).toBe(heading);
  });

  test('GIVEN a heading that is only the site’s name THEN none', () => {
    expect(headingInTitle('Terminal to open in spring | Harbour Gazette', ['Harbour Gazette'])).toBeNull();
  });
});

describe('reader comments', () => {
  const page = (comments: string[]) =>
    [...PARAGRAPHS, 'Other stories', ...comments, 'Comments are moderated and may take up to 24 hours to appear.'].join(
      '\n\n',
    );

  test('GIVEN a thread of comments under the article THEN none of it is body', () => {
    const { paragraphs } = cleanPage(
      page([
        'dock_worker wrote at 16:02: I work at the port and we lived through exactly what the unions describe in this article.',
        'K. Morita wrote at 17:25: The mayor is right that the terminal will double capacity, and the city needs the jobs it brings.',
        'Yoshiko (Wajima) says: Our brewery ships more through this port every year. Please keep calm and keep it running.',
      ]),
    );
    expect(paragraphs).toEqual(PARAGRAPHS);
  });

  test('GIVEN headers on lines of their own THEN the text under each is a comment too', () => {
    const { paragraphs } = cleanPage(
      page([
        'dock_worker wrote on 12 May 2023, 16:02:',
        'I work at the port and we lived through exactly what the unions describe in this article.',
        'K. Morita wrote on 12 May 2023, 17:25:',
        'The mayor is right that the terminal will double capacity, and the city needs the jobs it brings.',
      ]),
    );
    expect(paragraphs).toEqual(PARAGRAPHS);
  });
});
