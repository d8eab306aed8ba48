import { mockApis, renderInTestApp } from '@backstage/frontend-test-utils';
import {
  DeprecationCampaign,
  DeprecationDetail,
  DeprecationSubject,
} from '@litemaas/backstage-plugin-litemaas-common';
import { litemaasApiRef } from '../api';
import {
  FakeApiOverrides,
  aModel,
  allowAll,
  denyAll,
  fakeApi,
} from './fixtures';
import { catalogRoutes } from '../testing/catalogRoutes';
import { endOfLocalDay } from '../components/common';
import { ReviewQueuePage } from '../components/ReviewQueuePage';

/** Campaigns, holders and a test app of the Review page's deprecations. */

// Today is 7 Dec 2026, 10:00 in the reader's time zone.
export const NOW = new Date(2026, 11, 7, 10);

export function aCampaign(
  overrides: Partial<DeprecationCampaign> = {},
): DeprecationCampaign {
  return {
    id: 'd1',
    modelName: 'gpt-4o',
    state: 'deprecated',
    replacement: 'gpt-4.1',
    retireAt: endOfLocalDay('2026-12-21')!,
    note: 'Same prompts work.',
    createdBy: 'user:default/dana',
    createdAt: '2026-12-01T10:00:00Z',
    updatedAt: '2026-12-01T10:00:00Z',
    announcedAt: '2026-12-01T10:05:00Z',
    remindersSent: [30],
    progress: { total: 4, moved: 1, idle: 1, using: 2 },
    ...overrides,
  };
}

export const gpt4o = aCampaign();
export const o1 = aCampaign({
  id: 'd0',
  modelName: 'o1-preview',
  replacement: undefined,
  state: 'retired',
  retireAt: endOfLocalDay('2026-11-30')!,
  retiredAt: '2026-12-01T00:10:00Z',
  completedAt: '2026-12-01T00:10:00Z',
  remindersSent: [30, 7, 1],
  progress: { total: 0, moved: 0, idle: 0, using: 0 },
});

export function aSubject(
  overrides: Partial<DeprecationSubject> = {},
): DeprecationSubject {
  return {
    subjectRef: 'user:default/alice',
    state: 'using',
    hasReplacementAccess: false,
    keys: [],
    requests7d: 0,
    spend7d: 0,
    replacementRequests7d: 0,
    ...overrides,
  };
}

export const detail: DeprecationDetail = {
  campaign: gpt4o,
  subjects: [
    aSubject({
      subjectRef: 'user:default/bob',
      state: 'moved',
      hasReplacementAccess: true,
      replacementRequests7d: 120,
      lastUsedDay: '2026-11-20',
    }),
    aSubject({
      subjectRef: 'user:default/alice',
      state: 'using',
      requests7d: 340,
      spend7d: 12.5,
      lastUsedDay: '2026-12-06',
      keys: [
        {
          id: 'k1',
          name: 'checkout-bot',
          componentRef: 'component:default/checkout',
        },
      ],
    }),
    aSubject({ subjectRef: 'group:default/payments', state: 'idle' }),
    aSubject({ subjectRef: 'user:default/carol', requests7d: 3 }),
  ],
  components: [
    {
      componentRef: 'component:default/checkout',
      ownerRef: 'group:default/payments',
    },
  ],
};

export function render(
  route: string,
  overrides: FakeApiOverrides = {},
  options: { admin?: boolean; apis?: any[] } = {},
) {
  const alertApi = mockApis.alert();
  const api = fakeApi({
    listModels: async () => ({
      items: [
        aModel({ name: 'gpt-4o', canReview: true }),
        aModel({ name: 'gpt-4.1' }),
      ],
    }),
    listDeprecations: async () => ({ items: [o1, gpt4o] }),
    getDeprecation: async () => detail,
    getDeprecationRun: async () => ({
      status: 'ok',
      finishedAt: '2026-12-07T09:00:00Z',
      reportAt: '2026-12-07T09:00:00Z',
      report: {
        announced: 1,
        reminded: 3,
        retired: 0,
        grantsEnded: 0,
        keysChanged: 0,
        failed: 0,
      },
    }),
    ...overrides,
  });
  renderInTestApp(<ReviewQueuePage />, {
    mountedRoutes: catalogRoutes,
    initialRouteEntries: [route],
    apis: [
      [litemaasApiRef, api],
      alertApi,
      options.admin === false ? denyAll() : allowAll(),
      ...(options.apis ?? []),
    ],
  });
  return { alertApi, api };
}
