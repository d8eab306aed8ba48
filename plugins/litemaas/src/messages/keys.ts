/** English words of API keys: the list, its dialogs and key delivery. */
export const keysMessages = {
  keys: {
    title: 'API keys',
  },
} as const;
