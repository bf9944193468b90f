import { defineRule } from '../define.js';
import { lineRange } from '../../parse/position.js';
import { dockerInstructions } from '../security/_infra.js';
import type { FileInput, FindingDraft } from '../types.js';

/** Packages that installers upgrade first as a matter of course: not reported when unpinned. */
const TOOLING = new Set(['pip', 'setuptools', 'wheel', 'pip-tools', 'uv']);
/** `pip install` in a shell command: pip, pip3, pip3.11, python -m pip, python3 -m pip. */
const PIP_INSTALL = /(?:^|[\s;&|(/])(?:pip[\d.]*|python[\d.]*[ \t]+-m[ \t]+pip)[ \t]+install[ \t]+([^;&|]*)/g;
/** A requirement name at the start of a requirements line (PEP 508), with its extras. */
const REQ_NAME = /^([A-Za-z0-9][A-Za-z0-9._-]*)(\[[^\]]*\])?\s*(.*)$/;
const REQUIREMENTS_FILE = /(^|\/)requirements[\w.-]*\.(txt|in)$/i;
/** `npm install|i|add pkg…`, `yarn add pkg…`, `pnpm add|install pkg…` in a shell command. */
const NPM_INSTALL = /(?:^|[\s;&|(])(?:npm[ \t]+(?:install|i|add)|yarn[ \t]+(?:global[ \t]+)?add|pnpm[ \t]+(?:add|install|i))[ \t]+([^;&|\n]*)/g;
/** pip options that take a value (the next word is not a package). */
const PIP_VALUE_OPTION =
  /^(-r|--requirement|-c|--constraint|-e|--editable|-i|--index-url|--extra-index-url|-f|--find-links|--target|-t|--prefix|--root|--platform|--python-version|--trusted-host|--cache-dir|--src|--log|--proxy|--retries|--timeout|--cert|--client-cert|--exists-action|--implementation|--abi|--only-binary|--no-binary|--upgrade-strategy|--progress-bar|--root-user-action|--report|--python|-C|--config-settings|--global-option|--install-option)$/;
/** npm/yarn/pnpm options that take a value. */
const NPM_VALUE_OPTION = /^(--prefix|--registry|--cache|-w|--workspace|--filter|--tag)$/;

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
  scope: { kind: 'file', languages: ['text', 'dockerfile', 'json', 'bash'] },
  messages: {
    requirements: '{count} of {total} requirements not pinned to an exact version: {names}',
    pip: '`pip install` of {names} with no version pin in the image build',
    npm: '{count} package.json dependenc{ies} on any version: {names}',
    shellPip: '`pip install` of {names} with no version pin in a shell script',
    shellNpm: '`{tool}` of {names} with no exact version in a shell script',
  },
  docs: {
    what:
      'Python requirements files (`requirements*.txt`/`.in`) with requirements that are not pinned with `==` (or a direct reference with a hash); `pip install pkg` in Dockerfile `RUN` instructions without `==`; `pip install pkg` and `npm install pkg`/`yarn add pkg`/`pnpm add pkg` without an exact version in shell scripts and CI `run:` blocks; `package.json` dependencies on `*`, `latest`, `x` or an empty range. One finding per file (or per `RUN`), naming the packages.',
    why:
      'An unpinned dependency is resolved again at every build: the same commit builds a different image next month, a new major release (`urllib3` 2, `numpy` 2) breaks production without a code change, a rollback does not restore the old behaviour, and a compromised release is pulled in automatically. Pinned versions make builds reproducible and upgrades deliberate.',
    bad: { path: 'requirements.txt', code: 'flask\nredis>=4\n' },
    good: { path: 'requirements.txt', code: 'flask==3.0.3\nredis==5.0.3\n' },
    fix: 'Pin exact versions (`pip freeze` of a working environment, or `pip-compile` from a `requirements.in` to a locked `requirements.txt`, with `--generate-hashes` where possible); in Dockerfiles install from that file (`pip install -r requirements.txt`); in `package.json` use real ranges and commit the lock file.',
    falsePositives:
      'A `requirements*.in` (the loose input of `pip-compile`) is not reported when its compiled `requirements*.txt` sits beside it (that file is installed, and checked on its own); alone, it is reported like any requirements file. Options and their values (`-r file`, `-c`, `-e .`, `--index-url`, `--trusted-host pypi.org` …), local paths and URLs pinned by a hash are not requirements to pin. `pip install -r requirements.txt`, `pip install .` and upgrades of pip/setuptools/wheel are not reported, nor an argument-less `npm install`/`npm ci` (it installs from the lock file; the next line is not its argument). npm caret/tilde ranges are normal with a lock file and not reported. A published library declares ranges on purpose (exact pins in a package break every downstream resolver): a requirements file in the directory of a published package\'s metadata or below it (`setup.py` calling `setup(name=…)`, `setup.cfg` `[metadata] name`, `pyproject.toml` `[project] name` or `[tool.poetry]`) is not reported — unless a Dockerfile of the repository installs a file of that name (`pip install -r requirements.txt`): then it is what the service deploys, and is reported like any other.',
  },
  remediation: { effort: 'S', perExtraOccurrence: 0.3, perFile: 0.05, cap: 10, kind: 'mechanical', track: 'ops' },
  check(input) {
    if (input.lang === 'bash') return input.embedded?.host === 'dockerfile' ? [] : checkShell(input);
    if (input.role !== 'manifest' && input.role !== 'dockerfile') return [];
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
  // `requirements.in` is pip-compile's loose input: when the compiled `requirements.txt` sits beside it, that
  // file is what gets installed (and is checked on its own), so the `.in` is not a finding.
  const compiled = /\.in$/i.test(input.path) ? [input.path.replace(/\.in$/i, '.txt')] : undefined;
  return [
    {
      unlessFileExists: compiled,
      unlessPackagedLibrary: true,
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
    for (const m of ins.args.matchAll(PIP_INSTALL)) names.push(...loosePip(m[1]));
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

/** The packages of a `pip install` argument string that carry no `==` pin. */
function loosePip(args: string): string[] {
  const names: string[] = [];
  let skipNext = false;
  for (const w of args.split(/\s+/).filter(Boolean)) {
    if (skipNext) {
      skipNext = false;
      continue;
    }
    if (PIP_VALUE_OPTION.test(w)) {
      skipNext = true;
      continue;
    }
    if (w.startsWith('-') || w.includes('/') || w.startsWith('.') || w.includes('$') || w.startsWith('#')) {
      if (w.startsWith('#')) break;
      continue;
    }
    const pkg = w.replace(/^["']|["']$/g, '');
    const m2 = REQ_NAME.exec(pkg);
    if (!m2 || TOOLING.has(m2[1].toLowerCase())) continue;
    if (/^===?[^*]+$/.test(m2[3])) continue;
    names.push(m2[1]);
  }
  return names;
}

/** The packages of an `npm install`/`yarn add`/`pnpm add` argument string without an exact version (`pkg@1.2.3`). */
function looseNpm(args: string): string[] {
  const names: string[] = [];
  let skipNext = false;
  for (const w of args.split(/\s+/).filter(Boolean)) {
    if (w.startsWith('#')) break;
    if (skipNext) {
      skipNext = false;
      continue;
    }
    if (NPM_VALUE_OPTION.test(w)) {
      skipNext = true;
      continue;
    }
    if (w.startsWith('-') || w.startsWith('.') || w.includes('$') || w.includes(':') || (w.includes('/') && !w.startsWith('@'))) continue;
    const pkg = w.replace(/^["']|["']$/g, '');
    const m = /^(@[\w.-]+\/[\w.-]+|[\w.-]+)(?:@(.*))?$/.exec(pkg);
    if (!m) continue;
    if (m[2] && /^v?\d+\.\d+\.\d+(?:[-+][\w.-]+)?$/.test(m[2])) continue;
    if (['npm', 'yarn', 'pnpm', 'corepack'].includes(m[1]) && !m[2]) continue;
    names.push(m[1]);
  }
  return names;
}

/** PIP_INSTALL within one line (a shell command ends at the newline), built once. */
const SHELL_PIP_INSTALL = new RegExp(PIP_INSTALL.source.replace('[^;&|]', '[^;&|\\n]'), 'g');

/** `pip install pkg` / `npm install -g pkg` in a shell script or a CI `run:` block (one finding per command). */
function checkShell(input: FileInput): FindingDraft[] {
  const out: FindingDraft[] = [];
  // Continued lines (`\` + newline) join the command; two spaces keep every offset.
  const text = input.source.replace(/\\\r?\n/g, (m) => ' '.repeat(m.length));
  const scan = (re: RegExp, loose: (a: string) => string[], messageId: 'shellPip' | 'shellNpm') => {
    for (const m of text.matchAll(re)) {
      const at = (m.index ?? 0) + m[0].length - m[0].trimStart().length;
      const lineStart = text.lastIndexOf('\n', at) + 1;
      if (/^\s*#/.test(text.slice(lineStart, at))) continue; // a comment
      const names = loose(m[1]);
      if (!names.length) continue;
      const start = input.positionAt(at);
      const tool = m[0].trim().split(/\s+/).slice(0, 2).join(' ');
      out.push({
        messageId,
        data: { names: list(names), tool },
        range: { start, end: { line: start.line, column: start.column + tool.length } },
        matched: `${messageId}:${names.join(',')}`,
      });
    }
  };
  scan(SHELL_PIP_INSTALL, loosePip, 'shellPip');
  scan(NPM_INSTALL, looseNpm, 'shellNpm');
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
