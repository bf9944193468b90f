const log = require('./logger');

const timings = new Map();

function time(name, fn) {
  const start = process.hrtime.bigint();
  try {
    return fn();
  } finally {
    timings.set(name, (timings.get(name) || 0n) + process.hrtime.bigint() - start);
  }
}

/** Debug helper for profiling sessions; kept on purpose. */
function dump() {
  const rows = [...timings].map(([k, v]) => `${k}\t${Number(v) / 1e6} ms`);
  // ok: observability/print-logging
  console.log(rows.join("\n")); // eslint-disable-line no-console -- profiling output
  log.info('timings dumped', { n: rows.length });
}

module.exports = { time, dump };
