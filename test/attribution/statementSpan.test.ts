import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import type { Cue } from '../../src/attribution/attributionCues.ts';
import { findQuotes, maskQuotes } from '../../src/attribution/quotes.ts';
import { classify, contentOf } from '../../src/attribution/statementSpan.ts';
import type { Statement } from '../../src/attribution/types.ts';

/**
 * A cue written by hand, so the span is tested apart from how cues are found: `attribution` is the speaker and
 * verb as they stand in the sentence (the first occurrence), `verb` the verb within it. A split cue's boundary is
 * where its attribution starts (the comma or "and" before the participle).
 */
function cue(sentence: string, attribution: string, verb: string, mode: Cue['mode'], contentFrom?: string): Cue {
  const start = sentence.indexOf(attribution);
  const verbStart = sentence.indexOf(verb, start);
  if (start < 0 || verbStart < 0) throw new Error(`"${attribution}" / "${verb}" not in "${sentence}"`);
  const from = contentFrom === undefined ? undefined : sentence.indexOf(contentFrom);
  return {
    verb,
    verbStart,
    verbEnd: verbStart + verb.length,
    start,
    end: start + attribution.length,
    mode,
    who: [],
    boundary: mode === 'split' ? start : verbStart,
    ...(from === undefined ? {} : { contentFrom: from }),
  };
}

/** The statement each cue of a one-sentence passage covers: its kind and its words. */
function statementsOf(sentence: string, cues: readonly Cue[]): { kind: Statement['kind']; text: string }[] {
  const quotes = findQuotes(sentence);
  const masked = maskQuotes(sentence, quotes);
  const whole = { start: 0, end: sentence.length };
  return cues.map((one) => {
    const content = contentOf(one, cues, whole, masked);
    if (!content) throw new Error('no content');
    const { kind, span } = classify(sentence, content, quotes);
    return { kind, text: sentence.slice(span.start, span.end) };
  });
}

describe('contentOf and classify: reported speech', () => {
  test('GIVEN "X said that ..." THEN the statement is the clause after "that", without the full stop', () => {
    const sentence = 'Kim said that NATO was pushing into Asia.';
    expect(statementsOf(sentence, [cue(sentence, 'Kim said', 'said', 'before')])).toEqual([
      { kind: 'reported', text: 'NATO was pushing into Asia' },
    ]);
  });

  test('GIVEN an adjunct between the verb and "that" THEN the statement starts after "that"', () => {
    const sentence = 'Kim said in remarks carried by KCNA on Monday that NATO was pushing into Asia.';
    expect(statementsOf(sentence, [cue(sentence, 'Kim said', 'said', 'before')])).toEqual([
      { kind: 'reported', text: 'NATO was pushing into Asia' },
    ]);
  });

  test('GIVEN reported speech with a quoted fragment THEN the statement is the whole clause, marks and all', () => {
    const sentence = 'Kim argued that NATO wanted to “build a huge encirclement” in the region.';
    expect(statementsOf(sentence, [cue(sentence, 'Kim argued', 'argued', 'before')])).toEqual([
      { kind: 'reported', text: 'NATO wanted to “build a huge encirclement” in the region' },
    ]);
  });

  test('GIVEN "..., X said" THEN the statement is what comes before the attribution, without its comma', () => {
    const sentence = 'NATO is pushing into Asia, Kim said.';
    expect(statementsOf(sentence, [cue(sentence, 'Kim said', 'said', 'after')])).toEqual([
      { kind: 'reported', text: 'NATO is pushing into Asia' },
    ]);
  });

  test('GIVEN "according to X" inside the clause THEN the statement is the whole sentence, attribution included', () => {
    const sentence = 'The alliance, according to Kim, hopes to keep its neighbours in check.';
    expect(statementsOf(sentence, [cue(sentence, 'according to Kim', 'according to', 'around')])).toEqual([
      { kind: 'reported', text: 'The alliance, according to Kim, hopes to keep its neighbours in check' },
    ]);
  });

  test('GIVEN "according to X, which ..., Y" THEN the statement starts where the cue says, after the relative clause', () => {
    const sentence = 'According to the outlet, which cited Japanese officials, Japan must fund the office.';
    expect(
      statementsOf(sentence, [cue(sentence, 'According to the outlet', 'According to', 'before', 'Japan must')]),
    ).toEqual([{ kind: 'reported', text: 'Japan must fund the office' }]);
  });

  test('GIVEN "X said ..., adding that ..." THEN the first statement ends at the comma and the participle has its own', () => {
    const sentence = 'Kim said NATO was pushing into Asia, adding that Japan was helping it.';
    expect(
      statementsOf(sentence, [
        cue(sentence, 'Kim said', 'said', 'before'),
        cue(sentence, ', adding', 'adding', 'split'),
      ]),
    ).toEqual([
      { kind: 'reported', text: 'NATO was pushing into Asia' },
      { kind: 'reported', text: 'Japan was helping it' },
    ]);
  });

  test('GIVEN an attribution inside a dash-enclosed aside THEN its statement ends with the aside', () => {
    const sentence = 'Kim pointed to the Quad bloc – which Beijing has decried as an “Asian NATO” – and AUKUS.';
    const cues = [
      cue(sentence, 'Kim pointed to', 'pointed to', 'before'),
      cue(sentence, 'Beijing has decried', 'decried', 'before'),
    ];
    expect(statementsOf(sentence, cues)[1]).toEqual({ kind: 'quote', text: 'Asian NATO' });
  });
});

