import type { YAMLMap } from 'yaml';
import { isAlias, isMap, isSeq, visit } from '../../parse/yaml-lib.js';
import type { SgNode } from '@ast-grep/napi';
import { defineRule } from '../define.js';
import { fromSg } from '../../parse/position.js';
import type { FileInput, FindingDraft } from '../types.js';
import { composeServicesOf, getPair, isTruthy, nodeRange, pairRange, scalarText, securityContextsOf } from './_infra.js';

/** Capabilities that amount to (nearly) full control of the host. */
const HOST_CAPS = /^(CAP_)?(ALL|SYS_ADMIN|SYS_MODULE|SYS_PTRACE|SYS_RAWIO|DAC_READ_SEARCH)$/i;

/** Anchored maps of a YAML file (`x-common: &common {…}`), by anchor name. */
function anchoredMaps(input: FileInput): Map<string, YAMLMap> {
  const out = new Map<string, YAMLMap>();
  for (const doc of input.yaml ?? []) {
    visit(doc, {
      Map(_k, m) {
        if (m.anchor) out.set(m.anchor, m as YAMLMap);
      },
    });
  }
  return out;
}

/** The service map plus the maps it merges in with `<<: *anchor` / `<<: [*a, *b]`. */
function mergedMaps(map: YAMLMap, anchors: Map<string, YAMLMap>): Array<{ map: YAMLMap; via?: string }> {
  const out: Array<{ map: YAMLMap; via?: string }> = [{ map }];
  const merge = getPair(map, '<<')?.value;
  const refs = isSeq(merge) ? merge.items : merge ? [merge] : [];
  for (const r of refs) {
    if (!isAlias(r)) continue;
    const target = anchors.get(r.source);
    if (target && isMap(target)) out.push({ map: target, via: r.source });
  }
  return out;
}

function yamlDrafts(input: FileInput): FindingDraft[] {
  const out: FindingDraft[] = [];
  const anchors = anchoredMaps(input);
  const seen = new Set<number>();
  for (const svc of composeServicesOf(input)) {
    for (const { map, via } of mergedMaps(svc.map, anchors)) {
      const priv = getPair(map, 'privileged');
      if (!priv || !isTruthy(priv.value)) continue;
      const range = pairRange(input, priv);
      // An anchor merged into several services is one setting: report it once, where it is written.
      if (seen.has(range.start.line)) continue;
      seen.add(range.start.line);
      if (via) out.push({ messageId: 'composeAnchor', data: { anchor: via, name: svc.name }, range, matched: `&${via} privileged` });
      else out.push({ messageId: 'compose', data: { name: svc.name }, range, matched: `${svc.name} privileged` });
    }
    const caps = getPair(svc.map, 'cap_add');
    if (caps && isSeq(caps.value)) {
      for (const item of caps.value.items) {
        const cap = scalarText(item);
        if (cap && HOST_CAPS.test(cap.trim())) {
          out.push({ messageId: 'composeCap', data: { name: svc.name, cap: cap.trim().toUpperCase() }, range: nodeRange(input, item as never), matched: `${svc.name} cap_add ${cap}` });
        }
      }
    }
  }
  for (const sc of securityContextsOf(input)) {
    const priv = getPair(sc.map, 'privileged');
    if (priv && isTruthy(priv.value)) {
      out.push({ messageId: 'k8s', data: { owner: sc.owner }, range: pairRange(input, priv), matched: `${sc.owner} privileged` });
    }
    const capsPair = getPair(sc.map, 'capabilities');
    const capsMap = capsPair?.value;
    if (capsMap && typeof capsMap === 'object' && 'get' in capsMap) {
      const add = (capsMap as { get(k: string, keep: true): unknown }).get('add', true);
      if (isSeq(add)) {
        for (const item of add.items) {
          const cap = scalarText(item);
          if (cap && HOST_CAPS.test(cap.trim())) {
            out.push({ messageId: 'k8sCap', data: { owner: sc.owner, cap: cap.trim().toUpperCase() }, range: nodeRange(input, item as never), matched: `${sc.owner} cap ${cap}` });
          }
        }
      }
    }
  }
  return out;
}

