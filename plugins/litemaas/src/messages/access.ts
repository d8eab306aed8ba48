/** English words of My access, requesting access and the review queue. */
export const accessMessages = {
  access: {
    title: 'My access',
  },
} as const;
