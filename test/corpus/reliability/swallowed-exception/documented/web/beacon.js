// Handlers whose silence is explained or that send and forget (info notices: still findings).
export async function sendTelemetry(url, data) {
  try {
    await fetch(url, { method: 'POST', body: JSON.stringify(data) });
    // expect: reliability/swallowed-exception
  } catch {
    // telemetry must never break the install
  }
}

export function send(endpoint, body) {
  // expect: reliability/swallowed-exception
  return fetch(endpoint, { method: 'POST', body, keepalive: true }).catch(() => {});
}

export function save(api, doc) {
  // expect: reliability/swallowed-exception
  return api.save(doc).catch(() => {});
}

export function load(raw) {
  try {
    return JSON.parse(raw);
    // expect: reliability/swallowed-exception
  } catch {
    // console.error(raw);
  }
}
