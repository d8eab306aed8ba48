import { Entity } from '@backstage/catalog-model';
import { mockApis, renderInTestApp } from '@backstage/frontend-test-utils';
import { EntityProvider } from '@backstage/plugin-catalog-react';
import {
  LiteMaasApi,
  UsageResponse,
} from '@litemaas/backstage-plugin-litemaas-common';
import { screen, waitFor, within } from '@testing-library/react';
import userEventBase from '@testing-library/user-event';
import { litemaasApiRef } from '../../api';
import {
  denyAll,
  fakeApi,
  freezeDate,
  modelUsageFake,
  responseError,
  usageResponse,
} from '../../__testUtils__/fixtures';
import { ModelUsageEntityCard } from './ModelUsageEntityCard';
import { aModelServer, MODEL_NAME } from './__testUtils__/entities';
import { catalogRoutes } from '../../testing/catalogRoutes';

const userEvent = userEventBase.setup({ delay: null });

function render(getUsage: LiteMaasApi['getUsage'], entity?: Entity) {
  return renderInTestApp(
    <EntityProvider entity={entity ?? aModelServer(MODEL_NAME)}>
      <p>The overview</p>
      <ModelUsageEntityCard />
    </EntityProvider>,
    {
      mountedRoutes: catalogRoutes,
      apis: [
        [litemaasApiRef, fakeApi({ getUsage })],
        denyAll(),
        mockApis.alert(),
      ],
    },
  );
}

/** A promise the test settles when it wants to. */
function deferred<T>() {
  let resolve!: (value: T) => void;
  let reject!: (error: unknown) => void;
  const promise = new Promise<T>((res, rej) => {
    resolve = res;
    reject = rej;
  });
  return { promise, resolve, reject };
}

beforeEach(() => freezeDate('2026-11-23T12:00:00Z'));
afterEach(() => jest.useRealTimers());

describe('ModelUsageEntityCard', () => {
  it("sums up the model's last 30 days for its owners, with a link to the tab", async () => {
    const getUsage = jest.fn(modelUsageFake);
    render(getUsage);

    expect(await screen.findByTestId('model-usage-summary')).toHaveTextContent(
      '200 requests · 1.5M tokens · $4.50 · 5% errors',
    );
    // One request: the card needs no breakdown by consumer.
    expect(getUsage).toHaveBeenCalledTimes(1);
    expect(getUsage).toHaveBeenCalledWith({
      from: '2026-10-25',
      to: '2026-11-23',
      scope: 'model',
      model: 'granite-chat',
      groupBy: 'day',
    });
    expect(screen.getByRole('heading', { name: 'Usage' })).toBeInTheDocument();
    expect(screen.getByText('granite-chat, last 30 days')).toBeInTheDocument();

    const chart = screen.getByRole('group', { name: /^Tokens per day/ });
    expect(within(chart).getAllByRole('listitem')).toHaveLength(30);
    expect(
      within(chart).getByRole('listitem', {
        name: 'Nov 20, 2026: 1,500,000 (1,000,000 prompt, 500,000 completion)',
      }),
    ).toBeInTheDocument();

    expect(screen.getByRole('link', { name: /View usage/ })).toHaveAttribute(
      'href',
      '/catalog/default/component/prod-east-models-granite/usage',
    );
  });

  it('is not there at all for those who may not see the usage', async () => {
    const answer = deferred<UsageResponse>();
    const getUsage = jest.fn(() => answer.promise);
    const { container } = render(getUsage);

    // While the backend answers there is no card yet: nothing to flash...
    await waitFor(() => expect(getUsage).toHaveBeenCalled());
    expect(
      screen.queryByRole('status', {
        name: 'Loading the usage of granite-chat',
      }),
    ).not.toBeInTheDocument();
    expect(container.querySelector('.MuiCard-root')).toBeNull();
    answer.reject(
      await responseError(
        403,
        'NotAllowedError',
        'Only the owner of granite-chat or an admin can see its usage',
      ),
    );
    // ...and after a refusal there is none either: no card, no error.
    await waitFor(() =>
      expect(
        screen.queryByRole('heading', { name: 'Usage' }),
      ).not.toBeInTheDocument(),
    );
    expect(screen.queryByText(/can see its usage/)).not.toBeInTheDocument();
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
    expect(container.querySelector('.MuiCard-root')).toBeNull();
  });

  it('says when the model was not used', async () => {
    render(async query => usageResponse({ from: query.from, to: query.to }));
    expect(
      await screen.findByText('No usage in the last 30 days.'),
    ).toBeInTheDocument();
    expect(
      screen.getByRole('link', { name: /View usage/ }),
    ).toBeInTheDocument();
  });

  it('shows a failed load with a retry', async () => {
    const getUsage = jest
      .fn()
      .mockImplementationOnce(async () => {
        throw await responseError(500, 'Error', 'Usage store unavailable');
      })
      .mockImplementation(modelUsageFake);
    render(getUsage);
    expect(
      await screen.findByText(
        'Could not load the usage of granite-chat: Usage store unavailable',
      ),
    ).toBeInTheDocument();
    await userEvent.click(screen.getByRole('button', { name: 'Try again' }));
    expect(await screen.findByTestId('model-usage-summary')).toHaveTextContent(
      '200 requests',
    );
    expect(getUsage).toHaveBeenCalledTimes(2);
  });

  it('renders nothing for an entity that names no model', async () => {
    const getUsage = jest.fn(modelUsageFake);
    render(getUsage, aModelServer());
    expect(await screen.findByText('The overview')).toBeInTheDocument();
    expect(getUsage).not.toHaveBeenCalled();
    expect(
      screen.queryByRole('heading', { name: 'Usage' }),
    ).not.toBeInTheDocument();
  });
});
