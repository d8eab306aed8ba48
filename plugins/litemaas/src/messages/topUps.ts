/**
 * English words of budget top-ups: asking for more budget for a key, what
 * is asked or running, a key's top-ups, and deciding them in Review.
 */
export const topUpsMessages = {
  topUps: {
    ask: 'Ask for more budget',
    askLabel: 'Ask for more budget for {{name}}',
    pending: 'Top-up of {{amount}} waiting',
    applying: 'Top-up of {{amount}} being applied',
    active: '+{{amount}} until {{date}}',
    ending: '+{{amount}} falling back',
    cancel: 'Cancel',
    cancelLabel: 'Cancel the top-up of {{name}}',
    cancelled: 'Top-up of {{name}} cancelled.',
    cancelFailed: 'Could not cancel the top-up of {{name}}: {{error}}',
    loadWhat: 'the budget top-ups',
    status: {
      pending: 'Waiting',
      applying: 'Applying',
      active: 'Running',
      ending: 'Ending',
      ended: 'Ended',
      denied: 'Denied',
      cancelled: 'Cancelled',
    },
    dialog: {
      title: 'More budget for {{name}}',
      intro:
        "An admin or the owners of the key's models decide, as for an access request; you are notified of the decision.",
      amount: 'Amount (USD)',
      amountHelp: 'Added to the budget of {{budget}}',
      amountRequired: 'Enter an amount',
      amountAboveZero: 'Enter an amount above 0',
      amountTooHigh: 'At most {{max}}',
      days: 'Days',
      daysHelp: 'From the approval, {{min}} to {{max}}',
      daysInvalid: 'Enter a whole number from {{min}} to {{max}}',
      justification: 'Justification',
      justificationHelp: 'Why the key needs more, for whoever decides.',
      justificationRequired: 'Say why the key needs more',
      effect:
        "The key's budget goes from {{from}} to {{to}} until {{date}} once approved; then it falls back.",
      submit: 'Ask',
      sent: 'More budget for {{name}} asked. You will be notified of the decision.',
    },
    link: {
      close: 'Close',
      notFound:
        'The key of the link is not among your keys (it may have been revoked), so there is nothing to top up.',
      teamNotFound:
        'The team of the link is not one of your teams with a budget, so there is nothing to top up.',
      noBudget: '{{name}} has no budget, so there is nothing to top up.',
      notWorking:
        '{{name}} is {{status}}: only a working key can get more budget.',
      playground: '{{name}} is a playground key: it cannot get more budget.',
      pending: '{{name}} already has a top-up waiting for a decision.',
      running:
        '{{name}} already has a top-up running: ask again once it has ended.',
    },
    details: {
      column: 'Details',
      show: 'Show details of {{name}}',
      hide: 'Hide details of {{name}}',
      title: 'Budget top-ups',
      label: 'Budget top-ups of {{name}}',
      none: 'No top-ups asked for this key yet.',
      loading: 'Loading the budget top-ups',
      failed: 'Could not load the budget top-ups: {{error}}',
    },
    history: {
      amountFor: '{{amount}} for {{period}}',
      budgetChange: 'Budget {{from}} → {{to}}',
      ran: 'From {{from}} until {{until}}',
      runs: 'From {{from}}, until {{until}}',
      askedBy: 'Asked by {{who}}, {{when}}',
      approvedBy: 'Approved by {{who}}, {{when}}',
      deniedBy: 'Denied by {{who}}, {{when}}',
      justification: 'Justification: {{text}}',
      reason: 'Reason: {{text}}',
      note: 'Note: {{text}}',
    },
    team: {
      name: 'team {{name}}',
      intro:
        "An admin decides, as for an access request; everyone in the team is notified of the decision. The team's budget covers every model its members use.",
      justificationHelp: 'Why the team needs more, for whoever decides.',
      justificationRequired: 'Say why the team needs more',
      effect:
        "The team's budget goes from {{from}} to {{to}} until {{date}} once approved; then it falls back.",
      approveEffect:
        "The team's budget goes from {{from}} to {{to}} until {{date}}; then it falls back.",
      approveEffectRaise:
        "The team's budget rises by {{amount}} until {{date}}; then it falls back by as much.",
      denyExplanation:
        'The team keeps its budget. Say why, so its members know.',
    },
    usage: {
      title: 'Budget top-ups',
      description:
        "Top-ups of your keys and your teams' budgets, newest first: what was asked, who decided and why, and when each ends.",
      descriptionAll:
        'Everyone’s top-ups of keys and team budgets, newest first.',
      tableTitle: 'Budget top-ups ({{total}})',
      none: 'No budget top-ups asked yet. Ask for one from a budget card above when a budget runs low.',
      noneAll: 'Nobody has asked for a budget top-up yet.',
      loading: 'Loading the budget top-ups',
      columns: {
        target: 'Key or team',
        amount: 'Amount',
        status: 'Status',
        decision: 'Decision',
        ends: 'Ends',
      },
      key: 'Key',
      team: 'Team budget',
      waiting: 'Not decided yet',
      endsOn: 'Ends {{date}}',
      endedOn: 'Ended {{date}}',
    },
    review: {
      tab: 'Budget top-ups',
      heading: 'Budget top-ups',
      title: 'Budget top-ups waiting ({{total}})',
      description:
        "Owners of keys on the models you review ask for more budget for a while. Approving raises the key's budget at once, for the days given; then it falls back. Deny with a reason.",
      none: 'No top-ups waiting for you.',
      columns: {
        key: 'Key or team',
        owner: 'Owner',
        budget: 'Budget',
        justification: 'Justification',
        asked: 'Asked',
        decide: 'Decide',
      },
      budgetChange: '{{from}} → {{to}}',
      plus: '+{{amount}}',
      forDays: 'for {{period}}',
      askedBy: 'by {{name}}',
      approve: 'Approve…',
      approveLabel: 'Approve the top-up of {{name}}',
      deny: 'Deny…',
      denyLabel: 'Deny the top-up of {{name}}',
      approveTitle: 'Approve the top-up of {{name}}',
      approveIntro: '{{who}} asks for {{amount}} more for {{period}}.',
      approveHelp: 'Approve as asked, or for less or a shorter time.',
      approveEffect:
        "The key's budget goes from {{from}} to {{to}} until {{date}}; then it falls back.",
      approveEffectRaise:
        "The key's budget rises by {{amount}} until {{date}}; then it falls back by as much.",
      approveSubmit: 'Approve',
      approved: 'Top-up of {{name}} approved: +{{amount}} until {{date}}.',
      denyTitle: 'Deny the top-up of {{name}}',
      denyExplanation: 'The key keeps its budget. Say why, so its owners know.',
      denySubmit: 'Deny',
      denied: 'Top-up of {{name}} denied.',
    },
  },
} as const;
