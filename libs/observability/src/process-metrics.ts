import { performance, type EventLoopUtilization } from 'node:perf_hooks';
import { Counter, Gauge, type Registry } from 'prom-client';

const SAMPLE_MS = 20;
const MAX_SAMPLES = 60_000; // 20 minutes between scrapes; beyond it the oldest window is enough

/**
 * Event-loop delay sampled by a timer: how late each 20 ms tick fires. Node's
 * `monitorEventLoopDelay` would be finer, but its histogram is never garbage-collected (Node 20
 * keeps a strong reference to it, disabled or not) and it holds the async context it was created
 * in; see ProcessMetrics.
 */
class LoopDelay {
  private samples: number[] = [];
  private last = performance.now();
  private readonly timer = setInterval(() => {
    const now = performance.now();
    if (this.samples.length < MAX_SAMPLES) this.samples.push(Math.max(0, now - this.last - SAMPLE_MS));
    this.last = now;
  }, SAMPLE_MS).unref();

  /** p50, p99 and max in seconds since the last call, or null before the first tick. */
  take(): { p50: number; p99: number; max: number } | null {
    const samples = this.samples.sort((a, b) => a - b);
    this.samples = [];
    if (samples.length === 0) return null;
    const at = (q: number) => samples[Math.min(samples.length - 1, Math.floor(q * samples.length))] / 1000;
    return { p50: at(0.5), p99: at(0.99), max: samples[samples.length - 1] / 1000 };
  }

  stop(): void {
    clearInterval(this.timer);
  }
}

/**
 * The process's own figures (`pollen_process_*`), read at scrape time, with a lifecycle: `stop()`
 * ends the event-loop sampler. prom-client's `collectDefaultMetrics` starts an event-loop
 * histogram and a GC observer that nothing can stop, each holding the async context it was
 * created in: every application a test process started and closed stayed in memory with them
 * (about 100 MB per test file, until a Jest worker ran out of heap). One application per process
 * in production hid it.
 */
export class ProcessMetrics {
  private readonly loop = new LoopDelay();
  private utilization: EventLoopUtilization = performance.eventLoopUtilization();
  private cpu = { user: 0, system: 0 }; // from the start of the process, as Prometheus counts it

  constructor(registry: Registry) {
    const registers = [registry];
    const startSeconds = Math.round((Date.now() - process.uptime() * 1000) / 1000);
    new Gauge({ name: 'pollen_process_start_time_seconds', help: 'When the process started (Unix seconds)', registers }).set(startSeconds);
    new Gauge({ name: 'pollen_process_info', help: 'The Node.js version the process runs on', labelNames: ['version'], registers }).set({ version: process.version }, 1);

    const cpu = new Counter({
      name: 'pollen_process_cpu_seconds_total',
      help: 'CPU time the process used, user and system',
      labelNames: ['mode'],
      registers,
      collect: () => {
        const now = process.cpuUsage();
        cpu.inc({ mode: 'user' }, Math.max(0, now.user - this.cpu.user) / 1e6);
        cpu.inc({ mode: 'system' }, Math.max(0, now.system - this.cpu.system) / 1e6);
        this.cpu = now;
      },
    });
    new Gauge({
      name: 'pollen_process_memory_bytes',
      help: 'Memory of the process: resident set, V8 heap used and total, external',
      labelNames: ['kind'],
      registers,
      collect() {
        const memory = process.memoryUsage();
        this.set({ kind: 'rss' }, memory.rss);
        this.set({ kind: 'heap_used' }, memory.heapUsed);
        this.set({ kind: 'heap_total' }, memory.heapTotal);
        this.set({ kind: 'external' }, memory.external);
      },
    });
    const loop = this.loop;
    new Gauge({
      name: 'pollen_process_eventloop_lag_seconds',
      help: 'Event-loop delay since the last scrape: p50, p99 and max',
      labelNames: ['quantile'],
      registers,
      collect() {
        const delay = loop.take();
        if (!delay) return;
        this.set({ quantile: '0.5' }, delay.p50);
        this.set({ quantile: '0.99' }, delay.p99);
        this.set({ quantile: '1' }, delay.max);
      },
    });
    const busySince = (): number => {
      const now = performance.eventLoopUtilization();
      const since = performance.eventLoopUtilization(now, this.utilization);
      this.utilization = now;
      return since.utilization;
    };
    new Gauge({
      name: 'pollen_process_eventloop_utilization',
      help: 'Share of time the event loop was busy since the last scrape (0–1): saturation, where lag is its symptom',
      registers,
      collect() {
        this.set(busySince());
      },
    });
    new Gauge({
      name: 'pollen_process_active_resources',
      help: 'Handles and requests keeping the event loop alive (sockets, timers, file operations)',
      registers,
      collect() {
        this.set(process.getActiveResourcesInfo().length);
      },
    });
  }

  stop(): void {
    this.loop.stop();
  }
}
