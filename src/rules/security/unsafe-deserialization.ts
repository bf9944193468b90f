import type { SgNode } from '@ast-grep/napi';
import { defineRule } from '../define.js';
import { fromSg } from '../../parse/position.js';
import type { FileInput, FindingDraft } from '../types.js';
import { brief, pyArgs, pyCallableReferences, pyCallee, pyImportAliases, pyResolvedName, pyString } from './_secret-ast.js';

/** Python callables that execute code while deserialising. */
const PY_UNSAFE = new Map<string, string>([
  ['pickle.load', 'pickle'],
  ['pickle.loads', 'pickle'],
  ['pickle.Unpickler', 'pickle'],
  ['cPickle.load', 'pickle'],
  ['cPickle.loads', 'pickle'],
  ['_pickle.load', 'pickle'],
  ['_pickle.loads', 'pickle'],
  ['dill.load', 'dill (pickle)'],
  ['dill.loads', 'dill (pickle)'],
  ['dill.Unpickler', 'dill (pickle)'],
  ['cloudpickle.Unpickler', 'cloudpickle (pickle)'],
  ['cloudpickle.load', 'cloudpickle (pickle)'],
  ['cloudpickle.loads', 'cloudpickle (pickle)'],
  ['marshal.load', 'marshal'],
  ['marshal.loads', 'marshal'],
  ['shelve.open', 'shelve (pickle)'],
  ['jsonpickle.decode', 'jsonpickle'],
  ['jsonpickle.unpickler.decode', 'jsonpickle'],
  ['jsonpickle.unpickler.Unpickler', 'jsonpickle'],
  ['yaml.unsafe_load', 'yaml.unsafe_load'],
  ['yaml.unsafe_load_all', 'yaml.unsafe_load_all'],
]);
/**
 * A deserialiser written as a value, not called (`pickle.loads` without a `(`): a text test before the tree walk
 * that looks for it. Attribute spellings only; a bare imported name (`from pickle import loads`) is tested by its
 * own name below. The word alone ("load the data" in a comment) would start a walk in most YAML-reading files.
 */
