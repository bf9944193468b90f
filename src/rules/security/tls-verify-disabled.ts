import type { SgNode } from '@ast-grep/napi';
import { defineRule } from '../define.js';
import { fromSg, lineRange } from '../../parse/position.js';
import type { FileInput, FindingDraft } from '../types.js';

/** JWT decoders whose `verify=False` (PyJWT 1.x, python-jose, google-auth) turns off the signature check. */
const JWT_CALL = /(^|\.)\w*(jwt|jws|jose|id_token)\.(decode|decode_complete|verify)$|(^|\.)(decode_jwt|jwt_decode|decode_token|verify_token)$/i;
const PY_KW_FALSE = /^(verify|verify_ssl|ssl_verify|ssl|check_hostname|validate_certs|verify_certs)$/;
/** Keyword arguments / options that disable verification when set to True (pymongo, motor, redis-py). */
const PY_KW_TRUE = /^(tlsAllowInvalidCertificates|tlsAllowInvalidHostnames|tlsInsecure|ssl_allow_invalid_certificates)$/;
const ENV_OFF: ReadonlyArray<{ re: RegExp; what: string }> = [
  { re: /\bNODE_TLS_REJECT_UNAUTHORIZED\b["']?\s*[=:]\s*["']?0\b/, what: 'NODE_TLS_REJECT_UNAUTHORIZED=0' },
  { re: /\bGIT_SSL_NO_VERIFY\b["']?\s*[=:]\s*["']?(1|true)\b/i, what: 'GIT_SSL_NO_VERIFY' },
  { re: /\bPYTHONHTTPSVERIFY\b["']?\s*[=:]\s*["']?0\b/, what: 'PYTHONHTTPSVERIFY=0' },
  { re: /\bPIP_TRUSTED_HOST\b["']?\s*[=:]\s*["']?[\w.-]/, what: 'PIP_TRUSTED_HOST' },
];
/** Settings in config files (YAML, ini, .gitconfig, kubeconfig, JSON). */
const CONFIG_OFF: ReadonlyArray<{ re: RegExp; what: string }> = [
  { re: /\b(insecure-skip-tls-verify|insecureSkipVerify|insecure_skip_verify|tls_insecure_skip_verify|skip_tls_verify|tls-skip-verify)["']?\s*[:=]\s*["']?(true|yes|1)\b/i, what: '$1' },
  { re: /\b(tlsAllowInvalidCertificates|tlsAllowInvalidHostnames|tlsInsecure)["']?\s*[:=]\s*["']?(true|yes|1)\b/i, what: '$1' },
  { re: /^\s*(trusted-host)\s*=\s*\S/, what: 'pip $1' },
  { re: /\b(sslVerify|ssl_verify|verify_ssl|tls_verify|tlsVerify|verify_certs|validate_certs|ssl-verify|strict-ssl|strictSSL|rejectUnauthorized)["']?\s*[:=]\s*["']?(false|no|0|off)\b/i, what: '$1' },
];
/** Shell commands (Dockerfile RUN lines and other text without a shell tree). */
const COMMANDS: ReadonlyArray<{ re: RegExp; what: string }> = [
  { re: /\bcurl\b[^|;&\n]*?\s(-[a-zA-Z]*k[a-zA-Z]*|--insecure)\b/, what: 'curl $1' },
  { re: /\bwget\b[^|;&\n]*?\s--no-check-certificate\b/, what: 'wget --no-check-certificate' },
  { re: /\bgit\b[^|;&\n]*?http\.sslVerify(\s+|=)["']?false\b/i, what: 'git http.sslVerify false' },
  { re: /\b(npm|yarn|pnpm)\s+config\s+set\s+strict-ssl\s+false\b/, what: '$1 strict-ssl false' },
  { re: /--insecure-skip-tls-verify(=true)?\b(?!=false)/, what: '--insecure-skip-tls-verify' },
  { re: /\bpip3?\b[^|;&\n]*?\s--trusted-host[\s=]/, what: 'pip --trusted-host' },
  { re: /\b(podman|buildah|skopeo)\b[^|;&\n]*?\s--(?:src-|dest-)?tls-verify=false\b/, what: '$1 --tls-verify=false' },
];

export default defineRule({
  id: 'security/tls-verify-disabled',
  title: 'TLS certificate verification disabled',
  category: 'security',
  status: 'stable',
  since: '0.1.0',
  severity: 'high',
  confidence: 'high',
  likelihood: 'medium',
  impact: 'high',
  cwe: ['CWE-295'],
  references: ['https://cwe.mitre.org/data/definitions/295.html', 'https://requests.readthedocs.io/en/latest/user/advanced/#ssl-cert-verification', 'https://nodejs.org/api/cli.html#node_tls_reject_unauthorizedvalue'],
  scope: {
    kind: 'file',
    languages: ['python', 'javascript', 'typescript', 'tsx', 'bash', 'yaml', 'dockerfile', 'env', 'ini', 'toml', 'json', 'systemd', 'groovy', 'text', 'crontab'],
  },
  prefilter: /trusted-host|TRUSTED_HOST|AllowInvalid|tlsInsecure|verify|CERT_NONE|unverified|check_hostname|rejectUnauthorized|REJECT_UNAUTHORIZED|insecure|-k|no-check-certificate|sslVerify|strict-?ssl|SSL_NO_VERIFY|HTTPSVERIFY|disable_warnings|validate_certs|ssl\s*=\s*False|curl/i,
  messages: {
    disabled: '{what} disables TLS certificate verification',
    warnings: '{what} hides TLS verification warnings (usually a sign verification is off)',
    probe: '{what} in an availability probe that sends nothing and reads only the status code: at most a forged status, no data exposed',
    test: '{what} in test code: no production traffic goes through it',
  },
  docs: {
    what: 'Code and configuration that turn TLS certificate checks off: `requests`/`httpx` `verify=False`, aiohttp `ssl=False`, `ssl._create_unverified_context`, `CERT_NONE`, `check_hostname = False`, Node `rejectUnauthorized: false` and `NODE_TLS_REJECT_UNAUTHORIZED=0`, `curl -k`/`--insecure`, `wget --no-check-certificate`, git `http.sslVerify false`/`GIT_SSL_NO_VERIFY`, `strict-ssl false`, `insecure-skip-tls-verify`, Ansible `validate_certs: no`, MongoDB `tlsAllowInvalidCertificates`/`tlsInsecure`, pip `--trusted-host`, podman/skopeo `--tls-verify=false`. `urllib3.disable_warnings()` is reported at low severity.',
    why: 'Without certificate verification HTTPS is only encryption to whoever answers: anyone on the path (a proxy, a compromised network, a DNS spoof) can read and change the traffic, including the credentials and tokens sent with every request.',
    bad: { path: 'client.py', code: 'import requests\n\n\ndef fetch(url):\n    return requests.get(url, verify=False, timeout=10)\n' },
    good: { path: 'client.py', code: 'import requests\n\n\ndef fetch(url):\n    return requests.get(url, verify="/etc/ssl/internal-ca.pem", timeout=10)\n' },
    fix: 'Keep verification on and trust the right CA instead: pass a CA bundle (`verify="/path/ca.pem"`, `REQUESTS_CA_BUNDLE`, `NODE_EXTRA_CA_CERTS`, `curl --cacert`), or install the internal CA in the image.',
    falsePositives: '`verify=True`, `verify="/path/to/ca.pem"`, `rejectUnauthorized: true` and comparisons (`if ctx.verify_mode == ssl.CERT_NONE`) are not reported. Commented-out lines are ignored. `jwt.decode(token, verify=False)` (PyJWT 1.x, python-jose, google-auth `jwt`) turns off the token\'s signature check, not TLS, and is not reported here. `curl -k` is recognised in bundled short flags (`-fsSLk`) but `-k` of other commands is not. Python and JS test code (unit tests of a client\'s options, calls to a local test server) is an info notice: no production traffic goes through it. A `curl -k` availability probe that discards the body (`-o /dev/null`), reads only the status (`--write-out \'%{http_code}\'`) and sends no data, credentials or method (`-d`, `-F`, `-u`, `-b`, `-T`, `-X`, an `Authorization`/`Cookie` header) is an info notice: a man in the middle can at most forge the status.',
  },
  remediation: { effort: 'S', perExtraOccurrence: 0.25, perFile: 0.25, cap: 12, kind: 'mechanical', track: 'security' },
  check(input) {
    switch (input.lang) {
      case 'python':
        return inTest(input, input.root ? checkPython(input.root) : []);
      case 'javascript':
      case 'typescript':
      case 'tsx':
        return inTest(input, input.root ? checkJs(input.root) : []);
      case 'bash':
        return input.root ? checkBash(input.root, !!input.embedded) : [];
      default:
        return input.embedded ? [] : checkLines(input);
    }
  },
});

/**
 * Test code (unit tests of a client's options, calls to a local test server): verification off there carries no
 * production traffic; an info notice.
 */
function inTest(input: FileInput, drafts: FindingDraft[]): FindingDraft[] {
  if (input.context !== 'test') return drafts;
  return drafts.map((d) => (d.messageId === 'disabled' ? { ...d, messageId: 'test', severity: 'info' } : d));
}

/** curl flags that send data or credentials: a request with them is not a bare status probe. */
const CURL_SENDS = /^(-d|--data(-\w+)?|-F|--form(-string)?|-u|--user|-T|--upload-file|-b|--cookie|-E|--cert|--oauth2-bearer|-X|--request)$/;

/**
 * `curl -k -o /dev/null --head --write-out '%{http_code}' URL`: a probe that discards the body, sends no data
 * and reads only the status.
 */
function statusProbe(args: readonly string[]): boolean {
  const discards = args.some((a, i) => (a === '-o' || a === '--output') && args[i + 1] === '/dev/null') || args.includes('-o/dev/null');
  const status = args.some((a, i) => ((a === '-w' || a === '--write-out') && /http_code|response_code/.test(args[i + 1] ?? '')) || /^--write-out=.*http_code/.test(a));
  const sends = args.some((a, i) => CURL_SENDS.test(a) || (/^(-H|--header)$/.test(a) && /^(authorization|cookie|x-api-key)\s*:/i.test(args[i + 1] ?? '')));
  return discards && status && !sends;
}

function draft(node: SgNode, what: string, messageId = 'disabled'): FindingDraft {
  return { messageId, data: { what }, range: fromSg(node.range()), matched: node.text() };
}

function checkPython(root: SgNode): FindingDraft[] {
  const out: FindingDraft[] = [];
  for (const n of root.findAll({ rule: { any: [{ kind: 'keyword_argument' }, { kind: 'assignment' }, { kind: 'attribute' }, { kind: 'call' }, { kind: 'subscript' }] } })) {
    switch (n.kind()) {
      case 'keyword_argument': {
        const name = n.field('name')?.text() ?? '';
        const v = n.field('value')?.text() ?? '';
        if (PY_KW_FALSE.test(name) && v === 'False') {
          // `jwt.decode(token, verify=False)` skips the token's signature check, not TLS: another problem.
          if (name === 'verify' && JWT_CALL.test(n.parent()?.parent()?.field('function')?.text() ?? '')) break;
          out.push(draft(n, `${name}=False`));
        }
        else if (PY_KW_TRUE.test(name) && v === 'True') out.push(draft(n, `${name}=True`));
        else if (name === 'ssl_cert_reqs' && /CERT_NONE|^["']none["']$/i.test(v)) out.push(draft(n, 'ssl_cert_reqs=none'));
        else if (name === 'cert_reqs' && /CERT_NONE/.test(v)) out.push(draft(n, 'cert_reqs=CERT_NONE'));
        break;
      }
      case 'assignment': {
        const left = n.field('left');
        const right = n.field('right')?.text() ?? '';
        const attr = left?.kind() === 'attribute' ? left.field('attribute')?.text() : left?.kind() === 'subscript' ? undefined : left?.text();
        if ((attr === 'verify' || attr === 'check_hostname') && right === 'False') out.push(draft(n, `${attr} = False`));
        else if (attr === 'verify_mode' && /CERT_NONE$/.test(right)) out.push(draft(n, 'verify_mode = CERT_NONE'));
        else if (left?.kind() === 'subscript' && /NODE_TLS_REJECT_UNAUTHORIZED|PYTHONHTTPSVERIFY/.test(left.text()) && /^["']0["']$/.test(right)) out.push(draft(n, `${/NODE_TLS/.test(left.text()) ? 'NODE_TLS_REJECT_UNAUTHORIZED' : 'PYTHONHTTPSVERIFY'}=0`));
        break;
      }
      case 'attribute': {
        const t = n.text();
        if (/(^|\.)_create_unverified_context$/.test(t) && n.parent()?.kind() !== 'attribute') out.push(draft(n, 'ssl._create_unverified_context'));
        break;
      }
      case 'call': {
        const fn = n.field('function')?.text() ?? '';
        if (/(^|\.)disable_warnings$/.test(fn) && /urllib3/.test(n.text())) out.push({ ...draft(n, fn, 'warnings'), severity: 'low' });
        break;
      }
      default:
        break;
    }
  }
  return out;
}

function checkJs(root: SgNode): FindingDraft[] {
  const out: FindingDraft[] = [];
  for (const n of root.findAll({ rule: { any: [{ kind: 'pair' }, { kind: 'assignment_expression' }] } })) {
    if (n.kind() === 'pair') {
      const key = n.field('key')?.text().replace(/^["']|["']$/g, '') ?? '';
      const v = n.field('value')?.text() ?? '';
      if ((key === 'rejectUnauthorized' || key === 'strictSSL') && v === 'false') out.push(draft(n, `${key}: false`));
      else if (PY_KW_TRUE.test(key) && v === 'true') out.push(draft(n, `${key}: true`));
      else if (key === 'NODE_TLS_REJECT_UNAUTHORIZED' && /^["'`]?0["'`]?$/.test(v)) out.push(draft(n, 'NODE_TLS_REJECT_UNAUTHORIZED=0'));
    } else {
      const left = n.field('left')?.text() ?? '';
      const v = n.field('right')?.text() ?? '';
      if (/NODE_TLS_REJECT_UNAUTHORIZED/.test(left) && /^["'`]?0["'`]?$/.test(v)) out.push(draft(n, 'NODE_TLS_REJECT_UNAUTHORIZED=0'));
      else if (/\.rejectUnauthorized$/.test(left) && v === 'false') out.push(draft(n, 'rejectUnauthorized = false'));
    }
  }
  return out;
}

function bashWord(n: SgNode): string {
  const t = n.text();
  return (n.kind() === 'string' || n.kind() === 'raw_string') && t.length >= 2 ? t.slice(1, -1) : t;
}

function checkBash(root: SgNode, embedded: boolean): FindingDraft[] {
  const out: FindingDraft[] = [];
  for (const n of root.findAll({ rule: { any: [{ kind: 'command' }, { kind: 'variable_assignment' }] } })) {
    if (n.kind() === 'variable_assignment') {
      // In CI files the host YAML's line scan already sees `KEY=value` settings.
      if (embedded) continue;
      const t = n.text();
      for (const e of ENV_OFF) if (e.re.test(t)) out.push(draft(n, e.what));
      continue;
    }
    const cmd = n.field('name')?.text() ?? '';
    const args = n.children().filter((c) => c.isNamed() && c.kind() !== 'command_name' && c.kind() !== 'variable_assignment').map(bashWord);
    const base = cmd.slice(cmd.lastIndexOf('/') + 1);
    let what: string | null = null;
    if (base === 'curl') {
      const flag = args.find((a) => a === '--insecure' || /^-[a-zA-Z]*k[a-zA-Z]*$/.test(a));
      if (flag && statusProbe(args)) {
        out.push({ ...draft(n, `curl ${flag}`, 'probe'), severity: 'info' });
        continue;
      }
      if (flag) what = `curl ${flag}`;
    } else if (base === 'wget' && args.includes('--no-check-certificate')) what = 'wget --no-check-certificate';
    else if (base === 'git') {
      const joined = args.join(' ');
      if (/http\.sslverify(\s+|=)false\b/i.test(joined)) what = 'git http.sslVerify false';
    } else if (/^(npm|yarn|pnpm)$/.test(base) && /\bstrict-ssl\s+false\b/.test(args.join(' '))) what = `${base} strict-ssl false`;
    else if (/^pip[0-9.]*$/.test(base) || (/^python[0-9.]*$/.test(base) && args[0] === '-m' && /^pip/.test(args[1] ?? ''))) {
      if (args.some((a) => a === '--trusted-host' || a.startsWith('--trusted-host='))) what = 'pip --trusted-host';
    } else if (/^(podman|buildah|skopeo)$/.test(base) && args.some((a) => /^--(?:src-|dest-)?tls-verify=false$/.test(a))) what = `${base} --tls-verify=false`;
    else if (/^(kubectl|helm|oc|argocd)$/.test(base) && args.some((a) => a === '--insecure-skip-tls-verify' || a === '--insecure-skip-tls-verify=true' || a === '--insecure')) what = `${base} --insecure-skip-tls-verify`;
    if (what) out.push(draft(n, what));
  }
  return out;
}

function checkLines(input: FileInput): FindingDraft[] {
  const out: FindingDraft[] = [];
  // Commands in CI YAML and in Groovy `sh` steps are analysed as embedded shell, not as lines of the host.
  const commands = input.lang === 'dockerfile' || (input.lang === 'yaml' && !input.role.startsWith('ci-')) || input.lang === 'crontab' || input.lang === 'systemd' || input.lang === 'text';
  input.lines.forEach((text, i) => {
    const t = text.trimStart();
    if (t.startsWith('#') || t.startsWith('//') || t.startsWith(';')) return;
    const lists = commands ? [ENV_OFF, CONFIG_OFF, COMMANDS] : [ENV_OFF, CONFIG_OFF];
    for (const list of lists) {
      for (const p of list) {
        const m = p.re.exec(text);
        if (!m) continue;
        const what = p.what.replace('$1', m[1] ?? '');
        out.push({ messageId: 'disabled', data: { what }, range: lineRange(i + 1, m.index, m.index + m[0].length), matched: m[0] });
        return;
      }
    }
  });
  return out;
}