/** `docker run|create … --privileged …` / `--cap-add=SYS_ADMIN` in shell. */
function shellDrafts(input: FileInput): FindingDraft[] {
  // CI jobs routinely run `docker run --privileged multiarch/qemu-user-static` on throw-away runners:
  // that is build infrastructure, not a deployed container.
  if (input.embedded || !input.root) return [];
  const out: FindingDraft[] = [];
  for (const cmd of input.root.findAll({ rule: { kind: 'command' } })) {
    let name = cmd.field('name')?.text() ?? '';
    let args = cmd.children().filter((c) => c.kind() !== 'command_name');
    let words = args.map((a) => unq(a.text()));
    if (name === 'sudo') {
      const d = words.findIndex((w) => !w.startsWith('-'));
      if (d < 0) continue;
      name = words[d];
      args = args.slice(d + 1);
      words = words.slice(d + 1);
    }
    if (!/^(docker|podman|nerdctl)$/.test(name)) continue;
    const sub = words.findIndex((w) => !w.startsWith('-'));
    if (sub < 0) continue;
    const subcmd = words[sub] === 'container' ? words[sub + 1] : words[sub];
    if (!['run', 'create', 'exec'].includes(subcmd)) continue;
    for (let i = sub + 1; i < words.length; i++) {
      const w = words[i];
      if (w === '--') break;
      if (w === '--privileged' || w === '--privileged=true') {
        out.push(draftAt(args[i], 'docker', { cmd: `${name} ${subcmd}` }, `${name} ${subcmd} --privileged`));
      }
      const cap = /^--cap-add(?:=(.*))?$/.exec(w);
      if (cap) {
        const v = cap[1] ?? words[i + 1] ?? '';
        if (HOST_CAPS.test(v)) out.push(draftAt(args[i], 'dockerCap', { cmd: `${name} ${subcmd}`, cap: v.toUpperCase() }, `${name} ${subcmd} --cap-add ${v}`));
      }
    }
  }
  return out;
}

