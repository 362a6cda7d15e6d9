import { describe, expect, test } from 'vitest';
import { checkArticleFile } from '../../src/corpus/addArticle.ts';

describe('checkArticleFile', () => {
  test.each([
    ['article.pdf', 'A .pdf file cannot be added'],
    ['note.`\n@everyone', 'A "'],
  ])('GIVEN an upload named %j THEN it is refused, the extension shown as one line of plain text', (name, start) => {
    const checked = checkArticleFile(name, 100, 1000);
    expect('refused' in checked).toBe(true);
    const refused = 'refused' in checked ? checked.refused : '';
    expect(refused.startsWith(start)).toBe(true);
    expect(refused).not.toMatch(/[\n`]/);
  });

  test('GIVEN an accepted extension THEN it is returned', () => {
    expect(checkArticleFile('article.HTML', 100, 1000)).toEqual({ extension: '.html' });
  });
});
