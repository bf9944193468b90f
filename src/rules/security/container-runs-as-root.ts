import { composeServices } from '../../discover/extract.js';
import { defineRule } from '../define.js';
import { awaitedToComplete, isOneShot } from '../ops/_compose.js';
import { lineRange } from '../../parse/position.js';
import type { FileInput, FindingDraft } from '../types.js';
import { composeServicesOf, dockerInstructions, getPair, isFalsy, pairRange, scalarText, securityContextsOf, type DockerInstruction } from './_infra.js';

/**
 * Base images whose default user is not root: distroless `:nonroot`/`:debug-nonroot`, Chainguard images
 * (except their `-dev` variants), nginx-unprivileged, Bitnami images, and anything tagged `rootless`.
 */
const NON_ROOT_BASE = [
  /^(gcr\.io|mcr\.microsoft\.com)\/distroless\/[^:@]+:(?:[\w.-]*-)?nonroot\b/i,
  /^cgr\.dev\/chainguard\/[^:@]+(?::(?![\w.-]*-dev\b)[\w.-]+)?(?:@.*)?$/i,
  /^(docker\.io\/)?nginxinc\/nginx-unprivileged\b/i,
  /^(docker\.io\/)?bitnami\//i,
  /rootless/i,
];

/** Names of build stages: `builder`, `build`, `build-env`, `deps`, `compile`. */
const BUILD_STAGE = /^(build|builder|build[-_]\w+|\w+[-_]build(er)?|deps|compile[rs]?)$/i;

/** Base images of browser test runners. */
const TEST_RUNNER_BASE = /^(mcr\.microsoft\.com\/playwright|(docker\.io\/)?cypress\/(included|browsers|base|factory)|(docker\.io\/)?selenium\/(standalone|node)-|(docker\.io\/)?(selenium|seleniarm)\/)/i;
/** Dockerfiles named for tests: `Dockerfile.test`, `Dockerfile.e2e`, `playwright.Dockerfile`, `Dockerfile-cypress`. */
const TEST_IMAGE_FILE = /^(dockerfile[._-](tests?|e2e|playwright|cypress|integration[-_]?tests?)|(tests?|e2e|playwright|cypress)[._-]dockerfile)$/i;

