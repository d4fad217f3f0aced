import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { Counter, Gauge, Histogram, Registry } from 'prom-client';

/** The bot's Prometheus metrics. One registry per bot, so tests and shards never share counters. */
export class BotMetrics {
  readonly registry = new Registry();
  readonly interactions = new Counter({
    name: 'roleradar_interactions_total',
    help: 'Interactions handled, by command and outcome',
    labelNames: ['command', 'outcome'] as const,
    registers: [this.registry],
  });
  readonly ackLatency = new Histogram({
    name: 'roleradar_ack_latency_seconds',
    help: 'Time from receiving an interaction to acknowledging it',
    buckets: [0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 1.5, 2, 3],
    registers: [this.registry],
  });
  readonly endToEnd = new Histogram({
    name: 'roleradar_reply_latency_seconds',
    help: 'Time from receiving an interaction to delivering its reply, by command',
    labelNames: ['command'] as const,
    buckets: [0.05, 0.1, 0.25, 0.5, 1, 2, 5, 10, 20],
    registers: [this.registry],
  });
  readonly modelCalls = new Counter({
    name: 'roleradar_model_calls_total',
    help: 'Model answers attempted, by outcome',
    labelNames: ['outcome'] as const,
    registers: [this.registry],
  });
  readonly errors = new Counter({
    name: 'roleradar_errors_total',
    help: 'Errors, by kind',
    labelNames: ['kind'] as const,
    registers: [this.registry],
  });
  readonly streamEdits = new Counter({
    name: 'roleradar_stream_edits_total',
    help: 'Edits that streamed a model answer into its reply',
    registers: [this.registry],
  });
  readonly inFlight = new Gauge({
    name: 'roleradar_interactions_in_flight',
    help: 'Interactions acknowledged and still being worked on',
    registers: [this.registry],
  });
}

export interface HealthSource {
  /** Ready to serve: logged in to the gateway and workers started. */
  healthy(): boolean;
  details(): Record<string, unknown>;
}

/**
 * `/healthz` and `/metrics` on a small HTTP server, bound to loopback unless configured otherwise
 * (metrics reveal usage; they are not for the public internet).
 */
export async function startOpsServer(
  metrics: BotMetrics,
  health: HealthSource,
  host: string,
  port: number,
): Promise<{ server: http.Server; port: number }> {
  const server = http.createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://localhost');
    if (req.method !== 'GET') {
      res.writeHead(405).end();
      return;
    }
    if (url.pathname === '/healthz') {
      const ok = health.healthy();
      res.writeHead(ok ? 200 : 503, { 'content-type': 'application/json' });
      res.end(JSON.stringify({ status: ok ? 'ok' : 'unavailable', ...health.details() }));
      return;
    }
    if (url.pathname === '/metrics') {
      metrics.registry.metrics().then(
        (text) => {
          res.writeHead(200, { 'content-type': metrics.registry.contentType });
          res.end(text);
        },
        () => res.writeHead(500).end(),
      );
      return;
    }
    res.writeHead(404).end();
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => resolve());
  });
  return { server, port: (server.address() as AddressInfo).port };
}
