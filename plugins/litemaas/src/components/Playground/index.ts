export { ModelPlayground, hasGrantedAccess } from './ModelPlayground';
export { ModelPlaygroundContent } from './ModelPlaygroundContent';
export { PlaygroundPanel } from './PlaygroundPanel';
