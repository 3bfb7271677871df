import { createServer, IncomingMessage, Server as HttpServer, ServerResponse } from 'node:http';
import type { MetricsService } from '@pollen/observability';

/**
 * The HTTP requests under way (WebSocket upgrades are not requests: the gateway closes those),
 * so that a shutdown lets them finish and knows when they have.
 */
export class InFlight {
  private active = 0;
  private closing = false;
  private waiters: Array<() => void> = [];

  constructor(server: HttpServer) {
    server.on('request', (_req: IncomingMessage, res: ServerResponse) => {
      this.active++;
      // A keep-alive client is told to open its next connection elsewhere.
      if (this.closing) res.setHeader('Connection', 'close');
      res.once('close', () => {
        this.active--;
        if (this.active === 0) this.waiters.splice(0).forEach((resolve) => resolve());
      });
    });
  }

  get count(): number {
    return this.active;
  }

  closeConnectionsAfterResponse(): void {
    this.closing = true;
  }

  settled(): Promise<void> {
    return this.active === 0 ? Promise.resolve() : new Promise((resolve) => this.waiters.push(resolve));
  }
}

/** A listener that serves `GET /metrics` only, for Prometheus on a port the public never reaches. */
export function startMetricsListener(metrics: MetricsService, host: string, port: number): Promise<HttpServer> {
  const server = createServer((req, res) => {
    if (req.method !== 'GET' || (req.url ?? '').split('?')[0] !== '/metrics') {
      res.writeHead(404).end();
      return;
    }
    metrics.text().then(
      (text) => res.writeHead(200, { 'content-type': metrics.registry.contentType }).end(text),
      () => res.writeHead(500).end(),
    );
  });
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => resolve(server));
  });
}
