import { defineRule } from '../define.js';
import { hasFlag, signalFiles } from '../_repo-signals.js';
import type { RepoFindingDraft } from '../types.js';

export default defineRule({
  id: 'ops/no-rollback',
  title: 'Deploy replaces the running version with no way back',
  category: 'ops',
  status: 'stable',
  since: '0.2.0',
  severity: 'medium',
  confidence: 'medium',
  likelihood: 'medium',
  impact: 'high',
  scope: { kind: 'repo' },
  nonProduct: 'drop',
  messages: {
    inPlace: 'deploy {how} with no kept previous release, versioned image or rollback script anywhere in the repository',
  },
  docs: {
    what:
      'Deploy scripts (files named deploy/release/rollout/ship/publish/provision …) and CI workflows that replace the running version in place — `rsync`/`scp` onto the host, unpacking or `git pull`ing over the live tree through `ssh`, `git pull` followed by a restart or `docker compose up` — in a repository with no rollback path: no rollback script or documented procedure, no release folders switched by a symlink (`ln -sfn`), no `kubectl rollout undo`/`helm rollback`, no images tagged with a commit or version. One finding per deploy file.',
    why:
      'When a release breaks production, the fastest fix is the previous version. An in-place deploy overwrote it: recovering means rebuilding an old commit under pressure, on a host whose state nobody remembers. Keeping the last releases (or immutable image tags) and a rehearsed `rollback` command turns an outage into a one-minute revert.',
    bad: {
      path: 'deploy/deploy.sh',
      code: '#!/bin/bash\nset -euo pipefail\nrsync -az --delete app/ deploy@app-host:/srv/app/\nssh deploy@app-host "sudo systemctl restart app"\n',
    },
    good: {
      path: 'deploy/deploy.sh',
      code: '#!/bin/bash\nset -euo pipefail\nrelease="/srv/app/releases/$(git rev-parse --short HEAD)"\nrsync -az app/ "deploy@app-host:$release/"\nssh deploy@app-host "ln -sfn $release /srv/app/current && sudo systemctl restart app"\n',
    },
    fix: 'Deploy each version next to the previous ones (`releases/<sha>` switched by a `current` symlink) or as an image tagged with the commit, keep the last few, and write a `rollback` script (or document `kubectl rollout undo`/`helm rollback`) that returns to the previous one; rehearse it in staging.',
    falsePositives:
      'Any rollback evidence in the repository counts — a script or workflow named rollback, a runbook that mentions rolling back, symlinked releases, versioned image tags — so a repository with a real procedure is quiet even when the deploy script itself does not show it. `rsync`/`scp` lines that copy backups are not deploys. Files that are not deploy scripts or CI workflows are not read for deploy commands.',
  },
  remediation: { effort: 'L', perExtraOccurrence: 0.5, perFile: 0.5, cap: 14, kind: 'process', track: 'ops', dependsOn: ['config/hardcoded-ip', 'ops/image-latest-tag'] },
  check(facts) {
    const all = signalFiles(facts, { all: true });
    if (all.some(({ sig }) => hasFlag(sig, 'rollback'))) return [];
    const out: RepoFindingDraft[] = [];
    for (const { file, sig } of all) {
      if (file.context !== 'product' || !sig.deploys?.length) continue;
      const [how, line] = sig.deploys[0];
      out.push({
        messageId: 'inPlace',
        data: { how },
        path: file.path,
        range: { start: { line, column: 1 }, end: { line, column: 1 } },
        matched: `deploy:${how}`,
      });
    }
    return out;
  },
});
