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
  { name: 'searxng', repo: 'searxng/searxng', commit: '9fea41204fdfa7a5cfa15b0ebd12904c520478ce', kind: 'realworld', uses: 'Python/Flask service with plugin engines, shell install/update scripts, Dockerfile, CI' },
  { name: 'deepface', repo: 'serengil/deepface', commit: '243209fd7b46ecdecf72665cc25219f6e8181f25', kind: 'realworld', uses: 'Python ML library and Flask API with thresholds, Dockerfile, scripts' },
  { name: 'scihive-backend', repo: 'ranihorev/scihive-backend', commit: 'd246a8ed07b0fd793a1a9c3497c976cbd4957b3d', kind: 'realworld', uses: 'Flask service with a git-pull restart script, Dockerfile, compose, k8s (3.8k lines)' },
  { name: 'euro2024', repo: 'syxolk/euro2024', commit: '1b376958b67aea04993464ffb24777d355e223d0', kind: 'realworld', uses: 'TS/Express service, pg_dump backup daemon, compose, Python import tools' },
  { name: 'urlshortener', repo: 'acrawford73/urlshortener', commit: '92eedee8479602ab9385c4822ba4429c62ab1999', kind: 'realworld', uses: 'Django service, pg_dump backup script, gunicorn/systemd deploy files' },
];

export function howToGet(s: ExternalSource, dir: string): string {
  return `git clone https://github.com/${s.repo} ${dir}/${s.name} && git -C ${dir}/${s.name} checkout ${s.commit}`;
}
