import { screen, waitFor } from '@testing-library/react';
import userEventBase from '@testing-library/user-event';
import { freezeDate, responseError } from '../../../__testUtils__/fixtures';
import { NOW, render } from '../../../__testUtils__/deprecations';

const userEvent = userEventBase.setup({ delay: null });

describe('Review page: deprecations, for a model’s owner', () => {
  beforeEach(() => freezeDate(NOW.toISOString()));
  afterEach(() => {
    jest.useRealTimers();
    jest.restoreAllMocks();
  });

  it('says when no model is deprecated, and shows a load error with a retry', async () => {
    const listDeprecations = jest
      .fn()
      .mockRejectedValueOnce(new Error('backend down'))
      .mockResolvedValue({ items: [] });
    render('/?tab=deprecations', { listDeprecations }, { admin: false });
    expect((await screen.findAllByText(/backend down/))[0]).toBeInTheDocument();
    await userEvent.click(screen.getByRole('button', { name: 'Try again' }));
    expect(
      await screen.findByText('No model is deprecated'),
    ).toBeInTheDocument();
    // Owners do not run the task.
    expect(
      screen.queryByRole('region', { name: 'Deprecation task' }),
    ).toBeNull();
  });
  it('reminds the holders who have not moved, and says how many', async () => {
    const remindDeprecation = jest
      .fn()
      .mockResolvedValueOnce({ reminded: 3 })
      .mockRejectedValueOnce(
        await responseError(403, 'NotAllowedError', 'Not your model'),
      );
    const { alertApi } = render(
      '/?tab=deprecations&model=gpt-4o',
      { remindDeprecation },
      { admin: false },
    );
    const remind = await screen.findByRole('button', { name: 'Remind now' });
    // Owners remind; only admins change the campaign.
    expect(screen.queryByRole('button', { name: 'Retire now' })).toBeNull();
    expect(screen.queryByRole('button', { name: 'Edit' })).toBeNull();
    await userEvent.click(remind);
    await waitFor(() =>
      expect(alertApi.getAlerts()[0].message).toBe(
        'Reminded 3 holders who have not moved.',
      ),
    );
    expect(remindDeprecation).toHaveBeenCalledWith('gpt-4o');
    await userEvent.click(remind);
    await waitFor(() =>
      expect(alertApi.getAlerts()[1].message).toBe(
        'Could not remind: Not your model',
      ),
    );
  });
});
