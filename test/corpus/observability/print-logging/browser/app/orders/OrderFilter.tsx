'use client';
import { useState } from "react";

export function OrderFilter() {
  const [q, setQ] = useState("");
  // ok: observability/print-logging
  console.log("filter changed", q);
  return <input value={q} onChange={(e) => setQ(e.target.value)} />;
}
