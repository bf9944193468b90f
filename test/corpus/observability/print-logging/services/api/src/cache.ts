import { createClient } from 'redis';

export const cache = createClient({ url: process.env.REDIS_URL });
// expect: observability/print-logging
cache.on('error', (err) => console.warn('redis error', err));
