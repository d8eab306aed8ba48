import { validateObject } from '@litemaas/kubernetes-test-utils';
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { parse, parseAllDocuments } from 'yaml';

/**
 * deploy/: every overlay rendered the way `oc apply -k` renders it (kubectl's
 * Kustomize), every object checked as the API server would check it (the
 * built-in kinds with kubernetes-models and strict field validation, the
 * Route against Route v1's fields, Kuadrant's kinds against the real CRDs),
 * and the objects checked against each other and against the image: what a
 * pod mounts, reads or runs as exists, and the backend gets every variable
 * its configuration reads.
 */
const ROOT = path.resolve(__dirname, '../../..');
const OVERLAYS = ['poc', 'workshop', 'ha'];
/** Created by the operator (deploy/README.md), never rendered. */
const OPERATOR_SECRET = 'litemaas-secrets';

type K8sObject = Record<string, any> & {
  apiVersion: string;
  kind: string;
  metadata: { name: string; namespace?: string; [key: string]: any };
};

function render(overlay: string): K8sObject[] {
  const result = spawnSync(
    'kubectl',
    ['kustomize', path.join(ROOT, 'deploy/overlays', overlay)],
    { encoding: 'utf8' },
  );
  if (result.error) {
    throw new Error(
      `kubectl is needed to render deploy/ (apt-get install kubectl): ${result.error.message}`,
    );
  }
  if (result.status !== 0) throw new Error(result.stderr);
  return parseAllDocuments(result.stdout).map(d => d.toJSON());
}

/** The keys of litemaas-secrets, from the table in deploy/README.md. */
function documentedSecretKeys(): Set<string> {
  const readme = fs.readFileSync(path.join(ROOT, 'deploy/README.md'), 'utf8');
  const section = readme.slice(readme.indexOf('## The Secret'));
  return new Set(
    [...section.matchAll(/^\| `([A-Z0-9_]+)` +\|/gm)].map(m => m[1]),
  );
}

const podSpecOf = (o: K8sObject) => o.spec?.template?.spec;
const workloads = (objects: K8sObject[]) =>
  objects.filter(o => ['Deployment', 'StatefulSet'].includes(o.kind));
const find = (objects: K8sObject[], kind: string, name: string) =>
  objects.find(o => o.kind === kind && o.metadata.name === name);
const backendOf = (objects: K8sObject[]) =>
  find(objects, 'Deployment', 'litemaas-backstage')!;

/** `${VAR}` references of a config file; `$${...}` is an escape. */
function variablesOf(text: string): string[] {
  return [...text.matchAll(/(?<!\$)\$\{([A-Za-z_][A-Za-z0-9_]*)\}/g)].map(
    m => m[1],
  );
}

