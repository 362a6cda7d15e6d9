import { describe, expect, test } from 'vitest';
import { cleanPage } from '../../src/corpus/cleanPage.ts';
import { siteInTitle } from '../../src/corpus/htmlToText.ts';

const TURNS = [
  'MARA VOSS, HOST: Welcome back to the programme. This week we look at the port strike and what it means for trade.',
  'JONAS EK: Thanks, Mara. Glad to be here to talk about it with you and the listeners.',
  'MARA VOSS: Let us start with the unions. What exactly are they asking the port authority for?',
  'JONAS EK: They want a guarantee that the new cranes will not cost dock jobs, and a say in how shifts are planned.',
  'MARA VOSS: And the authority, how has it answered them so far in the talks?',
  'JONAS EK: It has offered retraining but no guarantee. The two sides meet again on Monday with a mediator present.',
  'MARA VOSS: What should listeners watch for next week when the mediator arrives?',
  'JONAS EK: Whether the shipping lines move their feeder services to a rival port while the strike goes on.',
];

describe('a transcript page', () => {
  const page = [
    'The port strike enters its second week. Mara Voss asks economist Jonas Ek what the unions want.',
    '',
    ...TURNS.flatMap((turn) => [turn, '']),
    'About the show',
    '',
    'Harbour Hour is the weekly programme on the port and the people who work there, with new episodes every Thursday.',
    '',
    'Episode 41: The ferry operators tell us why fares rose again this spring and what the council plans to do about it.',
    '',
    'Episode 40: A former harbour master explains how the new quay walls were built and why they took so long to finish.',
    '',
    'Harbour Radio is funded by listeners and a charitable trust. Support independent public radio today and every day.',
  ].join('\n');

  test('GIVEN speaker turns THEN the body is the conversation, from its first turn to its last', () => {
    expect(cleanPage(page).paragraphs).toEqual(TURNS);
  });

  test('GIVEN an article that quotes a few turns THEN its paragraphs around them stay', () => {
    const article = [
      'The port strike entered its second week on Monday, with no sign of a deal between the unions and the authority.',
      '',
      ...TURNS.slice(0, 3).flatMap((turn) => [turn, '']),
      'The mediator is due to arrive on Monday, and both sides said they would attend the first meeting with her.',
    ].join('\n');
    const { paragraphs } = cleanPage(article);
    expect(paragraphs[0]).toMatch(/^The port strike entered/);
    expect(paragraphs.at(-1)).toMatch(/^The mediator is due/);
  });
});

describe('a questions-and-answers explainer', () => {
  test('GIVEN "Q:" and "A:" turns under an introduction THEN the introduction stays: Q and A are no speakers', () => {
    const explainer = [
      'In short: the port terminal was due to open this spring. It will not. Here is why, and what happens now.',
      '',
      'When the harbour authority met on Monday, one item that had been trailed for weeks was missing from its list of decisions.',
      '',
      ...[1, 2, 3, 4].flatMap((n) => [
        `Q: What is question number ${n} about the terminal?`,
        '',
        `A: The answer to question number ${n} is that the terminal is late, costs more and needs fewer dock workers than planned.`,
        '',
      ]),
    ].join('\n');
    expect(cleanPage(explainer).paragraphs[0]).toMatch(/^In short/);
  });
});

describe('siteInTitle', () => {
  test('GIVEN a headline headed by a label the title leaves out THEN the site after the title’s last bar', () => {
    expect(
      siteInTitle(
        'Why the port strike goes on | Harbour Hour | Harbour Radio',
        'Episode 42: Why the port strike goes on',
      ),
    ).toBe('Harbour Radio');
  });
});
