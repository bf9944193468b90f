export const mount = '#app';
