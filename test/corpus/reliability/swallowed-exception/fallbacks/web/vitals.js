export function observe(type, callback) {
  try {
    const observer = new PerformanceObserver((list) => list.getEntries().forEach(callback));
    observer.observe({ type, buffered: true });
    // ok: reliability/swallowed-exception
  } catch {
    /* not supported in this browser */
  }
}

export async function save(api, doc) {
  try {
    await api.put(doc);
    // expect: reliability/swallowed-exception
  } catch {
    /* ignore */
  }
}
