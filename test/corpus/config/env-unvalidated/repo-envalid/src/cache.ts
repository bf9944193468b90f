export const redis = process.env.REDIS_URL;
export const secret = process.env.SESSION_SECRET;
