/* eslint-disable no-console */
/**
 * Benchmark: turns 10,000 InferenceServices / LLMInferenceServices across 3
 * clusters into catalog entities and builds the full mutations, then a round
 * of delta mutations, and prints time and peak memory.
 *
 *   yarn workspace @litemaas/backstage-plugin-catalog-backend-module-kserve bench [N]
 *
 * Target on a 2-core machine: under 3 s and 200 MB for 10,000.
 */
import { EntityProviderMutation } from '@backstage/plugin-catalog-node';
import { EntityState, objectKey, SourceObject } from '../src/transform';

// Before anything of the benchmark: Node, the TypeScript hook, the modules.
const START_RSS = process.memoryUsage().rss;
const TOTAL = Number(process.argv[2] ?? 10000);
const CLUSTERS = ['prod-east', 'prod-west', 'staging'];
const FORMATS = ['sklearn', 'xgboost', 'pytorch', 'tensorflow', 'onnx'];

function inferenceService(i: number, cluster: string): unknown {
  const namespace = `team-${i % 40}`;
  const ready = i % 7 !== 0;
  const status = {
    url: `https://model-${i}-${namespace}.apps.${cluster}.example.com`,
    address: { url: `http://model-${i}.${namespace}.svc.cluster.local` },
    conditions: [
      { type: 'PredictorReady', status: ready ? 'True' : 'False' },
      {
        type: 'Ready',
        status: ready ? 'True' : 'False',
        ...(ready ? {} : { reason: 'ModelLoadFailed', message: 'not found' }),
      },
    ],
    modelStatus: {
      transitionStatus: 'UpToDate',
      states: { activeModelState: ready ? 'Loaded' : 'FailedToLoad' },
    },
  };
  const annotations: Record<string, string> = {
    'openshift.io/display-name': `Model ${i}`,
    'litemaas.io/owner': `group:default/team-${i % 40}`,
    'serving.kserve.io/deploymentMode': 'RawDeployment',
  };
  if (i % 10 === 0) annotations['litemaas.io/model-name'] = `model-${i}`;
  // One in five is an LLM server.
  if (i % 5 === 0) {
    return {
      apiVersion: 'serving.kserve.io/v1alpha2',
      kind: 'LLMInferenceService',
      metadata: {
        name: `model-${i}`,
        namespace,
        uid: `uid-${i}`,
        resourceVersion: String(1000 + i),
        annotations,
      },
      spec: {
        model: { uri: `hf://org/llm-${i % 13}`, name: `org/llm-${i % 13}` },
        replicas: 1 + (i % 3),
        router: { route: {}, gateway: {} },
        template: {
          containers: [
            {
              name: 'main',
              resources: {
                limits: { cpu: '8', memory: '32Gi', 'nvidia.com/gpu': '1' },
                requests: { cpu: '4', memory: '16Gi', 'nvidia.com/gpu': '1' },
              },
            },
          ],
        },
      },
      status,
    };
  }
  const format = FORMATS[i % FORMATS.length];
  return {
    apiVersion: 'serving.kserve.io/v1beta1',
    kind: 'InferenceService',
    metadata: {
      name: `model-${i}`,
      namespace,
      uid: `uid-${i}`,
      resourceVersion: String(1000 + i),
      labels: { app: `model-${i}` },
      annotations,
    },
    spec: {
      predictor: {
        minReplicas: 1,
        maxReplicas: 1 + (i % 4),
        model: {
          modelFormat: { name: format },
          protocolVersion: i % 2 ? 'v2' : 'v1',
          storageUri: `s3://models/${namespace}/model-${i}`,
          resources: {
            limits: { cpu: '2', memory: '4Gi' },
            requests: { cpu: '1', memory: '2Gi' },
          },
        },
      },
    },
    status: { ...status, servingRuntimeName: `kserve-${format}` },
  };
}

function mb(bytes: number): string {
  return `${(bytes / 1024 / 1024).toFixed(1)} MB`;
}

