/**
 * Per-member limits: a token bucket (a burst, then a steady rate) and a cap on how many of the
 * member's requests run at once. Kept in memory on the main thread; answering "slow down" costs
 * nothing, so a flood from one member never reaches retrieval or the model.
 */
export interface RateLimitOptions {
  burst: number;
  /** Tokens regained per second. */
  perSecond: number;
  concurrent: number;
}

export type Admission =
  | { ok: true; release: () => void }
  | { ok: false; retryAfterMs: number; reason: 'rate' | 'concurrency' };

export class MemberLimiter {
  private readonly buckets = new Map<string, { tokens: number; at: number; active: number }>();

  constructor(
    private readonly options: RateLimitOptions,
    private readonly clock: () => number = () => performance.now(),
  ) {}

  admit(userId: string): Admission {
    const now = this.clock();
    const b = this.buckets.get(userId) ?? { tokens: this.options.burst, at: now, active: 0 };
    b.tokens = Math.min(this.options.burst, b.tokens + ((now - b.at) / 1000) * this.options.perSecond);
    b.at = now;
    this.buckets.set(userId, b);
    if (b.active >= this.options.concurrent) return { ok: false, retryAfterMs: 2000, reason: 'concurrency' };
    if (b.tokens < 1)
      return {
        ok: false,
        retryAfterMs: Math.ceil(((1 - b.tokens) / this.options.perSecond) * 1000),
        reason: 'rate',
      };
    b.tokens -= 1;
    b.active++;
    let released = false;
    return {
      ok: true,
      release: () => {
        if (released) return;
        released = true;
        b.active--;
      },
    };
  }

  /** Forgets members who are idle and full again, so the map does not grow without bound. */
  sweep(): void {
    const now = this.clock();
    for (const [id, b] of this.buckets) {
      const full = b.tokens + ((now - b.at) / 1000) * this.options.perSecond >= this.options.burst;
      if (full && b.active === 0) this.buckets.delete(id);
    }
  }
}
