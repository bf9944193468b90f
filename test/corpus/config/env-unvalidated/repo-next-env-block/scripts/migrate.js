const url = process.env.DATABASE_URL;
const schema = process.env.DATABASE_SCHEMA || 'public';
console.log(`migrating ${schema} on ${url}`);
