export const port = Number(process.env.PORT ?? 3000);
export const dbUrl = process.env.DATABASE_URL;
