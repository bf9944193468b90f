import { closeSync, openSync, readSync } from 'node:fs';

export const DEFAULT_MAX_FILE_BYTES = 2 * 1024 * 1024;

export type ReadResult = { ok: true; text: string; bytes: number } | { ok: false; reason: string };

const decoder = new TextDecoder('utf-8', { fatal: true });

/**
 * Reads one file for analysis, refusing what no rule should look at: too large, binary, invalid UTF-8,
 * minified. The reason strings are what the "skipped" list shows.
 */
export function readForAnalysis(abs: string, size: number, maxBytes = DEFAULT_MAX_FILE_BYTES): ReadResult {
  if (size > maxBytes) return { ok: false, reason: `too large (${formatBytes(size)} > ${formatBytes(maxBytes)} limit)` };
  let buf: Buffer;
  try {
    const fd = openSync(abs, 'r');
    try {
      buf = Buffer.allocUnsafe(size);
      let read = 0;
      while (read < size) {
        const n = readSync(fd, buf, read, size - read, read);
        if (n === 0) break;
        read += n;
      }
      buf = buf.subarray(0, read);
    } finally {
      closeSync(fd);
    }
  } catch (e) {
    return { ok: false, reason: `unreadable (${(e as NodeJS.ErrnoException).code ?? 'read failed'})` };
  }
  const probe = buf.subarray(0, 8192);
  if (probe.includes(0)) return { ok: false, reason: 'binary file' };
  let text: string;
  try {
    text = decoder.decode(buf);
  } catch {
    return { ok: false, reason: 'invalid UTF-8' };
  }
  if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
  const minified = minifiedReason(text);
  if (minified) return { ok: false, reason: minified };
  return { ok: true, text, bytes: buf.length };
}

/** A file is treated as minified/generated when its lines are far longer than anything written by hand. */
export function minifiedReason(text: string): string | null {
  if (text.length < 5000) return null;
  let longest = 0;
  let lines = 1;
  let start = 0;
  for (let i = 0; i <= text.length; i++) {
    if (i === text.length || text.charCodeAt(i) === 10) {
      longest = Math.max(longest, i - start);
      start = i + 1;
      if (i < text.length) lines++;
    }
  }
  if (longest > 5000 && text.length / lines > 300) return `minified (a line of ${formatBytes(longest)})`;
  return null;
}

export function formatBytes(n: number): string {
  if (n >= 1024 * 1024) return `${(n / 1024 / 1024).toFixed(1)} MB`;
  if (n >= 1024) return `${(n / 1024).toFixed(1)} KB`;
  return `${n} B`;
}
