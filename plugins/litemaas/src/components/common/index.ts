export * from './chips';
export * from './ConfirmDialog';
export * from './EntityRefLink';
export * from './errors';
export * from './LimitsFields';
export * from './ModelListContext';
export * from './paths';
export * from './useDialogTarget';
