/** A one-line progress bar on a TTY (stderr); nothing when piped, in CI or with --quiet. */
export function createProgress(enabled: boolean, stream: NodeJS.WriteStream = process.stderr) {
  if (!enabled || !stream.isTTY || process.env.CI) return { update: (_d: number, _t: number) => {}, done: () => {} };
  let last = 0;
  let shown = false;
  return {
    update(done: number, total: number) {
      const now = Date.now();
      if (done !== total && now - last < 80) return;
      last = now;
      if (total < 200 && !shown && done !== total) return; // short scans: no bar
      shown = true;
      const width = 30;
      const filled = Math.round((done / Math.max(total, 1)) * width);
      stream.write(`\r[${'#'.repeat(filled)}${'.'.repeat(width - filled)}] ${done}/${total} files`);
    },
    done() {
      if (shown) stream.write('\r\x1b[K');
    },
  };
}
