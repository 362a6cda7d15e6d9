// Property tests of the command handlers through the router, with a small fake interaction that keeps
// Discord's acknowledgement rules (one initial response; edits only after a deferral; follow-ups only after
// an acknowledgement). Fast, so they run many cases; handlers.e2e.test.ts sends fewer through the real client.

import fc from 'fast-check';
import { ChannelType, InteractionType, type Interaction } from 'discord.js';
import { beforeAll, describe, expect, test } from 'vitest';
import { createAnswerQueue } from '../../src/bot/answerQueue.ts';
import { createCooldown } from '../../src/bot/cooldown.ts';
import { describeCoverage } from '../../src/bot/coverage.ts';
import { createRouter } from '../../src/bot/router.ts';
import { PAGE_SIZE } from '../../src/bot/startBot.ts';
import type { BotContext, Command } from '../../src/bot/types.ts';
import type { Config } from '../../src/config.ts';
import type { Logger } from '../../src/logger.ts';
import type { SearchEngine } from '../../src/search/engine.ts';
import { repoCommands, seedsEngine } from '../bot/harness.ts';
import { hostileOutlet, hostileQuestion } from './arbitraries.ts';
import { expectNoLiveMention, expectPayloadWithinLimits } from './checks.ts';

interface Sent {
  call: 'reply' | 'deferReply' | 'editReply' | 'followUp';
  payload: {
    content?: string;
    embeds?: unknown[];
    allowedMentions?: { parse?: unknown[]; users?: unknown[]; roles?: unknown[]; repliedUser?: boolean };
    flags?: number;
  };
}

interface AskInput {
  question: string;
  outlet: string | null;
  hide: boolean;
  /** Asked inside a follow-up thread, whose question (any text, possibly none) is the context. */
  thread: { context: string | null } | null;
}

/** Only what the router, respond() and commands/ask.ts use of a ChatInputCommandInteraction. */
function fakeAsk(input: AskInput, commandName = 'ask') {
  const sent: Sent[] = [];
  const rule = (broken: boolean, what: string) => {
    if (broken) throw new Error(`Discord would refuse this: ${what}`);
  };
  const interaction = {
    id: '1100000000000000001',
    type: InteractionType.ApplicationCommand,
    commandName,
    user: { id: '1100000000000000002' },
    channelId: '1100000000000000003',
    deferred: false,
    replied: false,
    appPermissions: null,
    channel: {
      id: '1100000000000000003',
      type: input.thread ? ChannelType.PublicThread : ChannelType.GuildText,
      isThread: () => input.thread !== null,
    },
    options: {
      getString(name: string, required?: boolean) {
        const value = name === 'question' ? input.question : name === 'outlet' ? input.outlet : null;
        if (required && value === null) throw new Error(`option ${name} missing`);
        return value;
      },
      getBoolean: (name: string) => (name === 'hide' ? input.hide : null),
    },
    isChatInputCommand: () => true,
    isAutocomplete: () => false,
    isButton: () => false,
    isMessageComponent: () => false,
    isRepliable: () => true,
    inGuild: () => true,
    async reply(payload: Sent['payload']) {
      rule(interaction.deferred || interaction.replied, 'a second acknowledgement (40060)');
      interaction.replied = true;
      sent.push({ call: 'reply', payload });
      return { resource: { message: null } };
    },
    async deferReply(payload: Sent['payload'] = {}) {
      rule(interaction.deferred || interaction.replied, 'a second acknowledgement (40060)');
      interaction.deferred = true;
      sent.push({ call: 'deferReply', payload });
    },
    async editReply(payload: Sent['payload']) {
      rule(!interaction.deferred && !interaction.replied, 'an edit before any acknowledgement');
      sent.push({ call: 'editReply', payload });
    },
    async followUp(payload: Sent['payload']) {
      rule(!interaction.deferred && !interaction.replied, 'a follow-up before any acknowledgement');
      sent.push({ call: 'followUp', payload });
    },
  };
  return { interaction: interaction as unknown as Interaction, sent };
}

function recordingLogger() {
  const errors: string[] = [];
  const log: Logger = {
    debug: () => {},
    info: () => {},
    warn: () => {},
    error: (message, error) => errors.push(`${message}: ${String(error)}`),
  };
  return { log, errors };
}

describe('/ask through the router, over any input', () => {
  let engine: SearchEngine;
  let commands: Map<string, Command>;
  beforeAll(async () => {
    engine = await seedsEngine();
    commands = await repoCommands();
  });

  const contextFor = (log: Logger, threadContext: string | null): BotContext => ({
    engine,
    config: { cooldownSeconds: 0, autoThread: false } as Readonly<Config>,
    log,
    coverage: describeCoverage(engine.corpus),
    commands,
    cooldown: createCooldown(0),
    answers: createAnswerQueue(),
    threads: {
      conversationOf: async () => (threadContext === null ? null : { context: threadContext, asker: null }),
      questionOf: async () => threadContext,
      remember: () => {},
      advance: () => {},
      firstNotice: () => true,
    },
    pageSize: PAGE_SIZE,
    messageContent: true,
  });

  const input: fc.Arbitrary<AskInput> = fc.constant(null).chain(() =>
    fc.record({
      question: hostileQuestion,
      outlet: hostileOutlet(describeCoverage(engine.corpus).outlets),
      hide: fc.boolean(),
      thread: fc.option(fc.record({ context: fc.option(hostileQuestion, { nil: null }) }), { nil: null, freq: 3 }),
    }),
  );

  test('GIVEN any question, outlet, hide and thread context THEN exactly one answer or "nothing found" is given, within Discord\'s limits, pinging nobody, and nothing throws', async () => {
    await fc.assert(
      fc.asyncProperty(input, async (asked) => {
        const { log, errors } = recordingLogger();
        const ctx = contextFor(log, asked.thread?.context ?? null);
        const { interaction, sent } = fakeAsk(asked);

        await createRouter(commands, ctx)(interaction);

        expect(errors).toEqual([]);
        const visible = sent.filter((one) => one.call !== 'deferReply');
        expect(visible).toHaveLength(1);
        const [answer] = visible;
        const where = `${answer!.call} for ${JSON.stringify(asked).slice(0, 200)}`;
        expect(answer!.payload.allowedMentions).toMatchObject({ parse: [] });
        expect(answer!.payload.allowedMentions?.users ?? []).toEqual([]);
        expect(answer!.payload.allowedMentions?.roles ?? []).toEqual([]);
        expect(answer!.payload.allowedMentions?.repliedUser ?? false).toBe(false);
        expectPayloadWithinLimits(answer!.payload, where);
        expectNoLiveMention(answer!.payload, where);
        // Outside a thread the reply is the acknowledgement; in one, the deferral is, and the answer edits it.
        expect(sent.map((one) => one.call)).toEqual(asked.thread ? ['deferReply', 'editReply'] : ['reply']);
      }),
      { numRuns: 400 },
    );
  });

  test.each(['sources', 'help'])(
    'GIVEN /%s with stray options THEN one reply within the limits, pinging nobody',
    async (name) => {
      const { log, errors } = recordingLogger();
      const { interaction, sent } = fakeAsk(
        { question: '@everyone', outlet: '<@&456>', hide: false, thread: null },
        name,
      );

      await createRouter(commands, contextFor(log, null))(interaction);

      expect(errors).toEqual([]);
      expect(sent).toHaveLength(1);
      expect(sent[0]!.payload.allowedMentions).toMatchObject({ parse: [] });
      expectPayloadWithinLimits(sent[0]!.payload, name);
    },
  );
});
