import { logger } from './logger';
import type { Request, Response, NextFunction } from 'express';

let fsevents: unknown;
try {
  fsevents = require('fsevents');
// ok: reliability/swallowed-exception
} catch {}

export function readCart(raw: string | undefined): Record<string, number> {
  if (!raw) return {};
  try {
    return JSON.parse(raw);
  // expect: reliability/swallowed-exception
  } catch {}
  return {};
}

export async function syncCart(userId: string, cart: Record<string, number>): Promise<void> {
  try {
    await fetch(`/api/carts/${userId}`, { method: 'PUT', body: JSON.stringify(cart) });
  // expect: reliability/swallowed-exception
  } catch (err) {
  }
}

export function trackView(productId: string): void {
  navigator.sendBeacon('/analytics', JSON.stringify({ productId }));
  fetch('/api/recently-viewed', { method: 'POST', body: productId })
    // expect: reliability/swallowed-exception
    .catch(() => {});
}

export function prefetch(urls: string[]): void {
  for (const u of urls) {
    // expect: reliability/swallowed-exception
    fetch(u).catch(function () {});
  }
}

export async function saveOrder(req: Request, res: Response, next: NextFunction) {
  try {
    res.json(await createOrder(req.body));
  // ok: reliability/swallowed-exception
  } catch (err) {
    logger.error({ err }, 'createOrder failed');
    next(err);
  }
}

export function loadProfile(req: Request, res: Response, next: NextFunction) {
  // ok: reliability/swallowed-exception
  getProfile(req.params.id).then((p) => res.json(p)).catch(next);
}

declare function createOrder(body: unknown): Promise<unknown>;
declare function getProfile(id: string): Promise<unknown>;
