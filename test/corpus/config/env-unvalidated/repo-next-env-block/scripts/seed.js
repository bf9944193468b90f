const url = process.env.DATABASE_URL;
const count = Number(process.env.SEED_ROWS || 100);
console.log(`seeding ${count} rows into ${url}`);
