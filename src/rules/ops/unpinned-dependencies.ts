import { defineRule } from '../define.js';
import { lineRange } from '../../parse/position.js';
import { dockerInstructions } from '../security/_infra.js';
import type { FileInput, FindingDraft } from '../types.js';

/** Packages that installers upgrade first as a matter of course: not reported when unpinned. */
const TOOLING = new Set(['pip', 'setuptools', 'wheel', 'pip-tools', 'uv']);
/** `pip install` in a shell command: pip, pip3, pip3.11, python -m pip, python3 -m pip. */
const PIP_INSTALL = /(?:^|[\s;&|(])(?:pip[\d.]*|python[\d.]*\s+-m\s+pip)\s+install\s+([^;&|]*)/g;
/** A requirement name at the start of a requirements line (PEP 508), with its extras. */
const REQ_NAME = /^([A-Za-z0-9][A-Za-z0-9._-]*)(\[[^\]]*\])?\s*(.*)$/;
const REQUIREMENTS_FILE = /(^|\/)requirements[\w.-]*\.(txt|in)$/i;

export default defineRule({
  id: 'ops/unpinned-dependencies',
  title: 'Dependencies without pinned versions',
  category: 'ops',
  status: 'stable',
  since: '0.1.0',
  severity: 'medium',
  confidence: 'high',
  likelihood: 'medium',
  impact: 'medium',
  cwe: ['CWE-1104'],
  scope: { kind: 'file', languages: ['text', 'dockerfile', 'json'], roles: ['manifest', 'dockerfile'] },
  messages: {
    requirements: '{count} of {total} requirements not pinned to an exact version: {names}',
    pip: '`pip install` of {names} with no version pin in the image build',
    npm: '{count} package.json dependenc{ies} on any version: {names}',
  },
  docs: {
    what:
      'Python requirements files (`requirements*.txt`/`.in`) with requirements that are not pinned with `==` (or a direct reference with a hash); `pip install pkg` in Dockerfile `RUN` instructions without `==`; `package.json` dependencies on `*`, `latest`, `x` or an empty range. One finding per file (or per `RUN`), naming the packages.',
    why:
      'An unpinned dependency is resolved again at every build: the same commit builds a different image next month, a new major release (`urllib3` 2, `numpy` 2) breaks production without a code change, a rollback does not restore the old behaviour, and a compromised release is pulled in automatically. Pinned versions make builds reproducible and upgrades deliberate.',
    bad: { path: 'requirements.txt', code: 'flask\nredis>=4\n' },
    good: { path: 'requirements.txt', code: 'flask==3.0.3\nredis==5.0.3\n' },
    fix: 'Pin exact versions (`pip freeze` of a working environment, or `pip-compile` from a `requirements.in` to a locked `requirements.txt`, with `--generate-hashes` where possible); in Dockerfiles install from that file (`pip install -r requirements.txt`); in `package.json` use real ranges and commit the lock file.',
    falsePositives:
      'A `requirements.in` (the loose input of `pip-compile`) is reported like any requirements file, since the rule reads one file at a time: add `**/*.in` to the rule\'s `ignore:` if you compile it to a locked `requirements.txt`. Options (`-r`, `-c`, `-e`, `--index-url`), local paths and URLs pinned by a hash are not requirements to pin. `pip install -r requirements.txt`, `pip install .` and upgrades of pip/setuptools/wheel are not reported. npm caret/tilde ranges are normal with a lock file and not reported.',
  },
  remediation: { effort: 'S', perExtraOccurrence: 0.3, perFile: 0.05, cap: 10, kind: 'mechanical', track: 'ops' },
  check(input) {
    if (input.role === 'dockerfile' || input.lang === 'dockerfile') return checkDockerfile(input);
    if (input.lang === 'text' && REQUIREMENTS_FILE.test(input.path)) return checkRequirements(input);
    if (input.lang === 'json' && /(^|\/)package\.json$/.test(input.path)) return checkPackageJson(input);
    return [];
  },
});

