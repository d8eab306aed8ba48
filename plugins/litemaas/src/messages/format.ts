/** Words inside formatted figures: prices, limits, durations, changes. */
export const formatMessages = {
  format: {
    free: 'Free',
    noLimits: 'No limits',
    tpm: '{{value}} TPM',
    rpm: '{{value}} RPM',
    budgetPer: '{{amount}} per {{period}}',
    budget: '{{amount}} budget',
    under: '<{{amount}}',
    period: {
      s: 'second',
      m: 'minute',
      h: 'hour',
      d: 'day',
      w: 'week',
      mo: 'month',
    },
    change: {
      none: 'no change',
      new: 'new',
      newLabel: 'new in this period',
      up: 'up {{size}}%',
      down: 'down {{size}}%',
      points: '{{size}} pts',
      upPoints: 'up {{size}} percentage points',
      downPoints: 'down {{size}} percentage points',
      noRequests: 'no requests',
    },
  },
} as const;
