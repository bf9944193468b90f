/** The outside code `npm run eval:external` scores harden on: every repository at a pinned commit. */
export interface ExternalSource {
  /** Folder name under HARDEN_EXTERNAL_DIR. */
  name: string;
  repo: string;
  commit: string;
  kind: 'peer' | 'realworld';
  /** What is used from it. */
  uses: string;
}

export const SOURCES: readonly ExternalSource[] = [
  { name: 'ruff', repo: 'astral-sh/ruff', commit: 'fca5c7cf2cd2f8338f18b9485f936b8e9f07bd0b', kind: 'peer', uses: 'crates/ruff_linter/resources/test/fixtures + rule snapshots (S1xx–S7xx, BLE001, E722, T201)' },
  { name: 'gitleaks', repo: 'gitleaks/gitleaks', commit: 'b58d3f102cf3a2c84cb7f923d05c25c9b1aed84b', kind: 'peer', uses: 'cmd/generate/config/rules/*.go true/false-positive samples' },
  { name: 'bandit', repo: 'PyCQA/bandit', commit: '92080542688902ad1eb6af74cf16939fad767d29', kind: 'peer', uses: 'examples/ + tests/functional/test_functional.py counts per file and severity' },
  { name: 'full-stack-fastapi-template', repo: 'fastapi/full-stack-fastapi-template', commit: '68adb40d37425f6f8668ec7e5a054500d045e43e', kind: 'realworld', uses: 'FastAPI + React service, compose, Dockerfiles, scripts, GitHub Actions' },
  { name: 'healthchecks', repo: 'healthchecks/healthchecks', commit: '29b5ec251059034b79e0120e2ff0c3e35d7bd9f8', kind: 'realworld', uses: 'Django service, Dockerfile, compose, CI' },
  { name: 'fastapi-realworld-example-app', repo: 'nsidnev/fastapi-realworld-example-app', commit: '029eb7781c60d5f563ee8990a0cbfb79b244538c', kind: 'realworld', uses: 'FastAPI service, Dockerfile, compose, scripts, CI' },
  { name: 'awesome-compose', repo: 'docker/awesome-compose', commit: '18f59bdb09ecf520dd5758fbf90dec314baec545', kind: 'realworld', uses: 'compose stacks with Python/TS/JS services and Dockerfiles' },
  { name: 'self-hosted', repo: 'getsentry/self-hosted', commit: '89a143f8e4d396a858cf6f462a832ae7da9fd2db', kind: 'realworld', uses: 'shell install/deploy scripts, compose, CI, Python' },
  { name: 'linkding', repo: 'sissbruecker/linkding', commit: '65813a75404b1319aca8b09700fadc0b15adabaf', kind: 'realworld', uses: 'Django + JS service, Dockerfiles, compose, shell scripts, CI' },
];

export function howToGet(s: ExternalSource, dir: string): string {
  return `git clone https://github.com/${s.repo} ${dir}/${s.name} && git -C ${dir}/${s.name} checkout ${s.commit}`;
}
