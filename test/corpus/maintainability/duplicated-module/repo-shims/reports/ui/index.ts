export { Table } from './Table';
export { Filters } from './Filters';
export type { Column } from './types';