describe.each(OVERLAYS)('deploy/overlays/%s', overlay => {
  let objects: K8sObject[];
  beforeAll(() => {
    objects = render(overlay);
  });

  it('renders objects that the API server would accept', () => {
    expect(objects.length).toBeGreaterThan(5);
    const problems = objects.flatMap(o =>
      validateObject(o).map(p => `${o.kind} ${o.metadata?.name}: ${p}`),
    );
    expect(problems).toEqual([]);
    // Names are unique per kind and namespace.
    const keys = objects.map(
      o => `${o.kind}/${o.metadata.namespace ?? ''}/${o.metadata.name}`,
    );
    expect(new Set(keys).size).toBe(keys.length);
    // Namespaced objects say where they go: nothing lands in whatever
    // namespace `oc` happens to be in.
    const clusterScoped = new Set(['ClusterRole', 'ClusterRoleBinding']);
    expect(
      objects
        .filter(o => !clusterScoped.has(o.kind) && !o.metadata.namespace)
        .map(o => `${o.kind} ${o.metadata.name}`),
    ).toEqual([]);
  });

  it('refers only to objects it creates, or to the Secret the operator creates', () => {
    const secretKeys = documentedSecretKeys();
    const has = (kind: string, name: string, namespace?: string) =>
      objects.some(
        o =>
          o.kind === kind &&
          o.metadata.name === name &&
          (namespace === undefined || o.metadata.namespace === namespace),
      );
    const problems: string[] = [];
    const secret = (where: string, name: string, key?: string) => {
      if (name === OPERATOR_SECRET) {
        if (key && !secretKeys.has(key)) {
          problems.push(
            `${where}: ${name} key ${key} is not in deploy/README.md`,
          );
        }
        return;
      }
      const rendered = find(objects, 'Secret', name);
      if (!rendered) {
        problems.push(`${where}: no Secret ${name}`);
        return;
      }
      // A service account token Secret is filled in by the token controller
      // with these keys; any other Secret holds what it was given.
      const keys =
        rendered.type === 'kubernetes.io/service-account-token'
          ? ['token', 'ca.crt', 'namespace']
          : Object.keys({ ...rendered.data, ...rendered.stringData });
      if (key && !keys.includes(key)) {
        problems.push(`${where}: Secret ${name} has no key ${key}`);
      }
    };
    for (const workload of workloads(objects)) {
      const where = `${workload.kind} ${workload.metadata.name}`;
      const pod = podSpecOf(workload);
      const ns = workload.metadata.namespace;
      const labels = workload.spec.template.metadata.labels;
      for (const [k, v] of Object.entries(workload.spec.selector.matchLabels)) {
        if (labels[k] !== v)
          problems.push(`${where}: selector misses its pods`);
      }
      if (
        pod.serviceAccountName &&
        !has('ServiceAccount', pod.serviceAccountName, ns)
      ) {
        problems.push(`${where}: no ServiceAccount ${pod.serviceAccountName}`);
      }
      for (const volume of pod.volumes ?? []) {
        if (volume.configMap && !has('ConfigMap', volume.configMap.name, ns)) {
          problems.push(`${where}: no ConfigMap ${volume.configMap.name}`);
        }
        if (volume.secret) secret(where, volume.secret.secretName);
      }
      for (const container of pod.containers) {
        const mounts = new Set((pod.volumes ?? []).map((v: any) => v.name));
        for (const mount of container.volumeMounts ?? []) {
          const claims = (workload.spec.volumeClaimTemplates ?? []).map(
            (c: any) => c.metadata.name,
          );
          if (!mounts.has(mount.name) && !claims.includes(mount.name)) {
            problems.push(`${where}: mounts unknown volume ${mount.name}`);
          }
        }
        for (const from of container.envFrom ?? []) {
          if (
            from.configMapRef &&
            !has('ConfigMap', from.configMapRef.name, ns)
          ) {
            problems.push(`${where}: no ConfigMap ${from.configMapRef.name}`);
          }
          if (from.secretRef) secret(where, from.secretRef.name);
        }
        for (const env of container.env ?? []) {
          const ref = env.valueFrom?.secretKeyRef;
          if (ref) secret(where, ref.name, ref.key);
        }
        const ports = new Set((container.ports ?? []).map((p: any) => p.name));
        for (const probe of [
          'startupProbe',
          'livenessProbe',
          'readinessProbe',
        ]) {
          const port =
            container[probe]?.httpGet?.port ??
            container[probe]?.tcpSocket?.port;
          if (typeof port === 'string' && !ports.has(port)) {
            problems.push(`${where}: ${probe} on unknown port ${port}`);
          }
        }
      }
    }
    for (const service of objects.filter(o => o.kind === 'Service')) {
      const target = workloads(objects).find(w =>
        Object.entries(service.spec.selector).every(
          ([k, v]) => w.spec.template.metadata.labels[k] === v,
        ),
      );
      if (!target) {
        problems.push(`Service ${service.metadata.name} selects no pods`);
        continue;
      }
      const ports = podSpecOf(target).containers.flatMap((c: any) =>
        (c.ports ?? []).map((p: any) => p.name),
      );
      for (const port of service.spec.ports) {
        if (
          typeof port.targetPort === 'string' &&
          !ports.includes(port.targetPort)
        ) {
          problems.push(
            `Service ${service.metadata.name}: no port ${port.targetPort}`,
          );
        }
      }
    }
    for (const route of objects.filter(o => o.kind === 'Route')) {
      const service = find(objects, 'Service', route.spec.to.name);
      if (!service) problems.push(`Route ${route.metadata.name}: no Service`);
      else if (
        !service.spec.ports.some(
          (p: any) => p.name === route.spec.port.targetPort,
        )
      ) {
        problems.push(
          `Route ${route.metadata.name}: no port ${route.spec.port.targetPort}`,
        );
      }
    }
    for (const binding of objects.filter(o => o.kind.endsWith('RoleBinding'))) {
      const where = `${binding.kind} ${binding.metadata.name}`;
      const role = binding.roleRef;
      const roleNamespace =
        role.kind === 'Role' ? binding.metadata.namespace : undefined;
      if (!has(role.kind, role.name, roleNamespace)) {
        problems.push(`${where}: no ${role.kind} ${role.name}`);
      }
      for (const subject of binding.subjects) {
        if (!has('ServiceAccount', subject.name, subject.namespace)) {
          problems.push(
            `${where}: no ServiceAccount ${subject.namespace}/${subject.name}`,
          );
        }
      }
    }
    expect(problems).toEqual([]);
  });

  it('runs the image as the Containerfile does, with every variable its config reads', () => {
    const backend = backendOf(objects);
    const container = podSpecOf(backend).containers[0];
    const cmd = /^CMD (.+)$/m.exec(
      fs.readFileSync(
        path.join(ROOT, 'packages/backend/Containerfile'),
        'utf8',
      ),
    )![1];
    const imageCommand: string[] = JSON.parse(cmd);
    expect(container.command.slice(0, imageCommand.length)).toEqual(
      imageCommand,
    );

    // Config files: the image's (from the repository) and the mounted ones.
    const mount = container.volumeMounts.find(
      (m: any) => m.mountPath === '/opt/app-root/config',
    );
    const configMapName = podSpecOf(backend).volumes.find(
      (v: any) => v.name === mount.name,
    ).configMap.name;
    const configMap = find(objects, 'ConfigMap', configMapName)!;
    const files = container.command
      .filter((_: string, i: number) => container.command[i - 1] === '--config')
      .map((file: string) => {
        if (file.startsWith('/opt/app-root/config/')) {
          const text = configMap.data[path.basename(file)];
          if (text === undefined) {
            throw new Error(`${file} is not in ConfigMap ${configMapName}`);
          }
          return text as string;
        }
        return fs.readFileSync(path.join(ROOT, file), 'utf8');
      });
    for (const text of files) parse(text);

    const envConfigMap = find(
      objects,
      'ConfigMap',
      container.envFrom.find((f: any) => f.configMapRef).configMapRef.name,
    )!;
    const provided = new Set([
      ...container.env.map((e: any) => e.name),
      ...Object.keys(envConfigMap.data),
      ...documentedSecretKeys(),
    ]);
    const missing = [...new Set(files.flatMap(variablesOf))].filter(
      v => !provided.has(v),
    );
    expect(missing).toEqual([]);
    // The variables the env values refer to ($(VAR)) come from envFrom.
    for (const env of container.env) {
      for (const [, name] of String(env.value ?? '').matchAll(
        /\$\(([A-Z_]+)\)/g,
      )) {
        expect(Object.keys(envConfigMap.data)).toContain(name);
      }
    }
    // The Route serves the host the portal believes it is at.
    const route = find(objects, 'Route', 'litemaas')!;
    expect(route.spec.host).toBe(envConfigMap.data.PORTAL_HOST);
    // The metrics port the image serves is the one the pod and the
    // Service name `metrics` (the ServiceMonitor scrapes that name).
    const metricsPort = Number(
      /^ENV LITEMAAS_METRICS_PORT=(\d+)$/m.exec(
        fs.readFileSync(
          path.join(ROOT, 'packages/backend/Containerfile'),
          'utf8',
        ),
      )![1],
    );
    expect(
      container.ports.find((p: any) => p.name === 'metrics').containerPort,
    ).toBe(metricsPort);
    const service = find(objects, 'Service', 'litemaas-backstage')!;
    expect(service.spec.ports.map((p: any) => p.targetPort)).toContain(
      'metrics',
    );
    // Probes on Backstage's own health endpoints.
    expect(container.readinessProbe.httpGet.path).toBe(
      '/.backstage/health/v1/readiness',
    );
    expect(container.livenessProbe.httpGet.path).toBe(
      '/.backstage/health/v1/liveness',
    );
  });
});

