/**
 * Python packaging facts for ops/unpinned-dependencies, read in the file pass (a text scan, no tree): which
 * directories hold the metadata of a published package (`setup.py` calling `setup(name=…)`, `setup.cfg` with
 * `[metadata] name`, `pyproject.toml` with `[project] name` or `[tool.poetry]`), and which requirements files
 * a Dockerfile installs (`pip install -r requirements.txt`).
 *
 * A library declares its dependencies as ranges on purpose (exact pins in a published package break every
 * downstream resolver); a service pins what it deploys. A requirements file beside (or below) the metadata of a
 * published package is the library's declaration — unless an image of the repository installs it, in which case
 * it is what gets deployed and stays reported (the scan decides: FindingDraft.unlessPackagedLibrary).
 */
import path from 'node:path';
import type { FileInput, PerFileFacts } from '../types.js';

const PIP_REQUIREMENT_FILE = /\bpip[\d.]*\s+install\b[^\n]*?\s(?:-r|--requirement)(?:\s+|=)["']?([^\s"';&|]+)/g;

export function pythonPackaging(input: FileInput): PerFileFacts | undefined {
  const base = path.posix.basename(input.path);
  if (input.role === 'dockerfile' || input.lang === 'dockerfile') {
    if (!input.source.includes('pip')) return undefined;
    const installs = new Set<string>();
    const text = input.source.replace(/\\\r?\n/g, ' ');
    for (const m of text.matchAll(PIP_REQUIREMENT_FILE)) installs.add(path.posix.basename(m[1]));
    return installs.size ? { pipInstallsRequirements: [...installs] } : undefined;
  }
  const s = input.source;
  const published =
    base === 'setup.py'
      ? /\bsetup\s*\(/.test(s) && /\bname\s*=/.test(s)
      : base === 'pyproject.toml'
        ? (/^\[project\]/m.test(s) && /^name\s*=/m.test(s)) || /^\[tool\.poetry\]/m.test(s)
        : base === 'setup.cfg'
          ? /^\[metadata\]/m.test(s) && /^name\s*=/m.test(s)
          : false;
  return published ? { pythonPackage: true } : undefined;
}
