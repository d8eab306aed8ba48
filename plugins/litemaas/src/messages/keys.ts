/** English words of API keys: the list, its dialogs and key delivery. */
export const keysMessages = {
  keys: {
    title: 'API keys',
    titleWithTotal: 'API keys ({{total}})',
    create: 'Create key',
    showRevoked: 'Show revoked',
    attentionOne: '1 key is over budget or expires within a week.',
    attentionMany: '{{total}} keys are over budget or expire within a week.',
    actions: {
      edit: 'Edit',
      rotate: 'Rotate',
      revoke: 'Revoke',
    },
    empty: {
      title: 'No API keys yet',
      intro:
        "An API key lets your code call models through the company's model gateway. Two steps:",
      step1:
        '1. {{action}} on the {{models}} tab. Open models are granted at once; restricted ones after their owner approves.',
      step1Action: 'Get access to a model',
      modelsTab: 'Models',
      step2:
        '2. {{action}} here for the models you have access to, for yourself or a team. Its value is shown once, with examples to try it.',
      step2Action: 'Create a key',
      browse: 'Browse models',
    },
    rotation: {
      oldStopped: 'The old value no longer works.',
      oldWorksUntil:
        'The old value keeps working until {{date}} ({{relative}}), then stops. Switch everything that uses the key to the new value before then.',
      oldWorksFor:
        'The old value keeps working for {{period}}, then stops. Switch everything that uses the key to the new value before then.',
    },
    revoke: {
      title: 'Revoke {{name}}?',
      confirm: 'Revoke',
      done: '{{name}} revoked.',
      body: 'Requests with this key stop working at once, and it cannot be undone: to call the models again, create a new key.',
      team: 'It belongs to {{team}}: it stops working for everyone in the team.',
    },
    table: {
      name: 'Name',
      owner: 'Owner',
      models: 'Models',
      status: 'Status',
      spend: 'Spend',
      created: 'Created',
      actions: 'Actions',
      me: 'Me',
      team: 'team',
      oldValueUntil: 'Old value works until {{when}}',
      createdBy: 'by {{who}}',
      expires: 'expires {{when}}',
      neverExpires: 'expires never',
      reload: 'Reload',
    },
    status: {
      active: 'Active',
      activeHelp: 'Ready to use.',
      expiringSoon: 'Expiring soon',
      expiringSoonHelp: 'Expires within a week: create a new key in time.',
      expired: 'Expired',
      expiredHelp: 'Past its expiry date: requests with it are refused.',
      blocked: 'Blocked',
      blockedHelp: 'An admin blocked it: requests with it are refused.',
      overBudget: 'Over budget',
      overBudgetHelp:
        'Its spend reached the budget: requests are refused until the budget period starts again.',
      revoking: 'Revoking',
      revokingHelp:
        'Revoked in the portal, not yet confirmed by the gateway (it was unavailable): it may still work until the portal retries, which it does automatically.',
      revoked: 'Revoked',
      revokedHelp: 'Deleted from the gateway: it no longer works.',
      creating: 'Creating',
      creatingHelp: 'Being created in the gateway.',
      failed: 'Failed',
      failedHelp: 'The gateway could not create it. It never worked.',
    },
    origin: {
      provisioned: 'Provisioned',
      provisionedHelp: 'Made by an admin in a batch, e.g. for a workshop',
      adopted: 'Adopted',
      adoptedHelp: 'Found in LiteLLM and taken over by the portal',
      playground: 'Playground',
      playgroundHelp:
        'Issued for a playground session: short-lived, revoked when the session ends',
    },
    budget: {
      usedUp: 'Budget used up',
      used: '{{percent}} used',
      within: 'Within budget',
      none: 'No budget',
      spendOf: '{{spend}} of {{budget}}',
      spendLabel: 'Spend: {{amount}}',
      per: 'per {{period}}',
    },
    form: {
      name: 'Name',
      models: 'Models',
      noAccessAnyMore: '{{model}} (no access any more)',
      nameRequired: 'Give the key a name',
      nameTooLong: 'At most 100 characters',
      chooseModel: 'Choose at least one model',
      modelsOfTeam: 'Models {{team}} has access to.',
      modelsOfYou: 'Models you have access to.',
      limits: 'Limits',
    },
    expiry: {
      label: 'Expires',
      inDays: 'In {{days}} days',
      inDaysDefault: 'In {{days}} days (default)',
      onDate: 'On a date…',
      never: 'Never',
      date: 'Expiry date',
      endOfDay: 'The key stops working at the end of the day.',
      atMostDays: 'At most {{days}} days.',
      atMostDaysFromToday: 'At most {{days}} days from today',
      neverHint: 'The key works until someone revokes it.',
      pickDate: 'Pick a date',
      pickFutureDate: 'Pick a date in the future',
    },
    noGrants: {
      you: 'You have no access to any model yet, so a key would have nothing to call.',
      team: '{{team}} has no access to any model yet, so a key would have nothing to call.',
      next: '{{link}} first: open models are granted at once, restricted ones after a review.',
      link: 'Request access to a model',
    },
    limits: {
      wholeNumber: 'Enter a whole number of 0 or more',
      amount: 'Enter a number of 0 or more',
      duration: 'Use a duration such as 7d, 30d or 1mo',
      durationHint: 'e.g. 7d, 30d or 1mo',
      tpm: 'Tokens per minute (TPM)',
      rpm: 'Requests per minute (RPM)',
      budget: 'Budget (USD)',
      budgetPeriod: 'Budget period',
      default: 'Default',
      fallback: '{{label}}: {{value}}',
      maxBudget: 'Max budget (USD)',
      maxBudgetHint: 'Requests stop when spend reaches it',
      budgetPeriodHint: 'e.g. 7d, 30d or 1mo; blank: never resets',
      softBudget: 'Soft budget (USD)',
      softBudgetHint: 'An alert, requests keep working',
      maxParallel: 'Max parallel requests',
      max: 'Max {{value}}',
      maxOfGrant: 'Max {{value}} (grant)',
      overMax: 'Over the maximum of {{value}}',
      overGrant: "Over the grant's {{value}}",
      softOverMax: 'Set it below the max budget, or the alert never fires',
      atLeastGrantPeriod: "At least {{period}}, the grant's period",
      perModel: 'Per-model limits',
      perModelSet: 'Per-model limits ({{n}} set)',
      chooseModelsFirst: "Choose the key's models first.",
      perModelHelp:
        "Tighter limits for single models, within the key's own. Blank: the owner's grant of the model applies where it sets one (shown in grey), else only the key's limits.",
      perModelField: '{{limit}} for {{model}}',
    },
    component: {
      label: 'Component',
      none: 'None',
      hint: 'Optional: a catalog Component you or your teams own. The spend counts for it, its System and its Domain.',
      hintAdmin:
        'Optional: any catalog Component. The spend counts for it, its System and its Domain.',
      loading: 'Loading Components',
      noOptions: 'No catalog Components owned by you or your teams',
      loadFailed: 'Could not load the catalog Components: {{error}}',
      clear: 'Clear the Component',
      open: 'Show the Components',
      close: 'Hide the Components',
    },
    createDialog: {
      title: 'Create an API key',
      submit: 'Create',
      intro:
        'A key lets code call the chosen models through the gateway, within its limits. Its value is shown once, right after it is created.',
      nameHint: 'What it is for, e.g. "ci-pipeline" or "my laptop"',
      owner: 'Owner',
      myself: 'Myself',
      teamOption: '{{team}} (team)',
      ownerOnlyYou: 'Only you can see and use it.',
      ownerNoTeam: 'You are in no team, so the key is yours.',
      ownerTeam:
        "Everyone in {{team}} can see, rotate and revoke it; it uses the team's access.",
      accessError: 'Could not load your access: {{error}}',
      expiry: 'Expiry',
      theDefault: 'The default',
      limitsHelp:
        "Blank fields get the default shown in grey; where there is a maximum but no default, the maximum applies. The owner's grants of the chosen models cap them.",
      budgetForGood:
        'One of the grants is a budget for good: the key’s budget does not reset.',
      settingsError:
        'Could not load the key settings, so defaults and maximums are not shown; they still apply. {{error}}',
    },
    editDialog: {
      title: 'Edit {{name}}',
      submit: 'Save',
      saved: '{{name}} saved.',
      untick: "Untick {{models}}: the key's owner no longer has access",
      grantsError:
        "Could not load the access grants, so only the key's current models are offered. {{error}}",
      keepExpires: 'Keep: expires {{when}}',
      keepNever: 'Keep: never expires',
      limitsHelp:
        "A blank field means no limit, unless there is a maximum or the owner's grant sets one (shown in grey): then that applies.",
    },
    rotateDialog: {
      title: 'Rotate {{name}}?',
      submit: 'Rotate',
      intro:
        'The key gets a new value, shown once. Its name, models, limits and spend stay as they are. Everything that uses the key needs the new value.',
      grace: 'Grace period for the old value',
      none: 'None',
      atOnce:
        'The old value stops working at once. Choose this when it may have leaked.',
      keepsFor:
        'The old value keeps working for {{period}}, time to roll the new one out; then it stops working.',
    },
    issued: {
      title: 'Copy this key now',
      onlyTime: 'This is the only time the key is shown.',
      onlyTimeDetail:
        'The portal does not keep it and cannot show it again. Store it somewhere safe, such as a secret manager; if you lose it, rotate the key to get a new value.',
      expires: 'expires {{when}}',
      neverExpires: 'never expires',
      apiKey: 'API key',
      copyFailed:
        'The browser did not allow copying: select the value and copy it by hand.',
      copy: 'Copy',
      copied: 'Copied',
      tryIt: 'Try it',
      callsAt:
        'OpenAI-compatible calls to {{model}} through the gateway at {{url}}.',
      calls: 'OpenAI-compatible calls to {{model}} through the gateway.',
      noGateway:
        'The gateway URL is not configured (litemaas.gatewayBaseUrl): replace <gateway> with the address your platform team gives you.',
      codeExamples: 'Code examples',
      copySnippet: 'Copy snippet',
      notCopied:
        'You have not copied the key. Once closed, it cannot be shown again.',
    },
    doneOnceCopied: {
      done: 'Done',
      goBack: 'Go back',
      closeWithoutCopying: 'Close without copying',
    },
    issuedValues: {
      copyNow: 'Copy these keys now.',
      copyNowDetail:
        'This is the only time their values are shown; the portal cannot show them again.',
      copyAll: 'Copy all as CSV',
      copied: 'Copied',
      copyFailed:
        'The browser did not allow copying: select the table and copy it by hand.',
      tableLabel: 'Created keys',
      participant: 'Participant',
      alias: 'Alias',
      apiKey: 'API key',
    },
    delivery: {
      title: 'Workshop keys',
      intro:
        'A template you ran issued API keys and left their values here, for you only. They are shown once: after that, this link no longer works and nobody can see them again.',
      failed:
        '{{error}}. If you did not copy them, revoke the keys (Keys admin → Revoke by prefix) and run the template again.',
      show: 'Show the keys',
      noToken: 'The link has no token: open it as the template gave it.',
      shownOne:
        '1 key with the alias prefix {{prefix}}. The portal has forgotten its value: copy it before you leave this page.',
      shownMany:
        '{{total}} keys with the alias prefix {{prefix}}. The portal has forgotten their values: copy them before you leave this page.',
    },
  },
} as const;
