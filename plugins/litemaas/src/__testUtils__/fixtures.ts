import { mockApis } from '@backstage/frontend-test-utils';
import { ResponseError } from '@backstage/errors';
import {
  AccessRequest,
  AccessRequestQuery,
  ApiKey,
  BudgetTopUp,
  KeyListQuery,
  KeyPolicySettings,
  LiteMaasApi,
  LiteMaasModel,
  RecertificationCampaign,
  RecertificationItem,
  TeamBudget,
  UsageMetrics,
  UsageQuery,
  UsageResponse,
  UsageRow,
} from '@litemaas/backstage-plugin-litemaas-common';

/** Test data and a fake client for the component tests. */

export function aModel(overrides: Partial<LiteMaasModel> = {}): LiteMaasModel {
  return {
    name: 'gpt-4o-mini',
    deploymentIds: ['m1'],
    provider: 'openai',
    providerModel: 'openai/gpt-4o-mini',
    mode: 'chat',
    contextWindow: 128000,
    maxOutputTokens: 16384,
    inputPricePer1M: 0.15,
    outputPricePer1M: 0.6,
    capabilities: ['vision', 'function_calling'],
    available: true,
    lastSeenAt: '2026-11-23T10:00:00Z',
    accessPolicy: 'open',
    defaultLimits: {},
    myAccess: [],
    canReview: false,
    ...overrides,
  };
}

export function aRequest(
  overrides: Partial<AccessRequest> = {},
): AccessRequest {
  return {
    id: 'req-1',
    modelName: 'gpt-4o-mini',
    subjectRef: 'user:default/alice',
    requestedBy: 'user:default/alice',
    status: 'pending',
    limits: {},
    createdAt: '2026-11-20T10:00:00Z',
    updatedAt: '2026-11-20T10:00:00Z',
    ...overrides,
  };
}

export function aKey(overrides: Partial<ApiKey> = {}): ApiKey {
  return {
    id: 'key-1',
    name: 'my-laptop',
    alias: 'litemaas-key-1',
    subjectRef: 'user:default/alice',
    createdBy: 'user:default/alice',
    origin: 'portal',
    status: 'active',
    prefix: 'sk-...abcd',
    models: ['gpt-4o-mini'],
    limits: {},
    spend: 0,
    blocked: false,
    expiresAt: '2027-02-21T10:00:00Z',
    createdAt: '2026-11-23T10:00:00Z',
    updatedAt: '2026-11-23T10:00:00Z',
    ...overrides,
  };
}

export function aTopUp(overrides: Partial<BudgetTopUp> = {}): BudgetTopUp {
  return {
    id: 'top-1',
    keyId: 'key-1',
    keyName: 'my-laptop',
    subjectRef: 'user:default/alice',
    requestedBy: 'user:default/alice',
    amount: 15,
    days: 30,
    justification: 'Nightly evaluation jobs',
    status: 'pending',
    createdAt: '2026-11-20T10:00:00Z',
    ...overrides,
  };
}

export function keySettings(
  overrides: Partial<KeyPolicySettings> = {},
): KeyPolicySettings {
  return {
    user: {
      defaults: { maxBudget: 10, budgetDuration: '30d', tpm: 10000 },
      maximums: { maxBudget: 100, tpm: 100000, rpm: 600 },
      defaultExpiresInDays: 90,
    },
    team: {
      defaults: { maxBudget: 50, budgetDuration: '30d' },
      maximums: { maxBudget: 500, tpm: 500000 },
      defaultExpiresInDays: 180,
    },
    maxActiveKeysPerSubject: 10,
    maxExpiresInDays: 365,
    allowNeverExpires: false,
    ...overrides,
  };
}

export function usageMetrics(
  overrides: Partial<UsageMetrics> = {},
): UsageMetrics {
  return {
    spend: 0,
    promptTokens: 0,
    completionTokens: 0,
    totalTokens: 0,
    requests: 0,
    successfulRequests: 0,
    failedRequests: 0,
    ...overrides,
  };
}

export function aUsageRow(
  group: string,
  overrides: Partial<UsageRow> = {},
): UsageRow {
  return { group, ...usageMetrics(), ...overrides };
}

export function usageResponse(
  overrides: Partial<UsageResponse> = {},
): UsageResponse {
  return {
    from: '2026-10-25',
    to: '2026-11-23',
    totals: usageMetrics(),
    previousTotals: usageMetrics(),
    groupBy: 'day',
    rows: [],
    ...overrides,
  };
}

/**
 * A model's usage as its owners see it: 200 requests on Nov 20, 2026, by a
 * user (10 failed) and a team; with `groupBy: 'subject'` the two of them.
 */
