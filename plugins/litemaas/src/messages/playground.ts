/** English words of a model's playground. */
export const playgroundMessages = {
  playground: {
    title: 'Playground',
    subtitle:
      'Try {{model}} here. Your browser calls the gateway with a key made for this session: it works for this model only, spends at most {{budget}} and expires within {{minutes}} minutes.',
    transcript: 'Conversation',
    emptyTranscript:
      'Ask something to start. Answers stream in as the model writes them.',
    you: 'You',
    message: 'Message',
    messageHelp: 'Enter sends; Shift+Enter adds a line.',
    send: 'Send',
    stop: 'Stop',
    clear: 'Clear chat',
    thinking: 'Waiting for the first tokens…',
    stopped: 'Stopped',
    settings: 'Settings',
    systemPrompt: 'System prompt',
    systemPromptHelp: 'Instructions the model reads before the conversation.',
    temperature: 'Temperature',
    maxTokens: 'Max tokens',
    maxTokensHelp: 'Longest answer, in tokens (1–{{max}}).',
    answerTokens: '{{prompt}} in · {{completion}} out',
    answerCost: '{{cost}}',
    totals: 'This session: {{tokens}} tokens, about {{cost}}',
    copyAsCode: 'Copy as code',
    codeTitle: 'This request as code',
    codeHelp:
      'Run it with a key of your own from API keys, in the {{variable}} environment variable. The session key is never shown.',
    close: 'Close',
    session: {
      none: 'No session yet: one starts with your first message.',
      starting: 'Starting a session…',
      active: 'Session key expires {{when}}',
      end: 'End session',
      ended: 'Session ended; its key is revoked.',
    },
    errors: {
      start: 'Could not start a playground session',
      expired:
        "This session's key has expired. Send again to start a new session.",
      budget:
        "This session's budget is spent. Send again to start a new session.",
      rateLimited: 'Too many requests for this session: wait a minute.',
      gateway: 'The gateway refused the request ({{status}})',
      network:
        'Could not reach the gateway at {{url}}. It must allow requests from this portal (CORS).',
    },
    noAccess: 'You need access to {{model}} to try it here.',
    componentHint:
      "Optional: the session's spend counts for this Component, its System and its Domain.",
    componentLocked:
      'End the session to tie the next one to another Component.',
    off: 'The playground is turned off in this portal.',
  },
} as const;
