/**
 * English words of approval rules: the editor in Manage models, its
 * "what would happen" check, and what rules write on requests.
 */
export const approvalRulesMessages = {
  rules: {
    action: 'Approval rules',
    // Short, for the Manage models table (German must fit 1280 px).
    tableAction: 'Approval rules',
    actionLabel: 'Approval rules of {{model}}',
    title: 'Approval rules of {{model}}',
    intro:
      'Rules decide requests for this model before a person does. A deny rule is checked first, then two approvals, then auto-approvals in the order below; anything else waits for a reviewer.',
    openModel:
      '{{model}} is open: requests are granted at once and rules apply only once it is restricted.',
    fromConfig:
      'These rules come from the portal’s configuration (app-config) and cannot be changed here. Change them in litemaas.models there.',
    updated: 'Last saved by {{who}} {{when}}.',
    none: 'No rules: every request waits for a reviewer.',
    add: 'Add rule',
    editLabel: 'Edit rule {{name}}',
    removeLabel: 'Remove rule {{name}}',
    up: 'Move rule {{name}} up',
    down: 'Move rule {{name}} down',
    save: 'Save rules',
    close: 'Close',
    saved: 'Approval rules of {{model}} saved.',
    notSaved: 'The rules were not saved:',
    unsaved: 'Changes not saved yet.',
    adminOnly: 'Admins only',
    adminOnlyHelp: 'An admin set this rule: only admins change or remove it.',
    kinds: {
      autoApprove: 'Auto-approve',
      twoApprovals: 'Two approvals',
      escalate: 'Escalate',
      deny: 'Deny',
    },
    say: {
      autoApprove:
        'Approve at once when the limits are at most {{ceiling}} and the requester is in {{groups}}',
      autoApproveMany:
        'Approve at once when the limits are at most {{ceiling}} and the requester is in one of {{groups}}',
      noGroups: 'no group yet',
      twoApprovals:
        'Ask two different reviewers when the budget is above {{amount}} or unlimited',
      escalate: 'Tell the admins when a request has waited {{duration}}',
      deny: 'Deny at once unless {{who}} owns a {{kind}}',
      denyWith: 'Deny at once unless {{who}} owns a {{kind}} with {{filter}}',
      subject: 'the user or team the access is for',
      requester: 'the requester',
    },
    form: {
      addTitle: 'New rule',
      editTitle: 'Rule {{name}}',
      name: 'Name',
      nameHelp: 'Decisions name the rule: letters, digits, spaces, _ . -',
      adminOnly: 'Only admins may change or remove this rule',
      kind: 'Kind',
      groups: 'Groups',
      groupsHelp:
        'Group refs separated by commas, e.g. group:default/ml-platform',
      ceiling:
        'The most it approves: a budget, and TPM or RPM if you like. A request asking for more, or for no limit, waits for a reviewer.',
      maxBudget: 'Budget at most (USD)',
      budgetDuration: 'Budget period at least',
      budgetDurationHelp: 'e.g. 30d, 1w, 1mo. Blank: the model’s default',
      tpm: 'TPM at most',
      rpm: 'RPM at most',
      aboveBudget: 'Budget above (USD)',
      aboveBudgetHelp:
        'A request for more budget than this, or for none, needs two reviewers.',
      afterDays: 'Days waiting',
      afterDaysHelp: 'Admins are told once, 1 to 365 days after the request.',
      requireKind: 'Owns a',
      requireOwner: 'Who must own it',
      filter: 'Where {{field}} is',
      filterHelp: 'Blank: any',
      reason: 'Reason shown on the denial (optional)',
      apply: 'Apply',
      cancel: 'Cancel',
      nameRequired: 'Enter a name',
      nameTaken: 'Another rule has this name',
      number: 'Enter a number of 0 or more',
      wholeNumber: 'Enter a whole number',
      days: 'Enter a whole number of days from 1 to 365',
      duration: 'Like 30d, 1w or 1mo',
      needCeiling: 'Set the budget: an auto-approval needs one',
      needGroups: 'Enter at least one group ref',
      oneEscalate: 'A model has at most one escalate rule',
    },
    check: {
      title: 'What would happen',
      intro:
        'Tries the rules above, saved or not, on a request. Nothing is written.',
      subject: 'For (user or group ref)',
      subjectHelp: 'e.g. user:default/alice or group:default/ml-platform',
      requester: 'Asked by (user ref, optional)',
      requesterHelp: 'Blank: the user it is for, or you',
      limits: 'Limits asked (blank: the model’s defaults)',
      maxBudget: 'Budget (USD)',
      budgetDuration: 'Budget period',
      tpm: 'TPM',
      rpm: 'RPM',
      run: 'Check',
      failed: 'Could not check: {{error}}',
      outcome: {
        granted: 'Granted at once by rule “{{rule}}”',
        denied: 'Denied at once by rule “{{rule}}”',
        twoApprovals: 'Waits for two different reviewers (rule “{{rule}}”)',
        people: 'Waits for a reviewer',
      },
      why: 'Why: {{reason}}',
      looked: 'Limits looked at: {{limits}}',
      escalate: 'The admins are told after {{duration}} without a decision.',
    },
    chips: {
      approvals: '{{done}} of {{required}} approvals',
      approvalsRule: '{{done}} of {{required}} approvals (rule {{rule}})',
      approvalsBy:
        'Approved by {{who}}; the next approval must be another reviewer’s',
      escalated: 'Escalated',
      escalatedTitle: 'The admins were told on {{date}}: it waits too long',
    },
    history: {
      approvalRecorded: '{{actor}} gave the first of two approvals',
      escalated: '{{actor}} escalated the request to the admins',
      ruleSkipped: '{{actor}} could not check a rule',
    },
    reasons: {
      approved:
        'Approved by rule “{{rule}}”: limits within its ceiling, {{who}} in {{group}}',
      denied: 'Denied by rule “{{rule}}”: {{why}}',
      twoApprovals:
        'Needs two approvals (rule “{{rule}}”): the budget of {{amount}} is above {{above}}',
      twoApprovalsUnlimited:
        'Needs two approvals (rule “{{rule}}”): the budget is unlimited, above {{above}}',
      approvals: '{{n}} of 2 approvals (rule “{{rule}}”)',
      approvalsWith: '{{n}} of 2 approvals (rule “{{rule}}”): {{reason}}',
      escalated:
        'No decision within {{days}} days: escalated to admins (rule “{{rule}}”)',
      skipped:
        'Rule “{{rule}}” could not read the catalog ({{error}}): left to people',
      noRule: 'No rule decides: a reviewer decides',
      noRules: 'The model has no approval rules: a reviewer decides',
    },
  },
} as const;
