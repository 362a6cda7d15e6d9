import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { reindexReport } from '../commands/reindex.ts';
import { escapeUnsafe, quoteName } from '../src/shownName.ts';

/** What must never reach a log line, a terminal or a code span raw: controls, format characters, separators other than the space, lone surrogates, backticks. */
const UNSAFE = /[\p{C}\p{Z}`]/u;
const unsafeIn = (text: string) => [...text].filter((char) => char !== ' ' && UNSAFE.test(char));

/** A log line a file name tries to forge. */
const FORGED = '\n2024-05-01T10:00:00.000Z ERROR Token leaked';

describe('quoteName', () => {
  test.each([
    ['000_f71c56816dc1f524.txt', '000_f71c56816dc1f524.txt'],
    ['my article (draft 2).md', 'my article (draft 2).md'],
    ['Übersicht_東京.html', 'Übersicht_東京.html'],
    ['../../etc/passwd.md', '../../etc/passwd.md'],
    [`scan.pdf${FORGED}`, '"scan.pdf\\n2024-05-01T10:00:00.000Z ERROR Token leaked"'],
    ['\u001b[31mred\u001b[0m.txt', '"\\u001b[31mred\\u001b[0m.txt"'],
    ['a`b.txt', '"a\\u0060b.txt"'],
    ['invoice\u202Etxt.exe', '"invoice\\u202etxt.exe"'],
    ['line\u2028separator.md', '"line\\u2028separator.md"'],
    ['zero\u200Bwidth.md', '"zero\\u200bwidth.md"'],
    ['back\\slash "quoted".txt', '"back\\\\slash \\"quoted\\".txt"'],
    [' leading space.txt', '" leading space.txt"'],
    ['two  spaces.txt', '"two  spaces.txt"'],
    ['colon: forged reason.pdf', '"colon: forged reason.pdf"'],
    ['lone\uD800surrogate.txt', '"lone\\ud800surrogate.txt"'],
    ['', '""'],
  ])('GIVEN the name %j THEN it is shown as %s', (name, shown) => {
    expect(quoteName(name)).toBe(shown);
  });

  test('GIVEN any name THEN what is shown is one line of visible characters without a backtick, and either the name itself or a JSON string that reads back as it', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string({ unit: 'binary' }), fc.string({ unit: 'grapheme' }), fc.string()), (name) => {
        const shown = quoteName(name);
        expect(unsafeIn(shown)).toEqual([]);
        if (shown !== name) expect(JSON.parse(shown)).toBe(name);
      }),
      { numRuns: 2000 },
    );
  });

  test('GIVEN a reason carrying a newline and an escape code THEN escapeUnsafe keeps it one visible line', () => {
    expect(escapeUnsafe('could not be parsed (bad\n\u001b[2Jtoken)')).toBe(
      'could not be parsed (bad\\n\\u001b[2Jtoken)',
    );
  });
});

describe('reindexReport', () => {
  test('GIVEN added, removed and skipped files whose names hold newlines, escape codes and backticks THEN each list stays on its own line, every code span closes, and the names are shown escaped', () => {
    const breakOut = 'x`\n**@everyone** `y.txt';
    const report = reindexReport({
      added: [`new${FORGED}.txt`, breakOut],
      removed: ['\u001b]8;;https://evil.example\u0007link\u001b]8;;\u0007.txt'],
      changed: [],
      skipped: [{ file: `scan.pdf${FORGED}`, reason: 'not an article file (expected .txt, .md, .html)' }],
      articles: 4,
      passages: 52,
    });

    const lines = report.split('\n');
    expect(lines).toEqual([
      'Reindexed: **4** articles, 52 passages. New questions are answered from it now.',
      'Added (2): `"new\\n2024-05-01T10:00:00.000Z ERROR Token leaked.txt"`, `"x\\u0060\\n**@everyone** \\u0060y.txt"`',
      'Removed (1): `"\\u001b]8;;https://evil.example\\u0007link\\u001b]8;;\\u0007.txt"`',
      'Skipped (1):',
      '- `"scan.pdf\\n2024-05-01T10:00:00.000Z ERROR Token leaked"`: not an article file (expected .txt, .md, .html)',
    ]);
    for (const line of lines) expect((line.match(/`/g) ?? []).length % 2).toBe(0);
    // Backticks only delimit code spans (even on every line, above); nothing else unsafe anywhere.
    expect(unsafeIn(report.replace(/[\n`]/g, ''))).toEqual([]);
  });

  test('GIVEN plain names THEN they are shown as they are', () => {
    const report = reindexReport({
      added: ['added_253f366837548d48.md'],
      removed: [],
      changed: [],
      skipped: [{ file: 'scan.pdf', reason: 'not an article file' }],
      articles: 4,
      passages: 52,
    });
    expect(report).toContain('Added (1): `added_253f366837548d48.md`');
    expect(report).toContain('- `scan.pdf`: not an article file');
  });
});
