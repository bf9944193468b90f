import { isMap, isScalar, isSeq, type Document, type Node, type YAMLMap } from 'yaml';
import type { CiPipeline, CiStep, ComposeService, DockerfileFact, FileInput } from '../rules/types.js';

/** Facts that repo rules need from single files, extracted from the tree the file pass already built. */
export interface ExtractedFacts {
  compose?: ComposeService[];
  ci?: CiPipeline;
  dockerfile?: DockerfileFact;
}

export function extractFacts(input: FileInput): ExtractedFacts {
  if (input.role === 'compose') return { compose: composeServices(input) };
  if (input.role.startsWith('ci-')) return { ci: ciPipeline(input) };
  if (input.role === 'dockerfile') return { dockerfile: dockerfileFacts(input) };
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
      const js = (svc.toJSON() ?? {}) as Record<string, unknown>;
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
        hasLimits:
          Boolean(resources?.limits) || js.mem_limit !== undefined || js.cpus !== undefined || js.memory !== undefined || js.cpu_quota !== undefined,
        dependsOn,
      });
    }
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
    // Declarative or scripted pipelines: each `sh`/`bat` call and each stage is a step.
    input.lines.forEach((l, i) => {
      const m = /^\s*(stage\s*\(\s*['"]([^'"]+)['"]|(sh|bat|powershell)\b\s*\(?\s*(.*))/.exec(l);
      if (m) steps.push({ name: m[2] ?? m[3], line: i + 1, text: (m[4] ?? m[2] ?? '').trim() });
    });
    return { file: input.path, system, steps };
  }
  for (const doc of input.yaml ?? []) collectSteps(doc, input, system, steps);
  return { file: input.path, system, steps };
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
      fact.user = undefined; // USER resets per stage: the last stage's USER is what runs
      continue;
    }
    m = /^USER\s+(\S+)/i.exec(line);
    if (m) fact.user = m[1];
    if (/^HEALTHCHECK\s+(?!NONE)/i.test(line)) fact.hasHealthcheck = true;
  }
  return fact;
}
