const log = require('./logger');

async function runJob(job) {
  log.info('job start', { id: job.id });
  try {
    await job.run();
  } catch (err) {
    // expect: observability/print-logging
    console.error('job failed', job.id, err);
  }
}

module.exports = { runJob };
