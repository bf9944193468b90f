import { createHash } from 'node:crypto';
import { parseRequest } from '@/lib/request';
import { badRequest, json, unauthorized } from '@/lib/response';
import { storage } from '@/lib/storage';

const MAX_BYTES = 5 * 1024 * 1024;
const ALLOWED = new Set(['image/png', 'image/jpeg', 'image/webp']);

export async function POST(request: Request) {
  const { auth, error } = await parseRequest(request);
  if (error) {
    return error();
  }
  if (!auth?.user) {
    return unauthorized();
  }
  const form = await request.formData();
  const file = form.get('file');
  if (!(file instanceof File)) {
    return badRequest('missing file');
  }
  if (file.size > MAX_BYTES) {
    return badRequest(`file larger than ${MAX_BYTES} bytes`);
  }
  if (!ALLOWED.has(file.type)) {
    return badRequest(`unsupported type ${file.type}`);
  }
  const bytes = Buffer.from(await file.arrayBuffer());
  const digest = createHash('sha256').update(bytes).digest('hex');
  const extension = file.type.split('/')[1] === 'jpeg' ? 'jpg' : file.type.split('/')[1];
  const key = `uploads/${auth.user.id}/${digest.slice(0, 2)}/${digest}.${extension}`;
  const existing = await storage.head(key).catch(() => null);
  if (!existing) {
    await storage.put(key, bytes, { contentType: file.type, cacheControl: 'public, max-age=31536000, immutable' });
  }
  return json({ key, size: file.size, type: file.type, url: storage.publicUrl(key) });
}
