/**
 * English words of model deprecation: the chips and banners that mark a
 * deprecated or retired model, the admins' dialog that deprecates one,
 * and the Review page's campaigns that follow who has moved.
 */
export const deprecationMessages = {
  deprecation: {
    chip: {
      deprecated: 'Deprecated',
      retired: 'Retired',
      deprecatedTitle: 'Deprecated: retires on {{date}}',
      deprecatedMoveTitle:
        'Deprecated: retires on {{date}}; move to {{replacement}}',
      retiredTitle: 'Retired on {{date}}',
      retiredMoveTitle: 'Retired on {{date}}; use {{replacement}}',
    },
    when: {
      inDays: 'in {{days}} days',
      tomorrow: 'tomorrow',
      today: 'today',
      due: 'at the next run',
    },
    banner: {
      deprecated: 'Deprecated: retires on {{date}} ({{when}}).',
      moveTo: 'Move to {{replacement}}.',
      noReplacement: 'No replacement was named: ask the model’s owner.',
      retired: 'Retired on {{date}}.',
      retiredText:
        'The model left every key and its grants ended; it can no longer be requested.',
      useInstead: 'Use {{replacement}} instead.',
      note: 'Note: {{note}}',
      campaign: 'Follow the campaign',
    },
    request: {
      disabled: 'Retired on {{date}}: it can no longer be requested.',
      warning:
        '{{model}} is deprecated and retires on {{date}}: access to it ends then.',
      warningMove:
        '{{model}} is deprecated and retires on {{date}}: access to it ends then. Consider {{replacement}} instead.',
    },
    action: {
      deprecate: 'Deprecate…',
      manage: 'Deprecation…',
      deprecateLabel: 'Deprecate {{model}}',
      manageLabel: 'Deprecation of {{model}}',
    },
    dialog: {
      titleNew: 'Deprecate {{model}}',
      titleEdit: 'Deprecation of {{model}}',
      explanation:
        'Everyone who holds the model, and the owners of Components tied to its keys, are told now and reminded 30, 7 and 1 days before the date. On the date the model leaves every key and its grants end.',
      replacement: 'Replacement',
      noReplacement: 'None',
      replacementHelp: 'The model holders should move to. Recommended.',
      replacementMissing:
        'Without a replacement, holders are only told the date.',
      retireAt: 'Retirement date',
      retireAtHelp: 'The model retires at the end of this day.',
      dateRequired: 'Choose a retirement date',
      dateNotFuture: 'Choose a day after today',
      note: 'Note to holders',
      noteHelp: 'Optional: why, or what to check before moving.',
      submitNew: 'Deprecate',
      submitEdit: 'Save changes',
      created: '{{model}} is deprecated; its holders are told.',
      saved: 'The deprecation of {{model}} is saved.',
      retiredInfo:
        '{{model}} retired on {{date}}. Cancelling the deprecation lets it be requested again; grants and keys that ended stay ended.',
      close: 'Close',
      others: 'More actions',
    },
    cancel: {
      action: 'Cancel deprecation',
      title: 'Cancel the deprecation of {{model}}?',
      text: 'The model is no longer deprecated: holders keep it and nobody is reminded.',
      retiredText:
        'The model can be requested again. Grants and keys that ended stay ended.',
      confirm: 'Cancel deprecation',
      done: 'The deprecation of {{model}} is cancelled.',
    },
    retire: {
      action: 'Retire now',
      title: 'Retire {{model}} now?',
      text: 'The model leaves every key now and every grant of it ends, without waiting for the date. Keys do not get it back.',
      typeName: 'Type {{model}} to confirm',
      mismatch: 'Type the model’s name exactly',
      confirm: 'Retire now',
      done: '{{model}} is retired.',
    },
    tab: 'Deprecations',
    list: {
      title: 'Deprecated models ({{total}})',
      description:
        'Models on their way out: who holds them, who has moved to the replacement, and when each retires.',
      empty: 'No model is deprecated',
      emptyText:
        'Admins deprecate a model in Manage models, with a replacement and a date; its campaign shows here.',
      loadWhat: 'the deprecation campaigns',
      reload: 'Reload',
      columns: {
        model: 'Model',
        replacement: 'Replacement',
        retireAt: 'Retires',
        state: 'State',
        progress: 'Moved',
        reminders: 'Reminders',
      },
      none: 'None',
    },
    state: {
      deprecated: 'Deprecated',
      retiring: 'Retiring',
      retired: 'Retired',
      retiringHelp:
        'Retired, but some keys still carry the model: the next run retries.',
    },
    progress: {
      moved: '{{moved}} of {{total}} moved',
      label: 'Holders who moved',
      counts: 'Idle: {{idle}} · Still using: {{using}}',
      none: 'No holders',
    },
    reminders: {
      none: 'None yet',
      sent: '{{days}} days before',
    },
    subject: {
      moved: 'Moved',
      idle: 'Idle',
      using: 'Still using',
      movedHelp:
        'No request to the model for 7 days, and some to the replacement.',
      idleHelp: 'No request to either model for 7 days.',
      usingHelp: 'Requests to the model within the last 7 days.',
    },
    detail: {
      back: 'All deprecations',
      loading: 'Loading the campaign',
      loadWhat: 'the campaign',
      notFound: '{{model}} is not deprecated.',
      retires: 'Retires on {{date}} ({{when}})',
      retiredOn: 'Retired on {{date}}',
      replacement: 'Replacement: {{replacement}}',
      noReplacement: 'No replacement named',
      by: 'Deprecated by {{name}} on {{date}}',
      remindersSent: 'Reminders sent: {{list}}',
      holders: 'Holders ({{total}})',
      holdersLabel: 'Holders of the model',
      noHolders: 'Nobody holds the model.',
      columns: {
        subject: 'Holder',
        state: 'State',
        requests: 'Requests 7d',
        spend: 'Spend 7d',
        lastUsed: 'Last used',
        replacementRequests: 'On replacement 7d',
        replacementAccess: 'Replacement access',
        keys: 'Keys',
      },
      never: 'Never',
      yes: 'Yes',
      no: 'No',
      noKeys: 'No key',
      components: 'Components told ({{total}})',
      componentsNone: 'No key of the model is tied to a Component.',
      component: 'Component',
      owner: 'Owner',
      noOwner: 'No owner',
      remind: 'Remind now',
      reminded: 'Reminded {{total}} holders who have not moved.',
      remindedOne: 'Reminded 1 holder who has not moved.',
      remindedNone:
        'Nobody to remind: every holder has moved or was reminded today.',
      remindFailed: 'Could not remind: {{error}}',
      edit: 'Edit',
      reload: 'Reload the campaign',
    },
    run: {
      title: 'Deprecation task',
      now: 'Run now',
      none: 'The deprecation task has not run since the portal started.',
      last: 'Last run {{when}}:',
      summary:
        'announced: {{announced}} · reminded: {{reminded}} · retired: {{retired}} · grants ended: {{grants}} · keys changed: {{keys}} · to retry: {{failed}}',
      failed: 'The last run failed {{when}}: {{error}}',
      asked: 'The deprecation task is asked for; it runs shortly.',
      done: 'The deprecation task ran.',
      runFailed: 'Could not run the deprecation task: {{error}}',
      loadWhat: 'the last run of the deprecation task',
    },
  },
} as const;
