export function NavLink({ href }: { href: string }) {
  const cloud = !!process.env.cloudUrl;
  return <a href={cloud ? `${process.env.cloudUrl}${href}` : `${process.env.basePath}${href}`}>{href}</a>;
}
