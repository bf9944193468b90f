import type { SgNode } from '@ast-grep/napi';
import { defineRule } from '../define.js';
import { lineRange } from '../../parse/position.js';
import type { Confidence, FindingDraft, Lang } from '../types.js';

/** A dotted quad not glued to other digits, dots or word characters; optional `/prefix`. */
const IPV4 = /(?<![\w.`#-])(\d{1,3})\.(\d{1,3})\.(\d{1,3})\.(\d{1,3})(?!\.?\d|\.[A-Za-z0-9]|[A-Za-z_])(\/\d{1,2}(?!\d))?/g;
/** Text just before the address that makes it a version number. */
const VERSION_BEFORE = /(?:\bv|\bver|\bsections?|§|\brelease|\brev(?:ision)?|==|>=|<=|~=|!=)\s*["']?\s*$|version\w*["']?\s*[:=]\s*["']?v?\s*$|\bimage\s*[:=]\s*["']?\S+:$/i;
/** Prose that introduces a sample value: `(e.g. 10.1.1.1)`, `for example, 192.168.5.4`. */
const EXAMPLE_BEFORE = /(\be\.g\.?|\bfor example|\bfor instance|\bexample:|\bsuch as)\s*[:,]?\s*[("'`]?$/i;
/** Well-known addresses that are the same everywhere (not this deployment's hosts). */
const WELL_KNOWN = new Set(['169.254.169.254', '8.8.8.8', '8.8.4.4', '1.1.1.1', '1.0.0.1', '9.9.9.9', '208.67.222.222', '208.67.220.220']);
/** Context that says the address is a server this code talks to. */
const HOST_CONTEXT = /(?:host|server|addr|address|endpoint|url|uri|broker|master|node|peer|upstream|proxy|db|redis|mongo|postgres|mysql|amqp|rabbit|kafka|elastic|connect|ssh|scp|rsync|curl|wget|@|:\/\/)/i;

/** ASN.1 object identifiers look like dotted quads (`2.5.29.17`). */
const OID_CONTEXT = /\boid\b|ObjectIdentifier|\bOID_|_OID\b/i;

const HASH_COMMENT_LANGS = new Set<Lang>(['python', 'bash', 'yaml', 'dockerfile', 'env', 'crontab', 'systemd', 'ini', 'toml']);
const SLASH_COMMENT_LANGS = new Set<Lang>(['javascript', 'typescript', 'tsx', 'groovy', 'json']);

export default defineRule({
  id: 'config/hardcoded-ip',
  title: 'Hardcoded IP address',
  category: 'config',
  status: 'stable',
  since: '0.1.0',
  severity: 'medium',
  confidence: 'high',
  likelihood: 'high',
  impact: 'medium',
  scope: {
    kind: 'file',
    languages: ['python', 'bash', 'yaml', 'javascript', 'typescript', 'tsx', 'dockerfile', 'env', 'crontab', 'systemd', 'ini', 'toml', 'json', 'groovy'],
  },
  prefilter: /\d{1,3}\.\d{1,3}\.\d{1,3}\.\d{1,3}/,
  nonProduct: 'drop',
  messages: {
    ip: 'hardcoded IP {address} ({kind})',
  },
  groupMessage: '{first} in {count} places across {files} files',
  docs: {
    what: 'An IPv4 address written into code, scripts, compose/Kubernetes/CI YAML, Dockerfiles, `.env` files, crontabs or systemd units. Each distinct address is one finding that lists every place it appears.',
    why: 'A literal address ties the code to one machine: moving a database, failing over, adding a staging environment or rotating a host means finding and editing every copy (and missing one is an outage). Addresses are also invisible to DNS-based tooling, TLS hostname checks and service discovery.',
    bad: { path: 'app/db.py', code: 'import psycopg2\n\nconn = psycopg2.connect(host="10.0.0.146", dbname="metrics")\n' },
    good: { path: 'app/db.py', code: 'import os\nimport psycopg2\n\nconn = psycopg2.connect(host=os.environ["DB_HOST"], dbname="metrics")\n' },
    fix: 'Read hosts from configuration (environment variables, a settings module, service discovery or DNS names) with one definition per environment; keep addresses out of code, images and scripts.',
    falsePositives:
      'Not reported: loopback (127.0.0.0/8), unspecified `0.0.0.0`, `0.x`, broadcast and netmasks (`255.255.255.0`), network addresses ending in `.0`, CIDR ranges with a prefix shorter than /32 (subnets and allow-lists), the documentation ranges 192.0.2.0/24, 198.51.100.0/24 and 203.0.113.0/24, multicast/reserved (224.0.0.0 and up), the cloud metadata address 169.254.169.254 and well-known public resolvers (8.8.8.8, 1.1.1.1, 9.9.9.9 …). Version-like strings (`version="1.2.3.4"`, `==1.2.3.4`, `v1.2.3.4`, image tags) comment-only text, Python docstrings and sample values in prose (`(e.g. 10.1.1.1)`, `for example, 192.168.5.4`) are skipped; manifests, Markdown and tests are not scanned. IPv6 literals are not detected. A public address is reported only when its line says it is a host (a URL, `user@`, a key or call naming host/server/addr/url/endpoint/db/redis/ssh/curl …) and is not an ASN.1 OID; private addresses (10/8, 172.16/12, 192.168/16, 100.64/10) are always reported, with medium confidence when nothing host-like is around them.',
  },
  remediation: { effort: 'S', perExtraOccurrence: 0.2, perFile: 0.25, cap: 20, kind: 'refactor', track: 'ops' },
  check(input) {
    if (input.embedded) return []; // the CI YAML host file is scanned as a whole
    if (input.role === 'manifest') return [];
    const out: FindingDraft[] = [];
    let prose: Set<number> | undefined;
    input.lines.forEach((text, i) => {
      if (!/\d\.\d/.test(text)) return;
      // Python docstrings and bare string statements are documentation ("for example, 192.168.1.1").
      if (input.lang === 'python' && input.root && (prose ??= docstringLines(input.root)).has(i + 1)) return;
      const codeEnd = commentStart(text, input.lang);
      const seenOnLine = new Set<string>();
      for (const m of text.matchAll(IPV4)) {
        const at = m.index ?? 0;
        if (at >= codeEnd) break;
        const octets = [m[1], m[2], m[3], m[4]];
        if (octets.some((o) => o.length > 1 && o.startsWith('0'))) continue; // 1.02.3.4: not an address
        const n = octets.map(Number);
        if (n.some((x) => x > 255)) continue;
        const address = octets.join('.');
        const prefix = m[5] ? Number(m[5].slice(1)) : 32;
        if (prefix < 32) continue;
        if (ignoredAddress(n, address)) continue;
        if (VERSION_BEFORE.test(text.slice(Math.max(0, at - 40), at))) continue;
        if (EXAMPLE_BEFORE.test(text.slice(Math.max(0, at - 24), at))) continue;
        if (seenOnLine.has(address)) continue;
        seenOnLine.add(address);
        const priv = isPrivate(n);
        const hostish = HOST_CONTEXT.test(text.slice(0, at + m[0].length + 8));
        // A public-looking dotted quad with nothing host-like around it is more often a version, an OID or
        // sample data than a server: only report it when the line says it is an address.
        if (!priv && (!hostish || OID_CONTEXT.test(text))) continue;
        const kind = hostish ? 'server address' : 'private network address';
        const confidence: Confidence = hostish ? 'high' : 'medium';
        out.push({
          messageId: 'ip',
          data: { address, kind },
          range: lineRange(i + 1, at, at + m[0].length),
          matched: address,
          groupKey: `ip:${address}`,
          confidence,
        });
      }
    });
    return out;
  },
});

/** 1-based lines of Python string statements (docstrings): a string that is a whole statement is never a value. */
function docstringLines(root: SgNode): Set<number> {
  const lines = new Set<number>();
  for (const st of root.findAll({ rule: { kind: 'expression_statement', has: { kind: 'string' } } })) {
    const named = st.children().filter((c) => c.isNamed());
    if (named.length !== 1 || named[0].kind() !== 'string') continue;
    const r = st.range();
    for (let l = r.start.line; l <= r.end.line; l++) lines.add(l + 1);
  }
  return lines;
}

function ignoredAddress(n: number[], address: string): boolean {
  const [a, b, c, d] = n;
  if (a === 127 || a === 0) return true; // loopback, "this network", 0.0.0.0
  if (a >= 224) return true; // multicast, reserved, broadcast, netmasks 255.x
  if (d === 0) return true; // network address (10.0.0.0, 172.17.0.0)
  if ((a === 192 && b === 0 && c === 2) || (a === 198 && b === 51 && c === 100) || (a === 203 && b === 0 && c === 113)) return true;
  return WELL_KNOWN.has(address);
}

function isPrivate([a, b]: number[]): boolean {
  return a === 10 || (a === 172 && b >= 16 && b <= 31) || (a === 192 && b === 168) || (a === 100 && b >= 64 && b <= 127) || (a === 169 && b === 254);
}

/** Column where a trailing comment starts (text.length when none); quotes are respected roughly. */
function commentStart(text: string, lang: Lang): number {
  const trimmed = text.trimStart();
  const lead = text.length - trimmed.length;
  const hash = HASH_COMMENT_LANGS.has(lang);
  const slash = SLASH_COMMENT_LANGS.has(lang);
  if (hash && trimmed.startsWith('#')) return lead;
  if (slash && (trimmed.startsWith('//') || trimmed.startsWith('/*') || trimmed.startsWith('* ') || trimmed === '*')) return lead;
  if (lang === 'ini' && trimmed.startsWith(';')) return lead;
  let quote = '';
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (quote) {
      if (ch === '\\') i++;
      else if (ch === quote) quote = '';
      continue;
    }
    if (ch === '"' || ch === "'" || ch === '`') quote = ch;
    else if (hash && ch === '#' && (i === 0 || /\s/.test(text[i - 1]))) return i;
    else if (slash && ch === '/' && text[i + 1] === '/' && (i === 0 || /\s/.test(text[i - 1]))) return i;
  }
  return text.length;
}
