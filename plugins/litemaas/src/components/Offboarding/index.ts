export { Offboarding } from './Offboarding';
