import { store } from './store';

describe('store', () => { it('doubles', () => expect(store(2)).toBe(4)); });
