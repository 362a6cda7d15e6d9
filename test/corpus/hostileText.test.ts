// Text shaped to stall a backtracking pattern or a quadratic loop (issue 11, items 7 to 9, and the line cleaning
// that every seed goes through before them). Each input is far
// larger than the one the red-team pass reported, so a quadratic step would not finish within the test's
// timeout; what is asserted is the output's shape, never a time.

import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { findQuotes, sentenceSpans, type Quote } from '../../src/attribution/quotes.ts';
import { matchesPhrase, CHROME_PHRASES } from '../../src/corpus/boilerplatePatterns.ts';
import { parseFrontMatter } from '../../src/corpus/frontMatter.ts';
import { namesSpokenTo, repetitionKey } from '../../src/corpus/lineShape.ts';
import { buildCorpus } from '../../src/corpus/loadCorpus.ts';
import { linkDensity, stripMarkdown, wordCount } from '../../src/corpus/normalizeText.ts';
import { PASSAGE_MAX_CHARS, passagesOf } from '../../src/corpus/passagesOf.ts';
import { sentenceBounds, splitSentences } from '../../src/corpus/splitSentences.ts';

describe('parseFrontMatter', () => {
  test('GIVEN a value with two million spaces inside and around it THEN it is read, trimmed, its spaces one, and the body follows', () => {
    const spaces = ' '.repeat(2_000_000);
    const { body, stated } = parseFrontMatter(
      `---\ntitle:${spaces}Port${spaces}deal${spaces}\noutlet: Harbour Gazette\n---\nThe body.`,
    );
    expect(stated.title).toBe('Port deal');
    expect(stated.outlet).toBe('Harbour Gazette');
    expect(body).toBe('The body.');
  });

  test('GIVEN a date value padded with a million spaces THEN the date is still read', () => {
    expect(
      parseFrontMatter(`---\ndate: ${' '.repeat(1_000_000)}2024-03-04${' '.repeat(1_000_000)}\n---\nx`).stated.date,
    ).toBe('2024-03-04');
  });

  test.each([
    ['a key with nothing after it', 'title:   ', {}],
    ['a key named like an inherited member', 'constructor: x', {}],
    ['quotes around the value', 'title: "Port deal"', { title: 'Port deal' }],
    ['spaces around the colon', '  Outlet  :  Example Wire  ', { outlet: 'Example Wire' }],
  ])('GIVEN %s THEN it states %j', (_name, line, stated) => {
    expect(parseFrontMatter(`---\n${line}\n---\nbody`).stated).toEqual(stated);
  });
});

describe('splitSentences', () => {
  test('GIVEN 3 MB of initials ("J. K. ...") THEN it is one sentence: no initial ends one', () => {
    const text = 'J. K. '.repeat(500_000);
    expect(splitSentences(text)).toEqual([text.trim()]);
  });

  test('GIVEN 2 MB of full stops THEN they are one sentence, and a capital after them starts another', () => {
    const dots = '.'.repeat(2_000_000);
    expect(splitSentences(dots)).toEqual([dots]);
    expect(splitSentences(`${dots} After`)).toEqual([dots, 'After']);
  });

  test('GIVEN 125,000 sentences with abbreviations and closing quotes THEN each is one sentence, as written', () => {
    const sentence = 'Talks resume on Jan. 5, Mr. Smith said in the U.S. capital.” ';
    expect(new Set(splitSentences(sentence.repeat(125_000)))).toEqual(new Set([sentence.trim()]));
    expect(splitSentences(sentence.repeat(125_000))).toHaveLength(125_000);
  });

  test('GIVEN any text THEN the sentences are the text in order, trimmed, with only spaces between them', () => {
    const pieces = [
      '.',
      '. ',
      '!',
      '?',
      '…',
      '"',
      '”',
      '’',
      ')',
      ' ',
      '\n',
      'A',
      'a',
      'J',
      'U.S',
      'Mr',
      '5',
      '“',
      '(',
      '𝐀',
      'É',
      '\u00a0',
    ];
    fc.assert(
      fc.property(
        fc.array(fc.constantFrom(...pieces), { maxLength: 40 }).map((parts) => parts.join('')),
        (text) => {
          const bounds = sentenceBounds(text);
          let cursor = 0;
          for (const { start, end } of bounds) {
            expect(text.slice(cursor, start).trim()).toBe('');
            expect(end).toBeGreaterThan(start);
            expect(text.slice(start, end)).toBe(text.slice(start, end).trim());
            cursor = end;
          }
          expect(text.slice(cursor).trim()).toBe('');
          expect(splitSentences(text)).toEqual(bounds.map(({ start, end }) => text.slice(start, end)));
        },
      ),
    );
  });
});

