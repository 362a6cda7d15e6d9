import { describe, expect, test } from 'vitest';
import { EXTRACTION_RULES, extractStatements } from '../../src/attribution/extractStatements.ts';
import { CLEANING_RULES, cleanPage } from '../../src/corpus/cleanPage.ts';
import { signatureNameOf } from '../../src/corpus/signatures.ts';
import { corpusOf } from '../attribution/fixtures.ts';
import { withRuleOff } from '../ruleSwitch.ts';

/** A letters page: two letters under their headlines, each signed on the line under its last paragraph. */
const LETTERS_PAGE = [
  ' date 2024-03-02 The Harbour Gazette',
  'THE HARBOUR GAZETTE',
  '[Home](#) | [News](#) | [Opinion](#) | [Subscribe](#)',
  '',
  '# Letters: the Pacific and our defence budget',
  '',
  'Saturday, 2 March 2024',
  '',
  '**Submarines are not a jobs scheme**',
  '',
  'Your editorial on the new submarine deal praised the thousands of jobs it will bring to the coast. Jobs matter, but they are not a reason to buy weapons, and the treaty has never been debated in full by parliament.',
  '',
  'If the case is strategic, let ministers make it in the open, with the costs set out year by year.',
  '',
  'Marguerite Oyelaran, Westhaven',
  '',
  '**Deterrence is cheaper than war**',
  '',
  'I spent twenty years at sea, and every crew I served with knew that a navy nobody fears is a navy that ends up fighting. The money spent now buys the peace later.',
  '',
  'Captain (retd) Torvald Enqvist, former naval attaché in Canberra, Port Ellery',
  '',
  '**More letters**',
  '* [Letters: Parking on the esplanade](#)',
  '* [Letters: Why the library matters](#)',
  '',
  '© Harbour Gazette Media 2024',
].join('\n');

describe('signed letters', () => {
  test('a signature is a name then short parts after commas, and no sentence or jump line', () => {
    expect(signatureNameOf('Brenda Okonjo, Birkdale')).toEqual(['Brenda', 'Okonjo']);
    expect(signatureNameOf('Captain (retd) Torvald Enqvist, former naval attaché in Canberra, Port Ellery')).toEqual([
      'Captain',
      'Torvald',
      'Enqvist',
    ]);
    expect(signatureNameOf('— Dr Mei Tanaka, Osaka')).toEqual(['Dr', 'Mei', 'Tanaka']);
    for (const line of [
      'See NATO, Page A6',
      'Foreign Minister Yoshimasa Hayashi, who confirmed the talks in a television interview',
      'South Korea, Seoul',
      'Acquire Licensing Rights, opens new tab',
      'Brenda Okonjo',
      'Brenda Okonjo, Birkdale, wrote to us about the missiles.',
    ])
      expect(signatureNameOf(line), line).toBeNull();
  });

  test("each letter's signature ends its last paragraph, the last one's too, though below where the prose ends", () => {
    const page = cleanPage(LETTERS_PAGE);
    expect(page.paragraphs).toHaveLength(3);
    expect(page.paragraphs[1]).toMatch(/year by year\. — Marguerite Oyelaran, Westhaven$/);
    expect(page.paragraphs[2]).toMatch(/peace later\. — Captain \(retd\) Torvald Enqvist, .*, Port Ellery$/);
    // Under a signature, the next letter's headline is a subheading again.
    expect(page.sections[2]).toBe('Deterrence is cheaper than war');
    withRuleOff(CLEANING_RULES, 'signatures', () => {
      const off = cleanPage(LETTERS_PAGE);
      expect(off.paragraphs.join('\n')).not.toContain('Oyelaran');
      expect(off.paragraphs.join('\n')).not.toContain('Enqvist');
    });
  });

  test("a letter's paragraphs are the words of whoever signed it, the signature left out", () => {
    const { paragraphs } = cleanPage(LETTERS_PAGE);
    const said = () =>
      extractStatements(corpusOf(paragraphs)).map((statement) => [statement.passageId, statement.speaker]);
    expect(said()).toEqual([
      ['a#p1', 'Marguerite Oyelaran'],
      ['a#p2', 'Marguerite Oyelaran'],
      ['a#p3', 'Torvald Enqvist'],
    ]);
    const last = extractStatements(corpusOf(paragraphs)).at(-1);
    expect(last?.text).toMatch(/^I spent twenty years at sea.*buys the peace later\.$/);
    expect(last?.role).toContain('former naval attaché in Canberra');
    withRuleOff(EXTRACTION_RULES, 'signedLetters', () => expect(said()).toEqual([]));
  });

  test('one signature-shaped line under a story is no letters page: it may be a credit or a byline', () => {
    const once = LETTERS_PAGE.replace('Marguerite Oyelaran, Westhaven', '');
    expect(cleanPage(once).paragraphs.join('\n')).not.toContain('Enqvist');
  });
});
