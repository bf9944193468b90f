import * as child_process from "node:child_process";

export function killWorker(pid: string): void {
  // expect: security/shell-injection
  child_process.exec("kill -TERM " + pid, (err) => {
    if (err) throw err;
  });
}

export function uptime(): string {
  // ok: security/shell-injection
  return child_process.execSync("uptime").toString();
}
