import axios from 'axios';

export async function user(id: string) {
  // expect: reliability/http-no-retry
  const r = await axios.get(`/api/users/${id}`, { timeout: 5000 });
  return r.data;
}
