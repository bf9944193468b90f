export default function ({ $auth, redirect }: { $auth: { user: { admin: boolean } }; redirect: (p: string) => void }) {
  if (!$auth.user.admin) {
    // ok: observability/print-logging
    console.warn('User may not open the admin pages');
    return redirect('/');
  }
}
