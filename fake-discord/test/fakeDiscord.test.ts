import { afterEach, describe, expect, test } from 'vitest';
import {
  ActionRowBuilder,
  ButtonBuilder,
  ButtonStyle,
  ChannelType,
  Client,
  HTTPError,
  DiscordAPIError,
  EmbedBuilder,
  Events,
  GatewayIntentBits,
  MessageFlags,
  MessageType,
  REST,
  Routes,
  SlashCommandBuilder,
  type ChatInputCommandInteraction,
  type Interaction,
  type Message,
  type TextChannel,
} from 'discord.js';
import { WebSocket } from 'ws';
import { shardOfGuild, startFakeDiscord, type FakeDiscord, type FakeDiscordOptions } from '../index.ts';

interface Harness {
  fake: FakeDiscord;
  client: Client;
}

let current: Harness | null = null;

const ALL_INTENTS = [GatewayIntentBits.Guilds, GatewayIntentBits.GuildMessages, GatewayIntentBits.MessageContent];

async function start(
  options: FakeDiscordOptions = {},
  { intents = ALL_INTENTS, before }: { intents?: GatewayIntentBits[]; before?: (fake: FakeDiscord) => void } = {},
): Promise<Harness> {
  const fake = await startFakeDiscord(options);
  before?.(fake);
  const client = new Client({ intents, rest: { api: fake.apiUrl } });
  current = { fake, client };
  const ready = new Promise<void>((resolve) => client.once(Events.ClientReady, () => resolve()));
  await client.login(fake.token);
  await ready;
  return current;
}

afterEach(async () => {
  if (!current) return;
  // Order matters: a client whose server vanished keeps reconnecting.
  await current.client.destroy();
  await current.fake.close();
  current = null;
});

/** Runs `handler` on the next chat-input interaction and resolves with its outcome (or error). */
function onCommand(client: Client, handler: (i: ChatInputCommandInteraction) => Promise<unknown>): Promise<unknown> {
  return new Promise((resolve) => {
    const listener = (interaction: Interaction): void => {
      if (!interaction.isChatInputCommand()) return;
      client.off(Events.InteractionCreate, listener);
      Promise.resolve()
        .then(() => handler(interaction))
        .then(resolve, resolve);
    };
    client.on(Events.InteractionCreate, listener);
  });
}

function textChannel(client: Client, id: string): TextChannel {
  const channel = client.channels.cache.get(id);
  if (channel?.type !== ChannelType.GuildText) throw new Error(`channel ${id} not cached as text`);
  return channel;
}

