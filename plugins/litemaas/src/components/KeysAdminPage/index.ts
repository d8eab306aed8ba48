export { KeysAdminPage } from './KeysAdminPage';