describe('sentenceSpans', () => {
  test('GIVEN 100,000 sentences that each quote two THEN each is one span: the boundary inside its quotation does not split it', () => {
    const unit = '“A. B,” he said. ';
    const [quote] = findQuotes(unit) as [Quote];
    const count = 100_000;
    // The quotations of the long text are those of one unit, shifted: findQuotes itself is not what is tested.
    const quotes = Array.from({ length: count }, (_, index) => {
      const shift = index * unit.length;
      return {
        ...quote,
        open: quote.open + shift,
        close: quote.close + shift,
        start: quote.start + shift,
        end: quote.end + shift,
      };
    });
    const spans = sentenceSpans(unit.repeat(count), quotes);
    expect(spans).toHaveLength(count);
    expect(spans.at(-1)).toEqual({ start: (count - 1) * unit.length, end: count * unit.length - 1 });
  });
});

/** A text that starts with the second half of a surrogate pair or ends with the first. */
const SPLIT_PAIR = /^[\udc00-\udfff]|[\ud800-\udbff]$/;

describe('passagesOf', () => {
  const texts = (paragraph: string) =>
    passagesOf('a', ['Short.', paragraph])
      .slice(1)
      .map((passage) => passage.text);

  test('GIVEN a 16 KB paragraph with no sentence break THEN it is split at its words into numbered parts of at most the maximum, every word kept in order', () => {
    const paragraph = Array.from(
      { length: 330 },
      (_, index) => `and the alliance said that office ${index} would open`,
    ).join(' ');
    const passages = passagesOf('a', ['Short.', paragraph]);
    expect(passages.map((passage) => passage.id).slice(0, 3)).toEqual(['a#p1', 'a#p2.1', 'a#p2.2']);
    expect(
      passages.slice(1).every((passage) => passage.paragraph === 2 && passage.text.length <= PASSAGE_MAX_CHARS),
    ).toBe(true);
    expect(
      passages
        .slice(1)
        .map((passage) => passage.text)
        .join(' '),
    ).toBe(paragraph);
  });

  test('GIVEN a sentence too long for one passage that has clauses THEN it is split after its commas and before its dashes', () => {
    const clauses = Array.from(
      { length: 40 },
      (_, index) => `the ministers of country number ${index} signed the plan`,
    );
    const sentence = `${clauses.join(', ')} — and nobody objected, the chair said, when the talks had ended.`;
    const parts = texts(sentence);
    expect(parts.length).toBeGreaterThan(2);
    // Every cut is after a comma or before the dash.
    expect(parts.slice(0, -1).every((part, index) => part.endsWith(',') || parts[index + 1]?.startsWith('—'))).toBe(
      true,
    );
    expect(parts.join(' ')).toBe(sentence);
  });

  test('GIVEN a 5 MB paragraph on one line THEN no passage is longer than the maximum and every word is kept', () => {
    const paragraph = 'word '.repeat(1_000_000).trim();
    const parts = texts(paragraph);
    expect(Math.max(...parts.map((part) => part.length))).toBeLessThanOrEqual(PASSAGE_MAX_CHARS);
    expect(parts.join(' ')).toBe(paragraph);
  });

  test('GIVEN a 2 MB word without a space THEN it is cut at the maximum length, never inside a letter written as two code units', () => {
    for (const word of ['x'.repeat(2_000_000), '𝐀'.repeat(1_000_000), `x${'𝐀'.repeat(1_000_000)}`]) {
      const parts = texts(word);
      expect(parts.every((part) => part.length <= PASSAGE_MAX_CHARS && !SPLIT_PAIR.test(part))).toBe(true);
      expect(parts.join('')).toBe(word);
    }
  });

  test('GIVEN any paragraph THEN no passage is longer than the maximum, and a paragraph that fits is one passage', () => {
    const words = fc.oneof(
      fc.constantFrom('the', 'alliance', 'said.', 'Talks', 'J.', 'U.S.', 'office,', '—', 'x;'),
      fc.string({ unit: 'grapheme', minLength: 1, maxLength: 900 }).map((word) => word.replace(/\s/g, '')),
    );
    fc.assert(
      fc.property(
        fc.array(words, { maxLength: 300 }).map((list) => list.filter(Boolean).join(' ')),
        (paragraph) => {
          const passages = passagesOf('a', [paragraph]);
          expect(passages.every((passage) => passage.text.length <= PASSAGE_MAX_CHARS)).toBe(true);
          if (paragraph.length <= PASSAGE_MAX_CHARS)
            expect(passages.map((passage) => [passage.id, passage.text])).toEqual([['a#p1', paragraph]]);
        },
      ),
      { numRuns: 200 },
    );
  });
});

/** The article a text seed becomes among no other pages, or why it was skipped. */
async function articleFrom(text: string) {
  const corpus = await buildCorpus([{ name: 'hostile.txt', format: 'text', text }]);
  return { article: corpus.articles[0], skipped: corpus.skipped };
}

const LEAD =
  'The ministers of both countries signed the port agreement in the capital on Friday after a week of talks.';

