export const databaseUrl = process.env.DATABASE_URL;
export const poolSize = Number(process.env.DATABASE_POOL_SIZE || 10);
