import { fetchJson } from './lib/fetchJson';

export const loadUsers = () => fetchJson<string[]>('/api/users');
