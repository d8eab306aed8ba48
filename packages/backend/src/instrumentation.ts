import { metrics } from '@opentelemetry/api';
import { PrometheusExporter } from '@opentelemetry/exporter-prometheus';
import {
  AggregationType,
  InstrumentType,
  MeterProvider,
} from '@opentelemetry/sdk-metrics';
import http from 'node:http';
import type { AddressInfo } from 'node:net';

/**
 * Metrics in Prometheus format, the way Backstage documents it: an
 * OpenTelemetry SDK registered before the plugins start, so that what they
 * (and Backstage itself: the scheduler, the catalog) record through the
 * OpenTelemetry API is exported. The exporter answers `GET /metrics` on a
 * port of its own, apart from the portal's: the Route never exposes it;
 * deploy/'s ServiceMonitor scrapes it.
 */
export interface MetricsEndpoint {
  port: number;
  close(): Promise<void>;
}

// Durations are in seconds: the SDK's default buckets are for milliseconds.
const SECONDS_BUCKETS = [
  0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30,
];

export async function startMetricsEndpoint(options: {
  port: number;
  host?: string;
}): Promise<MetricsEndpoint> {
  const exporter = new PrometheusExporter({ preventServerStart: true });
  const provider = new MeterProvider({
    readers: [exporter],
    views: [
      {
        instrumentType: InstrumentType.HISTOGRAM,
        instrumentUnit: 's',
        aggregation: {
          type: AggregationType.EXPLICIT_BUCKET_HISTOGRAM,
          options: { boundaries: SECONDS_BUCKETS },
        },
      },
    ],
  });
  metrics.setGlobalMeterProvider(provider);
  const server = http.createServer((req, res) => {
    if (req.method === 'GET' && req.url?.split('?')[0] === '/metrics') {
      exporter.getMetricsRequestHandler(req, res);
      return;
    }
    res.statusCode = 404;
    res.end('Not found: metrics are at /metrics\n');
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port, options.host ?? '0.0.0.0', resolve);
  });
  return {
    port: (server.address() as AddressInfo).port,
    close: async () => {
      await new Promise<void>(resolve => server.close(() => resolve()));
      await provider.shutdown();
      metrics.disable();
    },
  };
}

/**
 * `LITEMAAS_METRICS_PORT` turns the endpoint on (the image sets 9464,
 * Prometheus's usual port for it); unset, nothing is exported.
 */
export function metricsPortFromEnv(
  env: NodeJS.ProcessEnv = process.env,
): number | undefined {
  const raw = env.LITEMAAS_METRICS_PORT;
  if (raw === undefined || raw === '') return undefined;
  const port = Number(raw);
  if (!Number.isInteger(port) || port < 0 || port > 65535) {
    throw new Error(`LITEMAAS_METRICS_PORT must be a port number, got ${raw}`);
  }
  return port;
}