function checkRequirements(input: FileInput): FindingDraft[] {
  const loose: Array<{ name: string; line: number; col: number }> = [];
  let total = 0;
  input.lines.forEach((raw, i) => {
    // A requirement continued on the next lines (`pkg==1.0 \` then `--hash=…`): join them.
    let full = raw;
    for (let j = i; /\\\s*$/.test(input.lines[j] ?? '') && j + 1 < input.lines.length; j++) full = `${full.replace(/\\\s*$/, ' ')}${input.lines[j + 1]}`;
    if (i > 0 && /\\\s*$/.test(input.lines[i - 1])) return; // a continuation line itself
    const text = full.replace(/(^|\s)#.*$/, '').trim();
    if (!text || text.startsWith('-') || /^(\.|\/|~|[a-z][\w+.-]*:\/\/)/i.test(text)) return;
    const m = REQ_NAME.exec(text);
    if (!m) return;
    total++;
    const spec = m[3].split(';')[0].trim();
    const pinned = /^===?\s*[^\s,*]+(\s+--hash=\S+)*$/.test(spec) || (/^@\s*\S+/.test(spec) && /(#|&)sha256=|@[0-9a-f]{40}\b/.test(spec));
    if (!pinned) loose.push({ name: m[1], line: i + 1, col: raw.indexOf(m[1]) });
  });
  if (!loose.length) return [];
  return [
    {
      messageId: 'requirements',
      data: { count: String(loose.length), total: String(total), names: list(loose.map((l) => l.name)) },
      range: lineRange(loose[0].line, loose[0].col, loose[0].col + loose[0].name.length),
      matched: `requirements:${loose.map((l) => l.name).join(',')}`,
    },
  ];
}

function checkDockerfile(input: FileInput): FindingDraft[] {
  const out: FindingDraft[] = [];
  for (const ins of dockerInstructions(input.lines)) {
    if (ins.keyword !== 'RUN') continue;
    const names: string[] = [];
    for (const m of ins.args.matchAll(PIP_INSTALL)) {
      const words = m[1].split(/\s+/).filter(Boolean);
      let skipNext = false;
      for (const w of words) {
        if (skipNext) {
          skipNext = false;
          continue;
        }
        if (/^(-r|--requirement|-c|--constraint|-e|--editable|-i|--index-url|--extra-index-url|-f|--find-links|--target|-t|--prefix|--root|--platform|--python-version)$/.test(w)) {
          skipNext = true;
          continue;
        }
        if (w.startsWith('-') || w.includes('/') || w.startsWith('.') || w.includes('$')) continue;
        const pkg = w.replace(/^["']|["']$/g, '');
        const m2 = REQ_NAME.exec(pkg);
        if (!m2 || TOOLING.has(m2[1].toLowerCase())) continue;
        if (/^===?[^*]+$/.test(m2[3])) continue;
        names.push(m2[1]);
      }
    }
    if (!names.length) continue;
    out.push({
      messageId: 'pip',
      data: { names: list(names) },
      range: lineRange(ins.line, ins.column, ins.column + 3),
      matched: `pip:${names.join(',')}`,
    });
  }
  return out;
}

function checkPackageJson(input: FileInput): FindingDraft[] {
  let pkg: Record<string, unknown>;
  try {
    pkg = JSON.parse(input.source) as Record<string, unknown>;
  } catch {
    return [];
  }
  const loose: string[] = [];
  for (const section of ['dependencies', 'devDependencies', 'optionalDependencies']) {
    const deps = pkg[section];
    if (!deps || typeof deps !== 'object') continue;
    for (const [name, range] of Object.entries(deps as Record<string, unknown>)) {
      if (name.startsWith('//')) continue; // npm's comment convention
      if (typeof range === 'string' && /^\s*(\*|latest|x|X|)\s*$/.test(range)) loose.push(name);
    }
  }
  if (!loose.length) return [];
  const i = Math.max(0, input.lines.findIndex((l) => l.includes(`"${loose[0]}"`)));
  const col = Math.max(0, input.lines[i]?.indexOf(`"${loose[0]}"`) ?? 0);
  return [
    {
      messageId: 'npm',
      data: { count: String(loose.length), ies: loose.length === 1 ? 'y' : 'ies', names: list(loose) },
      range: lineRange(i + 1, col, col + loose[0].length + 2),
      matched: `npm:${loose.join(',')}`,
    },
  ];
}

function list(names: readonly string[]): string {
  return names.length > 6 ? `${names.slice(0, 6).join(', ')} and ${names.length - 6} more` : names.join(', ');
}
