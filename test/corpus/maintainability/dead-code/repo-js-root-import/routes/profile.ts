import { getUser } from "../request_helper";

export function profile(req: any, res: any) {
  res.json(getUser(req));
}
