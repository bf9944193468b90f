import path from 'node:path';

/** `child` is `parent` or lies below it (absolute, normalised paths; no file system access). */
export function isInside(child: string, parent: string): boolean {
  return child === parent || child.startsWith(parent.endsWith(path.sep) ? parent : parent + path.sep);
}
