import knex from 'knex';

const db = knex({
  client: 'pg',
  connection: process.env.DATABASE_URL,
  acquireConnectionTimeout: 10000,
});

await db('orders').update({ archived: true }).where('created_at', '<', '2020-01-01');
await db.destroy();
