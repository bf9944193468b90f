import mysql from 'mysql2/promise';

export async function connectDb() {
  return mysql.createConnection({ host: process.env.DB_HOST, user: 'api' });
}
