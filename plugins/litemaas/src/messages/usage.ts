/** English words of Usage, model usage cards and the catalog entity tabs. */
export const usageMessages = {
  usage: {
    title: 'Usage',
  },
} as const;