describe('fakeDiscord', () => {
  test('GIVEN a fake server WHEN the client logs in THEN clientReady fires with the guild and channel cached', async () => {
    const { fake, client } = await start();

    expect(client.user?.id).toBe(fake.botUserId);
    expect(client.application?.id).toBe(fake.applicationId);
    const guild = client.guilds.cache.get(fake.guildId);
    expect(guild?.available).toBe(true);
    expect(guild?.members.me?.id).toBe(fake.botUserId);
    expect(textChannel(client, fake.channelId).name).toBe('general');
    const identify = await fake.waitForIdentify();
    expect(identify.intents & GatewayIntentBits.MessageContent).toBe(GatewayIntentBits.MessageContent);
    expect(fake.requests.some((r) => r.route === 'GET /gateway/bot')).toBe(true);
  });

  test('GIVEN a slash command WHEN the bot replies THEN the reply is recorded as the visible original', async () => {
    const { fake, client } = await start();
    const handled = onCommand(client, (i) => i.reply({ content: `you asked: ${i.options.getString('question')}` }));

    const interaction = fake.sendInteraction({ name: 'ask', options: { question: 'who won?' } });
    await handled;
    const outcome = await fake.waitForInteractionReply(interaction);

    expect(outcome.callbackType).toBe(4);
    expect(outcome.original?.content).toBe('you asked: who won?');
    expect(outcome.ephemeral).toBe(false);
    expect(fake.messagesIn(fake.channelId).map((m) => m.content)).toContain('you asked: who won?');
  });

  test('GIVEN a deferred reply WHEN the bot edits it and follows up THEN the outcome merges the edit and lists the follow-up', async () => {
    const { fake, client } = await start();
    const handled = onCommand(client, async (i) => {
      await i.deferReply();
      await i.editReply({
        content: 'answer',
        embeds: [new EmbedBuilder().setTitle('Sources').setDescription('[1] a')],
      });
      await i.followUp({ content: 'only you see this', flags: MessageFlags.Ephemeral });
    });

    const interaction = fake.sendInteraction({ name: 'ask' });
    expect(await handled).toBeUndefined();
    const outcome = fake.interactionOutcome(interaction);

    expect(outcome.callbackType).toBe(5);
    expect(outcome.pending).toBe(false);
    expect(outcome.original?.content).toBe('answer');
    expect(outcome.original?.embeds[0]).toMatchObject({ title: 'Sources', description: '[1] a' });
    expect(outcome.followUps).toHaveLength(1);
    expect(outcome.followUps[0]?.flags).toBe(MessageFlags.Ephemeral);
    const patch = await fake.waitForRequest('PATCH', '/webhooks/:app/:token/messages/@original');
    expect(patch.status).toBe(200);
  });

  test('GIVEN an interaction past its expiry WHEN the bot replies THEN discord.js rejects with code 10062', async () => {
    const { fake, client } = await start({ interactionExpiryMs: 100 });
    const handled = onCommand(client, async (i) => {
      await new Promise((resolve) => setTimeout(resolve, 200));
      await i.reply('too late');
    });

    const interaction = fake.sendInteraction({ name: 'ask' });
    const result = await handled;

    expect(result).toBeInstanceOf(DiscordAPIError);
    expect((result as DiscordAPIError).code).toBe(10062);
    expect(fake.interactionOutcome(interaction).acknowledged).toBe(false);
  });

  test('GIVEN an interaction past its expiry that the bot answers late THEN it was never acknowledged, and waiting for its answer times out', async () => {
    const { fake, client } = await start({ interactionExpiryMs: 100 });
    const handled = onCommand(client, async (i) => {
      await new Promise((resolve) => setTimeout(resolve, 200));
      await i.reply('too late');
    });

    const interaction = fake.sendInteraction({ name: 'ask' });
    await handled;

    expect(fake.acknowledgedAfter(interaction)).toBeNull();
    await expect(fake.waitUntilAnswered([interaction], 100)).rejects.toThrow(/answers to all 1 interactions/);
  });

  test('GIVEN interactions the bot defers and then answers THEN each acknowledgement time is from its sending to the deferral, and all are answered', async () => {
    const { fake, client } = await start();
    client.on('interactionCreate', (i) => {
      if (!i.isChatInputCommand()) return;
      void (async () => {
        await new Promise((resolve) => setTimeout(resolve, 50));
        await i.deferReply();
        await i.editReply('answer');
      })();
    });

    const interactions = [fake.sendInteraction({ name: 'ask' }), fake.sendInteraction({ name: 'ask' })];
    await fake.waitUntilAnswered(interactions, 5000);

    for (const interaction of interactions) {
      const after = fake.acknowledgedAfter(interaction);
      // The deferral came after the bot's 50 ms wait: the time runs from the sending, not from the handler.
      expect(after).toBeGreaterThanOrEqual(45);
      expect(fake.interactionOutcome(interaction).original?.content).toBe('answer');
    }
  });

  test('GIVEN an acknowledged interaction WHEN a second callback arrives THEN it is refused with code 40060', async () => {
    const { fake, client } = await start();
    const handled = onCommand(client, async (i) => {
      await i.deferReply();
      // Bypass discord.js's own guard to hit the server rule.
      await client.rest.post(Routes.interactionCallback(i.id, i.token), {
        body: { type: 4, data: { content: 'again' } },
        auth: false,
      });
    });

    fake.sendInteraction({ name: 'ask' });
    const result = await handled;

    expect((result as DiscordAPIError).code).toBe(40060);
  });

  test('GIVEN a 429 on channel messages WHEN the bot sends THEN discord.js waits and retries successfully', async () => {
    const { fake, client } = await start();
    fake.failNext({ method: 'POST', path: '/channels/:channel/messages', status: 429, retryAfterSeconds: 0.1 });

    const sent = await textChannel(client, fake.channelId).send('hello after rate limit');

    const attempts = fake.requests.filter((r) => r.route === 'POST /channels/:channel/messages');
    expect(attempts.map((r) => r.status)).toEqual([429, 200]);
    expect(attempts[0]?.fault).toBe(true);
    expect(sent.content).toBe('hello after rate limit');
  });

  test('GIVEN a user message WHEN the bot starts a thread and a user posts in it THEN messageCreate sees the thread message', async () => {
    const { fake, client } = await start();
    const inThread = new Promise<Message>((resolve) => {
      client.on(Events.MessageCreate, (m) => {
        if (m.channel.isThread() && !m.author.bot) resolve(m);
      });
    });
    const started = new Promise<string>((resolve) => {
      client.on(Events.MessageCreate, (m) => {
        if (m.content === 'what about the election?') {
          void m.startThread({ name: 'election' }).then((t) => resolve(t.id));
        }
      });
    });

    const question = fake.sendMessage({ content: 'what about the election?' });
    const threadId = await started;
    expect(threadId).toBe(question.id);
    expect(fake.getChannel(threadId)).toMatchObject({ type: 11, parent_id: fake.channelId, name: 'election' });
    expect(fake.dispatched.some((e) => e.t === 'THREAD_CREATE' && e.d.id === threadId)).toBe(true);

    fake.sendMessage({ channelId: threadId, content: 'follow-up question' });
    const received = await inThread;
    expect(received.content).toBe('follow-up question');
    expect(received.channelId).toBe(threadId);
  });

  test('GIVEN thread creation is denied WHEN the bot starts a thread THEN a DiscordAPIError with code 50013 surfaces', async () => {
    const { fake, client } = await start();
    fake.denyThreadCreation();
    const message = fake.sendMessage({ content: 'start a thread here' });
    const channel = textChannel(client, fake.channelId);
    const fetched = await channel.messages.fetch(message.id);

    const error = await fetched.startThread({ name: 'nope' }).catch((e: unknown) => e);

    expect(error).toBeInstanceOf(DiscordAPIError);
    expect((error as DiscordAPIError).code).toBe(50013);
    expect((error as DiscordAPIError).status).toBe(403);
  });

  test('GIVEN an embed description over 4096 chars WHEN the bot replies THEN it is refused with code 50035', async () => {
    const { fake, client } = await start();
    // A plain object: EmbedBuilder would already refuse this on the client side.
    const handled = onCommand(client, (i) => i.reply({ embeds: [{ description: 'x'.repeat(4097) }] }));

    const interaction = fake.sendInteraction({ name: 'ask' });
    const result = await handled;

    expect((result as DiscordAPIError).code).toBe(50035);
    expect((result as DiscordAPIError).rawError).toMatchObject({
      errors: { data: { embeds: { 0: { description: { _errors: [{ code: 'BASE_TYPE_MAX_LENGTH' }] } } } } },
    });
    expect(fake.interactionOutcome(interaction).errors).toHaveLength(1);
  });

  test('GIVEN command definitions WHEN registered via rest.put to guild commands THEN they are stored and echoed with ids', async () => {
    const { fake } = await start();
    const commands = [
      new SlashCommandBuilder()
        .setName('ask')
        .setDescription('Ask about the coverage')
        .addStringOption((o) => o.setName('question').setDescription('Your question').setRequired(true))
        .toJSON(),
    ];
    const rest = new REST({ api: fake.apiUrl }).setToken(fake.token);

    const echoed = (await rest.put(Routes.applicationGuildCommands(fake.applicationId, fake.guildId), {
      body: commands,
    })) as Array<{ id: string; name: string }>;

    expect(echoed[0]?.name).toBe('ask');
    expect(echoed[0]?.id).toMatch(/^\d+$/);
    const request = await fake.waitForRequest('PUT', '/applications/:app/guilds/:guild/commands');
    expect(request.body).toEqual(commands);
    expect(fake.guildCommands.get(fake.guildId)?.map((c) => c.name)).toEqual(['ask']);
  });
  test('GIVEN a button on a reply WHEN the user clicks it and the bot updates THEN the clicked message is edited', async () => {
    const { fake, client } = await start();
    const row = new ActionRowBuilder<ButtonBuilder>().addComponents(
      new ButtonBuilder().setCustomId('more:1').setLabel('More').setStyle(ButtonStyle.Primary),
    );
    const replied = onCommand(client, (i) => i.reply({ content: 'short answer', components: [row] }));
    const command = fake.sendInteraction({ name: 'ask' });
    await replied;
    const clicked = new Promise<unknown>((resolve) => {
      client.once(Events.InteractionCreate, (i) => {
        if (!i.isButton()) return resolve(new Error('not a button'));
        i.update({ content: `long answer for ${i.customId} on ${i.message.id}`, components: [] }).then(
          resolve,
          resolve,
        );
      });
    });

    const click = fake.sendComponent({ customId: 'more:1' });
    await clicked;

    const originalId = fake.interactionOutcome(command).original?.id;
    const outcome = fake.interactionOutcome(click);
    expect(outcome.callbackType).toBe(7);
    expect(outcome.original?.id).toBe(originalId);
    expect(outcome.original?.content).toBe(`long answer for more:1 on ${originalId}`);
    expect(outcome.original?.components).toEqual([]);
  });

  test('GIVEN an autocomplete interaction WHEN the bot responds THEN the choices are recorded', async () => {
    const { fake, client } = await start();
    const responded = new Promise<unknown>((resolve) => {
      client.once(Events.InteractionCreate, (i) => {
        if (!i.isAutocomplete()) return resolve(new Error('not autocomplete'));
        const typed = i.options.getFocused();
        i.respond([{ name: `Guardian (${typed})`, value: 'guardian' }]).then(resolve, resolve);
      });
    });

    const interaction = fake.sendAutocomplete({
      name: 'ask',
      options: { question: 'x' },
      focused: 'outlet',
      value: 'gu',
    });
    await responded;

    expect(fake.interactionOutcome(interaction).choices).toEqual([{ name: 'Guardian (gu)', value: 'guardian' }]);
  });

  test('GIVEN a deferred ephemeral reply WHEN the bot sends a follow-up THEN it replaces the thinking message and stays ephemeral', async () => {
    const { fake, client } = await start();
    const handled = onCommand(client, async (i) => {
      await i.deferReply({ flags: MessageFlags.Ephemeral });
      await i.followUp({ content: 'first follow-up' });
    });

    const interaction = fake.sendInteraction({ name: 'ask' });
    await handled;
    const outcome = fake.interactionOutcome(interaction);

    expect(outcome.original?.content).toBe('first follow-up');
    expect(outcome.ephemeral).toBe(true);
    expect(outcome.followUps).toEqual([]);
    expect(fake.messagesIn(fake.channelId)).toEqual([]);
  });

  test('GIVEN a reply with a file WHEN sent as multipart THEN payload_json and the file are recorded', async () => {
    const { fake, client } = await start();
    const handled = onCommand(client, (i) =>
      i.reply({ content: 'see attached', files: [{ attachment: Buffer.from('source list'), name: 'sources.txt' }] }),
    );

    const interaction = fake.sendInteraction({ name: 'ask' });
    await handled;
    const request = await fake.waitForRequest('POST', '/interactions/:id/:token/callback');

    expect(request.body).toMatchObject({ type: 4, data: { content: 'see attached' } });
    expect(request.files).toHaveLength(1);
    expect(request.files[0]).toMatchObject({ filename: 'sources.txt', size: 11 });
    expect(request.files[0]?.data.toString()).toBe('source list');
    expect(fake.interactionOutcome(interaction).original?.attachments[0]?.filename).toBe('sources.txt');
  });

  test('GIVEN a user-uploaded attachment in a command option WHEN the bot reads the option and fetches its URL THEN it gets the bytes from 127.0.0.1', async () => {
    const { fake, client } = await start();
    const attachment = fake.addAttachment({
      filename: 'story.md',
      data: '# Headline\n\nBody text.',
      contentType: 'text/markdown',
    });
    const handled = onCommand(client, async (i) => {
      const option = i.options.getAttachment('file', true);
      const response = await fetch(option.url);
      return { name: option.name, size: option.size, status: response.status, text: await response.text() };
    });

    fake.sendInteraction({
      name: 'add',
      options: [{ name: 'file', type: 11, value: attachment.id }],
      resolved: { attachments: { [attachment.id]: { ...attachment } } },
    });

    expect(new URL(attachment.url).hostname).toBe('127.0.0.1');
    expect(await handled).toEqual({ name: 'story.md', size: 22, status: 200, text: '# Headline\n\nBody text.' });
  });

  test('GIVEN over-long content or an empty message WHEN the bot sends THEN 50035 and 50006 are returned', async () => {
    const { fake, client } = await start();
    const channel = textChannel(client, fake.channelId);

    const tooLong = await channel.send('x'.repeat(2001)).catch((e: unknown) => e);
    const empty = await channel.send({ content: '', embeds: [] }).catch((e: unknown) => e);

    expect((tooLong as DiscordAPIError).code).toBe(50035);
    expect((tooLong as DiscordAPIError).rawError).toMatchObject({
      errors: { content: { _errors: [{ code: 'BASE_TYPE_MAX_LENGTH' }] } },
    });
    expect((empty as DiscordAPIError).code).toBe(50006);
    expect(fake.messagesIn(fake.channelId)).toEqual([]);
  });

  test('GIVEN 500s WHEN the bot sends THEN discord.js retries, and gives up with an HTTPError after 3 retries', async () => {
    const { fake, client } = await start();
    const channel = textChannel(client, fake.channelId);
    fake.failNext({ method: 'POST', path: '/channels/:channel/messages', status: 500, count: 2 });

    await channel.send('after two 500s');
    fake.failNext({ method: 'POST', path: '/channels/:channel/messages', status: 503, count: 4 });
    const failure = await channel.send('never').catch((e: unknown) => e);

    expect(failure).toBeInstanceOf(HTTPError);
    expect((failure as HTTPError).status).toBe(503);
    const statuses = fake.requests.filter((r) => r.route === 'POST /channels/:channel/messages').map((r) => r.status);
    expect(statuses).toEqual([500, 500, 200, 503, 503, 503, 503]);
  });

  test('GIVEN a thread that existed before login WHEN a user posts in it THEN the bot sees it and can read the thread history', async () => {
    let threadId = '';
    const { fake, client } = await start(
      {},
      {
        before: (f) => {
          const starter = f.sendMessage({ content: 'original question' });
          threadId = f.createThread({ name: 'earlier thread', id: starter.id }).id;
        },
      },
    );
    const thread = client.channels.cache.get(threadId);
    expect(thread?.isThread()).toBe(true);
    fake.sendMessage({ channelId: threadId, content: 'earlier reply' });
    const received = new Promise<Message>((resolve) =>
      client.on(Events.MessageCreate, (m) => m.content === 'and now?' && resolve(m)),
    );

    fake.sendMessage({ channelId: threadId, content: 'and now?' });
    const message = await received;
    if (!message.channel.isThread()) throw new Error('expected a thread');
    const history = await message.channel.messages.fetch({ limit: 10 });
    const starter = await message.channel.fetchStarterMessage();

    // Like Discord, a thread started from a message opens with an empty type-21 system message.
    expect([...history.values()].map((m) => [m.type, m.content])).toEqual([
      [MessageType.Default, 'and now?'],
      [MessageType.Default, 'earlier reply'],
      [MessageType.ThreadStarterMessage, ''],
    ]);
    expect(starter?.content).toBe('original question');
  });

  test('GIVEN a test-created thread after login WHEN THREAD_CREATE is dispatched THEN the client caches it', async () => {
    const { fake, client } = await start();
    const created = new Promise<string>((resolve) => client.once(Events.ThreadCreate, (t) => resolve(t.id)));

    const thread = fake.createThread({ name: 'from the test' });

    expect(await created).toBe(thread.id);
    expect(client.channels.cache.get(thread.id)?.type).toBe(ChannelType.PublicThread);
  });

  test('GIVEN a gateway close with 4000 WHEN the client resumes THEN missed events are replayed and interactions still work', async () => {
    const { fake, client } = await start();
    const seen = new Promise<Message>((resolve) =>
      client.on(Events.MessageCreate, (m) => m.content === 'while away' && resolve(m)),
    );

    fake.closeGateway(4000);
    fake.sendMessage({ content: 'while away' });
    const resume = await fake.waitForResume();
    await seen;

    expect(resume.replayed).toBeGreaterThanOrEqual(1);
    expect(fake.gatewayConnections.at(-1)?.path).toBe('/gateway-resume');
    expect(fake.identifies).toHaveLength(1);
    const handled = onCommand(client, (i) => i.reply('still here'));
    const interaction = fake.sendInteraction({ name: 'ask' });
    await handled;
    expect(fake.interactionOutcome(interaction).original?.content).toBe('still here');
  });

  test('GIVEN a gateway close with 4004 WHEN the client sees it THEN it disconnects for good', async () => {
    const { fake, client } = await start();
    const disconnected = new Promise<number>((resolve) =>
      client.once(Events.ShardDisconnect, (event) => resolve(event.code)),
    );

    fake.closeGateway(4004);

    expect(await disconnected).toBe(4004);
    await new Promise((resolve) => setTimeout(resolve, 700));
    expect(fake.gatewayConnections).toHaveLength(1);
  });

  test('GIVEN an application without the Message Content intent enabled WHEN a client asks for it THEN the gateway closes with 4014 and login fails', async () => {
    const fake = await startFakeDiscord({ applicationFlags: 0 });
    const client = new Client({ intents: ALL_INTENTS, rest: { api: fake.apiUrl } });
    try {
      const disconnected = new Promise<number>((resolve) =>
        client.once(Events.ShardDisconnect, (event) => resolve(event.code)),
      );

      await expect(client.login(fake.token)).rejects.toThrow('Used disallowed intents');

      expect(await disconnected).toBe(4014);
      expect(fake.identifies).toEqual([]);
      expect(fake.gatewayConnections[0]).toMatchObject({ closeCode: 4014, closedBy: 'server' });
    } finally {
      await client.destroy();
      await fake.close();
    }
  });

  test('GIVEN no Message Content intent WHEN users post THEN content arrives only when the bot is mentioned', async () => {
    const { fake, client } = await start({}, { intents: [GatewayIntentBits.Guilds, GatewayIntentBits.GuildMessages] });
    const contents: string[] = [];
    const both = new Promise<void>((resolve) =>
      client.on(Events.MessageCreate, (m) => {
        contents.push(m.content);
        if (contents.length === 2) resolve();
      }),
    );

    fake.sendMessage({ content: 'plain question' });
    fake.sendMessage({ content: `${fake.botMention} mentioned question` });
    await both;

    expect(contents).toEqual(['', `${fake.botMention} mentioned question`]);
  });
  test('GIVEN a bot restart WHEN a new client logs in to the same server THEN it re-identifies and sees threads the old one made', async () => {
    const { fake, client } = await start();
    const question = fake.sendMessage({ content: 'thread me' });
    const channel = textChannel(client, fake.channelId);
    const thread = await (await channel.messages.fetch(question.id)).startThread({ name: 'before restart' });
    await client.destroy();

    const second = new Client({ intents: ALL_INTENTS, rest: { api: fake.apiUrl } });
    current = { fake, client: second };
    const ready = new Promise<void>((resolve) => second.once(Events.ClientReady, () => resolve()));
    await second.login(fake.token);
    await ready;
    const seen = new Promise<Message>((resolve) =>
      second.on(Events.MessageCreate, (m) => m.content === 'after restart' && resolve(m)),
    );
    fake.sendMessage({ channelId: thread.id, content: 'after restart' });

    expect((await seen).channelId).toBe(thread.id);
    expect(fake.identifies).toHaveLength(2);
    expect(fake.gatewayConnections[0]?.closeCode).toBe(1000);
  });
  test('GIVEN a thread name over 100 chars WHEN the bot creates a thread THEN it is refused with code 50035', async () => {
    const { fake, client } = await start();

    const error = await textChannel(client, fake.channelId)
      .threads.create({ name: 'n'.repeat(101) })
      .catch((e: unknown) => e);

    expect((error as DiscordAPIError).code).toBe(50035);
    expect(fake.threads()).toEqual([]);
  });
  test('GIVEN unacknowledged heartbeats WHEN discord.js detects a zombie connection THEN it reconnects and resumes', async () => {
    const { fake } = await start({ heartbeatIntervalMs: 100 });

    fake.setHeartbeatAck(false);
    const resume = await fake.waitForResume(3000);
    fake.setHeartbeatAck(true);

    expect(resume.accepted).toBe(true);
    expect(fake.gatewayConnections.length).toBeGreaterThanOrEqual(2);
    expect(fake.identifies).toHaveLength(1);
  });
});

