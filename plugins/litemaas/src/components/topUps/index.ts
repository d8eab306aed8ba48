export * from './AskTopUpDialog';
export * from './KeyTopUpHistory';
export * from './KeyTopUpState';
export * from './topUpRules';
export * from './useCurrentTopUps';
export * from './useTopUpLink';
export * from './TopUpHistory';
