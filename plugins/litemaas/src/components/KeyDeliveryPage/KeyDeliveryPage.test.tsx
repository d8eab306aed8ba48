import { mockApis, renderInTestApp } from '@backstage/frontend-test-utils';
import { LiteMaasApi } from '@litemaas/backstage-plugin-litemaas-common';
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { Route, Routes } from 'react-router-dom';
import { litemaasApiRef } from '../../api';
import { fakeApi, responseError } from '../../__testUtils__/fixtures';
import { KeyDeliveryPage } from './KeyDeliveryPage';

const ID = '0b6f1b2e-6c1a-4b0e-9a55-3f1f1d2c3b4a';

function render(overrides: Partial<LiteMaasApi>, token = 'a'.repeat(43)) {
  renderInTestApp(
    <Routes>
      <Route path="/deliveries/:id" element={<KeyDeliveryPage />} />
    </Routes>,
    {
      initialRouteEntries: [`/deliveries/${ID}?token=${token}`],
      apis: [[litemaasApiRef, fakeApi(overrides)], mockApis.alert()],
    },
  );
}

describe('KeyDeliveryPage', () => {
  it('shows the keys once, when asked', async () => {
    const claimKeyDelivery = jest.fn().mockResolvedValue({
      aliasPrefix: 'ws-dec-',
      keys: [
        { participant: 'ann', alias: 'ws-dec-ann', value: 'sk-ann-value' },
        { participant: 'ben', alias: 'ws-dec-ben', value: 'sk-ben-value' },
      ],
    });
    render({ claimKeyDelivery });
    // Nothing is fetched before the person asks: showing uses the link up.
    expect(claimKeyDelivery).not.toHaveBeenCalled();
    await userEvent.click(
      await screen.findByRole('button', { name: 'Show the keys' }),
    );
    expect(claimKeyDelivery).toHaveBeenCalledWith(ID, 'a'.repeat(43));
    const table = await screen.findByRole('table', { name: 'Created keys' });
    expect(within(table).getByText('sk-ann-value')).toBeInTheDocument();
    expect(screen.getByRole('status')).toHaveTextContent('2 keys');
    expect(
      screen.getByRole('button', { name: 'Copy all as CSV' }),
    ).toBeInTheDocument();
  });

  it('says why when the link was used, expired or is someone else’s', async () => {
    render({
      claimKeyDelivery: async () => {
        throw await responseError(
          404,
          'NotFoundError',
          'No such download: it was used, it expired, or it is not yours',
        );
      },
    });
    await userEvent.click(
      await screen.findByRole('button', { name: 'Show the keys' }),
    );
    expect(
      await screen.findByText(/it was used, it expired, or it is not yours/),
    ).toBeInTheDocument();
  });

  it('needs the token the link carries', async () => {
    render({}, '');
    expect(
      await screen.findByRole('button', { name: 'Show the keys' }),
    ).toBeDisabled();
  });
});
