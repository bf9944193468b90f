export interface User {
  id: number;
}

export function getUser(req: { user?: User }): User | undefined {
  return req.user;
}
