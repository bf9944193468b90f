export const formatPrice = (c: number) => (c / 100).toFixed(2);
