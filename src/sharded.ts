/**
 * `npm run start:sharded`: `npm start` as shards (src/bot/shardManager.ts), as many as Discord recommends for the
 * bot's servers unless SHARDS (in the environment or .env) says how many.
 */
import 'dotenv/config';

process.env.SHARDS ||= 'auto';
await import('./main.ts');
