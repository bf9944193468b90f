import { formatDuration } from "../utils/times";

const api = window.CTX.api;

async function loadStanding(id) {
  const response = await api.get(`/api/v1/users/${id}/standing`);
  if (!response.ok) throw new Error(`standing request failed: ${response.status}`);
  return response.json();
}

function renderSolves(table, solves) {
  table.innerHTML = "";
  for (const solve of solves) {
    const row = document.createElement("tr");
    row.innerHTML = `<td>${solve.challenge.name}</td><td>${solve.challenge.category}</td><td>${solve.value}</td><td>${formatDuration(solve.elapsed)}</td>`;
    table.appendChild(row);
  }
}

function renderScore(node, standing) {
  node.textContent = `${standing.score} points, place ${standing.place}`;
  node.classList.toggle("text-success", standing.place <= 3);
}

window.addEventListener("load", async () => {
  const root = document.getElementById("standing");
  const id = root.dataset.id;
  try {
    const standing = await loadStanding(id);
    renderScore(document.getElementById("score"), standing);
    renderSolves(document.getElementById("solves"), standing.solves);
  } catch (err) {
    root.textContent = "Could not load the standing.";
    console.error(err);
  }
});
