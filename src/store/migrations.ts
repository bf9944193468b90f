/**
 * Schema of the history store, one migration per entry (applied in order, never edited once released).
 * Only redacted data is stored: messages and fingerprints as the reporters show them, no snippets, no
 * source text, so a secret found in the scanned code never reaches the database.
 */
export const MIGRATIONS: readonly string[] = [
  `
  CREATE TABLE scans (
    id INTEGER PRIMARY KEY,
    recorded_at TEXT NOT NULL,
    root_name TEXT NOT NULL,
    tool_version TEXT NOT NULL,
    command TEXT NOT NULL,
    files INTEGER NOT NULL,
    lines INTEGER NOT NULL,
    rules TEXT NOT NULL
  );
  CREATE TABLE findings (
    scan_id INTEGER NOT NULL REFERENCES scans(id) ON DELETE CASCADE,
    fingerprint TEXT NOT NULL,
    rule_id TEXT NOT NULL,
    severity TEXT NOT NULL,
    category TEXT NOT NULL,
    path TEXT NOT NULL,
    line INTEGER NOT NULL,
    component TEXT NOT NULL,
    message TEXT NOT NULL,
    PRIMARY KEY (scan_id, fingerprint)
  );
  CREATE TABLE items (
    scan_id INTEGER NOT NULL REFERENCES scans(id) ON DELETE CASCADE,
    item_id TEXT NOT NULL,
    title TEXT NOT NULL,
    phase INTEGER NOT NULL,
    priority TEXT NOT NULL,
    hours REAL NOT NULL,
    rules TEXT NOT NULL,
    component TEXT,
    fingerprints TEXT NOT NULL,
    PRIMARY KEY (scan_id, item_id)
  );
  CREATE TABLE metrics (
    scan_id INTEGER NOT NULL REFERENCES scans(id) ON DELETE CASCADE,
    key TEXT NOT NULL,
    value REAL NOT NULL,
    PRIMARY KEY (scan_id, key)
  );
  `,
  // 2: readiness checklist control states per scan (src/store/controls.ts).
  `
  CREATE TABLE controls (
    scan_id INTEGER NOT NULL REFERENCES scans(id) ON DELETE CASCADE,
    control_id TEXT NOT NULL,
    phase INTEGER NOT NULL,
    status TEXT NOT NULL,
    evidence TEXT,
    PRIMARY KEY (scan_id, control_id)
  );
  `,
];
