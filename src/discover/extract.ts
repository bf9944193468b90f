import type { Document, Node, YAMLMap } from 'yaml';
import { extractJenkinsShell } from '../parse/jenkins-shell.js';
import { isMap, isScalar, isSeq } from '../parse/yaml-lib.js';
import type { CiPipeline, CiStep, ComposeService, CronEntry, DockerfileFact, EntryPoint, FileInput, K8sContainer, K8sWorkload, SystemdUnit } from '../rules/types.js';

/** Facts that repo rules need from single files, extracted from the tree the file pass already built. */
export interface ExtractedFacts {
  compose?: ComposeService[];
  ci?: CiPipeline;
  dockerfile?: DockerfileFact;
  k8s?: K8sWorkload[];
  cron?: CronEntry[];
  systemd?: SystemdUnit;
  entryPoint?: EntryPoint;
}

export function extractFacts(input: FileInput): ExtractedFacts {
  if (input.role === 'compose') return { compose: composeServices(input) };
  if (input.role === 'crontab') return { cron: cronEntries(input) };
  if (input.role === 'systemd') return { systemd: systemdUnit(input) };
  if (input.role.startsWith('ci-')) return { ci: ciPipeline(input) };
  if (input.role === 'dockerfile') return { dockerfile: dockerfileFacts(input) };
  if (input.role === 'source' && !input.embedded && input.context === 'product') {
    const entryPoint = entryPointOf(input);
    if (entryPoint) return { entryPoint };
  }
  if (input.lang === 'yaml' && (input.role === 'k8s' || input.role === 'config') && looksLikeK8s(input.source)) {
    const k8s = k8sWorkloads(input);
    return k8s.length ? { k8s } : {};
  }
  return {};
}

function lineOfNode(input: FileInput, node: Node | null | undefined): number {
  const r = node?.range;
  return r ? input.positionAt(r[0]).line : 0;
}

function str(v: unknown): string | undefined {
  return typeof v === 'string' || typeof v === 'number' ? String(v) : undefined;
}

export function composeServices(input: FileInput): ComposeService[] {
  const out: ComposeService[] = [];
  for (const doc of input.yaml ?? []) {
    const services = doc.get('services', true);
    if (!isMap(services)) continue;
    for (const pair of services.items) {
      if (!isScalar(pair.key) || !isMap(pair.value)) continue;
      const svc = pair.value as YAMLMap;
      const js = withMergeKeys((resolvedJs(svc, doc) ?? {}) as Record<string, unknown>);
      const hc = js.healthcheck as Record<string, unknown> | undefined;
      const deploy = js.deploy as Record<string, unknown> | undefined;
      const resources = deploy?.resources as Record<string, unknown> | undefined;
      const dependsNode = svc.get('depends_on', true);
      const dependsOn: ComposeService['dependsOn'] = [];
      if (isSeq(dependsNode)) {
        for (const item of dependsNode.items) if (isScalar(item)) dependsOn.push({ name: String(item.value), line: lineOfNode(input, item) });
      } else if (isMap(dependsNode)) {
        for (const dp of dependsNode.items) {
          if (!isScalar(dp.key)) continue;
          const cond = isMap(dp.value) ? str((dp.value as YAMLMap).get('condition')) : undefined;
          dependsOn.push({ name: String(dp.key.value), condition: cond, line: lineOfNode(input, dp.key as Node) });
        }
      }
      const build = composeBuild(input.path, js.build);
      const command = Array.isArray(js.command) ? js.command.map(String).join(' ') : str(js.command);
      const envFile = js.env_file;
      const envFiles = Array.isArray(envFile)
        ? envFile.map((e) => (typeof e === 'object' && e !== null ? String((e as Record<string, unknown>).path ?? '') : String(e))).filter(Boolean)
        : typeof envFile === 'string'
          ? [envFile]
          : undefined;
      out.push({
        file: input.path,
        name: String(pair.key.value),
        line: lineOfNode(input, pair.key as Node),
        image: str(js.image),
        build: js.build !== undefined,
        ports: Array.isArray(js.ports) ? js.ports.map((p) => (typeof p === 'object' ? JSON.stringify(p) : String(p))) : [],
        volumes: Array.isArray(js.volumes) ? js.volumes.map((v) => (typeof v === 'object' ? JSON.stringify(v) : String(v))) : [],
        privileged: js.privileged === true || js.privileged === 'true',
        user: str(js.user),
        hasHealthcheck: hc !== undefined && hc !== null,
        healthcheckDisabled: hc?.disable === true || (Array.isArray(hc?.test) && hc.test[0] === 'NONE'),
        ...(hc && hc.test !== undefined ? { healthcheck: (Array.isArray(hc.test) ? hc.test.map(String).join(' ') : String(hc.test)).slice(0, 300) } : {}),
        hasLimits:
          Boolean(resources?.limits) || js.mem_limit !== undefined || js.cpus !== undefined || js.memory !== undefined || js.cpu_quota !== undefined,
        dependsOn,
        restart: js.restart === false ? 'no' : str(js.restart),
        command,
        buildContext: build?.context,
        dockerfile: build?.dockerfile,
        envFiles,
        imageLine: js.image !== undefined ? lineOfNode(input, svc.get('image', true) as Node) : undefined,
      });
    }
  }
  return out;
}

