export * from './annotations';
export * from './entities';
export * from './inspect';
export * from './manifests';
export * from './names';
export * from './state';
export * from './types';
