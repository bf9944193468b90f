import axios from 'axios';
import axiosRetry from 'axios-retry';

axiosRetry(axios, { retries: 3, retryDelay: axiosRetry.exponentialDelay });

export async function user(id: string) {
  // ok: reliability/http-no-retry
  return (await axios.get(`/api/users/${id}`, { timeout: 5000 })).data;
}
