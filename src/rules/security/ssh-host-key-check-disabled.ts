import { defineRule } from '../define.js';
import { lineRange } from '../../parse/position.js';
import type { FindingDraft } from '../types.js';

/** Each pattern: the setting that turns host key verification off. Ordered: the first match on a line wins. */
const PATTERNS: ReadonlyArray<{ re: RegExp; what: (m: RegExpExecArray) => string }> = [
  { re: /(?:\b|(?<=\\[tn]|-o))StrictHostKeyChecking\s*(?:=|\s)\s*["']?(no|off|false)\b/i, what: (m) => `StrictHostKeyChecking=${m[1]}` },
  { re: /(?:\b|(?<=\\[tn]|-o))UserKnownHostsFile\s*(?:=|\s)\s*["']?\/dev\/null\b/i, what: () => 'UserKnownHostsFile=/dev/null' },
  // A method call on a client (`ssh.set_missing_host_key_policy(…)`, also with `policy=`); a bare function of that
  // name is not paramiko's.
  { re: /\.\s*set_missing_host_key_policy\s*\(\s*(?:policy\s*=\s*)?(?:[\w.]*\.)?(AutoAddPolicy|WarningPolicy)\b/, what: (m) => `paramiko ${m[1]}` },
  { re: /\bknown_hosts\s*=\s*None\b/, what: () => 'asyncssh known_hosts=None' },
  { re: /\b(?:ANSIBLE_)?HOST_KEY_CHECKING\s*[=:]\s*["']?(False|false|no|0)\b/i, what: () => 'Ansible host_key_checking=False' },
  { re: /\bhostVerifier\s*:\s*(?:\(\s*\)|\w+)\s*=>\s*true\b/, what: () => 'ssh2 hostVerifier returning true' },
];

export default defineRule({
  id: 'security/ssh-host-key-check-disabled',
  title: 'SSH host key verification disabled',
  category: 'security',
  status: 'stable',
  since: '0.1.0',
  severity: 'high',
  confidence: 'high',
  likelihood: 'medium',
  impact: 'high',
  cwe: ['CWE-295', 'CWE-322'],
  references: ['https://man.openbsd.org/ssh_config#StrictHostKeyChecking', 'https://docs.paramiko.org/en/stable/api/client.html#paramiko.client.AutoAddPolicy'],
  scope: {
    kind: 'file',
    languages: ['bash', 'python', 'javascript', 'typescript', 'tsx', 'yaml', 'dockerfile', 'ini', 'text', 'groovy', 'crontab', 'systemd', 'env', 'json', 'toml'],
  },
  prefilter: /StrictHostKeyChecking|UserKnownHostsFile|set_missing_host_key_policy|known_hosts\s*=\s*None|HOST_KEY_CHECKING|hostVerifier/i,
  messages: {
    disabled: '{what} disables SSH host key verification',
  },
  docs: {
    what: 'SSH connections that accept any host key: `StrictHostKeyChecking=no` (in `ssh -o`, `GIT_SSH_COMMAND`, `ssh_config`, CI scripts, Python or JS strings), `UserKnownHostsFile=/dev/null`, paramiko `client.set_missing_host_key_policy(AutoAddPolicy()/WarningPolicy())` (also as `policy=`), asyncssh `known_hosts=None`, Ansible `host_key_checking = False`.',
    why: 'Host key checking is what stops a man in the middle from impersonating the server. With it off, whoever can intercept the connection (a compromised runner network, a DNS or ARP spoof) receives the deploy key session, the pushed code and any secret sent over it — silently.',
    bad: { path: 'deploy.sh', code: '#!/bin/sh\nset -eu\nssh -o StrictHostKeyChecking=no deploy@app.internal "systemctl restart app"\n' },
    good: { path: 'deploy.sh', code: '#!/bin/sh\nset -eu\nssh -o StrictHostKeyChecking=yes -o UserKnownHostsFile=./known_hosts deploy@app.internal "systemctl restart app"\n' },
    fix: 'Pin the server key: commit or inject a `known_hosts` file (`ssh-keyscan` once, reviewed; in CI from a secret) and keep `StrictHostKeyChecking=yes`; in paramiko use `load_system_host_keys()`/`load_host_keys()` with `RejectPolicy`.',
    falsePositives: '`StrictHostKeyChecking=yes` and `accept-new` are not reported (`accept-new` still refuses changed keys; only the first connection is trusted). Commented-out lines are ignored. Markdown is never scanned.',
  },
  remediation: { effort: 'S', perExtraOccurrence: 0.25, perFile: 0.25, cap: 8, kind: 'mechanical', track: 'security' },
  check(input) {
    // Embedded CI shell is scanned as part of its host YAML file.
    if (input.embedded) return [];
    const out: FindingDraft[] = [];
    input.lines.forEach((text, i) => {
      const t = text.trimStart();
      if (t.startsWith('#') || t.startsWith('//') || t.startsWith(';')) return;
      for (const p of PATTERNS) {
        const m = p.re.exec(text);
        if (!m) continue;
        // Prose or patterns that merely name the setting (`StrictHostKeyChecking=no` in backticks, a /regex/).
        const before = text[m.index - 1] ?? '';
        if (before === '`' || text.slice(Math.max(0, m.index - 2), m.index) === '\\b') break;
        out.push({ messageId: 'disabled', data: { what: p.what(m) }, range: lineRange(i + 1, m.index, m.index + m[0].length), matched: m[0] });
        break;
      }
    });
    return out;
  },
});
