/**
 * English words of Keys admin: all keys, key settings, team budgets,
 * reconciliation with LiteLLM, and their dialogs.
 */
export const keysAdminMessages = {
  keysAdmin: {
    title: 'Keys admin',
    tabsLabel: 'Key administration',
    sections: {
      all: 'All keys',
      settings: 'Key settings',
      teams: 'Team budgets',
      reconcile: 'Reconciliation',
    },
    denied: {
      title: 'Only admins can manage keys',
      message:
        'Managing all keys needs the litemaas.model.manage permission. Your own keys are on the API keys tab.',
    },
    all: {
      titleTotal: 'All keys ({{total}})',
      provision: 'Provision workshop keys',
      revokeByPrefix: 'Revoke by prefix',
      search: 'Search keys',
      searchPlaceholder: 'Name, alias, owner or prefix',
      showRevoked: 'Show revoked',
      reload: 'Reload',
      block: 'Block',
      unblock: 'Unblock',
      revoke: 'Revoke',
      gateways: 'Gateways',
      blocked: '{{name}} blocked: requests with it are refused.',
      unblocked: '{{name}} unblocked.',
      blockFailed: 'Could not block {{name}}: {{error}}',
      unblockFailed: 'Could not unblock {{name}}: {{error}}',
      noMatch: 'No keys match',
      noMatchDescription: `No key's name, alias, owner or prefix contains "{{query}}".`,
      empty: 'No keys yet',
      emptyDescription:
        'Keys people create, and keys you provision, show up here.',
      revokeWarning:
        'Requests with this key stop working at once. This cannot be undone; to stop it for a while, block it instead.',
      revokeWarningFor:
        'Requests with this key stop working at once, for {{owner}}. This cannot be undone; to stop it for a while, block it instead.',
    },
    adopt: {
      title: 'Adopt key',
      confirm: 'Adopt',
      explanation:
        'The owner will see this key in the portal and may rotate, edit and revoke it. LiteLLM names {{user}} for it: that is a label anyone could have set, so choose the owner yourself.',
      explanationNoUser:
        'The owner will see this key in the portal and may rotate, edit and revoke it. LiteLLM names no user for it: that is a label anyone could have set, so choose the owner yourself.',
      owner: 'Owner',
      ownerNoun: 'user or team',
      ownerNounMany: 'users and teams',
      pickOwner: 'Pick an owner',
      suggested: 'Suggested from the key’s user: check it',
      ownerHint: 'A user or a team from the catalog',
      name: 'Name in the portal',
    },
    gateways: {
      title: '{{name}} at the gateways',
      intro:
        "Each value of the key (two during a rotation's grace period) and the models the gateway lets it call.",
      noValue:
        'The gateway holds no value of this key: calls through it are refused. If the key is active, rotate it to give the gateway a new value.',
      value: '{{object}} · value {{hash}}…',
      blocked: 'Blocked: no model',
      close: 'Close',
    },
    revokePrefix: {
      title: 'Revoke keys by prefix',
      explanation:
        'Revokes every active key whose alias starts with the prefix, e.g. all keys of a workshop. Requests with them stop working at once; this cannot be undone.',
      prefix: 'Alias prefix',
      matchesAll: 'This prefix matches every key made in the portal.',
      minLength: 'At least 3 characters.',
      count: 'Count keys',
      nothing: 'Nothing to revoke',
      revokeOne: 'Revoke 1 key',
      revokeMany: 'Revoke {{n}} keys',
      matchedNone: 'No active key has an alias starting {{prefix}}.',
      matchedOne: '1 active key has an alias starting {{prefix}}.',
      matchedMany: '{{n}} active keys have an alias starting {{prefix}}.',
      revokedOne: '1 key with the alias prefix {{prefix}} revoked.',
      revokedMany: '{{n}} keys with the alias prefix {{prefix}} revoked.',
    },
    teamBudget: {
      titleNew: 'Set team budget',
      titleEdit: 'Budget of {{team}}',
      save: 'Save',
      explanation:
        "The spend of all of the team's keys together. LiteLLM refuses the team's keys once it reaches the budget, until the period starts again.",
      team: 'Team',
      teamNoun: 'team',
      teamNounMany: 'teams',
      teamHint: 'A group from the catalog',
      pickTeam: 'Pick a team',
      budgetRequired: 'Set a budget in USD',
      budgetPositive: 'Set a budget above {{amount}}',
    },
    teams: {
      description:
        "A team's budget caps the spend of all its keys together, on top of each key's own budget. LiteLLM refuses the team's keys once it is used up, until the period starts again.",
      empty:
        'The portal knows no teams yet: teams appear here once they have access to a model or a key. Set a budget for any group of the catalog with the button above.',
      columns: {
        team: 'Team',
        spend: 'Spend',
        budget: 'Budget',
        period: 'Period',
        nextReset: 'Next reset',
        status: 'Status',
        actions: 'Actions',
      },
      notInLiteLLM: 'Not in LiteLLM yet',
      alertAt: 'alert at {{amount}}',
      neverResets: 'Never resets',
      budgetPer: '{{amount}} per {{period}}',
      edit: 'Edit',
      editLabel: 'Edit the budget of {{team}}',
      setBudget: 'Set budget',
      setLabel: 'Set the budget of {{team}}',
      remove: 'Remove',
      removeLabel: 'Remove the budget of {{team}}',
      removeTitle: 'Remove the budget of {{team}}?',
      removeConfirm: 'Remove budget',
      removeText:
        "The team's keys are then limited by their own budgets only. Its spend so far stays on record.",
      saved: 'Budget of {{team}} set to {{budget}}.',
      removed: 'Budget of {{team}} removed.',
    },
    held: {
      title: '{{n}} repairs held back',
      explanation:
        'A reconciliation would have changed more keys at once than is safe (LiteLLM restarted empty, or its key list is incomplete?), so it did nothing. Confirm what is right; each action is checked against LiteLLM again first.',
      tableLabel: 'Held-back repairs',
      columns: {
        action: 'Action',
        key: 'Key',
        owner: 'Owner',
        why: 'Why',
        since: 'Held since',
      },
      actions: {
        markRevoked: 'Mark revoked',
        deleteFromGateway: 'Delete from LiteLLM',
      },
      select: 'Select {{key}}',
      confirmAll: 'Confirm all {{n}}',
      confirmSelected: 'Confirm {{n}} selected',
      dismissAll: 'Dismiss all {{n}}',
      dismissSelected: 'Dismiss {{n}} selected',
      confirmTitle: 'Confirm held-back repairs',
      dismissTitle: 'Dismiss them',
      confirm: 'Confirm',
      dismiss: 'Dismiss',
      confirmText:
        'The portal checks each of the {{n}} again, then marks the keys LiteLLM does not have revoked and deletes orphans nobody holds. This cannot be undone.',
      dismissText: 'The {{n}} stay as they are and are not proposed again.',
      confirmed:
        '{{done}} of {{total}} done; {{rest}} no longer needed or failed (each was checked again).',
      dismissed: '{{n}} dismissed: things stay as they are.',
    },
    provision: {
      title: 'Provision workshop keys',
      submit: 'Provision {{n}} keys',
      submitNone: 'Provision keys',
      explanation:
        'One key per participant, named prefix + participant. The values are shown once, after provisioning. Running it again with the same prefix skips participants who have a key, and retries the failed ones.',
      prefix: 'Alias prefix',
      prefixHint: 'Also what "Revoke by prefix" takes to end the workshop',
      prefixRequired: 'Give the keys a common prefix',
      prefixPattern:
        'Letters, digits, . _ and - only, starting with a letter or digit',
      days: 'Expires in (days)',
      daysInvalid: 'A whole number of days, 1 or more',
      daysMax: 'At most {{n}} days',
      daysHint: 'At most {{n}}',
      budget: 'Budget per key (USD)',
      budgetHint: 'Blank: no budget',
      participants: 'Participants',
      participantsHint: 'One per line ({{n}} so far)',
      participantsRequired: 'Add at least one participant',
      participantsInvalid:
        'Not valid: {{list}} (letters, digits and . _ @ + - only)',
      chooseModel: 'Choose at least one model',
      modelsHint:
        "The keys are yours (the admin's); they may call these models.",
      noModels: 'No models are available right now.',
      resultTitle: 'Workshop keys',
      summary:
        '{{created}} created · {{existing}} already had a key · {{failed}} failed',
      existingTitle: 'Already had a key (not made again)',
      failedTitle: 'Failed: run again with the same prefix to retry them',
      notCopied:
        'You have not copied the keys. Once closed, they cannot be shown again.',
    },
    settings: {
      description:
        'What new keys get and how far their owners may go. Defaults fill in the fields people leave blank; maximums cap what they may set, and apply when a limit with a maximum is left without a value. Existing keys keep their limits.',
      maxActive: 'Max active keys per owner',
      maxActiveHint: 'Per person and per team',
      longest: 'Longest expiry (days)',
      longestHint: 'No key may be made for longer',
      allowNever: 'Allow keys that never expire',
      personal: 'Personal keys',
      personalExplanation:
        "Keys people make for themselves; they use the person's own grants.",
      team: 'Team keys',
      teamExplanation:
        "Keys made for a team; they use the team's grants and every member can manage them.",
      defaultExpiry: 'Default expiry (days)',
      defaults: 'Defaults',
      maximums: 'Maximums',
      defaultsOf: '{{kind}}: defaults',
      maximumsOf: '{{kind}}: maximums',
      wholeNumber: 'A whole number, 1 or more',
      atMostLongest: 'At most the longest expiry ({{n}} days)',
      fixFields: 'Fix the fields marked in red first.',
      save: 'Save',
      discard: 'Discard changes',
      saved: 'Key settings saved. They apply to keys created from now on.',
    },
    reconcile: {
      description:
        "Every two minutes the portal compares its keys with LiteLLM's and repairs what a crash or a change in LiteLLM left. It never guesses destructively: a key is marked revoked only after two runs miss it and LiteLLM confirms it is gone, and a run that would change many keys at once waits for an admin. Keys made in LiteLLM directly are adopted only when their user is a catalog user's exact entity ref or email; the rest wait here.",
      now: 'Reconcile now',
      counts: {
        gatewayKeys: '{{n}} keys in LiteLLM',
        completed: '{{n}} unfinished changes completed',
        removedFromGateway: '{{n}} removed from LiteLLM',
        markedRevoked: '{{n}} marked revoked',
        resynced: '{{n}} resynced',
        adopted: '{{n}} adopted',
        waiting: '{{n}} waiting for a second sighting',
        unmanaged: '{{n}} unmanaged',
      },
      failed:
        'The last reconciliation failed {{when}}: {{error}}. Nothing was changed by it.',
      lastSuccessful: 'The last successful one, {{when}}: {{summary}}.',
      none: 'No reconciliation has run yet; the first one is on its way.',
      last: 'Last reconciliation {{when}}:',
      summary: '{{summary}}.',
      unstable:
        'LiteLLM’s key list changed while it was read: nothing missing from it was acted on without looking the key up.',
      missingFromList:
        '{{n}} keys were missing from LiteLLM’s list but exist: left alone.',
      paused: 'Key changes are paused since {{when}}',
      pausedText:
        'Nothing is repaired and no key can be created, rotated or revoked here until this is resolved.',
      takeOver: 'Take over…',
      takeOverTitle: 'Take over this install?',
      takeOverConfirm: 'Take over',
      takeOverText:
        "Only if this portal's database is the one in charge of these keys. Stop the other copy, or give it its own {{setting}}, first: two databases acting for one install undo each other's changes.",
      portalKeysOne: '{{n}} key of portal install {{id}}',
      portalKeysMany: '{{n}} keys of portal install {{id}}',
      listSeparator: ', ',
      otherPortals:
        '{{portals}} share this LiteLLM. This portal ({{id}}) never touches them.',
      attention: '{{n}} keys need a look',
      madeOutside: 'Keys made outside the portal',
      allKnown:
        'Every key in LiteLLM is known to the portal (or left alone by an admin).',
      tableLabel: 'Unmanaged keys',
      columns: {
        alias: 'Alias',
        tokenHash: 'Token hash',
        user: 'LiteLLM user',
        team: 'LiteLLM team',
        made: 'Made',
        decide: 'Decide',
      },
      legacy: 'made by a portal before install ids',
      adopt: 'Adopt…',
      adoptLabel: 'Adopt {{key}}',
      leave: 'Leave',
      leaveLabel: 'Leave {{key}}',
      asked:
        'Reconciliation asked for: it runs on one replica and will show here when it is done.',
      runFailed: 'Reconciliation failed: {{error}}',
      left: '{{key}} is left alone and off this list.',
      leftUnnamed: 'The key is left alone and off this list.',
      leaveFailed: 'Could not leave the key: {{error}}',
      adopted: '{{name}} now belongs to {{owner}}.',
    },
  },
} as const;