describe('the scenarios', () => {
  it('poc: one backend and one PostgreSQL', () => {
    const objects = render('poc');
    expect(backendOf(objects).spec.replicas).toBe(1);
    expect(find(objects, 'StatefulSet', 'litemaas-postgresql')).toBeDefined();
    expect(find(objects, 'Deployment', 'litemaas-redis')).toBeUndefined();
  });

  it('workshop: the POC with the workshop template in the catalog', () => {
    const objects = render('workshop');
    const templates = objects.find(o =>
      o.metadata.name.startsWith('litemaas-templates'),
    )!;
    // The overlay's copy is the repository's template.
    expect(templates.data['workshop-keys.yaml']).toBe(
      fs.readFileSync(
        path.join(ROOT, 'examples/templates/workshop-keys.yaml'),
        'utf8',
      ),
    );
    const appConfig = objects.find(o =>
      o.metadata.name.startsWith('litemaas-app-config'),
    )!;
    const config = parse(appConfig.data['app-config.workshop.yaml']);
    const backend = podSpecOf(backendOf(objects));
    const mountPath = backend.containers[0].volumeMounts.find(
      (m: any) =>
        backend.volumes.find((v: any) => v.name === m.name)?.configMap?.name ===
        templates.metadata.name,
    ).mountPath;
    expect(config.catalog.locations).toEqual([
      expect.objectContaining({
        type: 'file',
        target: `${mountPath}/workshop-keys.yaml`,
      }),
    ]);
  });

  it('ha: three replicas spread over nodes, a disruption budget, the cache on Redis', () => {
    const objects = render('ha');
    const backend = backendOf(objects);
    expect(backend.spec.replicas).toBe(3);
    expect(backend.spec.strategy.rollingUpdate.maxUnavailable).toBe(0);
    const affinity = podSpecOf(backend).affinity.podAntiAffinity;
    expect(
      affinity.preferredDuringSchedulingIgnoredDuringExecution[0]
        .podAffinityTerm.labelSelector.matchLabels,
    ).toEqual(backend.spec.selector.matchLabels);
    const pdb = find(objects, 'PodDisruptionBudget', 'litemaas-backstage')!;
    expect(pdb.spec.selector.matchLabels).toEqual(
      backend.spec.selector.matchLabels,
    );
    expect(pdb.spec.minAvailable).toBeLessThan(backend.spec.replicas);
    const appConfig = objects.find(o =>
      o.metadata.name.startsWith('litemaas-app-config'),
    )!;
    const cache = parse(appConfig.data['app-config.redis.yaml']).backend.cache;
    expect(cache.store).toBe('redis');
    const redis = find(objects, 'Service', 'litemaas-redis')!;
    expect(cache.connection).toContain(
      `@${redis.metadata.name}:${redis.spec.ports[0].port}`,
    );
    expect(podSpecOf(backend).containers[0].command).toContain(
      '/opt/app-root/config/app-config.redis.yaml',
    );
    const monitor = find(objects, 'ServiceMonitor', 'litemaas-backstage')!;
    const service = find(objects, 'Service', 'litemaas-backstage')!;
    expect(service.metadata.labels).toMatchObject(
      monitor.spec.selector.matchLabels,
    );
    expect(service.spec.ports.map((p: any) => p.name)).toContain(
      monitor.spec.endpoints[0].port,
    );
  });

  it("grants the Kuadrant key manager exactly its module's documented rules", () => {
    const moduleRbac = parseAllDocuments(
      fs.readFileSync(
        path.join(
          ROOT,
          'plugins/litemaas-backend-module-kuadrant/deploy/rbac.yaml',
        ),
        'utf8',
      ),
    ).map(d => d.toJSON());
    const rulesOf = (objects: K8sObject[]) =>
      Object.fromEntries(
        objects
          .filter(o => ['Role', 'ClusterRole'].includes(o.kind))
          .filter(o => o.metadata.name.startsWith('litemaas-k'))
          .filter(o => !o.metadata.name.startsWith('litemaas-kserve'))
          .map(o => [
            `${o.kind}/${o.metadata.namespace ?? ''}/${o.metadata.name}`,
            o.rules,
          ]),
      );
    const expected = rulesOf(moduleRbac);
    expect(Object.keys(expected).length).toBe(2);
    for (const overlay of OVERLAYS) {
      expect(rulesOf(render(overlay))).toEqual(expected);
    }
  });
});
