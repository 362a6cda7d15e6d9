// Text shaped to stall a backtracking pattern or a quadratic loop (issue 11, items 7 to 9). Each input is far
// larger than the one the red-team pass reported, so a quadratic step would not finish within the test's
// timeout; what is asserted is the output's shape, never a time.

import { describe, expect, test } from 'vitest';
import { parseFrontMatter } from '../../src/corpus/frontMatter.ts';

describe('parseFrontMatter', () => {
  test('GIVEN a value with two million spaces inside and around it THEN it is read, trimmed, and the body follows', () => {
    const spaces = ' '.repeat(2_000_000);
    const { body, stated } = parseFrontMatter(`---\ntitle:${spaces}Port${spaces}deal${spaces}\noutlet: Harbour Gazette\n---\nThe body.`);
    expect(stated.title).toBe(`Port${spaces}deal`);
    expect(stated.outlet).toBe('Harbour Gazette');
    expect(body).toBe('The body.');
  });

  test('GIVEN a date value padded with a million spaces THEN the date is still read', () => {
    expect(parseFrontMatter(`---\ndate: ${' '.repeat(1_000_000)}2024-03-04${' '.repeat(1_000_000)}\n---\nx`).stated.date).toBe('2024-03-04');
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
