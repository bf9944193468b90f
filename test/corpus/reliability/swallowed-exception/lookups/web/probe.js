export function timezoneHint(current) {
  var browserTz = null;
  try {
    var browserTz = Intl.DateTimeFormat().resolvedOptions().timeZone;
  // ok: reliability/swallowed-exception
  } catch (err) {}
  return browserTz && browserTz !== current ? browserTz : null;
}

export function readStream(reader, signal) {
  const onAbort = () => {
    try {
      reader.cancel();
    // ok: reliability/swallowed-exception
    } catch {
      // already closed
    }
  };
  signal.addEventListener('abort', onAbort);
}

export async function upload(api, file) {
  let result = null;
  try {
    result = await api.put(file);
    await api.commit();
  // expect: reliability/swallowed-exception
  } catch (e) {}
  return result;
}

export function flush(queue) {
  try {
    queue.flushAll();
  // expect: reliability/swallowed-exception
  } catch {}
}
