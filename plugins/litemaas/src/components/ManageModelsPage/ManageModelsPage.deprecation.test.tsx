import { mockApis, renderInTestApp } from '@backstage/frontend-test-utils';
import { screen, waitFor, within } from '@testing-library/react';
import userEventBase from '@testing-library/user-event';
import { litemaasApiRef } from '../../api';
import {
  aModel,
  allowAll,
  fakeApi,
  freezeDate,
} from '../../__testUtils__/fixtures';
import { catalogRoutes } from '../../testing/catalogRoutes';
import { endOfLocalDay } from '../common';
import { ManageModelsPage } from './ManageModelsPage';

const userEvent = userEventBase.setup({ delay: null });

// Today is 7 Dec 2026, 10:00 in the reader's time zone.
const NOW = new Date(2026, 11, 7, 10);

describe('ManageModelsPage: deprecation', () => {
  beforeEach(() => freezeDate(NOW.toISOString()));
  afterEach(() => jest.useRealTimers());

  it('deprecates a model from its row, and marks it deprecated once done', async () => {
    const deprecation = {
      state: 'deprecated' as const,
      replacement: 'gpt-4.1',
      retireAt: endOfLocalDay('2027-01-06')!,
    };
    const listModels = jest
      .fn()
      .mockResolvedValueOnce({
        items: [aModel({ name: 'gpt-4o' }), aModel({ name: 'gpt-4.1' })],
      })
      .mockResolvedValue({
        items: [
          aModel({ name: 'gpt-4o', deprecation }),
          aModel({ name: 'gpt-4.1' }),
        ],
      });
    const deprecateModel = jest.fn(async () => ({
      id: 'd1',
      modelName: 'gpt-4o',
      ...deprecation,
      createdBy: 'user:default/dana',
      createdAt: NOW.toISOString(),
      updatedAt: NOW.toISOString(),
      remindersSent: [],
      progress: { total: 0, moved: 0, idle: 0, using: 0 },
    }));
    renderInTestApp(<ManageModelsPage />, {
      mountedRoutes: catalogRoutes,
      apis: [
        [litemaasApiRef, fakeApi({ listModels, deprecateModel })],
        mockApis.alert(),
        allowAll(),
      ],
    });

    await userEvent.click(
      await screen.findByRole('button', { name: 'Deprecate gpt-4o' }),
    );
    const dialog = await screen.findByRole('dialog', {
      name: 'Deprecate gpt-4o',
    });
    await userEvent.click(
      within(dialog).getByLabelText('Replacement', { exact: true }),
    );
    await userEvent.click(
      await screen.findByRole('option', { name: 'gpt-4.1' }),
    );
    await userEvent.click(
      within(dialog).getByRole('button', { name: 'Deprecate' }),
    );
    await waitFor(() =>
      expect(deprecateModel).toHaveBeenCalledWith('gpt-4o', {
        replacement: 'gpt-4.1',
        retireAt: endOfLocalDay('2027-01-06'),
      }),
    );

    // The list reloads: the row says so, and its action changes.
    const action = await screen.findByRole('button', {
      name: 'Deprecation of gpt-4o',
    });
    expect(action).toHaveTextContent('Deprecation…');
    const row = action.closest('tr')!;
    expect(within(row).getByText('Deprecated')).toBeInTheDocument();
    expect(
      screen.getByRole('button', { name: 'Deprecate gpt-4.1' }),
    ).toHaveTextContent('Deprecate…');
  });
});