/** The service mapping as plain data with aliases resolved (a dangling alias falls back to the raw node). */
function resolvedJs(node: YAMLMap, doc: Parameters<YAMLMap['toJS']>[0]): unknown {
  try {
    return node.toJS(doc);
  } catch {
    return node.toJSON();
  }
}

/**
 * YAML merge keys (`<<: *defaults`, `<<: [*a, *b]`), which compose files use to share settings between
 * services: the yaml package leaves them as a `<<` key, so the merged settings are folded in here (keys
 * written on the service win, then the earlier sources of a list).
 */
function withMergeKeys(js: Record<string, unknown>): Record<string, unknown> {
  const merge = js['<<'];
  if (merge === undefined) return js;
  const sources = (Array.isArray(merge) ? merge : [merge]).filter((m): m is Record<string, unknown> => typeof m === 'object' && m !== null && !Array.isArray(m));
  const out: Record<string, unknown> = {};
  for (const src of [...sources].reverse()) Object.assign(out, withMergeKeys(src));
  for (const [k, v] of Object.entries(js)) if (k !== '<<') out[k] = v;
  return out;
}

/** `build: ./svc` or `build: {context, dockerfile}` → paths relative to the scanned root. */
function composeBuild(file: string, build: unknown): { context: string; dockerfile: string } | undefined {
  let context: string | undefined;
  let dockerfile = 'Dockerfile';
  if (typeof build === 'string') context = build;
  else if (build && typeof build === 'object') {
    const b = build as Record<string, unknown>;
    context = str(b.context) ?? '.';
    if (typeof b.dockerfile === 'string') dockerfile = b.dockerfile;
  }
  if (context === undefined) return undefined;
  const dir = file.includes('/') ? file.slice(0, file.lastIndexOf('/')) : '.';
  const ctx = /^[a-z]+:\/\/|^git@/i.test(context) ? context : normalisePath(`${dir}/${context}`);
  return { context: ctx, dockerfile: normalisePath(dockerfile.startsWith('/') ? dockerfile : `${ctx}/${dockerfile}`) };
}

function normalisePath(p: string): string {
  const out: string[] = [];
  for (const part of p.split('/')) {
    if (part === '' || part === '.') continue;
    if (part === '..') {
      if (out.length && out[out.length - 1] !== '..') out.pop();
      else out.push('..');
    } else out.push(part);
  }
  return out.join('/') || '.';
}

const K8S_WORKLOADS = new Set(['Deployment', 'StatefulSet', 'DaemonSet', 'ReplicaSet', 'ReplicationController', 'Job', 'CronJob', 'Pod', 'Rollout', 'DeploymentConfig']);

function looksLikeK8s(source: string): boolean {
  return source.includes('apiVersion') && source.includes('containers');
}