/** Docker Engine API clients (dockerode, docker-modem): `HostConfig: { Privileged: true }`. */
function jsDrafts(input: FileInput): FindingDraft[] {
  if (!input.root) return [];
  const out: FindingDraft[] = [];
  for (const pair of input.root.findAll({ rule: { kind: 'pair' } })) {
    const key = pair.field('key')?.text().replace(/^["']|["']$/g, '');
    if (key !== 'Privileged' || pair.field('value')?.text() !== 'true') continue;
    out.push(draftAt(pair, 'engineApi', {}, 'HostConfig Privileged: true'));
  }
  return out;
}

/** docker SDK for Python: `client.containers.run(image, privileged=True)`. */
function pythonDrafts(input: FileInput): FindingDraft[] {
  if (!input.root) return [];
  const out: FindingDraft[] = [];
  for (const kw of input.root.findAll({ rule: { kind: 'keyword_argument', regex: '^privileged\\s*=\\s*True$' } })) {
    const call = kw.parent()?.parent();
    const fn = call?.kind() === 'call' ? call.field('function')?.text() ?? '' : '';
    if (!/\.(run|create|create_container|create_host_config)$/.test(fn)) continue;
    out.push(draftAt(kw, 'sdk', { call: fn }, `${fn} privileged=True`));
  }
  return out;
}

function draftAt(node: SgNode, messageId: string, data: Record<string, string>, matched: string): FindingDraft {
  const r = fromSg(node.range());
  return { messageId, data, range: r.end.line === r.start.line ? r : { start: r.start, end: { line: r.start.line, column: r.start.column + 1 } }, matched };
}

function unq(s: string): string {
  return s.replace(/^(['"])(.*)\1$/, '$2');
}

export default defineRule({
  id: 'security/privileged-container',
  title: 'Privileged container',
  category: 'security',
  status: 'stable',
  since: '0.1.0',
  severity: 'high',
  confidence: 'high',
  likelihood: 'medium',
  impact: 'high',
  cwe: ['CWE-250', 'CWE-269'],
  references: [
    'https://docs.docker.com/engine/containers/run/#runtime-privilege-and-linux-capabilities',
    'https://kubernetes.io/docs/concepts/security/pod-security-standards/',
  ],
  scope: { kind: 'file', languages: ['yaml', 'bash', 'python', 'javascript', 'typescript', 'tsx'] },
  prefilter: /privileged|cap_add|capabilities|--cap-add/i,
  messages: {
    compose: 'compose service `{name}` runs with `privileged: true` (full access to the host)',
    composeAnchor: 'compose anchor `&{anchor}` (merged into service `{name}`) sets `privileged: true` (full access to the host)',
    composeCap: 'compose service `{name}` adds capability {cap} (near-root access to the host)',
    k8s: '{owner} has `securityContext.privileged: true` (full access to the node)',
    k8sCap: '{owner} adds capability {cap} (near-root access to the node)',
    docker: '`{cmd} --privileged` gives the container full access to the host',
    dockerCap: '`{cmd} --cap-add {cap}` gives the container near-root access to the host',
    sdk: '`{call}(privileged=True)` starts a privileged container',
    engineApi: 'Docker Engine API `HostConfig: { Privileged: true }` starts a privileged container',
  },
  docs: {
    what:
      'Containers started with full host privileges: compose `privileged: true`, Kubernetes `securityContext.privileged: true`, `docker run --privileged`, compose anchors merged into services (`<<: *common`), the Docker Engine API\'s `HostConfig.Privileged` (dockerode), the docker SDK\'s `privileged=True`, and added capabilities that amount to the same (`ALL`, `SYS_ADMIN`, `SYS_MODULE`, `SYS_PTRACE`, `SYS_RAWIO`, `DAC_READ_SEARCH`).',
    why:
      'A privileged container sees every host device, can mount the host filesystem and load kernel modules: a bug or a compromised dependency in that container is a compromise of the whole host (and of every other container on it).',
    bad: { path: 'docker-compose.yml', code: 'services:\n  collector:\n    image: acme/collector:1.4\n    privileged: true\n' },
    good: {
      path: 'docker-compose.yml',
      code: 'services:\n  collector:\n    image: acme/collector:1.4\n    cap_add: [NET_RAW]\n    devices: ["/dev/ttyUSB0:/dev/ttyUSB0"]\n',
    },
    fix: 'Remove `privileged`; grant only the specific capability (`cap_add: [NET_ADMIN]`) or device (`devices:`) the process needs, and drop the rest (`cap_drop: [ALL]`).',
    falsePositives:
      'Not reported: `privileged: false`; the word in comments or strings; CI files (a GitHub Actions `services:` block or a `docker run --privileged` for QEMU/docker-in-docker in a CI `run:` step runs on a throw-away runner). Deliberate decisions: `network_mode: host` / `hostNetwork` share the network namespace but grant no privileges, so they are not reported here; `allowPrivilegeEscalation: true` is the Kubernetes default and only matters for setuid binaries, so it is not reported either.',
  },
  remediation: { effort: 'S', perExtraOccurrence: 1, cap: 16, kind: 'refactor', track: 'security' },
  check(input) {
    if (input.lang === 'yaml') return yamlDrafts(input);
    if (input.lang === 'bash') return shellDrafts(input);
    if (input.lang === 'python') return pythonDrafts(input);
    if (input.lang === 'javascript' || input.lang === 'typescript' || input.lang === 'tsx') return jsDrafts(input);
    return [];
  },
});
