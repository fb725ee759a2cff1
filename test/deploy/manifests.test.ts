import { readFile, readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { parseAllDocuments } from 'yaml';
import { z } from 'zod';
import { CONFIG_VARIABLES, loadConfig } from '../../src/config.ts';

// Every deploy/ file is parsed and checked against what production needs (issue 12, item 9), and
// against the program itself: the env names are config variables, the probe paths are the app's.

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const DEPLOY = join(ROOT, 'deploy');
const K8S = join(DEPLOY, 'k8s');

async function parseYaml(path: string): Promise<unknown[]> {
  // merge: the `<<: *anchor` keys of docker-compose.yml (YAML 1.1 merge keys, as compose reads them).
  const docs = parseAllDocuments(await readFile(path, 'utf8'), { merge: true });
  const list = Array.isArray(docs) ? docs : [docs];
  for (const doc of list) expect(doc.errors.map((e) => e.message), path).toEqual([]);
  return list.map((doc) => doc.toJS()).filter((doc) => doc !== null && doc !== undefined);
}

const record = z.record(z.string(), z.unknown());
const labels = z.record(z.string(), z.string());
const object = z.object({ apiVersion: z.string(), kind: z.string(), metadata: z.object({ name: z.string(), labels: labels.optional() }).loose() }).loose();
type K8sObject = z.infer<typeof object>;

const probe = z.object({ httpGet: z.object({ path: z.string(), port: z.union([z.string(), z.number()]) }), periodSeconds: z.number().optional(), failureThreshold: z.number().optional() });
const envVar = z.object({ name: z.string(), value: z.string().optional(), valueFrom: record.optional() });
const container = z.object({
  name: z.string(),
  image: z.string(),
  ports: z.array(z.object({ containerPort: z.number(), name: z.string() })),
  env: z.array(envVar).default([]),
  envFrom: z.array(z.object({ secretRef: z.object({ name: z.string() }).optional(), configMapRef: record.optional() })).default([]),
  securityContext: z.object({
    runAsNonRoot: z.boolean().optional(),
    allowPrivilegeEscalation: z.boolean(),
    readOnlyRootFilesystem: z.boolean(),
    capabilities: z.object({ drop: z.array(z.string()) }),
  }),
  lifecycle: z.object({ preStop: z.object({ sleep: z.object({ seconds: z.number() }).optional(), exec: z.object({ command: z.array(z.string()) }).optional() }) }),
  startupProbe: probe,
  readinessProbe: probe,
  livenessProbe: probe,
  resources: z.object({ requests: z.object({ cpu: z.string(), memory: z.string() }), limits: z.object({ memory: z.string() }) }),
});
const deployment = z.object({
  metadata: z.object({ name: z.string() }),
  spec: z.object({
    replicas: z.number().optional(),
    selector: z.object({ matchLabels: labels }),
    template: z.object({
      metadata: z.object({ labels }),
      spec: z.object({
        terminationGracePeriodSeconds: z.number(),
        securityContext: z.object({ runAsNonRoot: z.literal(true), runAsUser: z.number().optional() }).loose(),
        topologySpreadConstraints: z.array(
          z.object({ topologyKey: z.string(), maxSkew: z.number(), whenUnsatisfiable: z.string(), labelSelector: z.object({ matchLabels: labels }) }).loose(),
        ),
        containers: z.array(container).min(1),
      }).loose(),
    }),
  }),
});
const secret = z.object({ metadata: z.object({ name: z.string() }), stringData: z.record(z.string(), z.string()) });

async function k8sObjects(): Promise<{ file: string; object: K8sObject }[]> {
  const files = (await readdir(K8S)).filter((f) => /\.ya?ml$/.test(f) && f !== 'redis-values.yml' && f !== 'kustomization.yml');
  const all: { file: string; object: K8sObject }[] = [];
  for (const file of files) for (const doc of await parseYaml(join(K8S, file))) all.push({ file, object: object.parse(doc) });
  return all;
}

const only = async (kind: string) => {
  const found = (await k8sObjects()).filter((o) => o.object.kind === kind);
  expect(found.map((f) => f.file), `exactly one ${kind}`).toHaveLength(1);
  return found[0]!.object;
};
const matches = (selector: Record<string, string>, podLabels: Record<string, string>) =>
  Object.keys(selector).length > 0 && Object.entries(selector).every(([k, v]) => podLabels[k] === v);

async function theDeployment() {
  const d = deployment.parse(await only('Deployment'));
  const bot = d.spec.template.spec.containers[0]!;
  const env = new Map(bot.env.map((e) => [e.name, e.value]));
  return { d, bot, env, podLabels: d.spec.template.metadata.labels };
}

describe('deploy/: every YAML file parses', () => {
  it('deploy/**/*.yml and *.yaml are valid YAML, and every Kubernetes file holds objects with apiVersion, kind and a name', async () => {
    const yamlFiles: string[] = [];
    for (const entry of await readdir(DEPLOY, { recursive: true })) if (/\.ya?ml$/.test(entry)) yamlFiles.push(join(DEPLOY, entry));
    expect(yamlFiles.length).toBeGreaterThanOrEqual(10);
    for (const file of yamlFiles) expect((await parseYaml(file)).length, file).toBeGreaterThan(0);
    const objects = await k8sObjects();
    expect(new Set(objects.map((o) => o.object.kind))).toEqual(new Set(['Deployment', 'Service', 'PodDisruptionBudget', 'HorizontalPodAutoscaler', 'Ingress', 'NetworkPolicy', 'Secret']));
  });

  it('Redis comes from a chart, not a home-made StatefulSet: no StatefulSet, and the chart values ask for a password, an append-only file on a volume, and a network policy', async () => {
    expect((await k8sObjects()).filter((o) => o.object.kind === 'StatefulSet')).toEqual([]);
    const [values] = await parseYaml(join(K8S, 'redis-values.yml'));
    const v = z
      .object({
        auth: z.object({ enabled: z.literal(true), existingSecret: z.string().min(1) }).loose(),
        commonConfiguration: z.string(),
        master: z.object({ persistence: z.object({ enabled: z.literal(true) }).loose() }).loose(),
        networkPolicy: z.object({ enabled: z.literal(true), allowExternal: z.literal(false) }).loose(),
      })
      .loose()
      .parse(values);
    expect(v.commonConfiguration).toMatch(/^appendonly yes$/m);
    expect(await readFile(join(K8S, 'README.md'), 'utf8')).toMatch(/bitnamicharts\/redis[\s\S]*-f deploy\/k8s\/redis-values\.yml/);
  });

  it('kustomization.yml applies every manifest but the example Secret, with the Deployment\'s fixed tag', async () => {
    const [k] = await parseYaml(join(K8S, 'kustomization.yml'));
    const kustomization = z.object({ resources: z.array(z.string()), images: z.array(z.object({ name: z.string(), newTag: z.string() })) }).parse(k);
    const files = [...new Set((await k8sObjects()).map((o) => o.file))].filter((f) => f !== 'secret.example.yml').sort();
    expect([...kustomization.resources].sort()).toEqual(files);
    const { bot } = await theDeployment();
    expect(kustomization.images.map((i) => `${i.name}:${i.newTag}`)).toEqual([bot.image]);
  });
});

describe('deploy/k8s: the Deployment', () => {
  it('runs as non-root with a read-only root filesystem, no privilege escalation and no capabilities', async () => {
    const { d } = await theDeployment();
    expect(d.spec.template.spec.securityContext.runAsNonRoot).toBe(true);
    expect(d.spec.template.spec.securityContext.runAsUser).not.toBe(0);
    for (const c of d.spec.template.spec.containers) {
      expect(c.securityContext).toMatchObject({ allowPrivilegeEscalation: false, readOnlyRootFilesystem: true });
      expect(c.securityContext.capabilities.drop).toContain('ALL');
      expect(c.securityContext.runAsNonRoot).not.toBe(false);
    }
  });

  it('uses a fixed release tag (not :latest, not untagged)', async () => {
    const { bot } = await theDeployment();
    const [, tag] = /^[^@]+:([^/:@]+)$/.exec(bot.image) ?? [];
    expect(tag, bot.image).toBeDefined();
    expect(tag).not.toBe('latest');
    expect(tag).toMatch(/^\d+\.\d+\.\d+/);
  });

  it('probes the app\'s real endpoints on the port it listens on: startup and liveness /healthz, readiness /readyz', async () => {
    const { bot, env } = await theDeployment();
    const http = bot.ports.find((p) => p.name === 'http');
    expect(http?.containerPort).toBe(Number(env.get('PORT')));
    expect(bot.startupProbe.httpGet).toEqual({ path: '/healthz', port: 'http' });
    expect(bot.livenessProbe.httpGet).toEqual({ path: '/healthz', port: 'http' });
    expect(bot.readinessProbe.httpGet).toEqual({ path: '/readyz', port: 'http' });
    // The startup probe gives the process time to connect to Redis before liveness takes over.
    expect((bot.startupProbe.periodSeconds ?? 10) * (bot.startupProbe.failureThreshold ?? 3)).toBeGreaterThanOrEqual(30);
    const app = await readFile(join(ROOT, 'adapters/app/create-http-app.ts'), 'utf8');
    expect(app).toContain("app.get('/healthz'");
    expect(app).toContain("app.get('/readyz'");
  });

  it('waits before SIGTERM (preStop sleep) and gives the shutdown more than the delay plus SHUTDOWN_GRACE_SECONDS', async () => {
    const { d, bot, env } = await theDeployment();
    const { sleep, exec } = bot.lifecycle.preStop;
    const delay = sleep?.seconds ?? Number(exec?.command.join(' ').match(/^sleep (\d+)$/)?.[1]);
    expect(delay).toBeGreaterThanOrEqual(3);
    const grace = Number(env.get('SHUTDOWN_GRACE_SECONDS') ?? 10);
    expect(d.spec.template.spec.terminationGracePeriodSeconds).toBeGreaterThan(delay + grace);
  });

  it('spreads replicas over nodes and zones, selecting its own pods', async () => {
    const { d, podLabels } = await theDeployment();
    const spread = d.spec.template.spec.topologySpreadConstraints;
    expect(spread.map((s) => s.topologyKey).sort()).toEqual(['kubernetes.io/hostname', 'topology.kubernetes.io/zone']);
    for (const s of spread) expect(matches(s.labelSelector.matchLabels, podLabels)).toBe(true);
    expect(matches(d.spec.selector.matchLabels, podLabels)).toBe(true);
  });

  it('sets only real config variables, with valid values, TRUST_PROXY and PUBLIC_URL among them; secrets come from the Secret', async () => {
    const { bot, env } = await theDeployment();
    for (const name of env.keys()) expect(CONFIG_VARIABLES, name).toContain(name);
    expect(env.get('TRUST_PROXY')).toBeTruthy();
    expect(env.get('PUBLIC_URL')).toMatch(/^https:\/\//);
    for (const [name, value] of env) if (/TOKEN|SECRET|PASSWORD|REDIS_URL/.test(name)) expect(value, `${name} must come from a Secret`).toBeUndefined();
    const s = secret.parse(await only('Secret'));
    expect(bot.envFrom.map((e) => e.secretRef?.name)).toContain(s.metadata.name);
    for (const key of Object.keys(s.stringData)) expect(CONFIG_VARIABLES, key).toContain(key);
    expect(Object.keys(s.stringData)).toEqual(expect.arrayContaining(['HELPDESK_TOKEN', 'REDIS_URL']));
    // The program accepts the whole environment as the pod gets it.
    const config = loadConfig({ ...Object.fromEntries(env), ...s.stringData });
    expect(config).toMatchObject({ store: 'redis', PORT: 3000, NODE_ENV: 'production' });
    expect(config.TRUST_PROXY).not.toBe(false);
  });
});

describe('deploy/k8s: around the Deployment', () => {
  it('a PodDisruptionBudget and a HorizontalPodAutoscaler (from 2 replicas, on CPU, which the container requests) for it', async () => {
    const { d, bot, podLabels } = await theDeployment();
    const pdb = z.object({ apiVersion: z.literal('policy/v1'), spec: z.object({ selector: z.object({ matchLabels: labels }), maxUnavailable: z.number().optional(), minAvailable: z.number().optional() }) }).parse(await only('PodDisruptionBudget'));
    expect(matches(pdb.spec.selector.matchLabels, podLabels)).toBe(true);
    expect(pdb.spec.maxUnavailable ?? pdb.spec.minAvailable).toBe(1);
    const hpa = z
      .object({
        apiVersion: z.literal('autoscaling/v2'),
        spec: z.object({
          scaleTargetRef: z.object({ apiVersion: z.string(), kind: z.string(), name: z.string() }),
          minReplicas: z.number(),
          maxReplicas: z.number(),
          metrics: z.array(z.object({ type: z.string(), resource: z.object({ name: z.string() }).optional() })),
        }).loose(),
      })
      .parse(await only('HorizontalPodAutoscaler'));
    expect(hpa.spec.scaleTargetRef).toEqual({ apiVersion: 'apps/v1', kind: 'Deployment', name: d.metadata.name });
    expect(hpa.spec.minReplicas).toBeGreaterThanOrEqual(2);
    expect(hpa.spec.maxReplicas).toBeGreaterThan(hpa.spec.minReplicas);
    expect(hpa.spec.metrics.map((m) => m.resource?.name)).toContain('cpu');
    expect(bot.resources.requests.cpu).toBeTruthy();
    // With an HPA the Deployment must not fight it over the replica count.
    expect(d.spec.replicas).toBeUndefined();
  });

  it('the Service selects the pods, and the Ingress sends TLS traffic for PUBLIC_URL\'s host to it', async () => {
    const { bot, env, podLabels } = await theDeployment();
    const service = z.object({ metadata: z.object({ name: z.string() }), spec: z.object({ selector: labels, ports: z.array(z.object({ name: z.string(), port: z.number(), targetPort: z.union([z.string(), z.number()]) })) }) }).parse(await only('Service'));
    expect(matches(service.spec.selector, podLabels)).toBe(true);
    expect(bot.ports.map((p) => p.name)).toContain(service.spec.ports[0]!.targetPort);
    const ingress = z
      .object({
        spec: z.object({
          ingressClassName: z.string(),
          tls: z.array(z.object({ hosts: z.array(z.string()), secretName: z.string() })).min(1),
          rules: z.array(z.object({ host: z.string(), http: z.object({ paths: z.array(z.object({ path: z.string(), backend: z.object({ service: z.object({ name: z.string(), port: z.object({ name: z.string() }) }) }) })) }) })),
        }),
      })
      .parse(await only('Ingress'));
    const host = new URL(env.get('PUBLIC_URL')!).hostname;
    expect(ingress.spec.rules.map((r) => r.host)).toEqual([host]);
    expect(ingress.spec.tls[0]!.hosts).toContain(host);
    const backend = ingress.spec.rules[0]!.http.paths[0]!.backend.service;
    expect(backend).toEqual({ name: service.metadata.name, port: { name: service.spec.ports[0]!.name } });
  });

  it('a NetworkPolicy on the pods restricts both directions: in from the ingress controller on the app port, out to DNS, Redis and HTTPS', async () => {
    const { podLabels } = await theDeployment();
    const policy = z
      .object({
        spec: z.object({
          podSelector: z.object({ matchLabels: labels }),
          policyTypes: z.array(z.string()),
          ingress: z.array(z.object({ from: z.array(record), ports: z.array(z.object({ port: z.union([z.string(), z.number()]) })) })),
          egress: z.array(z.object({ to: z.array(record), ports: z.array(z.object({ port: z.union([z.string(), z.number()]) })) })),
        }),
      })
      .parse(await only('NetworkPolicy'));
    expect(matches(policy.spec.podSelector.matchLabels, podLabels)).toBe(true);
    expect(policy.spec.policyTypes.sort()).toEqual(['Egress', 'Ingress']);
    expect(policy.spec.ingress.flatMap((r) => r.ports.map((p) => p.port))).toEqual(['http']);
    expect(policy.spec.egress.flatMap((r) => r.ports.map((p) => p.port)).sort()).toEqual([443, 53, 53, 6379].sort());
  });
});

describe('deploy/Dockerfile', () => {
  const stages = async () => (await readFile(join(DEPLOY, 'Dockerfile'), 'utf8')).replace(/\\\n/g, ' ').split(/^FROM /m).slice(1);

  it('has a build stage and a final stage that installs only production dependencies, copies dist/ and runs it as non-root', async () => {
    const all = await stages();
    expect(all.length).toBeGreaterThanOrEqual(2);
    expect(all[0]).toMatch(/^RUN npm run build$/m);
    const final = all.at(-1)!;
    expect(final).toMatch(/^RUN npm ci --omit=dev\b/m);
    expect(final).toMatch(/^COPY --from=build \/app\/dist \.\/dist$/m);
    expect(final).not.toMatch(/^COPY (src|adapters) /m);
    expect(final).toMatch(/^CMD \["node", "bin\/chatgpt-500\.js", "start"\]$/m);
    const user = /^USER (\S+)$/m.exec(final)?.[1];
    expect(user).toBeDefined();
    expect(user).not.toMatch(/^(root|0)(:|$)/);
  });

  it('pins the base image to an exact Node.js release (at least the engines field) and has a healthcheck with a start period', async () => {
    const text = await readFile(join(DEPLOY, 'Dockerfile'), 'utf8');
    const image = /^ARG NODE_IMAGE=(\S+)$/m.exec(text)?.[1];
    const [, major, minor] = /^node:(\d+)\.(\d+)\.\d+-[a-z]+(-slim)?(@sha256:[0-9a-f]{64})?$/.exec(image ?? '') ?? [];
    expect(major, image).toBeDefined();
    const engines = z.object({ engines: z.object({ node: z.string() }) }).parse(JSON.parse(await readFile(join(ROOT, 'package.json'), 'utf8')));
    const [, wantMajor, wantMinor] = /^>=(\d+)\.(\d+)/.exec(engines.engines.node) ?? [];
    expect(Number(major) * 1000 + Number(minor)).toBeGreaterThanOrEqual(Number(wantMajor) * 1000 + Number(wantMinor));
    for (const stage of await stages()) expect(stage).toMatch(/^\$\{NODE_IMAGE\}/);
    expect(text.replace(/\\\n/g, ' ')).toMatch(/^HEALTHCHECK .*--start-period=\d+s.*\/healthz/m);
  });
});

describe('deploy/docker-compose.yml', () => {
  const service = z.object({
    image: z.string().optional(),
    restart: z.string(),
    command: z.array(z.string()).optional(),
    environment: z.record(z.string(), z.string()).default({}),
    healthcheck: z.object({ test: z.array(z.string()) }).loose().optional(),
    volumes: z.array(z.string()).default([]),
    depends_on: z.record(z.string(), z.object({ condition: z.string() })).optional(),
  }).loose();
  const compose = async () => z.object({ services: z.record(z.string(), service), volumes: record }).parse((await parseYaml(join(DEPLOY, 'docker-compose.yml')))[0]);

  it('runs Redis with a password from the environment, a healthcheck and the append-only file on a named volume', async () => {
    const { services, volumes } = await compose();
    const redis = services.redis!;
    expect(redis.command?.join(' ')).toMatch(/--appendonly yes/);
    expect(redis.command?.join(' ')).toMatch(/--requirepass "\$\$REDIS_PASSWORD"/);
    expect(redis.environment.REDIS_PASSWORD).toMatch(/^\$\{REDIS_PASSWORD:\?/);
    expect(redis.healthcheck?.test.join(' ')).toMatch(/redis-cli ping/);
    const [volume, path] = redis.volumes[0]!.split(':');
    expect(path).toBe('/data');
    expect(Object.keys(volumes)).toContain(volume);
  });

  it('runs the bots with HELPDESK_TOKEN, the password in REDIS_URL, only real config variables, restart policies, after Redis is healthy', async () => {
    const { services } = await compose();
    const bots = Object.entries(services).filter(([name]) => name !== 'redis');
    expect(bots.length).toBeGreaterThanOrEqual(2);
    for (const [, bot] of bots) {
      expect(bot.image).toMatch(/:\d+\.\d+\.\d+$/);
      expect(bot.environment.HELPDESK_TOKEN).toMatch(/^\$\{HELPDESK_TOKEN:\?/);
      expect(bot.environment.REDIS_URL).toMatch(/^redis:\/\/:\$\{REDIS_PASSWORD:\?[^}]*\}@redis:6379$/);
      for (const name of Object.keys(bot.environment)) expect(CONFIG_VARIABLES, name).toContain(name);
      expect(bot.depends_on?.redis?.condition).toBe('service_healthy');
    }
    for (const [name, s] of Object.entries(services)) expect(['always', 'unless-stopped', 'on-failure'], name).toContain(s.restart);
  });
});
