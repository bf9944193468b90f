export interface RetryOptions {
  attempts?: number;
  baseMs?: number;
  maxMs?: number;
  retryOn?: (status: number) => boolean;
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

export async function fetchWithRetry(url: string, init: RequestInit = {}, options: RetryOptions = {}): Promise<Response> {
  const { attempts = 4, baseMs = 250, maxMs = 4000, retryOn = (s) => s === 429 || s >= 500 } = options;
  let lastError: unknown;
  for (let attempt = 0; attempt < attempts; attempt++) {
    try {
      const response = await fetch(url, { ...init, signal: AbortSignal.timeout(10_000) });
      if (!retryOn(response.status) || attempt === attempts - 1) return response;
      lastError = new Error(`HTTP ${response.status} from ${url}`);
    } catch (err) {
      lastError = err;
    }
    const jitter = Math.random() * baseMs;
    await sleep(Math.min(maxMs, baseMs * 2 ** attempt) + jitter);
  }
  throw lastError instanceof Error ? lastError : new Error(String(lastError));
}
