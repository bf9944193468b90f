// expect: config/hardcoded-ip
export const API_BASE = process.env.API_BASE ?? 'http://10.0.0.146:8080/api';
// ok: config/hardcoded-ip
export const SCHEMA_VERSION = '1.0.0.12';
// ok: config/hardcoded-ip
const DEV_PROXY = 'http://127.0.0.1:5173';
