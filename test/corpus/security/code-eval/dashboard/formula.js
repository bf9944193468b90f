'use strict';

function compileFormula(formula) {
  // expect: security/code-eval
  return new Function('row', `return ${formula};`);
}

function applyFilter(rows, expr) {
  // expect: security/code-eval
  return rows.filter((row) => eval(expr));
}

function schedule(widgetId, ms) {
  // expect: security/code-eval
  setInterval('refreshWidget("' + widgetId + '")', ms);
  // ok: security/code-eval
  setInterval(() => refreshWidget(widgetId), ms);
}

function parse(text) {
  // ok: security/code-eval
  return JSON.parse(text);
}

// ok: security/code-eval
const getGlobal = new Function('return this');

module.exports = { compileFormula, applyFilter, schedule, parse, getGlobal };
