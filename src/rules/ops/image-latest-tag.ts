import { composeServices, k8sWorkloads } from '../../discover/extract.js';
import { defineRule } from '../define.js';
import type { FileInput, FindingDraft } from '../types.js';
import { isNonProductionCompose } from './_compose.js';

/** An image named by a bare name (no registry, no tag): what Skaffold and Tilt call an artifact. */
const BARE_IMAGE = /^[a-z0-9][a-z0-9_.-]*$/;
/** Deploy tools that rewrite artifact names to the built, tagged image: `skaffold dev/run`, `tilt up`. */
const DEPLOY_TOOL_CONFIGS = ['skaffold.yaml', 'skaffold.yml', 'Tiltfile'];

type Verdict = { kind: 'latest' | 'untagged' | 'default-latest'; image: string } | null;

/**
 * Judges an image reference. Digests pin; a tag that is a variable with a non-latest default (or none) is
 * left to whoever sets it; a reference that is a variable as a whole cannot be judged.
 */
export function judgeImage(raw: string, args: ReadonlyMap<string, string> = new Map()): Verdict {
  let image = raw.trim().replace(/^["']|["']$/g, '');
  if (!image || image.includes('{{') || image.includes('@sha256:') || image.includes('@')) return null;
  // Substitute ARG defaults (Dockerfile) where known.
  image = image.replace(/\$\{?(\w+)\}?/g, (whole, name: string) => args.get(name) ?? whole);
  if (/^\$\{?\w+(:?-[^}]*)?\}?$/.test(image)) return null; // FROM ${BASE_IMAGE}
  const slash = image.lastIndexOf('/');
  const last = image.slice(slash + 1);
  const colon = last.indexOf(':');
  if (colon === -1) {
    if (/\$/.test(last)) return null;
    return { kind: 'untagged', image };
  }
  const tag = last.slice(colon + 1);
  if (tag === 'latest') return { kind: 'latest', image };
  const def = /^\$\{\w+:?-([^}]*)\}$/.exec(tag);
  if (def) return def[1] === 'latest' || def[1] === '' ? { kind: 'default-latest', image } : null;
  return null;
}

const at = (line: number, text: string, col = 0) => ({ start: { line, column: col + 1 }, end: { line, column: col + 1 + text.length } });

function lineOf(input: FileInput, line: number, image: string): FindingDraft['range'] {
  const col = input.lines[line - 1]?.indexOf(image) ?? -1;
  return at(line, image, Math.max(col, 0));
}

export default defineRule({
  id: 'ops/image-latest-tag',
  title: 'Image on a floating tag',
  category: 'ops',
  status: 'stable',
  since: '0.1.0',
  severity: 'medium',
  confidence: 'high',
  likelihood: 'high',
  impact: 'medium',
  scope: { kind: 'file', languages: ['yaml', 'dockerfile'], roles: ['compose', 'k8s', 'config', 'dockerfile'] },
  prefilter: /\bimage:|^\s*FROM\s/im,
  messages: {
    latest: 'image {image} uses the floating latest tag',
    untagged: 'image {image} has no tag (pulls latest)',
    'default-latest': 'image {image} defaults to the latest tag',
  },
  docs: {
    what: 'A container image referenced by `:latest` or with no tag at all, in docker-compose `image:`, Kubernetes container `image:` or a Dockerfile `FROM`.',
    why: '`latest` is whatever was pushed last: two hosts, or the same host a day apart, run different code; a rebuild silently picks up a new base image with other libraries; a rollback cannot return to "the previous latest". Builds and deployments stop being reproducible.',
    bad: { path: 'Dockerfile', code: 'FROM python:latest\nCOPY . /app\nCMD ["python", "/app/main.py"]\n' },
    good: { path: 'Dockerfile', code: 'FROM python:3.12.4-slim-bookworm\nCOPY . /app\nCMD ["python", "/app/main.py"]\n' },
    fix: 'Pin a version tag (`postgres:16.3`), and for production a digest (`python:3.12-slim@sha256:…`); let Renovate/Dependabot bump them.',
    falsePositives: 'A Kubernetes image named by a bare name (`image: web-server`: no registry, no tag) in a repository with a `skaffold.yaml` or `Tiltfile` is a build artifact those tools replace with the image they built and tagged, and is not reported. `FROM scratch`, `FROM <earlier build stage>`, digests and images given entirely by a variable (`FROM ${BASE_IMAGE}`) are not reported; a tag from a variable is judged by its default (`${TAG:-latest}` is reported, `${PY_VERSION}` with an ARG default is substituted). A compose `image:` next to `build:` names the image being built and is not reported. Helm templates (`{{ … }}`) are not judged. In tests and examples (a compose file of a local test environment) and in development compose files (`docker-compose.dev.yml`, `.devcontainer/`) the finding is an info notice.',
  },
  remediation: { effort: 'XS', perExtraOccurrence: 0.2, perFile: 0.1, cap: 8, kind: 'mechanical', track: 'ops' },
  check(input) {
    const out: FindingDraft[] = [];
    const push = (v: Verdict, line: number, unlessFileExists?: string[]): void => {
      // A test environment or an example floats on its own (a local `compose.yml` for an OIDC test setup): a notice.
      // So does a development compose file (`docker-compose.dev.yml` with a local mail catcher).
      const aside =
        input.context === 'test' || input.context === 'example' || (input.role === 'compose' && isNonProductionCompose(input.path, input.context))
          ? { severity: 'info' as const, nonProduct: 'keep' as const }
          : {};
      if (v) out.push({ messageId: v.kind, data: { image: v.image }, range: lineOf(input, line, v.image), matched: v.image, ...aside, ...(unlessFileExists ? { unlessFileExists } : {}) });
    };
    if (input.lang === 'dockerfile') {
      const args = new Map<string, string>();
      const stages = new Set<string>();
      input.lines.forEach((raw, i) => {
        const line = raw.trim();
        const arg = /^ARG\s+(\w+)=("?)([^"\s]*)\2/i.exec(line);
        if (arg) args.set(arg[1], arg[3]);
        const m = /^FROM\s+(?:--platform=\S+\s+)?(\S+)(?:\s+AS\s+(\S+))?/i.exec(line);
        if (!m) return;
        const image = m[1];
        if (image.toLowerCase() !== 'scratch' && !stages.has(image.toLowerCase())) push(judgeImage(image, args), i + 1);
        if (m[2]) stages.add(m[2].toLowerCase());
      });
      return out;
    }
    if (input.role === 'compose') {
      for (const s of composeServices(input)) {
        if (s.build || !s.image || !s.imageLine) continue;
        push(judgeImage(s.image), s.imageLine);
      }
      return out;
    }
    if (!input.source.includes('apiVersion')) return out;
    for (const w of k8sWorkloads(input)) {
      // `image: web-server` (a bare name, no registry, no tag) in a repository with a Skaffold/Tilt config is a build
      // artifact the tool replaces with the image it built and tagged: moot when that config exists.
      for (const c of w.containers) if (c.image && c.imageLine) push(judgeImage(c.image), c.imageLine, BARE_IMAGE.test(c.image) ? DEPLOY_TOOL_CONFIGS : undefined);
    }
    return out;
  },
});
