const t0 = performance.now();
const { trieAlternation } = await import('./dist/rules/regex.js');
const t1 = performance.now();
const words = []; for (let i = 0; i < 450; i++) words.push(('kw' + (i * 7919).toString(36) + '_secret_' + (i % 13)).slice(0, 8 + (i % 12)));
let s = performance.now(); const r = trieAlternation(words); const t2 = performance.now() - s;
s = performance.now(); trieAlternation(words); const t3 = performance.now() - s;
console.log('import', (t1 - t0).toFixed(1), 'first', t2.toFixed(1), 'second', t3.toFixed(1), r.length);
