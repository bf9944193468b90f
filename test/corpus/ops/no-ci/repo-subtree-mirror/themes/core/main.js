export const theme = 'core';
