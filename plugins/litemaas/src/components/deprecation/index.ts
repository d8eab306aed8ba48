export * from './deprecationText';
export * from './DeprecationChips';
export * from './DeprecationBanner';
export * from './DeprecationDialogs';