/** A map written out in YAML, not a `{{ … }}` template expression that the YAML parser read as a flow map. */
function plainMap(node: unknown): boolean {
  return isMap(node) && node.items.every((p) => isScalar(p.key) && !String(p.key.value).startsWith('{'));
}

/** Kubernetes workloads of a YAML stream and the containers of their pod templates. */
export function k8sWorkloads(input: FileInput): K8sWorkload[] {
  const out: K8sWorkload[] = [];
  for (const doc of input.yaml ?? []) {
    const root = doc.contents;
    if (!isMap(root)) continue;
    const kind = str(root.get('kind'));
    if (!kind || !K8S_WORKLOADS.has(kind) || root.get('apiVersion') === undefined) continue;
    const meta = root.get('metadata', true);
    const templated = input.source.includes('{{');
    const name = (isMap(meta) ? str(meta.get('name')) : undefined) ?? (templated && isMap(meta) && meta.has('name') ? '(templated name)' : kind);
    const path =
      kind === 'Pod' ? ['spec'] : kind === 'CronJob' ? ['spec', 'jobTemplate', 'spec', 'template', 'spec'] : ['spec', 'template', 'spec'];
    const podSpec = root.getIn(path, true);
    const containers: K8sContainer[] = [];
    if (isMap(podSpec)) {
      for (const [key, init] of [['containers', false], ['initContainers', true]] as const) {
        const list = podSpec.get(key, true);
        if (!isSeq(list)) continue;
        for (const c of list.items) {
          if (!isMap(c)) continue;
          const res = c.get('resources', true);
          const limits = isMap(res) ? res.get('limits', true) : undefined;
          const imageNode = c.get('image', true) as Node | undefined;
          containers.push({
            name: str(c.get('name')) ?? '(unnamed)',
            line: lineOfNode(input, c),
            image: str(c.get('image')),
            imageLine: imageNode ? lineOfNode(input, imageNode) : undefined,
            init,
            // In a Helm/Go template, `resources:` or a probe key followed by `{{ toYaml .Values.x | nindent }}`
            // parses as empty: the values file fills it in, so the key itself counts.
            hasLiveness: c.get('livenessProbe') != null || (templated && c.has('livenessProbe')),
            hasReadiness: c.get('readinessProbe') != null || (templated && c.has('readinessProbe')),
            hasLimits: isMap(limits) ? limits.items.length > 0 : (limits != null && !(isScalar(limits) && limits.value == null)) || (templated && c.has('resources') && !plainMap(res)),
          });
        }
      }
    }
    out.push({ file: input.path, kind, name, line: lineOfNode(input, root.get('kind', true) as Node), containers });
  }
  return out;
}

const CI_SYSTEM: Record<string, CiPipeline['system']> = {
  'ci-github': 'github',
  'ci-gitlab': 'gitlab',
  'ci-cloudbuild': 'cloudbuild',
  'ci-jenkins': 'jenkins',
  'ci-other': 'other',
};

