const { exec, execSync, execFile, spawn } = require("child_process");

function thumbnail(input, output, cb) {
  // expect: security/shell-injection
  exec(`convert ${input} -resize 200x200 ${output}`, cb);
}

function containerLogs(containerId) {
  // expect: security/shell-injection
  return execSync("docker logs --tail 100 " + containerId).toString();
}

function listDir(dir) {
  // expect: security/shell-injection
  return spawn(`ls -la ${dir}`, { shell: true });
}

function thumbnailSafe(input, output, cb) {
  // ok: security/shell-injection
  execFile("convert", [input, "-resize", "200x200", output], cb);
}

function listDirSafe(dir) {
  // ok: security/shell-injection
  return spawn("ls", ["-la", dir]);
}

function parseSize(line) {
  // ok: security/shell-injection
  const m = /(\d+)x(\d+)/.exec(line);
  return m && { w: Number(m[1]), h: Number(m[2]) };
}

module.exports = { thumbnail, containerLogs, listDir, thumbnailSafe, listDirSafe, parseSize };
