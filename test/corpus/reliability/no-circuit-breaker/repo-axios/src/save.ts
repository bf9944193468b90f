import axios from "axios";

export async function save(u: object) {
  return axios.post(`${API_BASE}/users`, u);
}
