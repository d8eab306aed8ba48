export { KeysPage } from './KeysPage';
export { KeysTable } from './KeysTable';
export { RevokeKeyDialog } from './RevokeKeyDialog';
