export function savePrefs(prefs: Record<string, string>): void {
  try {
    window.localStorage.setItem('prefs', JSON.stringify(prefs));
  // ok: reliability/swallowed-exception
  } catch {}
}

export function loadPrefs(): Record<string, string> | null {
  try {
    return JSON.parse(localStorage.getItem('prefs') ?? 'null');
  // ok: reliability/swallowed-exception
  } catch {
    // private mode or quota: the defaults apply
  }
  return null;
}

export function clearSession(): void {
  try {
    sessionStorage.removeItem('draft');
  // ok: reliability/swallowed-exception
  } catch (e) {}
}

export async function saveDraft(api: { put(d: string): Promise<void> }, draft: string): Promise<void> {
  try {
    localStorage.setItem('draft', draft);
    await api.put(draft);
  // expect: reliability/swallowed-exception
  } catch {}
}
