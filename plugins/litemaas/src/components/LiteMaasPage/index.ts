export { LiteMaasPage } from './LiteMaasPage';
