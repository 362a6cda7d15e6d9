import { once } from 'node:events';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { gzipSync } from 'node:zlib';
import { afterEach, describe, expect, test } from 'vitest';
import {
  attachmentOrigins,
  DISCORD_ATTACHMENT_ORIGINS,
  downloadAttachment,
  MAX_REDIRECTS,
} from '../../src/bot/download.ts';

/** A server on 127.0.0.1 that records the paths asked of it. */
interface LocalServer {
  origin: string;
  paths: string[];
  server: Server;
}

const servers: Server[] = [];
afterEach(async () => {
  for (const server of servers.splice(0)) {
    server.closeAllConnections();
    server.close();
  }
});

async function localServer(handle: (req: IncomingMessage, res: ServerResponse) => void): Promise<LocalServer> {
  const paths: string[] = [];
  const server = createServer((req, res) => {
    paths.push(req.url ?? '');
    handle(req, res);
  });
  servers.push(server);
  server.listen(0, '127.0.0.1');
  await once(server, 'listening');
  return { origin: `http://127.0.0.1:${(server.address() as AddressInfo).port}`, paths, server };
}

const ARTICLE = Buffer.from('An article of a few words.\n');

/** Stands for an internal service the bot must never be made to call. */
async function internalService(): Promise<LocalServer> {
  return localServer((_req, res) => res.end('internal secrets'));
}

describe('downloadAttachment', () => {
  test('GIVEN a file at an allowed origin THEN its bytes are returned', async () => {
    const cdn = await localServer((_req, res) => res.end(ARTICLE));
    expect(
      await downloadAttachment(`${cdn.origin}/attachments/1/2/a.txt`, { maxBytes: 1000, allowedOrigins: [cdn.origin] }),
    ).toEqual({ bytes: ARTICLE });
  });

  test.each([
    [
      'its port',
      (origin: string) =>
        origin.replace(/:(\d+)$/, (_, port: string) => `:${Number(port) === 65535 ? 1 : Number(port) + 1}`),
    ],
    ['its host name (localhost for 127.0.0.1)', (origin: string) => origin.replace('127.0.0.1', 'localhost')],
  ])(
    'GIVEN a URL whose origin differs from the allowed one by %s THEN it is refused without a request',
    async (_what, allowedFrom) => {
      const internal = await internalService();
      const result = await downloadAttachment(`${internal.origin}/admin`, {
        maxBytes: 1000,
        allowedOrigins: [allowedFrom(internal.origin)],
      });
      expect(result).toEqual({ refused: expect.stringContaining('not one of Discord’s attachment addresses') });
      expect(internal.paths).toEqual([]);
    },
  );

  test.each([
    ['a look-alike host', 'https://cdn.discordapp.com.example.net/attachments/1/2/a.txt'],
    ['a user-info trick', 'https://cdn.discordapp.com@127.0.0.1/attachments/1/2/a.txt'],
    ['plain http to the CDN', 'http://cdn.discordapp.com/attachments/1/2/a.txt'],
    ['another scheme', 'file:///etc/passwd'],
    ['no address at all', 'not a url'],
  ])('GIVEN %s THEN it is refused before any request (Discord’s origins by default)', async (_what, url) => {
    const result = await downloadAttachment(url, {
      maxBytes: 1000,
      allowedOrigins: attachmentOrigins({ discordApiUrl: null }),
    });
    expect(result).toHaveProperty('refused');
  });

  test('GIVEN an allowed server that redirects to another host THEN the redirect is not followed and the other host gets no request', async () => {
    const internal = await internalService();
    const cdn = await localServer((_req, res) => res.writeHead(302, { location: `${internal.origin}/admin` }).end());
    const result = await downloadAttachment(`${cdn.origin}/attachments/1/2/a.txt`, {
      maxBytes: 1000,
      allowedOrigins: [cdn.origin],
    });
    expect(result).toEqual({ refused: expect.stringContaining('redirected away from Discord') });
    expect(internal.paths).toEqual([]);
  });

  test('GIVEN a redirect that stays on an allowed origin (relative or absolute) THEN it is followed', async () => {
    const cdn = await localServer((req, res) => {
      if (req.url === '/first') res.writeHead(301, { location: '/second' }).end();
      else if (req.url === '/second')
        res.writeHead(307, { location: `http://127.0.0.1:${(cdn.server.address() as AddressInfo).port}/file` }).end();
      else res.end(ARTICLE);
    });
    expect(await downloadAttachment(`${cdn.origin}/first`, { maxBytes: 1000, allowedOrigins: [cdn.origin] })).toEqual({
      bytes: ARTICLE,
    });
    expect(cdn.paths).toEqual(['/first', '/second', '/file']);
  });

  test('GIVEN redirects without end on an allowed origin THEN it gives up after a few hops', async () => {
    let hop = 0;
    const cdn = await localServer((_req, res) => res.writeHead(302, { location: `/hop${(hop += 1)}` }).end());
    const result = await downloadAttachment(`${cdn.origin}/start`, { maxBytes: 1000, allowedOrigins: [cdn.origin] });
    expect(result).toEqual({ refused: expect.stringContaining('redirected too many times') });
    expect(cdn.paths).toHaveLength(MAX_REDIRECTS + 1);
  });

  test('GIVEN a redirect without a Location THEN it is refused', async () => {
    const cdn = await localServer((_req, res) => res.writeHead(302).end());
    expect(
      await downloadAttachment(`${cdn.origin}/a.txt`, { maxBytes: 1000, allowedOrigins: [cdn.origin] }),
    ).toHaveProperty('refused');
  });

  test.each([
    ['sent without a length', (res: ServerResponse) => res.end(Buffer.alloc(5000, 'a'))],
    [
      'gzip-compressed to a few bytes',
      (res: ServerResponse) =>
        res.writeHead(200, { 'content-encoding': 'gzip' }).end(gzipSync(Buffer.alloc(1_000_000, 'a'))),
    ],
  ])('GIVEN a body larger than the limit, %s THEN it is refused while streaming', async (_what, send) => {
    const cdn = await localServer((_req, res) => send(res));
    expect(await downloadAttachment(`${cdn.origin}/a.txt`, { maxBytes: 1000, allowedOrigins: [cdn.origin] })).toEqual({
      refused: 'The file is larger than the limit of 1000 bytes.',
    });
  });
});

describe('attachmentOrigins', () => {
  test('GIVEN no API proxy THEN only Discord’s attachment hosts, over https', () => {
    expect(attachmentOrigins({ discordApiUrl: null })).toEqual([
      'https://cdn.discordapp.com',
      'https://media.discordapp.net',
    ]);
    expect(DISCORD_ATTACHMENT_ORIGINS).toEqual(attachmentOrigins({ discordApiUrl: null }));
  });

  test('GIVEN an API proxy in the config THEN its origin is allowed too, and nothing else of it', () => {
    expect(attachmentOrigins({ discordApiUrl: 'http://127.0.0.1:8080/api' })).toEqual([
      'https://cdn.discordapp.com',
      'https://media.discordapp.net',
      'http://127.0.0.1:8080',
    ]);
  });
});
