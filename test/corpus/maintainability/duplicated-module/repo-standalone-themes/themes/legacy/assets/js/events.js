const handlers = new Map();

export function on(name, handler) {
  if (!handlers.has(name)) handlers.set(name, new Set());
  handlers.get(name).add(handler);
  return () => handlers.get(name).delete(handler);
}

export function emit(name, payload) {
  for (const handler of handlers.get(name) ?? []) {
    try {
      handler(payload);
    } catch (err) {
      window.console.warn("handler failed", name, err);
    }
  }
}

export function connect(url, { retryMs = 1000, maxRetryMs = 30000 } = {}) {
  let delay = retryMs;
  const open = () => {
    const source = new EventSource(url);
    source.onmessage = (msg) => {
      delay = retryMs;
      const data = JSON.parse(msg.data);
      emit(data.type, data.payload);
    };
    source.onerror = () => {
      source.close();
      setTimeout(open, delay);
      delay = Math.min(delay * 2, maxRetryMs);
    };
  };
  open();
}
