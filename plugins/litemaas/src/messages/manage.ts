/** English words of Manage models, a model's page and shared dialogs. */
export const manageMessages = {
  manage: {
    title: 'Manage models',
  },
} as const;
