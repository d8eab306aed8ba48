/**
 * English words of the page frame, the Models page and the chips that
 * pages share.
 */
export const frameMessages = {
  page: {
    title: 'AI Models',
    subtitle: "Models you can use through the company's model gateway",
    tabs: {
      models: 'Models',
      access: 'My access',
      keys: 'API keys',
      usage: 'Usage',
      review: 'Review',
      admin: 'Manage models',
      keysAdmin: 'Keys admin',
      audit: 'Audit',
    },
    notFound: {
      title: 'Page not found',
      description: 'There is nothing at this address in AI Models.',
      action: 'Browse models',
    },
  },
  models: {
    title: 'Models ({{total}})',
    titleFiltered: 'Models ({{shown}} of {{total}})',
    empty: {
      title: 'No models yet',
      description:
        'LiteLLM serves no models at the moment. Once an admin registers a model in LiteLLM it appears here within a few minutes.',
    },
    noMatch: 'No models match these filters',
    clearFilters: 'Clear filters',
    stale: 'Showing the last known models: LiteLLM is not answering',
    reload: 'Reload',
    requestAccess: 'Request access',
    unavailable: 'Unavailable',
    filters: {
      search: 'Search models',
      provider: 'Provider',
      anyProvider: 'All providers',
      capability: 'Capability',
      anyCapability: 'Any capability',
      policy: 'Access policy',
      anyPolicy: 'Any policy',
      access: 'My access',
      anyAccess: 'Any',
    },
    columns: {
      model: 'Model',
      context: 'Context',
      price: 'Price / 1M',
      capabilities: 'Capabilities',
      access: 'Access',
    },
    maxOutput: '{{tokens}} out',
    priceIn: '{{price}} in',
    priceOut: '{{price}} out',
  },
  policy: {
    open: 'Open',
    restricted: 'Restricted',
    hidden: 'Hidden',
    openExplanation: 'Anyone may use it: access is granted as soon as you ask.',
    restrictedExplanation:
      "Requests wait for the model's owner or an admin to approve them.",
    hiddenExplanation: 'Only admins see it in the catalog.',
  },
  status: {
    granted: 'Granted',
    pending: 'Pending',
    denied: 'Denied',
    cancelled: 'Cancelled',
    revoked: 'Revoked',
    expired: 'Expired',
    none: 'No access',
  },
  capabilities: {
    vision: 'Vision',
    function_calling: 'Function calling',
    response_schema: 'Structured output',
    reasoning: 'Reasoning',
    prompt_caching: 'Prompt caching',
    audio_input: 'Audio input',
    pdf_input: 'PDF input',
  },
  free: 'Free',
} as const;
