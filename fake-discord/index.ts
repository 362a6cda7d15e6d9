// The fake Discord's public API: what tests import.
export * from './fakeDiscord.ts';
