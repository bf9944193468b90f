import axios from "axios";

export async function user(id: string) {
  return axios.get(`${API_BASE}/users/${id}`);
}

export async function team(id: string) {
  return axios.get(`${API_BASE}/teams/${id}`);
}
