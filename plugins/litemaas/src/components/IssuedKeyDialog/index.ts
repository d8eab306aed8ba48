export { IssuedKeyDialog } from './IssuedKeyDialog';
export type { IssuedKeyDialogProps } from './IssuedKeyDialog';
export { buildSnippets, gatewayApiBase } from './snippets';
