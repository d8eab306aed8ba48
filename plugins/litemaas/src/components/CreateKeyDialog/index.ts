export { CreateKeyDialog } from './CreateKeyDialog';
export type { CreateKeyDialogProps } from './CreateKeyDialog';
