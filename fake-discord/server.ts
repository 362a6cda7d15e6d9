// The HTTP server: one port for REST (/api/v10), the gateway's WebSocket upgrade and attachment downloads.
// Every request is recorded (with its answer) before it is answered.
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo, Socket } from 'node:net';
import type { Faults } from './faults.ts';
import type { Gateway } from './gateway.ts';
import { error, NOT_FOUND, type Reply } from './replies.ts';
import type { RestRoutes } from './routes.ts';
import type { FakeState } from './state.ts';
import type { JsonBody, RecordedFile, RecordedRequest } from './types.ts';

export class HttpServer {
  private readonly server: Server;
  private readonly sockets = new Set<Socket>();
  private requestSeq = 0;

  constructor(
    private readonly state: FakeState,
    gateway: Gateway,
    private readonly routes: RestRoutes,
    private readonly faults: Faults,
    private readonly requests: RecordedRequest[],
    private readonly notify: () => void,
  ) {
    this.server = createServer((req, res) => void this.onRequest(req, res));
    this.server.on('connection', (socket) => {
      this.sockets.add(socket);
      socket.on('close', () => this.sockets.delete(socket));
    });
    this.server.on('upgrade', (req, socket, head) => gateway.upgrade(req, socket, head));
  }

  /** Listens on a random port of 127.0.0.1 and returns it. */
  async listen(): Promise<number> {
    await new Promise<void>((resolve, reject) => {
      this.server.once('error', reject);
      this.server.listen(0, '127.0.0.1', () => resolve());
    });
    return (this.server.address() as AddressInfo).port;
  }

  async close(): Promise<void> {
    const closing = new Promise<void>((resolve) => this.server.close(() => resolve()));
    this.server.closeAllConnections();
    for (const socket of this.sockets) socket.destroy();
    await closing;
  }

  private async onRequest(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const chunks: Buffer[] = [];
    for await (const chunk of req) chunks.push(chunk as Buffer);
    const raw = Buffer.concat(chunks);
    const method = (req.method ?? 'GET').toUpperCase();
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    const prefix = '/api/v10';
    const inApi = url.pathname === prefix || url.pathname.startsWith(`${prefix}/`);
    const path = inApi
      ? url.pathname
          .slice(prefix.length)
          .split('/')
          .map((seg) => {
            try {
              return decodeURIComponent(seg);
            } catch {
              return seg;
            }
          })
          .join('/') || '/'
      : url.pathname;

    let body: JsonBody = null;
    let files: RecordedFile[] = [];
    let parseError = false;
    try {
      ({ body, files } = await parseBody(raw, req.headers['content-type'] ?? ''));
    } catch {
      parseError = true;
    }

    const delay = this.faults.delayFor(method, path, this.state.options.delayMs);
    if (delay > 0) await new Promise((resolve) => setTimeout(resolve, delay));

    const route = inApi ? this.routes.match(method, path) : undefined;
    const header = (name: string): string | null => {
      const value = req.headers[name];
      return typeof value === 'string' ? value : null;
    };
    const record: RecordedRequest = {
      seq: ++this.requestSeq,
      at: Date.now(),
      method,
      path,
      route: route ? `${route.route.method} ${route.route.pattern}` : 'unknown',
      params: route?.params ?? {},
      query: Object.fromEntries(url.searchParams),
      authorization: header('authorization'),
      auditLogReason: header('x-audit-log-reason'),
      body,
      files,
      status: 0,
      response: null,
      fault: false,
    };

    let reply: Reply;
    const fault = this.faults.find(method, path);
    if (this.state.closed) {
      reply = { status: 503, body: { message: 'server closed', code: 0 } };
    } else if (fault) {
      record.fault = true;
      reply = this.faults.take(fault);
    } else if (!inApi && method === 'GET' && this.state.attachmentFiles.has(path)) {
      const file = this.state.attachmentFiles.get(path)!;
      reply = { status: 200, raw: file.data, headers: { 'content-type': file.contentType } };
    } else if (parseError) {
      reply = error(400, 50109, 'The request body contains invalid JSON.');
    } else if (!route) {
      reply = NOT_FOUND();
    } else if (route.route.auth && !this.authorized(record.authorization)) {
      reply = { status: 401, body: { message: '401: Unauthorized', code: 0 } };
    } else {
      try {
        reply = await route.route.handler({ method, path, params: route.params, query: url.searchParams, body, files });
      } catch (err) {
        this.state.log(`handler error: ${String(err)}`);
        reply = { status: 500, body: { message: '500: Internal Server Error', code: 0 } };
      }
    }

    record.status = reply.status;
    record.response = reply.body ?? null;
    this.requests.push(record);
    this.state.log(`${method} ${path} -> ${reply.status}`);
    // Recorded before answering: once the client's promise settles, the test can see the request.
    const headers: Record<string, string> = { ...reply.headers };
    if (reply.body !== undefined) headers['content-type'] = 'application/json';
    if (reply.raw) {
      res.writeHead(reply.status, { ...headers, 'content-length': String(reply.raw.length) });
      res.end(reply.raw);
      this.notify();
      return;
    }
    res.writeHead(reply.status, headers);
    res.end(reply.body === undefined ? undefined : JSON.stringify(reply.body));
    this.notify();
  }

  private authorized(header: string | null): boolean {
    if (!header?.startsWith('Bot ')) return false;
    return this.state.tokenOk(header.slice(4));
  }
}

async function parseBody(raw: Buffer, contentType: string): Promise<{ body: JsonBody; files: RecordedFile[] }> {
  if (raw.length === 0) return { body: null, files: [] };
  if (contentType.startsWith('multipart/form-data')) {
    // undici's Response parses multipart exactly as the client's FormData encoded it.
    const form = await new Response(raw, { headers: { 'content-type': contentType } }).formData();
    let body: JsonBody = null;
    const files: RecordedFile[] = [];
    for (const [field, value] of form.entries()) {
      if (typeof value === 'string') {
        if (field === 'payload_json') body = JSON.parse(value) as JsonBody;
      } else {
        const data = Buffer.from(await value.arrayBuffer());
        files.push({ field, filename: value.name, contentType: value.type, size: data.length, data });
      }
    }
    return { body, files };
  }
  return { body: JSON.parse(raw.toString('utf8')) as JsonBody, files: [] };
}
