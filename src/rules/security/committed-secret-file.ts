import { defineRule } from '../define.js';
import type { FileFact, FileInput, PerFileFacts, RepoFindingDraft } from '../types.js';
import { isExampleToken, isPlaceholder, secretKindOfName } from './_secret-patterns.js';

/** Tag set by `secretFileSignals` on a JSON file that holds a private key (a cloud service-account key). */
const KEY_JSON_TAG = 'credential-json';

/**
 * File-pass extractor: a JSON file whose content is a service-account key (`"type": "service_account"` with a
 * PEM `private_key`, or any `private_key` PEM), whatever its name (`keys/ci-deployer.json`).
 */
export function secretFileSignals(input: FileInput): PerFileFacts | undefined {
  if (input.lang === 'env') return { tags: [`${ENV_KEYS_TAG}${envSecretKeys(input.source).join(',')}`] };
  if (input.lang !== 'json' || !input.source.includes('private_key')) return undefined;
  if (/(^|[._-])(example|sample|template|dist|fixture)s?([._-]|$)/i.test(input.path.slice(input.path.lastIndexOf('/') + 1))) return undefined;
  return /"private_key"\s*:\s*"-----BEGIN [A-Z ]*PRIVATE KEY-----/.test(input.source) ? { tags: [KEY_JSON_TAG] } : undefined;
}

/** Tag set on every analysed `.env` file: the keys that hold a literal secret-looking value (may be none). */
const ENV_KEYS_TAG = 'env-secret-keys:';

/** A value that is a credential by its shape alone (`postgres://u:pw@…`, a long random string). */
const URL_WITH_PASSWORD = /^[a-z][a-z0-9+.-]*:\/\/[^\s:@/]*:[^\s@/$]{3,}@/i;

/**
 * The keys of a `.env` file that hold a secret value: a secret-ish name (`DB_PASSWORD`, `API_KEY`) with a
 * literal that is not a placeholder, or a URL with a password in it. Hosts, ports, flags and paths are not.
 */