export async function modelUsageFake(
  query: UsageQuery,
): Promise<UsageResponse> {
  const tokens = {
    promptTokens: 1_000_000,
    completionTokens: 500_000,
    totalTokens: 1_500_000,
  };
  return usageResponse({
    from: query.from,
    to: query.to,
    groupBy: query.groupBy,
    totals: usageMetrics({
      requests: 200,
      successfulRequests: 190,
      failedRequests: 10,
      spend: 4.5,
      ...tokens,
    }),
    previousTotals: usageMetrics({
      requests: 100,
      successfulRequests: 100,
      spend: 2,
    }),
    rows:
      query.groupBy === 'subject'
        ? [
            aUsageRow('user:default/alice', {
              requests: 50,
              failedRequests: 10,
              totalTokens: 300_000,
              spend: 0.5,
            }),
            aUsageRow('group:default/payments', {
              requests: 150,
              totalTokens: 1_200_000,
              spend: 4,
            }),
          ]
        : [aUsageRow('2026-11-20', { requests: 200, spend: 4.5, ...tokens })],
  });
}

/** An open campaign over gpt-4o, with nothing decided yet. */
export function aCampaign(
  overrides: Partial<RecertificationCampaign> = {},
): RecertificationCampaign {
  return {
    id: 'c1',
    name: 'Q4 gpt-4o',
    modelNames: ['gpt-4o'],
    createdBy: 'user:default/olivia',
    createdAt: '2026-12-01T10:00:00Z',
    deadline: '2026-12-21T22:59:59.999Z',
    onDeadline: 'flag',
    status: 'open',
    progress: {
      total: 0,
      pending: 0,
      keep: 0,
      end: 0,
      expired: 0,
      flagged: 0,
      gone: 0,
    },
    ...overrides,
  };
}

/** Alice's grant of gpt-4o in a campaign, undecided. */
export function aRecertificationItem(
  overrides: Partial<RecertificationItem> = {},
): RecertificationItem {
  return {
    requestId: 'g1',
    subjectRef: 'user:default/alice',
    modelName: 'gpt-4o',
    limits: {},
    grantedAt: '2026-06-01T10:00:00Z',
    decision: 'pending',
    spend90d: 0,
    requests90d: 0,
    ...overrides,
  };
}

export function aTeamBudget(overrides: Partial<TeamBudget> = {}): TeamBudget {
  return {
    teamRef: 'group:default/payments',
    exists: true,
    spend: 0,
    ...overrides,
  };
}

/**
 * A client whose methods fail unless a test provides them, so a test notices
 * calls it did not expect.
 */
/** A list's items; the fake fills in the paging fields a real backend adds. */
type OnePage<T> = {
  items: T[];
  total?: number;
  offset?: number;
  limit?: number;
};

/** What a test may give `fakeApi`: lists may answer their items alone. */
export type FakeApiOverrides = Omit<
  Partial<LiteMaasApi>,
  'listKeys' | 'listAccessRequests'
> & {
  listKeys?: (query?: KeyListQuery) => Promise<OnePage<ApiKey>>;
  listAccessRequests?: (
    query?: AccessRequestQuery,
  ) => Promise<OnePage<AccessRequest>>;
};

function paged<Q, T>(list: (query?: Q) => Promise<OnePage<T>>) {
  return async (query?: Q) => {
    const answer = await list(query);
    return {
      ...answer,
      total: answer.total ?? answer.items.length,
      offset: answer.offset ?? 0,
      limit: answer.limit ?? 500,
    };
  };
}

