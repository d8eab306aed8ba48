export { ModelDetailPage } from './ModelDetailPage';
