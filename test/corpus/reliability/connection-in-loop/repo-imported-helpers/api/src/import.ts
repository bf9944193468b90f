import { connectDb } from './db';

export async function importUsers(users: string[]) {
  const shared = await connectDb();
  for (const u of users) {
    await shared.execute('insert into users (name) values (?)', [u]);
  }
  for (const u of users) {
    const conn = await connectDb();
    await conn.execute('insert into audit (name) values (?)', [u]);
    await conn.end();
  }
}