/** The steps of a CI pipeline: each with its name and the commands or action it runs. */
export function ciPipeline(input: FileInput): CiPipeline {
  const system = CI_SYSTEM[input.role] ?? 'other';
  const steps: CiStep[] = [];
  if (system === 'jenkins') {
    // Declarative or scripted pipelines: each stage, each `bat`/`powershell` call and each `sh` step is a step;
    // the `sh` bodies come from the same Groovy scanner that hands them to the shell rules.
    input.lines.forEach((l, i) => {
      const m = /^\s*(?:stage\s*\(\s*['"]([^'"]+)['"]|(bat|powershell)\b\s*\(?\s*(.*))/.exec(l);
      if (m) steps.push({ name: m[1] ?? m[2], line: i + 1, text: (m[3] ?? m[1] ?? '').trim() });
    });
    for (const sh of extractJenkinsShell(input.source)) steps.push({ name: 'sh', line: sh.line, text: sh.text.trim() });
    steps.sort((a, b) => a.line - b.line);
    return { file: input.path, system, steps };
  }
  const triggers: string[] = [];
  for (const doc of input.yaml ?? []) {
    collectSteps(doc, input, system, steps);
    const on = system === 'github' && isMap(doc.contents) ? (doc.contents.toJSON() as Record<string, unknown>).on : undefined;
    if (typeof on === 'string') triggers.push(on);
    else if (Array.isArray(on)) triggers.push(...on.map(String));
    else if (on && typeof on === 'object') triggers.push(...Object.keys(on));
  }
  return { file: input.path, system, steps, ...(system === 'github' ? { triggers } : {}) };
}

function collectSteps(doc: Document.Parsed, input: FileInput, system: CiPipeline['system'], steps: CiStep[]): void {
  const root = doc.contents;
  if (!isMap(root)) return;
  if (system === 'github') {
    const jobs = root.get('jobs', true);
    const jobMaps = isMap(jobs) ? jobs.items.map((p) => p.value) : [];
    const runs = root.get('runs', true); // composite actions
    if (isMap(runs)) jobMaps.push(runs);
    for (const job of jobMaps) {
      if (!isMap(job)) continue;
      const uses = job.get('uses'); // reusable workflow call
      if (typeof uses === 'string') steps.push({ name: uses, line: lineOfNode(input, job), text: `uses: ${uses}` });
      const list = job.get('steps', true);
      if (!isSeq(list)) continue;
      for (const s of list.items) {
        if (!isMap(s)) continue;
        const run = str(s.get('run'));
        const use = str(s.get('uses'));
        const name = str(s.get('name')) ?? use ?? (run ?? '').split('\n')[0];
        steps.push({ name, line: lineOfNode(input, s), text: run ?? `uses: ${use ?? ''}` });
      }
    }
    return;
  }
  if (system === 'cloudbuild') {
    const list = root.get('steps', true);
    if (!isSeq(list)) return;
    for (const s of list.items) {
      if (!isMap(s)) continue;
      const js = s.toJSON() as Record<string, unknown>;
      const args = Array.isArray(js.args) ? js.args.map(String).join(' ') : str(js.args) ?? '';
      const text = [str(js.entrypoint), args, str(js.script)].filter(Boolean).join(' ');
      steps.push({ name: str(js.id) ?? str(js.name) ?? text.slice(0, 60), line: lineOfNode(input, s), text: `${str(js.name) ?? ''} ${text}`.trim() });
    }
    return;
  }
  // GitLab, CircleCI, Bitbucket, Travis …: every mapping that carries a script-like key is a step.
  const visitMap = (m: YAMLMap, name: string, depth: number): void => {
    if (depth > 6) return;
    const parts: string[] = [];
    for (const key of ['script', 'before_script', 'after_script', 'run', 'command', 'commands']) {
      const v = m.get(key, true) as unknown;
      if (isScalar(v)) parts.push(String(v.value));
      else if (isSeq(v)) parts.push(...v.items.map((i) => (isScalar(i) ? String(i.value) : isMap(i) ? JSON.stringify(i.toJSON()) : '')));
      else if (isMap(v)) parts.push(JSON.stringify(v.toJSON()));
    }
    if (parts.length) steps.push({ name, line: lineOfNode(input, m), text: parts.join('\n') });
    for (const p of m.items) {
      const key = isScalar(p.key) ? String(p.key.value) : name;
      if (isMap(p.value)) visitMap(p.value as YAMLMap, key, depth + 1);
      else if (isSeq(p.value)) for (const it of p.value.items) if (isMap(it)) visitMap(it as YAMLMap, key, depth + 1);
    }
  };
  visitMap(root as YAMLMap, '(root)', 0);
}

export function dockerfileFacts(input: FileInput): DockerfileFact {
  const fact: DockerfileFact = { file: input.path, baseImages: [], hasHealthcheck: false };
  for (const [i, raw] of input.lines.entries()) {
    const line = raw.trim();
    let m = /^FROM\s+(?:--platform=\S+\s+)?(\S+)/i.exec(line);
    if (m) {
      fact.baseImages.push({ image: m[1], line: i + 1 });
      fact.user = undefined; // USER, CMD and ENTRYPOINT reset per stage: the last stage's are what runs
      fact.cmd = undefined;
      fact.entrypoint = undefined;
      continue;
    }
    m = /^USER\s+(\S+)/i.exec(line);
    if (m) fact.user = m[1];
    m = /^(ENTRYPOINT|CMD)\s+(.+)$/i.exec(line);
    if (m) fact[m[1].toUpperCase() === 'CMD' ? 'cmd' : 'entrypoint'] = m[2].slice(0, 200);
    if (/^HEALTHCHECK\s+(?!NONE)/i.test(line)) {
      fact.hasHealthcheck = true;
      // The probe's command (options and continuation lines included): which script it runs.
      let probe = line;
      for (let j = i; /\\\s*$/.test(input.lines[j] ?? '') && j < i + 5; j++) probe += ` ${input.lines[j + 1]?.trim() ?? ''}`;
      fact.healthcheck = probe.slice(0, 300);
    }
  }
  return fact;
}

const CRON_FIELD = String.raw`[\d*/,\-A-Za-z?LW#]+`;
const CRON_LINE = new RegExp(String.raw`^\s*(@\w+|(?:${CRON_FIELD}\s+){4}${CRON_FIELD})\s+(.+?)\s*$`);
const CRON_USER = /^([a-z_][a-z0-9_-]{0,31})\s+(.+)$/;

/**
 * The jobs of a crontab: `MIN HOUR DOM MON DOW command` or `@daily command`. System crontabs
 * (`/etc/crontab`, `cron.d/*`) carry a user before the command; it is recognised when the file is one of
 * those and the word is a plausible user name. Comments and `VAR=value` lines are not jobs.
 */
export function cronEntries(input: FileInput): CronEntry[] {
  const system = /(^|\/)cron\.d\/[^/]+$|(^|\/)etc\/crontab$/.test(input.path);
  const out: CronEntry[] = [];
  input.lines.forEach((text, i) => {
    const t = text.trim();
    if (!t || t.startsWith('#') || /^[A-Za-z_][A-Za-z0-9_]*\s*=/.test(t)) return;
    const m = CRON_LINE.exec(t);
    if (!m) return;
    let command = m[2];
    let user: string | undefined;
    const u = system ? CRON_USER.exec(command) : null;
    if (u) {
      user = u[1];
      command = u[2];
    }
    out.push({ file: input.path, line: i + 1, schedule: m[1].replace(/\s+/g, ' '), ...(user ? { user } : {}), command });
  });
  return out;
}

/** The few keys of a systemd unit the inventory shows (last assignment wins, as in systemd). */
export function systemdUnit(input: FileInput): SystemdUnit {
  const unit: SystemdUnit = { file: input.path };
  const keys: Record<string, keyof Omit<SystemdUnit, 'file'>> = {
    Description: 'description',
    ExecStart: 'execStart',
    User: 'user',
    Restart: 'restart',
    OnCalendar: 'onCalendar',
  };
  for (const text of input.lines) {
    const m = /^\s*([A-Za-z]+)\s*=\s*(.*?)\s*$/.exec(text);
    if (m && keys[m[1]] && m[2]) unit[keys[m[1]]] = m[2];
  }
  return unit;
}

/** A Python module with a `__main__` guard, or a script with a shebang (bash, python, node …). */
export function entryPointOf(input: FileInput): EntryPoint | undefined {
  if (input.lang === 'python' && input.source.includes('__main__')) {
    const i = input.lines.findIndex((l) => /^if\s+__name__\s*==\s*['"]__main__['"]\s*:/.test(l));
    if (i !== -1) return { file: input.path, line: i + 1, kind: 'python-main' };
  }
  if (input.source.startsWith('#!') && (input.lang === 'bash' || input.lang === 'python' || input.lang === 'javascript')) {
    return { file: input.path, line: 1, kind: 'script' };
  }
  return undefined;
}
