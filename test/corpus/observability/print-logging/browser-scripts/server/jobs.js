import fs from 'node:fs';

export function rotate(path) {
  // expect: observability/print-logging
  console.log('rotating', path);
  fs.renameSync(path, `${path}.1`);
}
