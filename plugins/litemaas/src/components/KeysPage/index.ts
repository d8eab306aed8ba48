export { KeysPage } from './KeysPage';
export { KeysTable } from './KeysTable';
export type { KeysQuery } from './KeysTable';
export { RevokeKeyDialog } from './RevokeKeyDialog';
