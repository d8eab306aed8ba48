import { metrics } from '@opentelemetry/api';
import {
  AggregationTemporality,
  DataPointType,
  MeterProvider,
  MetricReader,
} from '@opentelemetry/sdk-metrics';
import { KuadrantCluster } from './KuadrantCluster';
import { configFor, startFakeCluster } from './__testUtils__/cluster';

/** Collects on demand, as a Prometheus scrape does. */
class CollectingReader extends MetricReader {
  constructor() {
    super({
      aggregationTemporalitySelector: () => AggregationTemporality.CUMULATIVE,
    });
  }
  protected async onForceFlush() {}
  protected async onShutdown() {}
}

describe('KuadrantCluster metrics', () => {
  const reader = new CollectingReader();
  const provider = new MeterProvider({ readers: [reader] });
  beforeAll(() => metrics.setGlobalMeterProvider(provider));
  afterAll(async () => {
    await provider.shutdown();
    metrics.disable();
  });

  it('records every Kubernetes call with its kind and outcome', async () => {
    const fake = await startFakeCluster();
    try {
      const cluster = new KuadrantCluster(configFor(fake, {}));
      await cluster.listSecrets('kuadrant-system', 'a=b');
      fake.inject({ method: 'GET', path: /secrets/, status: 500, times: 1 });
      await expect(
        cluster.listSecrets('kuadrant-system', 'a=b'),
      ).rejects.toThrow(/HTTP 500/);
    } finally {
      await fake.close();
    }
    const { resourceMetrics } = await reader.collect();
    const metric = resourceMetrics.scopeMetrics
      .flatMap(scope => scope.metrics)
      .find(m => m.descriptor.name === 'litemaas.kubernetes.request.duration');
    expect(metric?.dataPointType).toBe(DataPointType.HISTOGRAM);
    const counts = Object.fromEntries(
      metric!.dataPoints.map(point => [
        `${point.attributes.kind} ${point.attributes.outcome}`,
        (point.value as { count: number }).count,
      ]),
    );
    expect(counts).toEqual({ 'read ok': 1, 'read error': 1 });
  });
});