/** Commands that only fix ownership or modes of mounted volumes. */
const PERMISSION_FIX = /^\s*(?:(?:ba)?sh\s+-c\s+['"]?)?(chown|chmod|setfacl)\s[^;&|]*(?:(?:&&|;)\s*(chown|chmod|setfacl|mkdir)\s[^;&|]*)*['"]?\s*$/;

/** Entrypoints that start as root only to drop to another user (official postgres/redis images …). */
const DROPS_PRIVILEGES = /\b(gosu|su-exec|setpriv|runuser|chpst|s6-setuidgid|setuser)\b|\bsu\s+-?\s*-c\b|--userspec|\bsu\s+-\s+\w+/;

function isRootUser(u: string): boolean {
  const s = u.trim().replace(/^["']|["']$/g, '');
  return /^(root|0)(:(root|0|\w+))?$/.test(s);
}

interface Stage {
  from: DockerInstruction;
  image: string;
  alias?: string;
  user?: DockerInstruction;
  dropsPrivileges: boolean;
  /** COPY/ADD from the build context (not `--from=`): sources as written and the destination. */
  copies: Array<{ srcs: string[]; dest: string }>;
  /** Owners given to copied files (`COPY --chown=977:977 …`), as written. */
  chowns: string[];
  /** The last ENTRYPOINT, else CMD, as words. */
  entry?: string[];
  cmd?: string[];
}

/** `["a", "b"]` or `a b`: the words of an instruction's arguments, options (`--chown=…`) left out. */
function wordsOf(args: string): string[] {
  let list: string[];
  try {
    const parsed: unknown = args.trimStart().startsWith('[') ? JSON.parse(args) : undefined;
    list = Array.isArray(parsed) ? parsed.map(String) : args.split(/\s+/);
  } catch {
    list = args.split(/\s+/);
  }
  return list.filter((w) => w && !w.startsWith('--'));
}

const SCRIPT_WORD = /\.(sh|bash)$|entrypoint|(^|\/)(entry|run|start)[\w-]*$/i;
const base = (p: string) => p.replace(/\/+$/, '').slice(p.replace(/\/+$/, '').lastIndexOf('/') + 1);
const repoPath = (p: string) => p.replace(/^\.?\/+/, '');

/**
 * The repository files an image runs as its entrypoint script: the ENTRYPOINT/CMD word that names a script,
 * traced back to the COPY that put it there (`COPY ./docker/entry.sh $HOME/run.sh` + `ENTRYPOINT ["/app/run.sh"]`).
 */
function entryScripts(chain: Stage[]): string[] {
  const start = chain.find((s) => s.entry)?.entry ?? chain.find((s) => s.cmd)?.cmd ?? [];
  const out = new Set<string>();
  for (const w of start.filter((x) => SCRIPT_WORD.test(x) && !/^\/(usr\/)?(local\/)?s?bin\/(ba|da)?sh$/.test(x))) {
    const b = base(w);
    for (const st of chain) {
      for (const c of st.copies) {
        const dest = base(c.dest);
        if (c.srcs.length === 1 && dest === b && !c.dest.endsWith('/')) out.add(repoPath(c.srcs[0]));
        else for (const src of c.srcs) if (base(src) === b) out.add(repoPath(src));
        // The whole context copied in: the script is somewhere in the repository under its own name.
        if (c.srcs.some((src) => src === '.' || src === './')) out.add(b);
      }
    }
  }
  return [...out].filter(Boolean);
}

function dockerDrafts(input: FileInput): FindingDraft[] {
  const stages: Stage[] = [];
  const args = new Map<string, string>();
  for (const ins of dockerInstructions(input.lines)) {
    if (ins.keyword === 'ARG' && stages.length === 0) {
      const m = /^([\w]+)=("?)([^"\s]*)\2/.exec(ins.args);
      if (m) args.set(m[1], m[3]);
      continue;
    }
    if (ins.keyword === 'FROM') {
      const words = ins.args.split(/\s+/).filter((w) => !w.startsWith('--'));
      const image = (words[0] ?? '').replace(/\$\{?(\w+)\}?/g, (w, k: string) => args.get(k) ?? w);
      const asIdx = words.findIndex((w) => w.toUpperCase() === 'AS');
      stages.push({ from: ins, image, alias: asIdx > 0 ? words[asIdx + 1]?.toLowerCase() : undefined, dropsPrivileges: false, copies: [], chowns: [] });
      continue;
    }
    const st = stages[stages.length - 1];
    if (!st) continue;
    if (ins.keyword === 'USER') st.user = ins;
    const chown = (ins.keyword === 'COPY' || ins.keyword === 'ADD') && ins.args.includes('--chown') ? /--chown[= ](\S+)/.exec(ins.args)?.[1] : undefined;
    if (chown) st.chowns.push(chown);
    if ((ins.keyword === 'COPY' || ins.keyword === 'ADD') && !/--from[= ]/.test(ins.args)) {
      const w = wordsOf(ins.args);
      if (w.length >= 2) st.copies.push({ srcs: w.slice(0, -1), dest: w[w.length - 1] });
    }
    if (ins.keyword === 'ENTRYPOINT') st.entry = wordsOf(ins.args);
    if (ins.keyword === 'CMD') st.cmd = wordsOf(ins.args);
    if ((ins.keyword === 'ENTRYPOINT' || ins.keyword === 'CMD') && DROPS_PRIVILEGES.test(ins.args)) st.dropsPrivileges = true;
  }
  const last = stages[stages.length - 1];
  if (!last) return [];
  // Resolve what the final stage inherits: `FROM builder AS final` keeps builder's USER.
  let effectiveUser = last.user;
  let baseImage = last.image;
  let drops = last.dropsPrivileges;
  const seen = new Set<Stage>([last]);
  const chain: Stage[] = [last];
  let cur: Stage | undefined = last;
  while (!effectiveUser && cur) {
    const parent: Stage | undefined = stages.find((s) => s.alias && s.alias === cur?.image.toLowerCase() && !seen.has(s));
    if (!parent) break;
    seen.add(parent);
    chain.push(parent);
    effectiveUser = parent.user;
    baseImage = parent.image;
    drops = drops || parent.dropsPrivileges;
    cur = parent;
  }
  if (effectiveUser) {
    const value = effectiveUser.args.split(/\s+/)[0] ?? '';
    if (!isRootUser(value)) return [];
    if (effectiveUser !== last.user) {
      // Inherited `USER root` from an earlier stage: report at the final FROM.
      return [fromDraft(last, 'inheritedRoot', { image: last.image })];
    }
    const col = effectiveUser.parts[0].text.indexOf(effectiveUser.args.split(/\s+/)[0]);
    return [
      {
        messageId: 'dockerUserRoot',
        data: { user: value },
        range: lineRange(effectiveUser.line, effectiveUser.column, Math.max(col + value.length, effectiveUser.column + 4)),
        matched: `USER ${value}`,
      },
    ];
  }
  if (drops) return [];
  if (NON_ROOT_BASE.some((re) => re.test(baseImage))) return [];
  // A build image: the final stage is named as a build stage (`FROM … AS builder`) and nothing in it says what to
  // run (no ENTRYPOINT/CMD). It is a stage other images copy from (`FROM localhost/app:builder AS builder`), not a service.
  if (BUILD_STAGE.test(last.alias ?? '') && chain.every((st) => !st.entry && !st.cmd)) return [];
  // An image that runs a test suite (Playwright, Cypress, Selenium runners; `Dockerfile.test`, `e2e.Dockerfile`)
  // is a throwaway CI/dev container, not a deployed service.
  if (TEST_RUNNER_BASE.test(baseImage) || TEST_IMAGE_FILE.test(input.path.slice(input.path.lastIndexOf('/') + 1))) return [];
  // The image copies in the project (`COPY . .`) or an app-server config: uWSGI `uid =` / Gunicorn `user =` there
  // switches the server to that user after start (decided by the scan, which sees the config file).
  const copiesConfig = /^\s*COPY\s+(?:--\S+\s+)*(?:\.\/?\s|[^\n]*\b(?:uwsgi[\w.-]*\.ini|gunicorn[\w.-]*\.py)\b)/im.test(input.source);
  // The entrypoint script it copies in may re-execute as another user (`exec gosu "$PUID" "$0" "$@"`): decided by
  // the scan, which reads the script.
  const scripts = entryScripts(chain);
  // Files handed to a non-root owner (`COPY --chown=977:977 …`) and no USER: the image is made for that user, which
  // the pulled base image (not visible here) or the run command sets. A notice to confirm, not a finding.
  const owner = chain.flatMap((st) => st.chowns).find((o) => !isRootUser(o) && !o.startsWith('$'));
  return [
    {
      ...(owner ? { ...fromDraft(last, 'dockerChownNoUser', { image: last.image, owner }), severity: 'info' as const } : fromDraft(last, 'dockerNoUser', { image: last.image })),
      ...(copiesConfig ? { unlessAppServerDropsPrivileges: true } : {}),
      ...(scripts.length ? { unlessScriptDropsPrivileges: scripts } : {}),
    },
  ];
}

function fromDraft(st: Stage, messageId: string, data: Record<string, string>): FindingDraft {
  return { messageId, data, range: lineRange(st.from.line, st.from.column, st.from.column + 4 + st.from.args.length + 1), matched: `FROM ${st.image} (final stage, no USER)` };
}

function yamlDrafts(input: FileInput): FindingDraft[] {
  const out: FindingDraft[] = [];
  // A one-shot container that fixes volume ownership for an unprivileged app (`command: chown -R 1001 /data`,
  // awaited with `service_completed_successfully`) must be root, and exits before the app starts.
  const services = input.role === 'compose' ? composeServices(input) : [];
  const awaited = awaitedToComplete(services);
  const permissionFix = new Set(services.filter((s) => PERMISSION_FIX.test(s.command ?? '') && isOneShot(s, awaited)).map((s) => s.name));
  for (const svc of composeServicesOf(input)) {
    const u = getPair(svc.map, 'user');
    const v = u ? scalarText(u.value) : undefined;
    if (u && v !== undefined && isRootUser(v) && !permissionFix.has(svc.name)) {
      out.push({ messageId: 'composeUser', data: { name: svc.name, user: v }, range: pairRange(input, u), matched: `${svc.name} user ${v}` });
    }
  }
  for (const sc of securityContextsOf(input)) {
    const u = getPair(sc.map, 'runAsUser');
    if (u && scalarText(u.value)?.trim() === '0') {
      out.push({ messageId: 'k8sUser', data: { owner: sc.owner }, range: pairRange(input, u), matched: `${sc.owner} runAsUser 0` });
    }
    const nr = getPair(sc.map, 'runAsNonRoot');
    if (nr && isFalsy(nr.value)) {
      const uid = u ? Number(scalarText(u.value)) : NaN;
      // `runAsNonRoot: false` next to an explicit non-zero runAsUser is harmless.
      if (!(uid > 0)) out.push({ messageId: 'k8sNonRootFalse', data: { owner: sc.owner }, range: pairRange(input, nr), matched: `${sc.owner} runAsNonRoot false` });
    }
  }
  return out;
}

export default defineRule({
  id: 'security/container-runs-as-root',
  title: 'Container runs as root',
  category: 'security',
  status: 'stable',
  since: '0.1.0',
  severity: 'medium',
  confidence: 'medium',
  likelihood: 'medium',
  impact: 'medium',
  cwe: ['CWE-250'],
  references: [
    'https://docs.docker.com/build/building/best-practices/#user',
    'https://kubernetes.io/docs/tasks/configure-pod-container/security-context/',
  ],
  scope: { kind: 'file', languages: ['dockerfile', 'yaml'] },
  prefilter: /FROM|from|user:|runAsUser|runAsNonRoot/,
  messages: {
    dockerNoUser: 'final stage `FROM {image}` has no USER: the container runs as root',
    dockerUserRoot: 'final stage sets `USER {user}`: the container runs as root',
    dockerChownNoUser: 'final stage `FROM {image}` has no USER but hands its files to `{owner}`: confirm the base image runs as that user, or add `USER {owner}`',
    inheritedRoot: 'final stage `FROM {image}` inherits `USER root` from an earlier stage',
    composeUser: 'compose service `{name}` runs as `user: {user}`',
    k8sUser: '{owner} sets `runAsUser: 0` (root)',
    k8sNonRootFalse: '{owner} sets `runAsNonRoot: false`',
  },
  docs: {
    what:
      'Containers whose main process runs as root: a Dockerfile whose final stage has no `USER` (or `USER root`/`USER 0`), a compose service with `user: root`/`"0"`/`"0:0"`, and Kubernetes `runAsUser: 0` or `runAsNonRoot: false`.',
    why:
      'Root in a container is root on the host as soon as there is a kernel or runtime escape or a mounted host path (docker socket, `/`), and it lets any code execution in the app rewrite the image\'s binaries. A non-root user costs one line.',
    bad: { path: 'Dockerfile', code: 'FROM python:3.12-slim\nWORKDIR /app\nCOPY . .\nRUN pip install -r requirements.txt\nCMD ["gunicorn", "app:app"]\n' },
    good: {
      path: 'Dockerfile',
      code: 'FROM python:3.12-slim\nWORKDIR /app\nCOPY . .\nRUN pip install -r requirements.txt && useradd -r -u 10001 app\nUSER app\nCMD ["gunicorn", "app:app"]\n',
    },
    fix: 'Create a system user and switch to it in the final stage (`RUN useradd -r -u 10001 app` then `USER app`, or `USER 10001:10001`); in Kubernetes set `runAsNonRoot: true` and a non-zero `runAsUser`.',
    falsePositives:
      'Only the final stage of a multi-stage build counts (builder stages may run as root); a final stage `FROM <earlier stage>` inherits that stage\'s USER. Base images that already run as non-root are accepted: distroless `:nonroot`/`:debug-nonroot`, Chainguard images (not `-dev`), `nginxinc/nginx-unprivileged`, Bitnami images and `*rootless*` tags. An ENTRYPOINT/CMD that drops privileges itself (`gosu`, `su-exec`, `setpriv`, `runuser`, `s6-setuidgid`) is accepted, and so is an entrypoint script copied in from the repository (`COPY docker/entry.sh /app/run.sh` + `ENTRYPOINT ["/app/run.sh"]`) that re-executes as a non-root user (`exec gosu "$PUID" "$0" "$@"`). A one-shot compose service with `user: root` that only fixes volume ownership (`command: chown -R 1001:1001 /data`, no ports, awaited with `condition: service_completed_successfully` or `restart: "no"`) is not reported: it must be root and exits before the app starts. `USER $APP_USER` (a variable) is assumed to be non-root. Dockerfiles under `.devcontainer/` are development environments and not reported, nor are test-runner images: a final stage based on a browser test runner (`mcr.microsoft.com/playwright`, `cypress/included`, `selenium/standalone-*`) or a Dockerfile named for tests (`Dockerfile.test`, `Dockerfile.e2e`, `Dockerfile.playwright`). An image with no USER that copies in an app-server configuration which switches to a non-root user (uWSGI `uid = www-data` in a `[uwsgi]` ini file, Gunicorn `user =` in `gunicorn*.py`; by `COPY . .` or by name) is not reported: the server drops root itself. A Dockerfile whose final stage is named as a build stage (`AS builder`, `AS build`, `AS build-env`, `AS deps`) and says nothing to run (no ENTRYPOINT or CMD in it or the stages it extends) is a build image that other images copy from, and is not reported. A final stage with no USER that hands its files to a non-root owner (`COPY --chown=977:977 …`) is an info notice: the image is made for that user, which a pulled base image or the run command is expected to set, and which cannot be seen from the repository.',
  },
  remediation: { effort: 'S', perExtraOccurrence: 0.75, cap: 12, kind: 'mechanical', track: 'security' },
  check(input) {
    // Dev containers (VS Code / Codespaces) are development environments, never deployed.
    if (input.lang === 'dockerfile' && /(^|\/)\.devcontainer\//.test(input.path)) return [];
    if (input.lang === 'dockerfile') return dockerDrafts(input);
    if (input.lang === 'yaml') return yamlDrafts(input);
    return [];
  },
});
