import type { NextApiRequest, NextApiResponse } from 'next';

export default async function handler(req: NextApiRequest, res: NextApiResponse) {
  try {
    res.status(200).json(await listOrders(String(req.query.user)));
  } catch (err) {
    // ok: observability/print-logging
    console.error('listOrders failed', err);
    res.status(500).json({ error: 'internal' });
  }
}

declare function listOrders(user: string): Promise<unknown[]>;
