import { readFileSync } from 'node:fs';

/** The package version (package.json sits two levels above both src/cli and dist/cli). */
export function packageVersion(): string {
  try {
    return (JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as { version: string }).version;
  } catch {
    return '0.0.0';
  }
}

export const TOOL = { name: 'harden', version: packageVersion(), informationUri: 'https://github.com/harden-dev/harden' };
