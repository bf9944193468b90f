// No child_process here: `exec` is a local helper, not a shell.
import { exec } from './db';

export async function load(query: string) {
  // ok: security/shell-injection
  return exec(query);
}
