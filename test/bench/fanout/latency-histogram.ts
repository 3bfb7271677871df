/**
 * Delivery latencies in 1 ms buckets (up to a minute), so that millions of deliveries cost a
 * fixed amount of memory and merge across client processes by adding counts.
 */
export class LatencyHistogram {
  private static readonly BUCKETS = 60_000;
  private counts = new Float64Array(LatencyHistogram.BUCKETS + 1);
  private maxSeen = 0;

  add(ms: number): void {
    const bucket = Math.min(LatencyHistogram.BUCKETS, Math.max(0, Math.round(ms)));
    this.counts[bucket]++;
    if (ms > this.maxSeen) this.maxSeen = ms;
  }

  reset(): void {
    this.counts.fill(0);
    this.maxSeen = 0;
  }

  /** Non-empty buckets as [ms, count] pairs, and the largest value seen. */
  toJSON(): { buckets: Array<[number, number]>; max: number } {
    const buckets: Array<[number, number]> = [];
    this.counts.forEach((count, ms) => count && buckets.push([ms, count]));
    return { buckets, max: this.maxSeen };
  }

  static merge(parts: Array<{ buckets: Array<[number, number]>; max: number }>): LatencyHistogram {
    const merged = new LatencyHistogram();
    for (const part of parts) {
      for (const [ms, count] of part.buckets) merged.counts[ms] += count;
      merged.maxSeen = Math.max(merged.maxSeen, part.max);
    }
    return merged;
  }

  get total(): number {
    return this.counts.reduce((sum, count) => sum + count, 0);
  }

  get max(): number {
    return this.maxSeen;
  }

  /** The latency (ms) under which `fraction` of the deliveries arrived. */
  percentile(fraction: number): number {
    const target = fraction * this.total;
    let seen = 0;
    for (let ms = 0; ms < this.counts.length; ms++) {
      seen += this.counts[ms];
      if (seen >= target && seen > 0) return ms;
    }
    return 0;
  }
}
