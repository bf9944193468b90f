import { getJson } from './lib/http';

export const loadCart = () => getJson<number[]>('/api/cart');
