export const title = 'admin';
