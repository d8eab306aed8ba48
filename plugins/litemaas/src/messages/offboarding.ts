/**
 * English words of offboarding: the users with access who left the
 * catalog, where each stands, keeping one, and the task that follows the
 * catalog.
 */
export const offboardingMessages = {
  offboarding: {
    title: 'Offboarding',
    description:
      'People who hold personal keys or grants and are no longer in the catalog.',
    rule: {
      title: 'How it works',
      read: 'On a schedule, the portal looks up every user who holds personal keys or grants in the catalog.',
      twice:
        'A user the catalog once had who is missing from two consecutive reads is departing: admins are told, and when the grace period is over their personal keys are revoked and their grants and pending requests end.',
      holdBack:
        'When more users vanish at once than the hold-back allows, the run changes nothing and tells the admins.',
      safe: 'Nothing happens when the catalog cannot be read. A user the catalog never had (a workshop participant) is never taken for departed, and a user back in the catalog is forgotten.',
      teams:
        'Team keys and grants need no step: team membership is read from the catalog on every request.',
    },
    run: {
      now: 'Run now',
      none: 'Offboarding has not run since the portal started.',
      last: 'Last run {{when}}:',
      summary:
        'users with access: {{checked}} · missing: {{missing}} · now departing: {{confirmed}} · offboarded: {{offboarded}} · back in the catalog: {{returned}}',
      heldBack:
        'The last run held back: more users were missing from the catalog at once than the hold-back allows, so nothing changed. Check the catalog’s user provider.',
      failed: 'The last run failed {{when}}, and changed nothing: {{error}}',
      asked: 'Offboarding is asked for; it runs shortly.',
      done: 'Offboarding ran.',
      runFailed: 'Could not run offboarding: {{error}}',
      loadWhat: 'the last run of offboarding',
    },
    table: {
      title: 'Users missing from the catalog',
      user: 'User',
      status: 'Status',
      since: 'Missing since',
      next: 'What happens',
      holds: 'Holds now',
      empty: 'Nobody with personal keys or grants has left the catalog.',
      loadWhat: 'the users missing from the catalog',
    },
    status: {
      suspected: 'Missing once',
      departing: 'Departing',
      kept: 'Kept',
      offboarded: 'Offboarded',
    },
    holds: {
      keys: 'Personal keys: {{n}}',
      grants: 'Grants and requests: {{n}}',
    },
    departingSince: 'departing since {{date}}',
    next: {
      suspected: 'Checked again at the next run',
      departing: 'Keys and grants end on {{date}}',
      due: 'Keys and grants end at the next run',
      kept: 'Kept by {{who}}: nothing ends',
      offboarded: 'Offboarded {{date}}',
      counts: 'Keys revoked: {{keys}} · grants and requests ended: {{grants}}',
    },
    keep: {
      button: 'Keep',
      label: 'Keep {{user}}',
      title: 'Keep {{user}}?',
      text: '{{user}} keeps their personal keys and grants although the catalog no longer has them, and the portal leaves them as they are. Keep a user when the catalog is wrong about them, not when they left.',
      confirm: 'Keep',
      done: '{{user}} is kept.',
    },
    audit: 'Offboarding in the audit trail',
  },
} as const;
