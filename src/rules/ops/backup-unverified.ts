import { defineRule } from '../define.js';
import { hasFlag, signalFiles } from '../_repo-signals.js';
import type { RepoFindingDraft } from '../types.js';

export default defineRule({
  id: 'ops/backup-unverified',
  title: 'Backups that are never verified',
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
    unverified: '{command} backup with no restore test, checksum or size check anywhere in the repository',
  },
  docs: {
    what:
      'Backup jobs — `pg_dump`, `pg_dumpall`, `mysqldump`, `mongodump`, `pg_basebackup`, `sqlite3 … .backup`, `redis-cli --rdb`, `tar` of a backup folder, `rsync`/`aws s3 cp`/`gsutil cp` of backups, restic/borg — in shell scripts, crontabs, systemd units, CI workflows, compose files, Makefiles or Python subprocess calls, in a repository where nothing verifies a backup: no `pg_restore`/`mongorestore`, restore test, checksum (`sha256sum`, `md5sum`), archive test (`gzip -t`, `tar -t`), size check (`[ -s file ]`, `stat -c %s`, `find -size`), `restic check`/`borg check`. One finding per file that makes backups.',
    why:
      'A backup that was never restored is a hope, not a backup: dumps truncated by a full disk, empty because a password expired, or unreadable after a version upgrade are found on the day they are needed. A size check after each dump and a scheduled restore into a scratch database turn silent failures into alerts.',
    bad: {
      path: 'ops/backup.sh',
      code: '#!/bin/bash\nset -euo pipefail\npg_dump -h db -U app app | gzip > "/backups/app-$(date +%F).sql.gz"\n',
    },
    good: {
      path: 'ops/backup.sh',
      code: '#!/bin/bash\nset -euo pipefail\nout="/backups/app-$(date +%F).sql.gz"\npg_dump -h db -U app app | gzip > "$out"\ngzip -t "$out"\n[ -s "$out" ] || { echo "empty backup" >&2; exit 1; }\n',
    },
    fix: 'After each backup, check it (`gzip -t`, a size threshold, `pg_restore --list`, a checksum stored next to it) and fail loudly; schedule a restore of the latest backup into a scratch database with a smoke query, and alert when it fails.',
    falsePositives:
      'Verification anywhere in the repository counts (a separate restore-test script, a CI job). Lines that are comments, Markdown that describes backups, tests and examples are not read. `tar` and `rsync` count only when the command names a backup folder; `aws s3 cp`/`gsutil cp` only for backups or dumps. Verification done outside the repository (a managed database with point-in-time recovery, a backup service) cannot be seen: suppress with the reason.',
  },
  remediation: { effort: 'M', perExtraOccurrence: 0.5, perFile: 0.5, cap: 10, kind: 'process', track: 'ops', dependsOn: ['security/insecure-file-permissions'] },
  check(facts) {
    const all = signalFiles(facts, { all: true });
    if (all.some(({ file, sig }) => file.context === 'product' && hasFlag(sig, 'backup-verify'))) return [];
    const out: RepoFindingDraft[] = [];
    for (const { file, sig } of all) {
      if (file.context !== 'product' || !sig.backups?.length) continue;
      const [command, line] = sig.backups[0];
      out.push({
        messageId: 'unverified',
        data: { command: `\`${command}\`` },
        path: file.path,
        range: { start: { line, column: 1 }, end: { line, column: 1 } },
        matched: `backup:${command}`,
      });
    }
    return out;
  },
});
