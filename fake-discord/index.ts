// The fake Discord's public API: what tests import.
export { FakeDiscord, startFakeDiscord } from './fakeDiscord.ts';
export { DEFAULT_BOT_PERMISSIONS, DEFAULT_MEMBER_PERMISSIONS, shardOfGuild } from './shared.ts';
export type * from './types.ts';