describe('contentOf and classify: quotations', () => {
  test('GIVEN a quotation standing before its attribution THEN the statement is the words inside the marks, without the comma', () => {
    const sentence = '“Asia is not a wrestling ground,” Mao said.';
    expect(statementsOf(sentence, [cue(sentence, 'Mao said', 'said', 'after')])).toEqual([
      { kind: 'quote', text: 'Asia is not a wrestling ground' },
    ]);
  });

  test('GIVEN "X said that" and a quotation to the sentence end THEN the statement is the quotation, its own full stop kept', () => {
    const sentence = 'Mao said that “Asia is not a wrestling ground.”';
    expect(statementsOf(sentence, [cue(sentence, 'Mao said', 'said', 'before')])).toEqual([
      { kind: 'quote', text: 'Asia is not a wrestling ground.' },
    ]);
  });

  test('GIVEN a nested quotation THEN the statement is the outer quotation with the inner marks kept', () => {
    const sentence = '“The talks were ‘constructive’ and ‘frank’,” said Mao.';
    expect(statementsOf(sentence, [cue(sentence, 'said Mao', 'said', 'after')])).toEqual([
      { kind: 'quote', text: 'The talks were ‘constructive’ and ‘frank’' },
    ]);
  });

  test('GIVEN a quotation whose opening mark was lost THEN the statement is the quoted words from the passage start', () => {
    const sentence = 'Asia is an anchor for peace,” Mao said.';
    expect(statementsOf(sentence, [cue(sentence, 'Mao said', 'said', 'after')])).toEqual([
      { kind: 'quote', text: 'Asia is an anchor for peace' },
    ]);
  });

  test('GIVEN "what X called “...”" THEN the statement is the quoted phrase', () => {
    const sentence = 'NATO would create what Putin called “global NATO.”';
    expect(statementsOf(sentence, [cue(sentence, 'Putin called', 'called', 'before')])).toEqual([
      { kind: 'quote', text: 'global NATO.' },
    ]);
  });

  // Bug: a quotation split by its attribution is cut as one 'reported' statement spanning the whole sentence,
  // so "John Smith said" is given as part of what John Smith said, and the statement is not marked a quote.
  test('GIVEN a quotation split by its attribution THEN the statement is quoted words only, never the attribution', () => {
    const sentence = '“We will not back down,” John Smith said, “and we will not be moved.”';
    const [statement] = statementsOf(sentence, [cue(sentence, 'John Smith said', 'said', 'around')]);
    expect(statement?.kind).toBe('quote');
    expect(statement?.text).not.toContain('John Smith said');
  });
});

describe('classify', () => {
  test('GIVEN a span with spaces around it and a trailing comma THEN they are left out', () => {
    const text = 'He said  the office would open , and left.';
    expect(classify(text, { start: 7, end: 32 }, findQuotes(text))).toEqual({
      kind: 'reported',
      span: { start: 9, end: 30 },
    });
  });

  test('GIVEN text after the quotation THEN the statement is reported, not a quote', () => {
    const text = '“Asia is an anchor,” for now';
    expect(classify(text, { start: 0, end: text.length }, findQuotes(text)).kind).toBe('reported');
  });

  test('GIVEN any span of any text of words, quotes and punctuation THEN the statement lies within it', () => {
    const pieces = ['Kim', 'said', 'that', 'as an', 'NATO', ',', '.', ';', ' ', '“', '”', '"', "'", '‘', '’', 'Asia'];
    const arbitrary = fc.array(fc.constantFrom(...pieces), { maxLength: 24 }).chain((words) => {
      const text = words.join(' ');
      return fc.tuple(fc.constant(text), fc.nat(text.length), fc.nat(text.length));
    });
    fc.assert(
      fc.property(arbitrary, ([text, a, b]) => {
        const span = { start: Math.min(a, b), end: Math.max(a, b) };
        const { span: statement } = classify(text, span, findQuotes(text));
        expect(statement.start).toBeGreaterThanOrEqual(span.start);
        expect(statement.end).toBeLessThanOrEqual(span.end);
      }),
      { numRuns: 300 },
    );
  });
});
