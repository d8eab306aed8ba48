/** English words of Keys admin. */
export const keysAdminMessages = {
  keysAdmin: {
    title: 'Keys admin',
  },
} as const;