/** A guild id that Discord routes to `shard` of `count`: its timestamp part (id >> 22) is `shard` modulo `count`. */
function guildOnShard(shard: number, count: number): string {
  const sinceEpoch = BigInt(Date.now()) - 1420070400000n;
  return ((sinceEpoch - (sinceEpoch % BigInt(count)) + BigInt(shard)) << 22n).toString();
}

describe('fakeDiscord with shards', () => {
  test('GIVEN two clients identifying as shards [0, 2] and [1, 2] THEN each gets the guilds (guild_id >> 22) % 2 routes to it, and an interaction reaches only its guild’s shard', async () => {
    const guilds = [guildOnShard(0, 2), guildOnShard(1, 2)];
    const fake = await startFakeDiscord({
      recommendedShards: 2,
      maxConcurrency: 2,
      channels: [{ name: 'general' }, ...guilds.map((guildId, shard) => ({ name: `shard-${shard}`, guildId }))],
    });
    const clients = [0, 1].map(
      (shard) => new Client({ intents: ALL_INTENTS, rest: { api: fake.apiUrl }, shards: [shard], shardCount: 2 }),
    );
    try {
      await Promise.all(
        clients.map(async (client) => {
          const ready = new Promise<void>((resolve) => client.once(Events.ClientReady, () => resolve()));
          await client.login(fake.token);
          await ready;
        }),
      );
      const gateway = (await new REST({ api: fake.apiUrl }).setToken(fake.token).get(Routes.gatewayBot())) as {
        shards: number;
        session_start_limit: { max_concurrency: number };
      };
      expect([gateway.shards, gateway.session_start_limit.max_concurrency]).toEqual([2, 2]);
      expect(fake.identifies.map((identify) => identify.shard).sort()).toEqual([
        [0, 2],
        [1, 2],
      ]);
      expect(guilds.map((guild) => shardOfGuild(guild, 2))).toEqual([0, 1]);
      clients.forEach((client, shard) => {
        const own = guilds[shard] ?? '';
        expect(client.guilds.cache.has(own)).toBe(true);
        expect(client.guilds.cache.has(guilds[1 - shard] ?? '')).toBe(false);
        expect(client.guilds.cache.get(own)?.channels.cache.map((channel) => channel.name)).toEqual([`shard-${shard}`]);
      });

      const channel = fake.channelIds.find((id) => fake.getChannel(id)?.guild_id === guilds[1]) ?? '';
      const handled = onCommand(clients[1]!, (i) =>
        i.reply(`shard ${i.client.shard?.ids.join() ?? i.guild?.shardId} in ${i.guildId}`),
      );
      const interaction = fake.sendInteraction({ name: 'ask', channelId: channel });
      await handled;
      expect((await fake.waitForInteractionReply(interaction)).original?.content).toBe(`shard 1 in ${guilds[1]}`);
      const sessions = fake.dispatched
        .filter((event) => event.t === 'INTERACTION_CREATE' && event.d.id === interaction.id)
        .map((event) => event.sessionId);
      expect(sessions).toEqual([fake.identifies.find((identify) => identify.shard?.[0] === 1)?.sessionId]);
    } finally {
      for (const client of clients) await client.destroy();
      await fake.close();
    }
  });

  test('GIVEN an IDENTIFY whose shard id is not below its count THEN the gateway closes with 4010 (Invalid shard)', async () => {
    const fake = await startFakeDiscord();
    try {
      const socket = new WebSocket(`${fake.gatewayUrl}?v=10&encoding=json`);
      const closed = new Promise<number>((resolve) => socket.once('close', (code) => resolve(code)));
      socket.once('message', () =>
        socket.send(JSON.stringify({ op: 2, d: { token: fake.token, intents: 1, properties: {}, shard: [2, 2] } })),
      );
      expect(await closed).toBe(4010);
    } finally {
      await fake.close();
    }
  });
});
