async function title(page) {
  // ok: security/code-eval
  const t = await page.$eval("h1", (el) => el.textContent);
  // ok: security/code-eval
  const n = await page.evaluate(() => document.links.length);
  return { t, n };
}

function calc(expr) {
  // expect: security/code-eval
  return globalThis.eval(expr);
}

module.exports = { title, calc };