export function envSecretKeys(source: string): string[] {
  const keys: string[] = [];
  for (const line of source.split('\n')) {
    const m = /^\s*(?:export\s+)?([A-Za-z_][A-Za-z0-9_.]*)\s*=\s*(.*?)\s*$/.exec(line);
    if (!m) continue;
    let value = m[2];
    if (/^["']/.test(value)) value = value.slice(1, value.indexOf(value[0], 1) > 0 ? value.indexOf(value[0], 1) : undefined);
    else value = value.replace(/\s+#.*$/, '');
    if (!value || value.includes('${') || value.startsWith('$')) continue;
    const secretName = secretKindOfName(m[1]) && !isPlaceholder(value, m[1]) && !isExampleToken(value);
    if (secretName || URL_WITH_PASSWORD.test(value)) keys.push(m[1]);
  }
  return keys;
}

/** What a file holds, from its name alone, or null when the name says nothing secret. */
export function secretFileKind(path: string): string | null {
  const base = path.slice(path.lastIndexOf('/') + 1);
  const lower = base.toLowerCase();
  if (/^\.env$|^\.env\.|\.env$/.test(lower)) {
    if (/(^|[._-])(example|sample|template|dist|defaults?|tmpl|tpl|schema|spec)([._-]|$)/.test(lower)) return null;
    return 'environment file';
  }
  if (/^id_(rsa|dsa|ecdsa|ed25519|ecdsa_sk|ed25519_sk)$/.test(lower)) return 'SSH private key';
  if (/\.ppk$/.test(lower)) return 'PuTTY private key';
  if (/\.(p12|pfx)$/.test(lower)) return 'PKCS#12 key store';
  if (/\.(jks|keystore|bks)$/.test(lower)) return 'Java key store';
  if (/\.key$/.test(lower)) return 'private key file';
  if (/\.pem$/.test(lower)) {
    // Certificates and chains are public; keys are not.
    if (/(cert|crt|\bca\b|^ca[._-]|chain|bundle|public|pubkey|\bpub\b|dhparam)/.test(lower) && !/key/.test(lower.replace(/pubkey/, ''))) return null;
    return 'PEM key file';
  }
  if (/^(secring|private)\.(gpg|asc|pgp)$/.test(lower) || /private[-_.]?key\.(asc|gpg|pgp)$/.test(lower)) return 'PGP private key';
  if (/^(\.htpasswd|\.pgpass|\.netrc|_netrc|\.git-credentials|\.pypirc|\.dockercfg)$/.test(lower)) return `credentials file (${base})`;
  if (/(^|\/)\.docker\/config\.json$/.test(path)) return 'Docker registry credentials';
  if (/(^|\/)\.aws\/credentials$/.test(path)) return 'AWS credentials file';
  if (/(^|\/)\.kube\/config$/.test(path)) return 'kubeconfig with cluster credentials';
  if (/\.tfstate(\.backup)?$/.test(lower)) return 'Terraform state (holds resource passwords and keys in plain text)';
  if (/^credentials\.json$|^client_secrets?[\w.-]*\.json$|(^|[-_.])service[-_]?account([-_.][\w.-]*)?\.json$|(^|[-_.])sa[-_]key\.json$|[\w-]+-[0-9a-f]{12}\.json$/.test(lower)) return 'credential JSON';
  return null;
}

export default defineRule({
  id: 'security/committed-secret-file',
  title: 'Secret file in the repository',
  category: 'security',
  status: 'stable',
  since: '0.1.0',
  severity: 'critical',
  confidence: 'high',
  likelihood: 'high',
  impact: 'high',
  cwe: ['CWE-538', 'CWE-312'],
  references: ['https://cwe.mitre.org/data/definitions/538.html', 'https://docs.github.com/en/authentication/keeping-your-account-and-data-secure/removing-sensitive-data-from-a-repository'],
  tags: ['secrets'],
  scope: { kind: 'repo' },
  messages: {
    committed: '{kind} `{path}` is committed to git{keys}',
    notIgnored: '{kind} `{path}` is not git-ignored: one `git add` away from being committed{keys}',
    present: '{kind} `{path}` is in the source tree (not a git repository: nothing keeps it out of a commit){keys}',
  },
  docs: {
    what: 'Files whose whole purpose is to hold secrets — `.env`, private keys (`*.pem`, `*.key`, `id_rsa`), key stores (`*.p12`, `*.pfx`, `*.jks`), credential JSON (`credentials.json`, service-account keys), `.htpasswd`, `.pgpass`, `.netrc`, `.pypirc`, `~/.kube/config`, `~/.docker/config.json`, Terraform state (`*.tfstate`) — tracked by git, or sitting in the working tree without being git-ignored.',
    why: 'Once committed, a secret file is in every clone and in the history forever: deleting it later does not remove it. Everyone with read access (and every CI system and fork) holds the production credentials, and rotating them means finding every place they were used.',
    bad: { path: '.env', code: 'LOG_LEVEL=info\nDB_PASSWORD=Xq7-prod-s3cret\n' },
    good: { path: '.env.example', code: 'LOG_LEVEL=info\n' },
    fix: 'Rotate every credential in the file, remove it from git (`git rm --cached FILE`), add it to `.gitignore`, and purge it from history (`git filter-repo --invert-paths --path FILE`) if the repository was ever shared. Commit a `.env.example` with placeholders instead.',
    falsePositives: 'Decided from the file name, and for JSON from its content too (a `private_key` PEM, as in a cloud service-account key, whatever the file is called; not in files named `*.example.json`/`*.sample.json`): `.env.example`/`.sample`/`.template`/`.dist` are templates and not reported; `*.pem` files named like certificates or chains (`cert.pem`, `ca.pem`, `fullchain.pem`) are public and not reported; `id_rsa.pub` is a public key. In a git repository, tracked files are reported as committed and untracked files that are not ignored are reported one severity lower (they are one `git add -A` away); ignored files are never seen. Outside git every file found is reported with medium confidence. The secrets inside text files are reported separately by `security/hardcoded-secret`. A `.env` file that was read and holds no secret value — only hosts, ports, flags, paths, placeholders or `${VAR}` references — is not reported; when it is, the message names the keys that look secret (a secret-ish name with a literal value, or a URL with a password).',
  },
  remediation: { effort: 'S', perExtraOccurrence: 0.5, perFile: 0, cap: 16, kind: 'process', track: 'security' },
  check(facts) {
    const out: RepoFindingDraft[] = [];
    const all: FileFact[] = [...facts.files, ...(facts.unanalysed ?? [])];
    all.sort((a, b) => a.path.localeCompare(b.path));
    for (const f of all) {
      const tags = facts.perFile.get(f.path)?.tags ?? [];
      const kind = secretFileKind(f.path) ?? (tags.includes(KEY_JSON_TAG) ? 'credential JSON' : null);
      if (!kind) continue;
      // An analysed .env file is a committed secret only when it holds a secret value; the message names the keys.
      const envKeys = tags.find((t) => t.startsWith(ENV_KEYS_TAG))?.slice(ENV_KEYS_TAG.length);
      if (envKeys === '') continue;
      const keys = envKeys ? `; secret-looking keys: ${envKeys.split(',').slice(0, 6).join(', ')}${envKeys.split(',').length > 6 ? ' …' : ''}` : '';
      if (!facts.isGit) {
        out.push({ messageId: 'present', path: f.path, data: { kind, path: f.path, keys }, matched: f.path, confidence: 'medium' });
      } else if (f.tracked) {
        out.push({ messageId: 'committed', path: f.path, data: { kind, path: f.path, keys }, matched: f.path });
      } else {
        out.push({ messageId: 'notIgnored', path: f.path, data: { kind, path: f.path, keys }, matched: f.path, severity: 'high', confidence: 'medium' });
      }
    }
    return out;
  },
});
