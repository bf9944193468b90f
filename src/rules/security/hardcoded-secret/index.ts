/**
 * security/hardcoded-secret: one extractor per language (python, javascript, bash, yaml, lines, raw text) feeds
 * candidates to one classifier (candidate.ts), which turns them into findings.
 */
import { defineRule } from '../../define.js';
import { scanBash } from './bash.js';
import { toDrafts, type Candidate } from './candidate.js';
import { scanJs } from './javascript.js';
import { scanJwtKeys } from './jwt.js';
import { scanDockerfile, scanEnvLines, scanGroovy, scanIni, scanJson, scanSystemd } from './lines.js';
import { scanPython } from './python.js';
import { isExampleConfig, isTranslationCatalogue, scanRaw } from './raw.js';
import { scanYaml } from './yaml.js';
import { PREFILTER } from './prefilter.js';
import { isThrowawayTestFile } from './throwaway.js';

export default defineRule({
  id: 'security/hardcoded-secret',
  title: 'Hardcoded secret',
  category: 'security',
  status: 'stable',
  since: '0.1.0',
  severity: 'critical',
  confidence: 'medium',
  likelihood: 'high',
  impact: 'high',
  cwe: ['CWE-798', 'CWE-259'],
  references: [
    'https://cwe.mitre.org/data/definitions/798.html',
    'https://owasp.org/www-community/vulnerabilities/Use_of_hard-coded_password',
    'https://cheatsheetseries.owasp.org/cheatsheets/Secrets_Management_Cheat_Sheet.html',
  ],
  tags: ['secrets'],
  scope: {
    kind: 'file',
    languages: ['python', 'javascript', 'typescript', 'tsx', 'yaml', 'env', 'bash', 'dockerfile', 'ini', 'toml', 'json', 'systemd', 'groovy', 'crontab', 'text', 'markdown'],
  },
  prefilter: PREFILTER,
  messages: {
    literal: '{kind} literal for {name}',
    envDefault: 'literal default for {name} in {lookup}',
    param: 'literal default for parameter {name} of {func}()',
    url: 'credentials in {scheme}:// URL for {host}',
    token: '{format} literal',
    tokenNamed: '{format} literal for {name}',
    pem: 'PEM {format} committed in source',
    auth: 'literal {scheme} credential in {name} header',
  },
  groupMessage: '{first} — same secret in {count} places across {files} files',
  docs: {
    what: 'Passwords, tokens and keys written into code and configuration: literal values assigned to secret-named variables, keys and parameters; literal defaults of environment look-ups (`os.environ.get("DB_PASS", "…")`, `process.env.TOKEN ?? "…"`, `${DB_PASS:-…}`); credentials inside URLs (`user:pass@host`, and long random values of `?key=`, `?token=`, `?access_token=`, `?sig=` query parameters: deploy hooks, signed webhooks — in code, config and CI files) and on command lines (`mysqldump -p…`, `--password=…`, `PGPASSWORD=…`, `sshpass -p`, `curl -u user:…`, `redis-cli -a`, `docker login -p`, in scripts and crontabs); JWT signing keys passed to `jwt.encode`/`jwt.decode` (PyJWT, python-jose) and `jwt.sign`/`jwt.verify` (jsonwebtoken); attributes of Terraform/HCL files (`password = "…"`); known token formats (AWS, GitHub, GitLab, Slack, Stripe live and test keys, Google, OpenAI, npm, PyPI, SendGrid, JWT) and PEM private keys. Each distinct secret is reported once, with every place it appears.',
    why: 'A secret in the repository is readable by everyone who can read the repository, its forks, its CI logs and every clone made before it is removed; it cannot be rotated without a code change, and the same value copied into several files is usually the same password on several systems. A literal default in an environment look-up is the same leak: when the variable is unset in production, the service silently runs with the committed password.',
    bad: { path: 'db.py', code: 'import os\n\nDB_PASS = os.environ.get("DB_PASS", "Sup3rS3cret!")\n' },
    good: { path: 'db.py', code: 'import os\n\nDB_PASS = os.environ["DB_PASS"]  # required: fails fast when unset\n' },
    fix: 'Remove the value from the code, rotate it (it is compromised once committed), and read it from the environment or a secret manager with no default, failing at start-up when it is missing. Put placeholders (`changeme`, `${DB_PASS}`) in `.env.example`, never real values.',
    falsePositives: 'Placeholders are not reported: empty values, `changeme`, `changethis`, `<password>`, `${VAR}`, `$VAR`, `{{ var }}`, `%(x)s`, masked (`****`, `xxxx`), `your-…-here`, values containing `example`/`dummy`/`placeholder`, values that are file paths, URLs, env-var names or prose (anything with spaces), and values equal to their own name or to its last words (`_JSON_FILE_PRIVATE_KEY = "private_key"`: a field name, not a key) or to the name without its secret word (`STORAGE_V1_CLIENT_KEY = "storage_v1_client"`), host names (`"sql-component.googleapis.com"`), message ids of a translation catalogue (`newPassword: \'label.new-password\'`), CSS selectors and data-attribute names (`DATA_API_KEY = \'.data-api\'`), and an upper-case word a password is compared with (`user.password == "LDAP"`: a sentinel for accounts without a local password); HCL expressions (`file("~/.ssh/key.pem")`, `random_password.db.result`) are not literals; GitHub Actions `permissions:` values (`id-token: write`) and Google\'s public PKCS#12 password `notasecret` (and values saying `not-a-secret`) are not secrets. `.env.example`/`.sample`/`.template` files, translation catalogues (files named after a language such as `de.json` or `pt-BR.yml`, and data files in `locales/`, `i18n/`, `lang/`, `intl/` folders, where `"password": "Passwort"` is the label of a form field), Markdown and plain-text notes are only checked for known token formats and private keys (documentation examples such as `AKIAIOSFODNN7EXAMPLE` are skipped everywhere, as are published sample keys — the Firebase Android SDK\'s test API keys, which gitleaks allowlists too — slots to fill in ending in `here` (`xoxe.xoxp-1-AccessTokenHere`), tokens with one segment typed three times (`xoxp-1234-1234-1234-…`), tokens followed by a masked tail (`…-####`) and content hashes inside asset file names (`video_box.ico-7a38…ab0c.png`)). Names are matched by their last word: `DB_PASSWORD`, `apiKey`, `SECRET_KEY`, `STRIPE_KEY` (a vendor before `key`) are secret-ish, `password_file`, `token_url`, `page_token`, `primary_key` are not; `pass`/`pwd` alone count only beside a `user`/`username` key of the same object (`auth: {user, pass}`). Test files are reported one severity lower, and an obvious fixture there (short, word-like, low-entropy, a UUID, or made of fixture words — also spelled with look-alike symbols or percent-encoded in a URL: `P@ssw0rd`, `P%40ssword`) is an info notice, grouped apart from the same value in product code (the test locations never join the critical finding). Passwords of CI service containers and build matrices (`services:` / `strategy.matrix` of a GitHub Actions / GitLab job, e.g. `POSTGRES_PASSWORD: postgres` for the test database) and credentials in URLs to the job\'s own databases in a CI file (host `localhost`, `127.0.0.1` or a service name without a dot) are throwaway and not reported; real token formats and long random passwords there still are. A lower-case word set for one build command of a Dockerfile (`RUN SECRET_KEY=build-key ./manage.py collectstatic`) is a build-time dummy; the same value in `ENV` (kept in the image) is reported. In a shell script that starts a database container itself (`docker run -e POSTGRES_PASSWORD=x … postgres`), a variable given that same password (the client settings of the throwaway local database) is not reported. Credentials of a throw-away service are info notices (kept visible, never the critical item) when the value is word-like — a word or words with at most six digits (`admin`, `GoodNewsEveryone`, `test1234`) — while a random-looking value there is still reported: anywhere in a CI job that starts its own service containers (`services:` beside `steps:`/`script:`: the job\'s `LDAP_QUERY_PASSWORD` is the test LDAP server\'s), in the `test:`/`testing:` block of a settings file (knexfile, `database.yml`), and in a script that starts its own database container (the dev server\'s `SUPERUSER_PASSWORD=admin` beside it). In test context, every secret of a saved web page (`tests/data/page.html`: a third party\'s document and its public widget keys) and of a test environment that calls itself insecure (`secret: insecure_session_secret`, "only intended for testing") is an info notice, keys included. A name-based literal is an info notice when another file of the repository says it cannot run in production: the application compares the setting with that literal and stops (`if get_setting("server.secret_key") == "ultrasecretkey": sys.exit(1)`, followed within three lines by `exit`/`abort`/`raise`/`throw`: a placeholder refused at start-up), or it sits in a base/common/development/local settings module (`settings/base.py`) and a sibling settings module assigns the same upper-case setting from something other than a literal (`settings/prod.py`: `SECRET_KEY = os.environ["SECRET_KEY"]`, a file read or a generator); a literal in the production module itself is reported.',
  },
  remediation: { effort: 'S', perExtraOccurrence: 0.25, perFile: 0.25, cap: 24, kind: 'refactor', track: 'security' },
  check(input) {
    const cands: Candidate[] = [];
    const push = (c: Candidate) => cands.push(c);
    // Prose (Markdown, notes) is read for real token formats and private keys only: a live key pasted into a
    // README is as leaked as one in code, while `password: secret` in a setup guide is an example.
    // A translation catalogue (`locales/de.json`: `"password": "Passwort"`) holds the words of the UI, not values.
    const exampleEnv = isExampleConfig(input.path) || input.lang === 'markdown' || isTranslationCatalogue(input.path);
    // Raw text: token formats, PEM keys, URLs with credentials. Embedded CI shell is already covered by its host file.
    if (!input.embedded) scanRaw(input, push, exampleEnv);
    if (!exampleEnv) {
      switch (input.lang) {
        case 'python':
          if (input.root) scanPython(input, push);
          scanJwtKeys(input, push);
          break;
        case 'javascript':
        case 'typescript':
        case 'tsx':
          if (input.root) scanJs(input, push);
          scanJwtKeys(input, push);
          break;
        case 'bash':
          if (input.root) scanBash(input, push);
          break;
        case 'yaml':
          scanYaml(input, push);
          break;
        case 'env':
        case 'crontab':
          scanEnvLines(input, push);
          break;
        case 'dockerfile':
          scanDockerfile(input, push);
          break;
        case 'ini':
        case 'toml':
          scanIni(input, push);
          break;
        case 'systemd':
          scanSystemd(input, push);
          break;
        case 'json':
          scanJson(input, push);
          break;
        case 'groovy':
          scanGroovy(input, push);
          break;
        default:
          break;
      }
    }
    return toDrafts(cands, input.context, input.context === 'test' && isThrowawayTestFile(input.path, input.source), input.path);
  },
});

