import { describe, expect, test } from 'vitest';
import { normalizeForMatch, readNormalizedSeeds } from './normalize.ts';
import { CATEGORIES, readQuestions, type Category } from './questions.ts';

const questions = readQuestions();
const seeds = readNormalizedSeeds();
const allSeedText = [...seeds.values()].join('\n');
const REFUSALS: ReadonlySet<Category> = new Set<Category>(['out-of-scope', 'boilerplate-only']);

/** Words a question can use without them having to appear on the page. */
const QUESTION_WORDS = new Set([
  'a',
  'an',
  'the',
  'and',
  'or',
  'of',
  'to',
  'in',
  'into',
  'on',
  'at',
  'for',
  'with',
  'about',
  'by',
  'from',
  'what',
  'who',
  'whom',
  'why',
  'how',
  'when',
  'where',
  'which',
  'whose',
  'did',
  'does',
  'do',
  'is',
  'are',
  'was',
  'were',
  'can',
  'could',
  'will',
  'would',
  'i',
  'me',
  'my',
]);

function contentWords(question: string): string[] {
  const words = normalizeForMatch(question).match(/[\p{L}\p{N}$]+(?:[-'][\p{L}\p{N}]+)*/gu) ?? [];
  return words.map((word) => word.replace(/'s$/, '')).filter((word) => !QUESTION_WORDS.has(word));
}

function appearsAsWordStart(word: string, text: string): boolean {
  const escaped = word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  return new RegExp(`(?<![\\p{L}\\p{N}])${escaped}`, 'u').test(text);
}

describe('eval question set', () => {
  test('GIVEN the question file THEN it holds at least 60 questions with unique ids', () => {
    expect(questions.length).toBeGreaterThanOrEqual(60);
    const ids = questions.map((question) => question.id);
    expect(new Set(ids).size).toBe(ids.length);
  });

  test('GIVEN each question THEN it has a known category, a question and a list of string spans', () => {
    for (const question of questions) {
      expect(typeof question.id, JSON.stringify(question)).toBe('string');
      expect(CATEGORIES, question.id).toContain(question.category);
      expect(question.question.trim().length, question.id).toBeGreaterThan(0);
      expect(Array.isArray(question.expect), question.id).toBe(true);
      for (const span of question.expect) expect(typeof span, question.id).toBe('string');
      if (question.context !== undefined) expect(typeof question.context, question.id).toBe('string');
      if (question.speaker !== undefined) expect(typeof question.speaker, question.id).toBe('string');
      if (question.outlets !== undefined) expect(Array.isArray(question.outlets), question.id).toBe(true);
    }
  });

  test('GIVEN the categories THEN there are at least 8 out-of-scope and 6 boilerplate-only questions', () => {
    const count = (category: Category) => questions.filter((question) => question.category === category).length;
    expect(count('out-of-scope')).toBeGreaterThanOrEqual(8);
    expect(count('boilerplate-only')).toBeGreaterThanOrEqual(6);
    for (const category of CATEGORIES) expect(count(category), category).toBeGreaterThan(0);
  });

  test('GIVEN a refusal category THEN expect is empty, and GIVEN any other category THEN it lists spans', () => {
    for (const question of questions) {
      if (REFUSALS.has(question.category)) expect(question.expect, question.id).toEqual([]);
      else expect(question.expect.length, question.id).toBeGreaterThan(0);
    }
  });

  test('GIVEN a follow-up question THEN it carries the thread question as context', () => {
    for (const question of questions.filter((q) => q.category === 'follow-up')) {
      expect(question.context?.trim().length ?? 0, question.id).toBeGreaterThan(0);
    }
  });

  test('GIVEN each expected span THEN it is 4 to 10 words, already normalised, without edge punctuation', () => {
    for (const question of questions) {
      for (const span of question.expect) {
        const label = `${question.id}: ${span}`;
        expect(span.split(' ').length, label).toBeGreaterThanOrEqual(4);
        expect(span.split(' ').length, label).toBeLessThanOrEqual(10);
        expect(span, label).toMatch(/^[\p{L}\p{N}].*[\p{L}\p{N}]$/u);
        expect(span, label).not.toMatch(/[\u2018\u2019\u201C\u201D]|\]\(|\*\*|\s{2}/);
      }
    }
  });

  test('GIVEN each expected span THEN it occurs in the normalised raw seed text', () => {
    const missing = questions.flatMap((question) =>
      question.expect
        .filter((span) => ![...seeds.values()].some((text) => text.includes(normalizeForMatch(span))))
        .map((span) => `${question.id}: ${span}`),
    );
    expect(missing).toEqual([]);
  });

  test('GIVEN a boilerplate-only question THEN its content words all appear in the raw seed text', () => {
    const absent = questions
      .filter((question) => question.category === 'boilerplate-only')
      .flatMap((question) =>
        contentWords(question.question)
          .filter((word) => !appearsAsWordStart(word, allSeedText))
          .map((word) => `${question.id}: ${word}`),
      );
    expect(absent).toEqual([]);
  });
});
