// REST answers: the request a handler gets, what it returns, and Discord's error bodies.
import type { JsonBody, RecordedFile } from './types.ts';
import { invalidFormBody, type DiscordErrorBody, type FieldError } from './validation.ts';

export interface Reply {
  status: number;
  body?: unknown;
  headers?: Record<string, string>;
  /** Bytes sent as they are instead of a JSON body (an attachment's content). */
  raw?: Buffer;
}

export interface RequestContext {
  method: string;
  path: string;
  params: Record<string, string>;
  query: URLSearchParams;
  body: JsonBody;
  files: RecordedFile[];
}

export function error(status: number, code: number, message: string): Reply {
  return { status, body: { code, message } satisfies DiscordErrorBody };
}

export function formError(errors: FieldError[], prefix: Array<string | number> = []): Reply {
  return { status: 400, body: invalidFormBody(errors, prefix) };
}

export const UNKNOWN_INTERACTION = (): Reply => error(404, 10062, 'Unknown interaction');
export const UNKNOWN_MESSAGE = (): Reply => error(404, 10008, 'Unknown Message');
export const UNKNOWN_CHANNEL = (): Reply => error(404, 10003, 'Unknown Channel');
export const UNKNOWN_WEBHOOK = (): Reply => error(404, 10015, 'Unknown Webhook');
export const EMPTY_MESSAGE = (): Reply => error(400, 50006, 'Cannot send an empty message');
export const NOT_FOUND = (): Reply => ({ status: 404, body: { message: '404: Not Found', code: 0 } });
