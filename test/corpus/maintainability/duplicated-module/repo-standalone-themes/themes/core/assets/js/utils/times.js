export function formatDuration(seconds) {
  const units = [
    ["d", 86400],
    ["h", 3600],
    ["m", 60],
  ];
  const parts = [];
  let rest = Math.max(0, Math.floor(seconds));
  for (const [label, size] of units) {
    if (rest >= size) {
      parts.push(`${Math.floor(rest / size)}${label}`);
      rest %= size;
    }
  }
  if (rest || !parts.length) parts.push(`${rest}s`);
  return parts.join(" ");
}

export function relativeTime(date, now = new Date()) {
  const delta = Math.round((now.getTime() - new Date(date).getTime()) / 1000);
  if (delta < 60) return "just now";
  if (delta < 3600) return `${Math.floor(delta / 60)} minutes ago`;
  if (delta < 86400) return `${Math.floor(delta / 3600)} hours ago`;
  return `${Math.floor(delta / 86400)} days ago`;
}
