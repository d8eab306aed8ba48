export { KeyDeliveryPage } from './KeyDeliveryPage';
