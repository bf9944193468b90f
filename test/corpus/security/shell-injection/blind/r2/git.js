const cp = require("child_process");

function clone(url, dir) {
  const cmd = "git clone --depth 1 " + url + " " + dir;
  // expect: security/shell-injection
  cp.execSync(cmd, { stdio: "inherit" });
}

function cloneSafe(url, dir) {
  // ok: security/shell-injection
  cp.execFileSync("git", ["clone", "--depth", "1", url, dir], { stdio: "inherit" });
}

module.exports = { clone, cloneSafe };
