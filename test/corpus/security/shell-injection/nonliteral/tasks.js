const { exec, execSync } = require('child_process');

function runTask(task) {
  // expect: security/shell-injection
  exec(task.command, (err, out) => console.log(out));
}

function runScript(script) {
  // expect: security/shell-injection
  return execSync(script).toString();
}

function version() {
  const cmd = 'git --version';
  // ok: security/shell-injection
  return execSync(cmd).toString();
}

function match(re, line) {
  // ok: security/shell-injection
  return re.exec(line);
}
