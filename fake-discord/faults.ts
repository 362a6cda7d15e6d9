// Faults the tests inject: REST errors and rate limits, slow answers, unanswered heartbeats, gateway closes.
import type { Gateway } from './gateway.ts';
import { error, type Reply } from './replies.ts';
import { matches } from './shared.ts';
import type { FaultSpec, RouteMatch, RuleHandle } from './types.ts';

export interface FaultRule extends FaultSpec {
  left: number;
}

interface DelayRule {
  match: RouteMatch | null;
  ms: number;
}

export class Faults {
  private readonly faults: FaultRule[] = [];
  private readonly delays: DelayRule[] = [];

  constructor(private readonly gateway: Gateway) {}

  /** The next `count` requests matching method+path are answered with `status` instead of being handled. */
  failNext(spec: FaultSpec): RuleHandle {
    const rule: FaultRule = { ...spec, left: spec.count ?? 1 };
    this.faults.push(rule);
    return {
      remaining: () => rule.left,
      clear: () => {
        rule.left = 0;
      },
    };
  }

  /** Thread creation answers 403 code 50013 (Missing Permissions) until cleared. */
  denyThreadCreation(): RuleHandle {
    const a = this.failNext({
      method: 'POST',
      path: '/channels/:channel/messages/:message/threads',
      status: 403,
      code: 50013,
      message: 'Missing Permissions',
      count: Infinity,
    });
    const b = this.failNext({
      method: 'POST',
      path: '/channels/:channel/threads',
      status: 403,
      code: 50013,
      message: 'Missing Permissions',
      count: Infinity,
    });
    return {
      remaining: () => a.remaining(),
      clear: () => {
        a.clear();
        b.clear();
      },
    };
  }

  /** Delay REST answers (all, or those matching `match`). */
  setDelay(ms: number, match?: RouteMatch): RuleHandle {
    const rule: DelayRule = { ms, match: match ?? null };
    this.delays.push(rule);
    return {
      remaining: () => (this.delays.includes(rule) ? Infinity : 0),
      clear: () => {
        const i = this.delays.indexOf(rule);
        if (i >= 0) this.delays.splice(i, 1);
      },
    };
  }

  clearFaults(): void {
    for (const rule of this.faults) rule.left = 0;
    this.delays.length = 0;
  }

  /** When false, heartbeats are no longer acknowledged (discord.js then treats the link as a zombie and resumes). */
  setHeartbeatAck(enabled: boolean): void {
    this.gateway.ackHeartbeats = enabled;
  }

  /**
   * Closes every gateway socket with `code`. 4000 (and other resumable codes) lets discord.js RESUME;
   * 4007/4009 invalidate the session (fresh IDENTIFY); 4004/4010-4014 are fatal for discord.js.
   */
  closeGateway(code = 4000, reason = 'closed by fake'): void {
    this.gateway.closeAll(code, reason);
  }

  /** Drops gateway sockets without a close frame (the client sees 1006 and resumes). */
  dropGateway(): void {
    this.gateway.dropAll();
  }

  /** The first live rule matching a request, if any (`take` spends it). */
  find(method: string, path: string): FaultRule | undefined {
    return this.faults.find((f) => f.left > 0 && matches(f, method, path));
  }

  take(fault: FaultRule): Reply {
    fault.left -= 1;
    return faultReply(fault);
  }

  /** `base` plus every delay rule matching the request. */
  delayFor(method: string, path: string, base: number): number {
    return this.delays.filter((d) => !d.match || matches(d.match, method, path)).reduce((n, d) => n + d.ms, base);
  }
}

function faultReply(fault: FaultRule): Reply {
  if (fault.status === 429) {
    const retryAfter = fault.retryAfterSeconds ?? 0.1;
    const headers: Record<string, string> = {
      'retry-after': String(retryAfter),
      'x-ratelimit-scope': fault.global ? 'global' : 'user',
    };
    if (fault.global) {
      headers['x-ratelimit-global'] = 'true';
    } else {
      // A route's own limit comes with its bucket headers, as on Discord: discord.js then holds that bucket until the reset.
      headers['x-ratelimit-limit'] = '5';
      headers['x-ratelimit-remaining'] = '0';
      headers['x-ratelimit-reset'] = ((Date.now() + retryAfter * 1000) / 1000).toFixed(3);
      headers['x-ratelimit-reset-after'] = retryAfter.toFixed(3);
      headers['x-ratelimit-bucket'] = fault.bucket ?? 'fake-bucket';
    }
    return {
      status: 429,
      headers,
      body: {
        message: fault.message ?? 'You are being rate limited.',
        retry_after: retryAfter,
        global: fault.global ?? false,
        ...(fault.code !== undefined ? { code: fault.code } : {}),
      },
    };
  }
  if (fault.status >= 500) {
    const text: Record<number, string> = {
      500: 'Internal Server Error',
      502: 'Bad Gateway',
      503: 'Service Unavailable',
      504: 'Gateway Timeout',
    };
    return {
      status: fault.status,
      body: { message: `${fault.status}: ${text[fault.status] ?? 'Server Error'}`, code: fault.code ?? 0 },
    };
  }
  return error(fault.status, fault.code ?? 0, fault.message ?? `${fault.status}: Error`);
}
