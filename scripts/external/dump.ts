import { readdirSync, readFileSync } from 'node:fs';
import { readHelpers, samplesOfFile } from './gitleaks.js';
const root = '/work/ext/gitleaks'; const h = readHelpers(root); const dir = root + '/cmd/generate/config/rules';
const want = new Set(process.argv.slice(2));
for (const f of readdirSync(dir)) { if (!f.endsWith('.go')) continue;
  for (const r of samplesOfFile(f, readFileSync(dir + '/' + f, 'utf8'), h)) if (want.has(r.ruleId)) { console.log('##', r.ruleId); for (const s of r.fps) console.log('FP', JSON.stringify(s.text).slice(0, 160)); } }
