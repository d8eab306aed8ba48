/** English words of the Audit page: the trail of governance actions. */
export const auditMessages = {
  audit: {
    title: 'Audit trail',
    titleTotal: 'Audit trail ({{total}})',
    reload: 'Reload',
    denied: {
      title: 'No audit trail for you',
      message:
        'The audit trail shows admins every governance action, and model owners the actions about their models.',
    },
    filters: {
      search: 'Search',
      searchPlaceholder: 'Actor, subject, model, target or reason',
      action: 'Action',
      anyAction: 'All actions',
      actor: 'Actor',
      actorPlaceholder: 'alice or user:default/alice',
      model: 'Model',
      anyModel: 'All models',
      outcome: 'Outcome',
      anyOutcome: 'Any outcome',
      from: 'From',
      to: 'To',
      toBeforeFrom: 'The end date is before the start date.',
      clear: 'Clear filters',
    },
    columns: {
      details: 'Details',
      // Not "When": the table's hidden drag help has that word in English.
      when: 'Time',
      action: 'Action',
      actor: 'Actor',
      subject: 'Subject',
      model: 'Model',
      reason: 'Reason',
      outcome: 'Outcome',
    },
    outcome: {
      succeeded: 'Succeeded',
      failed: 'Failed',
      failedWith: 'Failed: {{error}}',
    },
    system: 'LiteMaaS',
    showDetails: 'Show details of {{action}}, {{when}}',
    hideDetails: 'Hide details of {{action}}, {{when}}',
    detail: {
      event: 'Event',
      id: 'Event ID',
      at: 'Time',
      action: 'Action ID',
      target: 'Target',
      // Not "Error": Backstage's error panel says that in English.
      error: 'Why it failed',
      before: 'Before',
      after: 'After',
      details: 'Details',
      nothing: 'Nothing else was recorded for this action.',
    },
    empty: {
      title: 'No audit events yet',
      description:
        'Access requests and decisions, key changes, settings changes and reconciliation show up here as they happen.',
    },
    noMatch: {
      title: 'No audit events match',
      description: 'Try fewer filters or a wider date range.',
    },
    export: {
      button: 'Export {{format}}',
      failed: 'Could not export the audit trail as {{format}}: {{error}}',
    },
    /**
     * The backend's event ids, read as what happened. An id missing here
     * shows as itself.
     */
    actions: {
      'access-request': 'Requested access',
      'access-approve': 'Approved access',
      'access-deny': 'Denied access',
      'access-cancel': 'Cancelled an access request',
      'access-review-request': 'Asked for another review',
      'access-revoke': 'Ended access',
      'access-limits': 'Changed access limits',
      'model-register': 'Registered a model',
      'model-update': 'Updated a model',
      'model-delete': 'Deleted a model',
      'model-policy': 'Changed the access policy',
      'key-create': 'Created a key',
      'key-update': 'Updated a key',
      'key-rotate': 'Rotated a key',
      'key-revoke': 'Revoked a key',
      'key-block': 'Blocked a key',
      'key-unblock': 'Unblocked a key',
      'key-provision': 'Provisioned workshop keys',
      'key-revoke-prefix': 'Revoked keys by prefix',
      'key-adopt': 'Adopted a LiteLLM key',
      'key-leave': 'Left a LiteLLM key as it is',
      'key-settings': 'Changed key settings',
      'litemaas-team-budget-set': 'Set a team budget',
      'usage-hold-accept': 'Accepted LiteLLM’s usage figures',
      'usage-hold-dismiss': 'Kept the portal’s usage figures',
      'playground-session-start': 'Started a playground session',
      'playground-session-end': 'Ended a playground session',
      'gateway-model-publish': 'Published a model on a gateway',
      'gateway-model-withdraw': 'Withdrew a model from a gateway',
      'reconcile-mark-revoked': 'Marked a key revoked (reconciliation)',
      'reconcile-delete-from-gateway':
        'Deleted a key from LiteLLM (reconciliation)',
      'reconcile-dismiss': 'Dismissed held-back repairs',
      'reconcile-take-over': 'Took over this install (reconciliation)',
    },
  },
} as const;
