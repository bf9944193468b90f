import { logger } from './logger';

export function loadSession(raw: string | null): Record<string, unknown> {
  if (!raw) return {};
  try {
    return JSON.parse(raw);
  // expect: reliability/swallowed-exception
  } catch (e) {
  }
  return {};
}

export async function persist(store: { save(x: unknown): Promise<void> }, session: unknown) {
  // expect: reliability/swallowed-exception
  store.save(session).catch(() => {});
  try {
    await store.save(session);
  // ok: reliability/swallowed-exception
  } catch (err) {
    logger.error({ err }, 'session save failed');
    throw err;
  }
  // ok: reliability/swallowed-exception
  store.save(session).catch((err) => logger.warn({ err }, 'retry later'));
}