export function fakeApi(overrides: FakeApiOverrides = {}): LiteMaasApi {
  const { listKeys, listAccessRequests } = overrides;
  const lists: Partial<LiteMaasApi> = {
    ...(listKeys && { listKeys: paged(listKeys) }),
    ...(listAccessRequests && {
      listAccessRequests: paged(listAccessRequests),
    }),
  };
  const unexpected = (method: string) => () =>
    Promise.reject(new Error(`Unexpected call to ${method}`));
  const methods: Array<keyof LiteMaasApi> = [
    'getHealth',
    'listModels',
    'getModel',
    'setModelPolicy',
    'syncModels',
    'registerModel',
    'updateModel',
    'deleteModel',
    'testConnection',
    'listAccessRequests',
    'getAccessRequest',
    'createAccessRequest',
    'approveAccessRequest',
    'denyAccessRequest',
    'requestGrantExtension',
    'approveGrantExtension',
    'denyGrantExtension',
    'cancelAccessRequest',
    'requestAccessReview',
    'revokeAccess',
    'changeGrantLimits',
    'decideAccessRequests',
    'listKeys',
    'getKey',
    'createKey',
    'updateKey',
    'rotateKey',
    'revokeKey',
    'setKeyBlocked',
    'provisionKeys',
    'claimKeyDelivery',
    'revokeKeysByPrefix',
    'getKeyFormSettings',
    'getKeySettings',
    'putKeySettings',
    'reconcileKeys',
    'getReconcileStatus',
    'confirmHeldActions',
    'dismissHeldActions',
    'takeOverInstance',
    'adoptKey',
    'leaveKey',
    'getUsage',
    'syncUsage',
    'getUsageSyncStatus',
    'acceptUsageHold',
    'dismissUsageHold',
    'getUsageExportUrl',
    'getCatalogSpend',
    'getFocusExportUrl',
    'listTeamBudgets',
    'setTeamBudget',
    'getGateways',
    'publishModelOnGateway',
    'withdrawModelFromGateway',
    'getKeyGateways',
    'getPlaygroundSettings',
    'startPlaygroundSession',
    'endPlaygroundSession',
    'listAuditEvents',
    'getAuditExportUrl',
    'listRecertifications',
    'startRecertification',
    'getRecertification',
    'decideRecertification',
    'getRecertificationExportUrl',
    'listKeyTopUps',
    'requestKeyTopUp',
    'requestTeamTopUp',
    'listTopUps',
    'approveTopUp',
    'denyTopUp',
    'cancelTopUp',
    'listDepartures',
    'keepDeparture',
    'getOffboardingStatus',
    'runOffboarding',
    'getApprovalRules',
    'setApprovalRules',
    'checkApprovalRules',
    'getEscalationStatus',
    'runEscalation',
    'listDeprecations',
    'getDeprecation',
    'deprecateModel',
    'cancelDeprecation',
    'retireModelNow',
    'remindDeprecation',
    'getDeprecationRun',
    'runDeprecations',
  ];
  // What a portal without a gateway next to LiteLLM answers.
  const defaults: Partial<LiteMaasApi> = {
    getGateways: () => Promise.resolve([]),
    // The playground is off unless a test turns it on.
    getPlaygroundSettings: () =>
      Promise.resolve({
        enabled: false,
        sessionMinutes: 30,
        maxBudget: 0.25,
        rpm: 20,
        gatewayBaseUrl: 'https://models.example.com',
      }),
    // No budget top-ups unless a test gives some.
    listTopUps: () => Promise.resolve({ items: [] }),
    listKeyTopUps: () => Promise.resolve({ items: [] }),
    // No approval rules unless a test gives some.
    getApprovalRules: (modelName: string) =>
      Promise.resolve({
        modelName,
        rules: [],
        source: 'none',
        editable: true,
        canSetAdminOnly: true,
      }),
    // No model is deprecated unless a test says so.
    listDeprecations: () => Promise.resolve({ items: [] }),
    getDeprecationRun: () => Promise.resolve({ status: 'idle' }),
    // No keys tied to catalog Components unless a test gives some.
    getCatalogSpend: query =>
      Promise.resolve({
        ...query,
        items: [],
        total: {
          spend: 0,
          promptTokens: 0,
          completionTokens: 0,
          totalTokens: 0,
          requests: 0,
          successfulRequests: 0,
          failedRequests: 0,
        },
        scope: 'owned',
      }),
  };
  const api = Object.fromEntries(
    methods.map(m => [
      m,
      lists[m] ??
        (overrides as Partial<LiteMaasApi>)[m] ??
        defaults[m] ??
        unexpected(m),
    ]),
  );
  return api as unknown as LiteMaasApi;
}

/**
 * Records what is copied. Call after `userEvent.setup()`, which installs the
 * clipboard stub this spies on (its own read-back needs Blob support jsdom
 * lacks here).
 */
export function spyOnClipboard(): jest.SpyInstance {
  return jest
    .spyOn(navigator.clipboard, 'writeText')
    .mockResolvedValue(undefined);
}

/**
 * Records the links clicked to start downloads: jsdom does not download.
 * Undo with `mockRestore()` (or `jest.restoreAllMocks()`).
 */
export function spyOnDownloads(): jest.SpyInstance {
  return jest
    .spyOn(HTMLAnchorElement.prototype, 'click')
    .mockImplementation(() => {});
}

/** The error the client throws when the backend answers with an error. */
export function responseError(
  statusCode: number,
  name: string,
  message: string,
): Promise<ResponseError> {
  return ResponseError.fromResponse(
    new Response(
      JSON.stringify({ error: { name, message }, response: { statusCode } }),
      { status: statusCode, headers: { 'Content-Type': 'application/json' } },
    ),
  );
}

/**
 * A permission API allowing what `allow` says. The result is cast because
 * AuthorizeResult lives in a package this plugin does not depend on.
 */
type MockPermissionApi = ReturnType<typeof mockApis.permission>;

export function permissions(
  allow: (permissionName: string) => boolean,
): MockPermissionApi {
  return mockApis.permission({
    authorize: request =>
      (allow(request.permission.name) ? 'ALLOW' : 'DENY') as never,
  });
}

export const allowAll = (): MockPermissionApi => permissions(() => true);
export const denyAll = (): MockPermissionApi => permissions(() => false);

/**
 * Fixes the clock at `iso` for code that reads the date, leaving timers real
 * so waiting in tests works as usual. Undo with `jest.useRealTimers()`.
 */
export function freezeDate(iso: string) {
  jest.useFakeTimers({
    now: new Date(iso),
    doNotFake: [
      'hrtime',
      'nextTick',
      'performance',
      'queueMicrotask',
      'requestAnimationFrame',
      'cancelAnimationFrame',
      'requestIdleCallback',
      'cancelIdleCallback',
      'setImmediate',
      'clearImmediate',
      'setInterval',
      'clearInterval',
      'setTimeout',
      'clearTimeout',
    ],
  });
}
