/** Per-user cooldown between questions. In memory on purpose: forgetting it on restart costs nothing. */
export interface Cooldown {
  /**
   * `wait` 0 when the user may ask now (the wait then starts again); otherwise the seconds left, and
   * `firstRefusal` true only for the first refused question of this wait (so a note is given once, not per message).
   */
  take(userId: string): { wait: number; firstRefusal: boolean };
}

/** Entries older than the window are dropped once this many users are remembered. */
const PRUNE_AT = 1000;

export function createCooldown(seconds: number, now: () => number = Date.now): Cooldown {
  const windowMs = seconds * 1000;
  const lastAsked = new Map<string, { at: number; refused: boolean }>();
  return {
    take(userId) {
      if (windowMs <= 0) return { wait: 0, firstRefusal: false };
      const at = now();
      const last = lastAsked.get(userId);
      if (last !== undefined && at - last.at < windowMs) {
        const firstRefusal = !last.refused;
        last.refused = true;
        return { wait: Math.ceil((windowMs - (at - last.at)) / 1000), firstRefusal };
      }
      if (lastAsked.size >= PRUNE_AT) {
        for (const [user, entry] of lastAsked) if (at - entry.at >= windowMs) lastAsked.delete(user);
      }
      lastAsked.set(userId, { at, refused: false });
      return { wait: 0, firstRefusal: false };
    },
  };
}

export function cooldownNote(wait: number): string {
  return `Please wait ${wait} ${wait === 1 ? 'second' : 'seconds'} before asking again.`;
}