function main() {
  const gc = (global as { gc?: () => void }).gc;
  const generated = process.hrtime.bigint();
  const sources: SourceObject[][] = CLUSTERS.map(() => []);
  for (let i = 0; i < TOTAL; i++) {
    const c = i % CLUSTERS.length;
    const object = inferenceService(i, CLUSTERS[c]);
    sources[c].push({
      key: objectKey(object),
      object,
      context: {
        cluster: CLUSTERS[c],
        location: `kserve:${CLUSTERS[c]}`,
        defaults: {
          owner: 'group:default/ml-platform',
          lifecycle: 'production',
        },
      },
    });
  }
  const generateMs = Number(process.hrtime.bigint() - generated) / 1e6;
  gc?.();
  const before = process.memoryUsage();

  let warnings = 0;
  const states = CLUSTERS.map(
    cluster =>
      new EntityState({
        locationKey: `KServeEntityProvider:${cluster}`,
        onWarning: () => {
          warnings += 1;
        },
      }),
  );
  let peakHeap = 0;
  const sample = () => {
    peakHeap = Math.max(peakHeap, process.memoryUsage().heapUsed);
  };

  const started = process.hrtime.bigint();
  const mutations: EntityProviderMutation[] = states.map((state, c) => {
    const mutation = state.replaceAll(sources[c]);
    sample();
    return mutation;
  });
  const fullMs = Number(process.hrtime.bigint() - started) / 1e6;
  const entities = mutations.reduce(
    (n, m) => n + (m.type === 'full' ? m.entities.length : 0),
    0,
  );

  // A watch's worth of changes: 10% of the servers change readiness.
  const deltaStarted = process.hrtime.bigint();
  let deltas = 0;
  states.forEach((state, c) => {
    sources[c].forEach((source, i) => {
      if (i % 10 !== 0) return;
      const object = source.object as any;
      const changed = {
        ...object,
        status: {
          ...object.status,
          conditions: [{ type: 'Ready', status: 'Unknown' }],
        },
      };
      if (state.upsert({ ...source, object: changed })) deltas += 1;
    });
    sample();
  });
  const deltaMs = Number(process.hrtime.bigint() - deltaStarted) / 1e6;
  const after = process.memoryUsage();
  const usage = process.resourceUsage();

  console.log(
    `KServe transform benchmark: ${TOTAL} InferenceServices across ${CLUSTERS.length} clusters (Node ${process.version}, ${process.platform})`,
  );
  console.log(`  generate input objects        ${generateMs.toFixed(0)} ms`);
  console.log(
    `  transform + full mutations    ${fullMs.toFixed(
      0,
    )} ms  -> ${entities} entities (${warnings} warnings)`,
  );
  console.log(`  ${deltas} delta mutations        ${deltaMs.toFixed(0)} ms`);
  console.log(
    `  total transform + mutations   ${(fullMs + deltaMs).toFixed(0)} ms`,
  );
  console.log(
    `  heap used  before ${mb(before.heapUsed)}, peak sampled ${mb(
      Math.max(peakHeap, after.heapUsed),
    )}, after ${mb(after.heapUsed)}`,
  );
  const peakRss = usage.maxRSS * 1024;
  const transformRss = peakRss - before.rss;
  console.log(
    `  RSS        at start ${mb(
      START_RSS,
    )} (Node, TypeScript hook, modules), with inputs ${mb(
      before.rss,
    )}, peak (maxRSS) ${mb(peakRss)}`,
  );
  console.log(
    `  memory of transform + mutations: +${mb(
      transformRss,
    )} RSS over the inputs (all ${
      CLUSTERS.length
    } full mutations held at once)`,
  );
  console.log(
    `  CPU        user ${(usage.userCPUTime / 1000).toFixed(0)} ms, system ${(
      usage.systemCPUTime / 1000
    ).toFixed(0)} ms`,
  );
  const fast = fullMs + deltaMs < 3000;
  const small = transformRss < 200 * 1024 * 1024;
  console.log(
    `  target < 3 s: ${
      fast ? 'met' : 'NOT met'
    }; < 200 MB for transform + mutations: ${
      small ? 'met' : 'NOT met'
    } (whole process peak ${mb(peakRss)}, of which ${mb(
      START_RSS,
    )} is the runtime before the benchmark starts)`,
  );
  if (!fast || !small) process.exitCode = 1;
}

main();
