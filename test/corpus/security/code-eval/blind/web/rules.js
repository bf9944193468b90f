const vm = require("vm");

function compileRule(rule) {
  // expect: security/code-eval
  const predicate = new Function("order", "customer", `return (${rule.condition});`);
  return predicate;
}

function runUserScript(userScript, input) {
  const sandbox = { input, result: null };
  // expect: security/code-eval
  vm.runInNewContext(userScript, sandbox, { timeout: 50 });
  return sandbox.result;
}

function scheduleRefresh(widgetId) {
  // expect: security/code-eval
  setTimeout("refreshWidget('" + widgetId + "')", 1000);
  // ok: security/code-eval
  setTimeout(() => refreshWidget(widgetId), 1000);
}

// ok: security/code-eval
const globalObject = new Function("return this")();

function parseLine(line) {
  const re = /^(\w+)=(.*)$/;
  // ok: security/code-eval
  return re.exec(line);
}

module.exports = { compileRule, runUserScript, scheduleRefresh, globalObject, parseLine };
