// Hostile text for property tests: what people paste into a public bot, on purpose or not.
// The engine's own property test (test/search/ask.test.ts) samples a few of these; here they are combined freely.

import fc from 'fast-check';

/** Pieces that have broken chat bots: mentions, markdown, fences, invisible and right-to-left marks, injections. */
export const HOSTILE_PIECES = [
  '@everyone',
  '@here',
  '<@123>',
  '<@!123456789012345678>',
  '<@&456>',
  '<#789>',
  '</ask:1>',
  '<:emoji:1>',
  '<t:0:R>',
  '**bold**',
  '__under__',
  '~~strike~~',
  '||spoiler||',
  '> quote',
  '# heading',
  '-# small',
  '[link](https://example.com)',
  '```js\nNATO\n```',
  '```',
  '`',
  '\\',
  '.*+?^${}()|[]\\',
  '(?<x>a)\\k<x>',
  "'; DROP TABLE passages; --",
  '" OR 1=1 --',
  '<script>alert(1)</script>',
  '<img src=x onerror=alert(1)>',
  '&amp;&lt;&#0;',
  '\u200B',
  '\u200D',
  '\uFEFF',
  '\u202E',
  '\u2066\u2067\u2069',
  'مرحبا بالعالم',
  'שלום',
  'e\u0301\u0302\u0303\u0304',
  'Z̴̡̢̛̖̗a̸̧̛̲l̵̢̛̖g̶̨̛̗o̷̧̢̗',
  '😀',
  '👨‍👩‍👧‍👦',
  '🇰🇵🇯🇵',
  '\uD800',
  '\u0000',
  '\r\n',
  '\t',
  'NATO',
  'Kim Seol-hwa',
  'liaison office',
  'Tokyo',
  'what did China say?',
  // Pieces that take the other routes: compound questions, overviews, who is quoted, follow-ups, printed metadata.
  ' and what did Russia say?',
  'What did China and Russia say about ',
  'give me an overview',
  'who is quoted?',
  'and Russia?',
  'When was the RT article published?',
] as const;

const piece = fc.constantFrom(...HOSTILE_PIECES);

/**
 * Any question a user could send: empty, whitespace, hostile pieces mixed with random (and lone-surrogate)
 * text, up to 6,000 characters (Discord caps /ask at 240, but a bot should not depend on that for its safety).
 */
export const hostileQuestion: fc.Arbitrary<string> = fc.oneof(
  { weight: 1, arbitrary: fc.constantFrom('', ' ', '   \n\t ', '\u200B\u200B', '?!?') },
  {
    weight: 4,
    arbitrary: fc
      .array(fc.oneof(piece, fc.string({ maxLength: 12 }), fc.constant(' ')), { maxLength: 24 })
      .map((parts) => parts.join('')),
  },
  { weight: 2, arbitrary: fc.string({ unit: 'binary', maxLength: 300 }) },
  {
    weight: 1,
    arbitrary: fc
      .tuple(piece, fc.integer({ min: 200, max: 6000 }))
      .map(([part, length]) => part.repeat(Math.ceil(length / Math.max(1, part.length))).slice(0, length)),
  },
  {
    weight: 1,
    arbitrary: fc
      .integer({ min: 5000, max: 6000 })
      .map((length) => 'NATO liaison office '.repeat(400).slice(0, length)),
  },
);

/** An outlet option: usually absent, else a real outlet in any case, or anything at all. */
export function hostileOutlet(outlets: readonly string[]): fc.Arbitrary<string | null> {
  return fc.oneof(
    { weight: 3, arbitrary: fc.constant(null) },
    { weight: 1, arbitrary: fc.constantFrom(...outlets).map((outlet) => outlet.toUpperCase()) },
    { weight: 2, arbitrary: hostileQuestion.map((text) => text.slice(0, 100)) },
  );
}
