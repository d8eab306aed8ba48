import { mockApis, renderInTestApp } from '@backstage/frontend-test-utils';
import { EntityProvider } from '@backstage/plugin-catalog-react';
import { ModelDeprecationInfo } from '@litemaas/backstage-plugin-litemaas-common';
import { screen } from '@testing-library/react';
import { litemaasApiRef } from '../../api';
import {
  aModel,
  denyAll,
  fakeApi,
  freezeDate,
} from '../../__testUtils__/fixtures';
import { catalogRoutes } from '../../testing/catalogRoutes';
import { endOfLocalDay } from '../common';
import { ModelAccessContent } from './ModelAccessContent';
import { aModelServer, MODEL_NAME } from './__testUtils__/entities';

// Today is 7 Dec 2026, 10:00 in the reader's time zone.
const NOW = new Date(2026, 11, 7, 10);

function render(deprecation: ModelDeprecationInfo) {
  const model = aModel({ name: 'granite-chat', deprecation });
  renderInTestApp(
    <EntityProvider entity={aModelServer(MODEL_NAME)}>
      <ModelAccessContent />
    </EntityProvider>,
    {
      mountedRoutes: catalogRoutes,
      apis: [
        [
          litemaasApiRef,
          fakeApi({
            getModel: async () => ({ model }),
            listAccessRequests: async () => ({ items: [] }),
            listKeys: async () => ({ items: [] }),
          }),
        ],
        denyAll(),
        mockApis.identity({
          userEntityRef: 'user:default/alice',
          ownershipEntityRefs: ['user:default/alice'],
        }),
      ],
    },
  );
}

describe('ModelAccessContent of a deprecated model', () => {
  beforeEach(() => freezeDate(NOW.toISOString()));
  afterEach(() => jest.useRealTimers());

  it('warns, and still lets people ask', async () => {
    render({
      state: 'deprecated',
      replacement: 'granite-next',
      retireAt: endOfLocalDay('2026-12-21')!,
    });
    expect(
      await screen.findByText(
        'Deprecated: retires on Dec 21, 2026 (in 14 days).',
      ),
    ).toBeInTheDocument();
    expect(screen.getByText('Deprecated')).toBeInTheDocument();
    expect(
      screen.getByRole('button', { name: 'Request access' }),
    ).toBeEnabled();
  });

  it('says a retired model is gone, and cannot be asked for', async () => {
    render({ state: 'retired', retireAt: endOfLocalDay('2026-12-01')! });
    expect(
      await screen.findByText('Retired on Dec 1, 2026.'),
    ).toBeInTheDocument();
    const button = screen.getByRole('button', { name: 'Request access' });
    expect(button).toBeDisabled();
    expect(button).toHaveAttribute(
      'title',
      'Retired on Dec 1, 2026: it can no longer be requested.',
    );
  });
});
