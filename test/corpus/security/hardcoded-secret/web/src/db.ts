import { Pool } from 'pg';

export const pool = new Pool({
  host: process.env.PGHOST ?? 'inventory-db',
  user: process.env.PGUSER ?? 'inventory',
  // expect: security/hardcoded-secret
  password: process.env.PGPASSWORD ?? 'Inv3nt0ry#2023',
  // ok: security/hardcoded-secret
  port: Number(process.env.PGPORT ?? '5432'),
});

// ok: security/hardcoded-secret
export const sessionSecret = process.env.SESSION_SECRET;
// expect: security/hardcoded-secret
export const mapsKey = 'AIzaSyD3x4mpl3-k3yV4lu3Zq9w8e7r6t5y4u3i';
