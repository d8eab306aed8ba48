import { mockApis, renderInTestApp } from '@backstage/frontend-test-utils';
import { ResponseError } from '@backstage/errors';
import { LiteMaasModel } from '@litemaas/backstage-plugin-litemaas-common';
import { fireEvent, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { litemaasApiRef } from '../../api';
import {
  aModel,
  aRequest,
  fakeApi,
  freezeDate,
} from '../../__testUtils__/fixtures';
import { endOfLocalDay } from '../common';
import { RequestAccessDialog } from './RequestAccessDialog';
import { catalogRoutes } from '../../testing/catalogRoutes';

function setup(model: LiteMaasModel, createAccessRequest: jest.Mock) {
  const alertApi = mockApis.alert();
  const onClose = jest.fn();
  const onRequested = jest.fn();
  const rendered = renderInTestApp(
    <RequestAccessDialog
      open
      model={model}
      onClose={onClose}
      onRequested={onRequested}
    />,
    {
      mountedRoutes: catalogRoutes,
      apis: [
        [litemaasApiRef, fakeApi({ createAccessRequest })],
        alertApi,
        mockApis.identity({
          userEntityRef: 'user:default/alice',
          ownershipEntityRefs: [
            'user:default/alice',
            'group:default/payments',
            'group:default/search',
          ],
        }),
      ],
    },
  );
  return { alertApi, onClose, onRequested, rendered };
}

const submit = () => screen.getByRole('button', { name: 'Submit request' });

describe('RequestAccessDialog', () => {
  it('grants an open model to the caller at once', async () => {
    const granted = aRequest({ status: 'granted' });
    const createAccessRequest = jest.fn().mockResolvedValue(granted);
    const { alertApi, onClose, onRequested } = setup(
      aModel({ accessPolicy: 'open' }),
      createAccessRequest,
    );

    expect(
      await screen.findByRole('dialog', {
        name: 'Request access to gpt-4o-mini',
      }),
    ).toBeInTheDocument();
    expect(screen.getByText(/access is granted at once/)).toBeInTheDocument();
    expect(screen.getByRole('radio', { name: 'Myself' })).toBeChecked();
    // The justification is optional for open models.
    expect(submit()).toBeEnabled();
    await userEvent.click(submit());

    expect(createAccessRequest).toHaveBeenCalledWith({
      modelName: 'gpt-4o-mini',
    });
    await waitFor(() => expect(onClose).toHaveBeenCalled());
    expect(onRequested).toHaveBeenCalledWith(granted);
    expect(alertApi.getAlerts()).toEqual([
      expect.objectContaining({
        message: 'Access to gpt-4o-mini granted. It is ready to use.',
        severity: 'success',
      }),
    ]);
  });

  it('asks for a team with a justification and limits on a restricted model', async () => {
    const createAccessRequest = jest.fn().mockResolvedValue(
      aRequest({
        subjectRef: 'group:default/search',
        status: 'pending',
      }),
    );
    const { alertApi, onClose } = setup(
      aModel({
        name: 'claude-sonnet',
        accessPolicy: 'restricted',
        defaultLimits: { tpm: 10000 },
      }),
      createAccessRequest,
    );

    await screen.findByRole('dialog');
    expect(
      screen.getByText(/waits until the model's owner/),
    ).toBeInTheDocument();
    // Restricted: no request without a justification.
    expect(submit()).toBeDisabled();

    await userEvent.click(screen.getByRole('radio', { name: 'A team' }));
    const team = await screen.findByLabelText('Team');
    await userEvent.selectOptions(team, 'group:default/search');
    await userEvent.type(
      screen.getByRole('textbox', { name: /Justification/ }),
      '  Ranking experiments  ',
    );
    await userEvent.type(
      screen.getByLabelText('Tokens per minute (TPM)'),
      '20000',
    );
    await userEvent.type(screen.getByLabelText('Budget (USD)'), '25.5');
    await userEvent.type(screen.getByLabelText('Budget period'), '30d');
    expect(submit()).toBeEnabled();
    await userEvent.click(submit());

    expect(createAccessRequest).toHaveBeenCalledWith({
      modelName: 'claude-sonnet',
      subjectRef: 'group:default/search',
      justification: 'Ranking experiments',
      limits: { tpm: 20000, maxBudget: 25.5, budgetDuration: '30d' },
    });
    await waitFor(() => expect(onClose).toHaveBeenCalled());
    expect(alertApi.getAlerts()[0].message).toMatch(
      /^Request for claude-sonnet for search sent\. It is pending review/,
    );
  });

  it('blocks a subject that already holds access and bad limits', async () => {
    const createAccessRequest = jest.fn();
    setup(
      aModel({
        accessPolicy: 'open',
        myAccess: [
          { id: 'r1', status: 'granted', subjectRef: 'user:default/alice' },
          { id: 'r2', status: 'pending', subjectRef: 'group:default/payments' },
        ],
      }),
      createAccessRequest,
    );

    await screen.findByRole('dialog');
    // Self already granted: the dialog starts on a team, and skips the busy one.
    expect(screen.getByRole('radio', { name: /Myself/ })).toBeDisabled();
    expect(await screen.findByLabelText('Team')).toHaveValue(
      'group:default/search',
    );
    await userEvent.selectOptions(
      screen.getByLabelText('Team'),
      'group:default/payments',
    );
    expect(
      screen.getByText('payments already has a pending request.'),
    ).toBeInTheDocument();
    expect(submit()).toBeDisabled();

    await userEvent.selectOptions(
      screen.getByLabelText('Team'),
      'group:default/search',
    );
    expect(submit()).toBeEnabled();
    await userEvent.type(
      screen.getByLabelText('Requests per minute (RPM)'),
      'many',
    );
    expect(
      screen.getByText('Enter a whole number of 0 or more'),
    ).toBeInTheDocument();
    expect(submit()).toBeDisabled();
    expect(createAccessRequest).not.toHaveBeenCalled();
  });

  describe('the end date', () => {
    // 7 Dec 2026, 10:00 in the reader's time zone.
    beforeEach(() => freezeDate(new Date(2026, 11, 7, 10).toISOString()));
    afterEach(() => jest.useRealTimers());

    it('is optional, and sent as the end of the chosen day', async () => {
      const createAccessRequest = jest
        .fn()
        .mockResolvedValue(aRequest({ status: 'granted' }));
      const { onClose } = setup(aModel(), createAccessRequest);

      await screen.findByRole('dialog');
      const end = screen.getByLabelText('End date');
      expect(end).toHaveValue('');
      expect(end).toHaveAttribute('min', '2026-12-07');
      expect(end).not.toHaveAttribute('max');
      expect(
        screen.getByText('Optional: the grant ends at the end of this day.'),
      ).toBeInTheDocument();

      // A day gone by is no end.
      fireEvent.change(end, { target: { value: '2026-12-06' } });
      expect(
        screen.getByText('Choose Dec 7, 2026 or later'),
      ).toBeInTheDocument();
      expect(submit()).toBeDisabled();

      fireEvent.change(end, { target: { value: '2027-01-31' } });
      expect(submit()).toBeEnabled();
      await userEvent.click(submit());

      expect(createAccessRequest).toHaveBeenCalledWith({
        modelName: 'gpt-4o-mini',
        expiresAt: new Date(2027, 0, 31, 23, 59, 59, 999).toISOString(),
      });
      expect(endOfLocalDay('2027-01-31')).toBe(
        createAccessRequest.mock.calls[0][0].expiresAt,
      );
      await waitFor(() => expect(onClose).toHaveBeenCalled());
    });

    it("is required within the model's longest grant, which it starts at", async () => {
      const createAccessRequest = jest
        .fn()
        .mockResolvedValue(aRequest({ status: 'granted' }));
      setup(aModel({ maxGrantDays: 30 }), createAccessRequest);

      await screen.findByRole('dialog');
      const end = screen.getByLabelText(/^End date/);
      expect(end).toBeRequired();
      expect(end).toHaveValue('2027-01-06');
      expect(end).toHaveAttribute('max', '2027-01-06');
      expect(
        screen.getByText('Grants of this model last at most 30 days.'),
      ).toBeInTheDocument();

      fireEvent.change(end, { target: { value: '2027-01-07' } });
      expect(
        screen.getByText('Choose Jan 6, 2027 or earlier'),
      ).toBeInTheDocument();
      expect(submit()).toBeDisabled();

      fireEvent.change(end, { target: { value: '' } });
      expect(screen.getByText('Choose an end date')).toBeInTheDocument();
      expect(submit()).toBeDisabled();

      fireEvent.change(end, { target: { value: '2026-12-20' } });
      await userEvent.click(submit());
      expect(createAccessRequest).toHaveBeenCalledWith({
        modelName: 'gpt-4o-mini',
        expiresAt: endOfLocalDay('2026-12-20'),
      });
    });
  });

  it('keeps the dialog open and shows why a request failed', async () => {
    const error = await ResponseError.fromResponse(
      new Response(
        JSON.stringify({
          error: {
            name: 'ConflictError',
            message: 'gpt-4o-mini is not available in LiteLLM at the moment',
          },
          response: { statusCode: 409 },
        }),
        { status: 409, headers: { 'Content-Type': 'application/json' } },
      ),
    );
    const createAccessRequest = jest.fn().mockRejectedValue(error);
    const { onClose, alertApi } = setup(aModel(), createAccessRequest);

    await screen.findByRole('dialog');
    await userEvent.click(submit());
    expect(
      await screen.findByText(
        'gpt-4o-mini is not available in LiteLLM at the moment',
      ),
    ).toBeInTheDocument();
    expect(onClose).not.toHaveBeenCalled();
    expect(alertApi.getAlerts()).toHaveLength(0);
    expect(submit()).toBeEnabled();
  });
});
