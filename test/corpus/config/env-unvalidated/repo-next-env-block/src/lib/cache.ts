export const redisUrl = process.env.REDIS_URL;
export const cacheTtl = Number(process.env.CACHE_TTL_SECONDS || 60);
