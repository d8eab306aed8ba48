import { mockApis } from '@backstage/frontend-test-utils';
import {
  AccessRequest,
  LiteMaasApi,
  LiteMaasModel,
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

/**
 * A client whose methods fail unless a test provides them, so a test notices
 * calls it did not expect.
 */
export function fakeApi(overrides: Partial<LiteMaasApi> = {}): LiteMaasApi {
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
    'cancelAccessRequest',
    'requestAccessReview',
    'revokeAccess',
    'decideAccessRequests',
  ];
  const api = Object.fromEntries(
    methods.map(m => [m, overrides[m] ?? unexpected(m)]),
  );
  return api as unknown as LiteMaasApi;
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
