export { KeysPage } from './KeysPage';
export { KeysTable } from './KeysTable';
