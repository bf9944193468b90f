/** Phase 1 — security & identity controls. */
import { ciSteps, SECURITY_SCAN, stepEvidence } from '../ci.js';
import { defineControl, done, missing, na, partial, presentOr, requires, signals } from '../define.js';

const ANY = ['product', 'test', 'example', 'docs'];

export const SECURITY_CONTROLS = [
  defineControl({
    id: 'security/secrets-from-environment',
    area: 'security',
    title: 'Secrets and settings read from the environment or a secret store',
    docs: {
      why: 'Credentials kept out of the code can be rotated without a release and never reach git history or images.',
      detects: 'Product code reading configuration from the environment (`os.environ`, `os.getenv`, pydantic `BaseSettings`, `process.env`) or a secret-manager client.',
      partial: 'Environment reads exist but hard-coded credentials or committed secret files remain (the rules security/hardcoded-secret and security/committed-secret-file report them).',
      notApplicable: 'No product code.',
      fix: 'Read every credential from the environment (or a secret store) and fail at startup when it is missing.',
    },
    rules: ['security/hardcoded-secret', 'security/committed-secret-file'],
    effort: { hours: 4, track: 'security' },
    evaluate(ctx) {
      const why = requires(ctx, 'code');
      if (why) return na(why);
      return presentOr(signals(ctx, ['env-read', 'secret-manager']), 'configuration is not read from the environment');
    },
  }),
  defineControl({
    id: 'security/secret-manager',
    area: 'security',
    title: 'Production secrets come from a secret manager',
    docs: {
      why: 'A secret manager (SSM Parameter Store, Secrets Manager, Vault, GCP/Azure secret stores, sops) keeps production credentials out of hosts, images and CI variables, with access control and an audit trail.',
      detects: 'A secret-manager client in code, a `pull_*_env`-style script (`aws ssm get-parameter`, `vault kv get`, `sops -d`, `doppler run`), External Secrets/SealedSecrets manifests or Terraform secret resources.',
      partial: 'Never: a secret manager is used or not.',
      notApplicable: 'Nothing is deployed (a library or a tool).',
      fix: 'Store production secrets in SSM/Secrets Manager/Vault and materialise them at deploy time (a script or the orchestrator), never in the repository.',
    },
    effort: { hours: 8, track: 'security' },
    dependsOn: ['security/secrets-from-environment'],
    evaluate(ctx) {
      const why = requires(ctx, 'deployable');
      if (why) return na(why);
      return presentOr(signals(ctx, ['secret-manager']), 'no secret-manager client or secret-pulling script');
    },
  }),
  defineControl({
    id: 'security/env-file-ignored',
    area: 'security',
    title: '`.env` files are git-ignored',
    docs: {
      why: 'A local `.env` holds real credentials; ignoring it keeps one `git add .` from publishing them.',
      detects: 'A `.gitignore` entry for `.env` (or `.env*`, `*.env`).',
      partial: 'Never.',
      notApplicable: 'No environment-based configuration and no env files.',
      fix: 'Add `.env` (and `.env.*` except the template) to `.gitignore`; commit a `.env.example` instead.',
    },
    rules: [{ id: 'security/committed-secret-file', message: /\.env\b|env file/i }],
    effort: { hours: 0.5, track: 'security' },
    evaluate(ctx) {
      const envFiles = ctx.files(/(^|\/)\.env(\.[\w.-]+)?$/, 'env file');
      if (!ctx.signal('env-read').length && !envFiles.length && !ctx.facts.compose.some((s) => s.envFiles?.length)) return na('no environment-based configuration and no env files');
      return presentOr(signals(ctx, ['gitignore-env'], ANY), 'no `.env` entry in .gitignore');
    },
  }),
  defineControl({
    id: 'security/security-policy',
    area: 'security',
    title: 'Security policy (SECURITY.md)',
    docs: {
      why: 'Tells a finder how to report a vulnerability privately instead of in a public issue.',
      detects: '`SECURITY.md` at the root, in `.github/` or `docs/`.',
      partial: 'Never.',
      notApplicable: 'Always applicable.',
      fix: 'Add SECURITY.md: supported versions, a private contact, response times.',
    },
    rules: [{ id: 'hygiene/missing-project-file', message: /SECURITY/ }],
    effort: { hours: 1, track: 'docs' },
    evaluate(ctx) {
      return presentOr(ctx.files(/^(\.github\/|docs\/)?security(\.[\w]+)?$/i, 'security policy'), 'no SECURITY.md');
    },
  }),
  defineControl({
    id: 'security/dependency-updates',
    area: 'security',
    title: 'Automated dependency updates (Dependabot/Renovate)',
    docs: {
      why: 'Known-vulnerable dependencies are the most common way in; a bot that opens update PRs keeps the window short.',
      detects: '`.github/dependabot.yml`, `renovate.json`, `.renovaterc*`, `.github/renovate.json`.',
      partial: 'Never.',
      notApplicable: 'No dependency manifest.',
      fix: 'Add `.github/dependabot.yml` (or Renovate) for every ecosystem of the repository.',
    },
    effort: { hours: 1, track: 'security' },
    evaluate(ctx) {
      if (!ctx.facts.files.some((f) => f.role === 'manifest') && !ctx.facts.dockerfiles.length) return na('no dependency manifest');
      return presentOr(ctx.files(/^(\.github\/dependabot\.ya?ml|\.dependabot\/config\.ya?ml|(\.github\/|\.gitlab\/)?renovate\.json5?|\.renovaterc(\.json5?)?)$/, 'dependency update bot'), 'no Dependabot or Renovate configuration');
    },
  }),
  defineControl({
    id: 'security/security-scanning-ci',
    area: 'security',
    title: 'Security scanning runs in CI as a blocking step',
    docs: {
      why: 'A scanner in CI (bandit, pip-audit, safety, npm audit, trivy, CodeQL, semgrep …) catches vulnerable code and dependencies before merge, not after an incident.',
      detects: 'A CI step running a SAST, dependency or image scanner.',
      partial: 'The scanner runs but cannot fail the build (`|| true`, `continue-on-error: true`, `allow_failure: true`).',
      notApplicable: 'Always applicable.',
      fix: 'Add a scanner step (pip-audit/npm audit + bandit/semgrep/CodeQL, trivy for images) and let it fail the pipeline.',
    },
    effort: { hours: 3, track: 'security' },
    dependsOn: ['delivery/ci-pipeline'],
    evaluate(ctx) {
      const hits = ciSteps(ctx, SECURITY_SCAN, 'cmd-scan');
      const blocking = hits.filter((h) => h.blocking);
      if (blocking.length) return done(blocking.map((h) => stepEvidence(h, 'security scan step')));
      if (hits.length) return partial(hits.map((h) => stepEvidence(h, 'non-blocking security scan')), 'the scan cannot fail the build (|| true / continue-on-error)');
      const codeql = ctx.files(/^\.github\/workflows\/codeql[\w.-]*\.ya?ml$/, 'CodeQL workflow');
      return codeql.length ? done(codeql) : missing(ctx.facts.ci.length ? 'no scanner step in CI' : 'no CI');
    },
  }),
  defineControl({
    id: 'security/rate-limiting',
    area: 'security',
    title: 'Rate limiting on the API (auth routes first)',
    docs: {
      why: 'Without a limiter, login and token endpoints can be brute-forced and any endpoint can be used to exhaust the service.',
      detects: 'A limiter library or middleware (slowapi, flask-limiter, DRF throttles, express-rate-limit …) or a gateway/web-server limit (`limit_req`, ingress rate-limit annotations).',
      partial: 'Never: the rule security/api-no-rate-limit reports where it is absent.',
      notApplicable: 'No HTTP API.',
      fix: 'Add a limiter on authentication routes (per IP and per account) and a global default.',
    },
    rules: ['security/api-no-rate-limit'],
    effort: { hours: 4, track: 'security' },
    evaluate(ctx) {
      const why = requires(ctx, 'webApi');
      if (why) return na(why);
      const hits = [...ctx.facts.perFile]
        .filter(([, pf]) => pf.tags?.includes('rate-limit') || pf.tags?.includes('rate-limit-infra'))
        .map(([path]) => ({ path, line: 0, what: 'rate limiter' }))
        .sort((a, b) => a.path.localeCompare(b.path));
      return presentOr(hits, 'no rate limiter');
    },
  }),
  defineControl({
    id: 'security/token-expiry',
    area: 'security',
    title: 'Tokens expire; refresh and revocation are handled',
    docs: {
      why: 'A JWT without expiry is a permanent credential: a leaked token works until the signing key changes.',
      detects: 'JWT code with an expiry (`exp`, `expires_delta`, `expiresIn`, `ACCESS_TOKEN_EXPIRE…`) and refresh/revocation handling (`refresh_token`, blacklist, revoke).',
      partial: 'Expiry without refresh-token rotation or revocation.',
      notApplicable: 'No JWT code.',
      fix: 'Issue short-lived access tokens with `exp`, rotate refresh tokens and keep a revocation list.',
    },
    effort: { hours: 6, track: 'security' },
    evaluate(ctx) {
      const jwt = signals(ctx, ['jwt-use']);
      if (!jwt.length) return na('no JWT code');
      const exp = signals(ctx, ['jwt-expiry']);
      const refresh = signals(ctx, ['jwt-refresh']);
      if (exp.length && refresh.length) return done([exp[0], refresh[0]]);
      if (exp.length) return partial(exp, 'no refresh-token rotation or revocation');
      return missing('tokens are issued without an expiry');
    },
  }),
  defineControl({
    id: 'security/password-hashing',
    area: 'security',
    title: 'Passwords hashed with a slow hash',
    docs: {
      why: 'bcrypt/argon2/scrypt/PBKDF2 make a leaked password table expensive to crack; MD5/SHA hashes are cracked in hours.',
      detects: 'bcrypt, argon2, scrypt, passlib, PBKDF2, werkzeug `generate_password_hash`, Django auth.',
      partial: 'A slow hash is used, but a fast hash of a password also appears.',
      notApplicable: 'No login or password code.',
      fix: 'Hash with argon2id or bcrypt (passlib/werkzeug/bcrypt libraries) and rehash on login.',
    },
    effort: { hours: 4, track: 'security' },
    evaluate(ctx) {
      const auth = signals(ctx, ['auth-code', 'jwt-use']);
      if (!auth.length) return na('no login or password code');
      const slow = signals(ctx, ['slow-hash']);
      const weak = signals(ctx, ['weak-password-hash']);
      if (slow.length && weak.length) return partial([...slow, ...weak], 'a fast hash of a password is also used');
      if (slow.length) return done(slow);
      if (!signals(ctx, ['auth-code']).length) return na('tokens only: no password handling found');
      return missing(weak.length ? 'passwords hashed with a fast hash' : 'no password hashing library');
    },
  }),
  defineControl({
    id: 'security/input-validation',
    area: 'security',
    title: 'Request input validated by a schema',
    docs: {
      why: 'Schema validation at the edge rejects malformed and hostile input before it reaches the database or a shell.',
      detects: 'pydantic, marshmallow, DRF serializers, WTForms, zod, joi, yup, class-validator, ajv, jsonschema.',
      partial: 'Never.',
      notApplicable: 'No HTTP API.',
      fix: 'Declare request bodies and query parameters as schemas and validate them in every handler.',
    },
    effort: { hours: 6, track: 'security' },
    evaluate(ctx) {
      const why = requires(ctx, 'webApi');
      if (why) return na(why);
      return presentOr(signals(ctx, ['input-validation']), 'no schema validation library');
    },
  }),
  defineControl({
    id: 'security/security-headers',
    area: 'security',
    title: 'Security headers (HSTS, CSP, nosniff)',
    docs: {
      why: 'HSTS, CSP and X-Content-Type-Options close whole classes of browser attacks at no cost.',
      detects: 'helmet, flask-talisman, Django SecurityMiddleware/SECURE_HSTS_SECONDS, or the headers set in code or web-server config.',
      partial: 'Never.',
      notApplicable: 'No HTTP API.',
      fix: 'Add helmet/talisman/SecurityMiddleware, or set the headers in the reverse proxy.',
    },
    effort: { hours: 2, track: 'security' },
    evaluate(ctx) {
      const why = requires(ctx, 'webApi');
      if (why) return na(why);
      return presentOr(signals(ctx, ['security-headers']), 'no security headers middleware or proxy setting');
    },
  }),
];
