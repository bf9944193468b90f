import { execSync } from "child_process";
import path from "path";

const COMPOSE_FILE = path.resolve(__dirname, "../docker-compose.test.yml");

export async function setup(): Promise<void> {
  // ok: security/shell-injection
  execSync(`docker compose -f "${COMPOSE_FILE}" up -d --wait`, { stdio: "inherit" });
}

export async function teardown(project: string): Promise<void> {
  // expect: security/shell-injection
  execSync(`docker compose -p ${project} -f "${COMPOSE_FILE}" down -v`, { stdio: "inherit" });
}