const PY_UNSAFE_REFERENCE = /\.(?:loads?|decode|unsafe_load(?:_all)?)\b(?!\s*\()/;
const PY_UNSAFE_REFERENCE_RULE = {
  rule: { any: [{ kind: 'attribute', regex: '\\.(loads?|decode|unsafe_load(_all)?)$' }, { kind: 'identifier', regex: '^(loads?|decode|unsafe_load(_all)?)$' }] },
};
/** A loader class named as a safe one (`SafeLoader`, `CSafeLoader`, a project's `NewSafeLoader` subclass), or one that builds no objects. */
const SAFE_LOADER = /(^|\.)\w*(SafeLoader|BaseLoader|FullLoader)$/;

export default defineRule({
  id: 'security/unsafe-deserialization',
  title: 'Unsafe deserialization',
  category: 'security',
  status: 'stable',
  since: '0.1.0',
  severity: 'high',
  confidence: 'high',
  likelihood: 'medium',
  impact: 'high',
  cwe: ['CWE-502'],
  references: ['https://cwe.mitre.org/data/definitions/502.html', 'https://docs.python.org/3/library/pickle.html#module-pickle', 'https://pyyaml.org/wiki/PyYAMLDocumentation'],
  scope: { kind: 'file', languages: ['python', 'javascript', 'typescript', 'tsx'] },
  prefilter: ['pickle', 'dill', 'marshal', 'shelve', 'jsonpickle', 'yaml', 'unserialize', 'x-python-serialize', 'torch'],
  messages: {
    py: '{format} deserialisation of {arg} can execute arbitrary code',
    reference: '{func} handed on as a function in `{context}`: every payload it is given is {format} deserialisation that can execute code',
    yamlLoad: '{func}({arg}) without a safe Loader can construct arbitrary Python objects',
    artefact: '{func}({arg}) unpickles the file: whoever can write it runs code in this process{hint}',
    js: '{func}({arg}) (node-serialize) executes functions embedded in the payload',
    celery: 'Celery/Kombu {setting} accepts pickle: any producer that can reach the broker runs code in the workers',
  },
  docs: {
    what: 'Deserialisers that run code from the data they read: `pickle`/`cPickle`/`dill`/`cloudpickle` `load(s)` and `Unpickler`, `marshal.load(s)`, `shelve.open`, `jsonpickle.decode`, `yaml.load`/`load_all` without a safe `Loader`, `yaml.unsafe_load`, `pandas.read_pickle`, `torch.load` without `weights_only=True`, `numpy.load(…, allow_pickle=True)`, node-serialize `unserialize`, a Python deserialiser handed on as a function (`map(pickle.loads, rows)`, `{"pickle": unpickle}` after `from pickle import loads as unpickle`; medium confidence), and Celery/Kombu configured to accept pickle messages (`task_serializer = "pickle"`, `accept_content = ["pickle", …]`, `serializer="pickle"`).',
    why: 'A pickle or unsafe-YAML payload is a program: loading one from a cache, a queue, an upload or a shared volume lets whoever can write that data run commands in the service. The data does not need to look malicious, and the code runs before the application sees the result.',
    bad: { path: 'cache.py', code: 'import pickle\n\n\ndef get(redis, key):\n    raw = redis.get(key)\n    return pickle.loads(raw)\n' },
    good: { path: 'cache.py', code: 'import json\n\n\ndef get(redis, key):\n    raw = redis.get(key)\n    return json.loads(raw)\n' },
    fix: 'Store data as JSON (or msgpack/protobuf) and validate it; use `yaml.safe_load` or `yaml.load(f, Loader=yaml.SafeLoader)`; if pickle is unavoidable, sign the payload (HMAC) and verify before loading, and never load data another system can write.',
    falsePositives: '`yaml.load(…, Loader=SafeLoader/CSafeLoader/BaseLoader/FullLoader)` and `yaml.safe_load` are not reported, also when the loader is imported under another name (`from yaml.loader import BaseLoader as BL`). `pandas.read_pickle(…)` and `torch.load(…)` without `weights_only=True` are reported with medium confidence (they unpickle, but usually the project\'s own artefacts; `torch.load(…, weights_only=False)` is high); `torch.load(…, weights_only=True)` is not reported, nor `joblib.load` (the normal way to load a scikit-learn model; review it when the file can come from outside). Import aliases (`import pickle as pkl`, `from pickle import loads`) are followed. A round trip (`pickle.loads(pickle.dumps(obj))`, or loading a variable the same function just set to `pickle.dumps(…)`) deserialises the program\'s own bytes and is not reported.',
  },
  remediation: { effort: 'S', perExtraOccurrence: 1, perFile: 0.5, cap: 24, kind: 'refactor', track: 'security' },
  check(input) {
    const { root, lang, source } = input;
    if (!root) return [];
    return lang === 'python' ? checkPython(input, root) : checkJs(root, source);
  },
});

function checkPython(input: FileInput, root: SgNode): FindingDraft[] {
  const out: FindingDraft[] = [];
  const aliases = pyImportAliases(input);
  for (const call of root.findAll({ rule: { kind: 'call' } })) {
    const callee = pyCallee(call, aliases);
    const { pos, kw } = pyArgs(call);
    const arg = brief(pos[0]?.text() ?? '…', 40);
    const format = PY_UNSAFE.get(callee);
    if (format) {
      if (isRoundTrip(pos[0], call, aliases)) continue;
      out.push({ messageId: 'py', data: { format, arg }, range: fromSg(call.range()), matched: call.text() });
      continue;
    }
    if (callee === 'yaml.load' || callee === 'yaml.load_all') {
      const loader = kw.get('Loader') ?? pos[1];
      // The loader's name with import aliases resolved: `from yaml.loader import BaseLoader as BL` … `Loader=BL`.
      if (loader && SAFE_LOADER.test(pyResolvedName(loader.text(), aliases))) continue;
      out.push({ messageId: 'yamlLoad', data: { func: callee, arg }, range: fromSg(call.range()), matched: call.text() });
    }
    // `pandas.read_pickle(path)` and `torch.load(path)` (without `weights_only=True`) unpickle a file. Usually the
    // project's own artefact, so medium confidence, unless `weights_only=False` asks for the unsafe mode explicitly.
    if (callee === 'pandas.read_pickle' || callee === 'torch.load') {
      const weightsOnly = kw.get('weights_only')?.text();
      if (callee === 'torch.load' && weightsOnly === 'True') continue;
      const hint = callee === 'torch.load' ? (weightsOnly ? ' (`weights_only=False`)' : '; pass `weights_only=True`') : '';
      out.push({ messageId: 'artefact', data: { func: callee, arg, hint }, range: fromSg(call.range()), matched: call.text(), confidence: weightsOnly === 'False' ? 'high' : 'medium' });
      continue;
    }
    // `numpy.load(f, allow_pickle=True)`: object arrays are unpickled (NumPy turned it off by default for this).
    if (/^(numpy|np)\.load$/.test(callee) && kw.get('allow_pickle')?.text() === 'True') {
      out.push({ messageId: 'py', data: { format: 'numpy (allow_pickle=True)', arg }, range: fromSg(call.range()), matched: call.text() });
    }
  }
  // The deserialiser itself handed on (`map(pickle.loads, rows)`, `load = pickle.load`): every payload that reaches
  // it is unpickled, as in a call.
  // Also under an imported name (`from pickle import loads as unpickle`).
  const imported = [...aliases].filter(([local, origin]) => PY_UNSAFE.has(origin) && /^\w+$/.test(local)).map(([local]) => local);
  const referenced = PY_UNSAFE_REFERENCE.test(input.source) || imported.some((local) => new RegExp(`\\b${local}\\b(?!\\s*\\()`).test(input.source));
  if (referenced) {
    const rule = imported.length ? { rule: { any: [...PY_UNSAFE_REFERENCE_RULE.rule.any, { kind: 'identifier', regex: `^(${imported.join('|')})$` }] } } : PY_UNSAFE_REFERENCE_RULE;
    for (const r of pyCallableReferences(root, rule, aliases, (name) => PY_UNSAFE.has(name) && name !== 'shelve.open')) {
      const context = brief(r.context.text(), 50);
      out.push({ messageId: 'reference', data: { func: r.name, context, format: PY_UNSAFE.get(r.name)! }, range: fromSg(r.node.range()), matched: `${r.name} in ${context}`, confidence: 'medium' });
    }
  }
  out.push(...celeryPickle(root));
  return out;
}

/** Serialisers whose output, loaded straight back, is the program's own object (a deep copy or a pickling test). */
const PY_DUMPS = /^(pickle|cPickle|_pickle|dill|cloudpickle|marshal)\.dumps$|^jsonpickle\.encode$/;

/**
 * `pickle.loads(pickle.dumps(x))`, or `data = pickle.dumps(x)` … `pickle.loads(data)` in the same function: the
 * bytes were produced by this code a moment ago, not read from anywhere an attacker can write.
 */
function isRoundTrip(arg: SgNode | undefined, call: SgNode, aliases: ReadonlyMap<string, string>): boolean {
  if (!arg) return false;
  if (arg.kind() === 'call') return PY_DUMPS.test(pyCallee(arg, aliases));
  if (arg.kind() !== 'identifier') return false;
  const scope = call.ancestors().find((a) => a.kind() === 'function_definition');
  if (!scope) return false;
  const name = arg.text();
  const at = call.range().start.index;
  const assigned = scope.findAll({ rule: { kind: 'assignment' } }).filter((a) => a.field('left')?.text() === name && a.range().start.index < at);
  const last = assigned[assigned.length - 1];
  const right = last?.field('right');
  return !!right && right.kind() === 'call' && PY_DUMPS.test(pyCallee(right, aliases));
}

/** Celery/Kombu serializer settings (module-level config, `app.conf.x = …`, `conf.update(x=…)`, `apply_async(serializer=…)`). */
const SERIALIZER_SETTING = /(?:^|_)(?:task_serializer|result_serializer|event_serializer|accept_content|result_accept_content)$/i;
const PICKLE_CONTENT = /^(?:pickle|application\/x-python-serialize)$/;

function mentionsPickle(value: SgNode | null | undefined): boolean {
  if (!value) return false;
  const strings = value.kind() === 'string' ? [value] : value.findAll({ rule: { kind: 'string' } });
  return strings.some((s) => PICKLE_CONTENT.test(pyString(s) ?? ''));
}

function celeryPickle(root: SgNode): FindingDraft[] {
  const out: FindingDraft[] = [];
  for (const a of root.findAll({ rule: { kind: 'assignment' } })) {
    const left = a.field('left');
    if (!left || (left.kind() !== 'identifier' && left.kind() !== 'attribute')) continue;
    const name = left.kind() === 'attribute' ? (left.field('attribute')?.text() ?? '') : left.text();
    if (!SERIALIZER_SETTING.test(name) || !mentionsPickle(a.field('right'))) continue;
    out.push({ messageId: 'celery', data: { setting: name }, range: fromSg(a.range()), matched: a.text() });
  }
  for (const kw of root.findAll({ rule: { kind: 'keyword_argument' } })) {
    const name = kw.field('name')?.text() ?? '';
    if (!(SERIALIZER_SETTING.test(name) || name === 'serializer') || !mentionsPickle(kw.field('value'))) continue;
    out.push({ messageId: 'celery', data: { setting: name }, range: fromSg(kw.range()), matched: kw.text() });
  }
  return out;
}

function checkJs(root: SgNode, source: string): FindingDraft[] {
  if (!source.includes('node-serialize')) return [];
  const out: FindingDraft[] = [];
  for (const call of root.findAll({ rule: { kind: 'call_expression' } })) {
    const fn = call.field('function');
    const name = fn?.kind() === 'member_expression' ? fn.field('property')?.text() : fn?.text();
    if (name !== 'unserialize') continue;
    const arg = call.field('arguments')?.children().find((c) => c.isNamed());
    out.push({ messageId: 'js', data: { func: fn?.text() ?? 'unserialize', arg: brief(arg?.text() ?? '…', 40) }, range: fromSg(call.range()), matched: call.text() });
  }
  return out;
}
