import { afterEach, describe, expect, test } from 'vitest';
import { buttonId, buttonsOf, embedOf, excerptsOf, expectDiscordRulesKept, expectWithinLimits, startHarness, type Harness, type HarnessOptions } from './harness.ts';

let harness: Harness | null = null;

async function start(options: HarnessOptions = {}): Promise<Harness> {
  harness = await startHarness(options);
  return harness;
}

afterEach(async () => {
  if (!harness) return;
  const { fake } = harness;
  await harness.close();
  harness = null;
  expectDiscordRulesKept(fake);
});

describe('/ask', () => {
  test('GIVEN a question the coverage answers WHEN asked THEN a public embed quotes numbered excerpts with their outlets and dates', async () => {
    const { fake } = await start();

    const interaction = fake.sendInteraction({ name: 'ask', options: { question: 'NATO liaison office in Tokyo' } });
    const outcome = await fake.waitForInteractionReply(interaction);

    expect(outcome.ephemeral).toBe(false);
    const message = outcome.original;
    expectWithinLimits(message!);
    const embed = embedOf(message);
    expect(embed.title).toBe('NATO liaison office in Tokyo');
    const excerpts = excerptsOf(message);
    expect(excerpts.map((excerpt) => excerpt.number)).toEqual([1, 2, 3, 4, 5]);
    // Asia-Pacific Research reports the liaison office in several paragraphs; it dates its article May 18, 2023.
    expect(excerpts.some((excerpt) => /liaison office/i.test(excerpt.text))).toBe(true);
    expect(excerpts.some((excerpt) => excerpt.source.includes('Asia-Pacific Research (2023-05-18)'))).toBe(true);
    expect(embed.footer).toBe('Coverage: 3 articles from Al Mayadeen English, Asia-Pacific Research, RT');
    expect(buttonsOf(message).map((button) => button.label)).toEqual(['More passages', 'Follow up in thread']);
  });
});
