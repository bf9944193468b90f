export * from './http';
export * from './dates';
