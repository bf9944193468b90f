const { spawn, execFile } = require('child_process');

function convert(input, output) {
  // expect: security/shell-injection
  return spawn('sh', ['-c', `ffmpeg -i ${input} -vf scale=640:-1 ${output}`]);
}

function convertSafe(input, output) {
  // ok: security/shell-injection
  return execFile('ffmpeg', ['-i', input, '-vf', 'scale=640:-1', output]);
}

function diskUsage() {
  // ok: security/shell-injection
  return spawn('bash', ['-c', 'du -sh /var/lib/media | cut -f1']);
}

module.exports = { convert, convertSafe, diskUsage };
