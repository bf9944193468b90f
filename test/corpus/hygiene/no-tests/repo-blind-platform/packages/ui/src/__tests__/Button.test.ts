import { Button } from '../Button';

test('button', () => { expect(Button(1)).toBe(2); });