describe('cleaning a page', () => {
  // Each repeats a piece that made a pattern of the line cleaning rescan the rest of the line from every copy of it.
  test.each([
    ['opening brackets with no closing one', '[note '],
    ['links with no closing parenthesis', '[a](b '],
    ['autolinks with no closing angle', '<http://a '],
    ['one dotted token', 'a.'],
    ['one dotted token of web addresses', 'www.a.'],
    ['words a footer phrase starts with', 'we receive letters '],
    ['"comment on" without what is commented', 'comment on it '],
    ['"copyright" without "fair use"', 'copyright law '],
  ])(
    'GIVEN a 2 MB line of %s THEN the page loads, its lead first and every passage within the maximum',
    async (_name, piece) => {
      const line = piece.repeat(Math.ceil(2_000_000 / piece.length)).trim();
      const { article, skipped } = await articleFrom(`Port deal signed\n\n${LEAD}\n\n${line}\n`);
      expect(skipped).toEqual([]);
      expect(article?.passages[0]?.text).toBe(LEAD);
      expect(article?.passages.every((passage) => passage.text.length <= PASSAGE_MAX_CHARS)).toBe(true);
    },
  );

  test('GIVEN a paragraph broken into 40,000 lines that each continue it THEN it is one paragraph again', async () => {
    const piece =
      'and the ministers of the two countries said that the port would be expanded over the next four years in';
    const { article } = await articleFrom(`Port deal signed\n\n${LEAD}\n\n${`${piece}\n`.repeat(40_000)}the end.\n`);
    const paragraph = article?.passages.filter((passage) => passage.paragraph === 2) ?? [];
    expect(paragraph.length).toBeGreaterThan((40_000 * piece.length) / PASSAGE_MAX_CHARS);
    expect(paragraph.at(-1)?.text.endsWith('in the end.')).toBe(true);
  });

  test('GIVEN 20,000 short name lines and a body that says people spoke to one of them THEN that one is the outlet', async () => {
    const names = Array.from(
      { length: 20_000 },
      (_, index) => `Harbour Wire ${String.fromCharCode(65 + (index % 26))}${index}`,
    );
    // A body of 1 MB: each name looked for on its own read all of it.
    const body = `${LEAD} "It is done," the minister told Harbour Wire Q16. ${`${LEAD} `.repeat(10_000)}`;
    const { article } = await articleFrom(`${names.join('\n\n')}\n\n${body}\n\n${LEAD}\n`);
    expect(article?.meta.outlet).toBe('Harbour Wire Q16');
  });

  test('GIVEN a capitalised "name" line of 80,000 letters THEN the page still loads', async () => {
    const { article, skipped } = await articleFrom(
      `${'A'.repeat(80_000)}\n\n${LEAD} He told ${'A'.repeat(80_000)}.\n\n${LEAD}\n`,
    );
    expect(skipped).toEqual([]);
    expect(article?.passages[0]?.text.startsWith(LEAD)).toBe(true);
  });
});

describe('line patterns read in one pass', () => {
  test.each([
    ['[the report](https://example.com) said', 'the report said'],
    ['![a chart](c.png) and [b]', 'a chart and [b]'],
    ['[a](b [c](d)', 'a'],
    ['[] [x](y)', '[] x'],
    ['see <https://example.com> and <http://x', 'see https://example.com and <http://x'],
    ['**bold** and __strong__', 'bold and strong'],
  ])('GIVEN %j THEN its visible text is %j', (line, visible) => {
    expect(stripMarkdown(line)).toBe(visible);
  });

  test('GIVEN links THEN the share of the line inside them counts their text', () => {
    expect(linkDensity('[Home](/)')).toBe(1);
    expect(linkDensity('Read [this](x) now')).toBeCloseTo(4 / 13);
  });

  test.each([
    ['Sign up for our newsletter', true],
    ['Our newsletter: subscribe today', true],
    ['We receive letters every day', false],
    ['Comment on this article', true],
    ['Articles to comment on', false],
    ['This copyrighted work is used under fair use', false],
    ['Copyright material used under fair use', true],
    ['Write to desk@example.com', true],
    ['Version 1.2.3-beta.4', false],
  ])('GIVEN %j THEN it is a chrome phrase: %s', (line, chrome) => {
    expect(CHROME_PHRASES.some((phrase) => matchesPhrase(phrase, line))).toBe(chrome);
  });

  test.each([
    ['U.S. officials don’t back Kim Seol-hwa', 6],
    ['a -- b', 2],
    ['', 0],
  ])('GIVEN %j THEN it has %i words', (text, words) => {
    expect(wordCount(text)).toBe(words);
  });

  test('GIVEN lines that differ only in case, spacing and punctuation THEN they have one repetition key', () => {
    expect(new Set(['Most Read:', 'most  read', '— MOST READ —'].map(repetitionKey))).toEqual(new Set(['most read']));
  });

  test('GIVEN names and a text THEN the names people spoke to are found, whole, after "the" too', () => {
    const text = 'He told Sputnik’s reporter, speaking to the Nikkei. She told RTV.';
    expect(namesSpokenTo(['Sputnik', 'Nikkei', 'RT', 'RTV', 'Reuters'], text)).toEqual(
      new Set(['Sputnik', 'Nikkei', 'RTV']),
    );
  });
});
