/** The programmatic API used by the CLI and the tests. */
import { loadConfig } from './config/load.js';
import type { HardenConfig } from './config/schema.js';
import { scanRepository, type ScanOptions, type ScanResult } from './engine/scan.js';
import { ALL_RULES } from './rules/index.js';
import type { Rule } from './rules/types.js';

export type { ScanResult } from './engine/scan.js';
export type { Finding, Rule } from './rules/types.js';
export { ALL_RULES } from './rules/index.js';

export interface ScanApiOptions extends Partial<Omit<ScanOptions, 'root' | 'rules' | 'config'>> {
  config?: HardenConfig;
  configFile?: string;
  rules?: readonly Rule[];
}

export async function scan(root: string, opts: ScanApiOptions = {}): Promise<ScanResult & { configFile?: string }> {
  const rules = opts.rules ?? ALL_RULES;
  const loaded = opts.config ? { config: opts.config } : loadConfig(root, opts.configFile, new Set(rules.map((r) => r.id)));
  const result = await scanRepository({ ...opts, root, rules, config: loaded.config });
  return { ...result, configFile: 'file' in loaded ? loaded.file : undefined };
}
