/** English words of a model's playground. */
export const playgroundMessages = {
  playground: {
    title: 'Playground',
  },
} as const;
