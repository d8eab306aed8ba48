import { mockApis, renderInTestApp } from '@backstage/frontend-test-utils';
import {
  AccessRequest,
  AccessRequestQuery,
} from '@litemaas/backstage-plugin-litemaas-common';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import {
  Theme,
  alpha,
  decomposeColor,
  hexToRgb,
  useTheme,
} from '@material-ui/core/styles';
import { litemaasApiRef } from '../../api';
import {
  FakeApiOverrides,
  aModel,
  aRequest,
  fakeApi,
} from '../../__testUtils__/fixtures';
import { ReviewQueuePage } from './ReviewQueuePage';
import { catalogRoutes } from '../../testing/catalogRoutes';

const alice = aRequest({
  id: 'r1',
  modelName: 'gpt-4o',
  justification: 'Summaries for support tickets',
  limits: { tpm: 10000 },
});
const payments = aRequest({
  id: 'r2',
  modelName: 'claude-sonnet',
  subjectRef: 'group:default/payments',
  requestedBy: 'user:default/carol',
});
const bob = aRequest({
  id: 'r3',
  modelName: 'o3',
  subjectRef: 'user:default/bob',
  requestedBy: 'user:default/bob',
});

const grantOfCarol = aRequest({
  id: 'g1',
  modelName: 'gpt-4o',
  subjectRef: 'user:default/carol',
  requestedBy: 'user:default/carol',
  status: 'granted',
  limits: { tpm: 5000, rpm: 30 },
  decidedAt: '2026-11-30T10:00:00Z',
});

/** Extensions waiting in the render below; none unless a test sets some. */
let extensionsWaiting: AccessRequest[] = [];
beforeEach(() => {
  extensionsWaiting = [];
});

function render(overrides: FakeApiOverrides = {}) {
  const alertApi = mockApis.alert();
  // The queue asks for pending requests; Current grants for granted ones;
  // Extensions for grants whose holders asked to keep them longer.
  const listAccessRequests = jest.fn(async (query?: AccessRequestQuery) => {
    if (query?.extension) return { items: extensionsWaiting };
    return {
      items: query?.status?.includes('granted')
        ? [grantOfCarol]
        : [alice, payments, bob],
    };
  });
  const api = fakeApi({
    listAccessRequests,
    listModels: async () => ({
      items: [
        aModel({ name: 'gpt-4o', canReview: true }),
        aModel({ name: 'claude-sonnet', canReview: true }),
        aModel({ name: 'not-mine', canReview: false }),
      ],
    }),
    ...overrides,
  });
  renderInTestApp(<ReviewQueuePage />, {
    mountedRoutes: catalogRoutes,
    apis: [[litemaasApiRef, api], alertApi],
  });
  return { alertApi, listAccessRequests };
}

const select = (name: string) =>
  userEvent.click(screen.getByRole('checkbox', { name }));

describe('ReviewQueuePage', () => {
  it('approves several requests at once with adjusted limits', async () => {
    const decideAccessRequests = jest.fn().mockResolvedValue({
      results: [
        { id: 'r1', ok: true },
        { id: 'r2', ok: true },
      ],
    });
    const { alertApi, listAccessRequests } = render({ decideAccessRequests });

    expect(
      await screen.findByText('Summaries for support tickets'),
    ).toBeInTheDocument();
    expect(listAccessRequests).toHaveBeenCalledWith(
      expect.objectContaining({ scope: 'review' }),
    );
    const approve = screen.getByRole('button', { name: 'Approve' });
    expect(approve).toBeDisabled();

    await select('Select gpt-4o for alice');
    await select('Select claude-sonnet for team payments');
    expect(screen.getByText('2 selected')).toBeInTheDocument();
    await userEvent.click(approve);

    const dialog = await screen.findByRole('dialog', {
      name: 'Approve 2 requests',
    });
    await userEvent.type(
      within(dialog).getByLabelText('Tokens per minute (TPM)'),
      '5000',
    );
    await userEvent.type(within(dialog).getByLabelText('Budget period'), '7d');
    await userEvent.type(
      within(dialog).getByLabelText('Note (optional)'),
      'Trial for the quarter',
    );
    await userEvent.click(
      within(dialog).getByRole('button', { name: 'Approve' }),
    );

    expect(decideAccessRequests).toHaveBeenCalledWith({
      ids: ['r1', 'r2'],
      decision: 'approve',
      limits: { tpm: 5000, budgetDuration: '7d' },
      reason: 'Trial for the quarter',
    });
    await waitFor(() =>
      expect(alertApi.getAlerts()[0]).toMatchObject({
        message: 'Approved 2 requests.',
        severity: 'success',
      }),
    );
    await waitFor(() =>
      expect(
        listAccessRequests.mock.calls.filter(
          ([q]) => !q?.status && !q?.extension,
        ),
      ).toHaveLength(2),
    );
  });

  it('approves one request with the limits it asked for', async () => {
    const approveAccessRequest = jest
      .fn()
      .mockResolvedValue({ ...alice, status: 'granted' });
    render({ approveAccessRequest });

    await screen.findByText('Summaries for support tickets');
    await select('Select gpt-4o for alice');
    await userEvent.click(screen.getByRole('button', { name: 'Approve' }));
    const dialog = await screen.findByRole('dialog', {
      name: 'Approve gpt-4o for alice',
    });
    // Prefilled with what was requested.
    expect(
      within(dialog).getByLabelText('Tokens per minute (TPM)'),
    ).toHaveValue('10000');
    await userEvent.type(
      within(dialog).getByLabelText('Requests per minute (RPM)'),
      '30',
    );
    await userEvent.click(
      within(dialog).getByRole('button', { name: 'Approve' }),
    );
    expect(approveAccessRequest).toHaveBeenCalledWith('r1', {
      limits: { tpm: 10000, rpm: 30 },
      reason: undefined,
    });
  });

  it('denies only with a reason', async () => {
    const denyAccessRequest = jest
      .fn()
      .mockResolvedValue({ ...bob, status: 'denied' });
    const { alertApi } = render({ denyAccessRequest });

    await screen.findByText('Summaries for support tickets');
    await select('Select o3 for bob');
    await userEvent.click(screen.getByRole('button', { name: 'Deny' }));
    const dialog = await screen.findByRole('dialog', {
      name: 'Deny o3 for bob',
    });
    const deny = within(dialog).getByRole('button', { name: 'Deny' });
    expect(deny).toBeDisabled();
    await userEvent.type(within(dialog).getByLabelText(/Reason/), '   ');
    expect(deny).toBeDisabled();
    await userEvent.type(
      within(dialog).getByLabelText(/Reason/),
      'o3 is for research only',
    );
    expect(deny).toBeEnabled();
    await userEvent.click(deny);

    expect(denyAccessRequest).toHaveBeenCalledWith(
      'r3',
      'o3 is for research only',
    );
    await waitFor(() =>
      expect(alertApi.getAlerts()[0].message).toBe('Denied 1 request.'),
    );
  });

  it('shows which requests failed and why', async () => {
    const decideAccessRequests = jest.fn().mockResolvedValue({
      results: [
        { id: 'r1', ok: true },
        { id: 'r2', ok: true },
        {
          id: 'r3',
          ok: false,
          error: { name: 'ConflictError', message: 'Request is not pending' },
        },
      ],
    });
    const { alertApi } = render({ decideAccessRequests });

    await screen.findByText('Summaries for support tickets');
    await userEvent.click(
      screen.getByRole('checkbox', { name: 'Select all requests' }),
    );
    expect(screen.getByText('3 selected')).toBeInTheDocument();
    await userEvent.click(screen.getByRole('button', { name: 'Deny' }));
    const dialog = await screen.findByRole('dialog', {
      name: 'Deny 3 requests',
    });
    await userEvent.type(
      within(dialog).getByLabelText(/Reason/),
      'Budget freeze',
    );
    await userEvent.click(within(dialog).getByRole('button', { name: 'Deny' }));

    expect(decideAccessRequests).toHaveBeenCalledWith({
      ids: ['r1', 'r2', 'r3'],
      decision: 'deny',
      reason: 'Budget freeze',
      limits: undefined,
    });
    expect(await screen.findByText('Denied 2; 1 failed')).toBeInTheDocument();
    expect(screen.getByText('o3 for bob')).toBeInTheDocument();
    expect(screen.getByText(/Request is not pending/)).toBeInTheDocument();
    expect(alertApi.getAlerts()[0]).toMatchObject({
      message: 'Denied 2 of 3 requests; 1 failed.',
      severity: 'warning',
    });
    // The failed one stays selected for another look.
    await waitFor(() =>
      expect(
        screen.getByRole('checkbox', { name: 'Select o3 for bob' }),
      ).toBeChecked(),
    );
  });

  it('passes the filters to the backend as entity refs', async () => {
    const { listAccessRequests } = render();
    await screen.findByText('Summaries for support tickets');

    await userEvent.selectOptions(screen.getByLabelText('Model'), 'gpt-4o');
    await userEvent.type(screen.getByLabelText('Requester'), 'alice');
    await userEvent.type(screen.getByLabelText('Team'), 'payments');
    await userEvent.type(screen.getByLabelText('Older than (days)'), '7');

    await waitFor(() =>
      expect(listAccessRequests).toHaveBeenLastCalledWith({
        scope: 'review',
        model: 'gpt-4o',
        requestedBy: 'user:default/alice',
        subject: 'group:default/payments',
        olderThanDays: 7,
        limit: 20,
        offset: 0,
      }),
    );
    // Only models the caller reviews are offered.
    expect(
      within(screen.getByLabelText('Model')).queryByText('not-mine'),
    ).not.toBeInTheDocument();
  });

  it('pages through the queue on the server', async () => {
    const waiting = Array.from({ length: 45 }, (_, i) =>
      aRequest({
        id: `p${i}`,
        modelName: `model-${i}`,
        justification: `Why ${i}`,
      }),
    );
    const listAccessRequests = jest.fn(async (query?: AccessRequestQuery) => {
      const offset = query?.offset ?? 0;
      const limit = query?.limit ?? 500;
      const items =
        query?.status?.includes('granted') || query?.extension ? [] : waiting;
      return {
        items: items.slice(offset, offset + limit),
        total: items.length,
        offset,
        limit,
      };
    });
    render({ listAccessRequests });

    expect(await screen.findByText('Why 0')).toBeInTheDocument();
    expect(screen.getByText('Waiting for review (45)')).toBeInTheDocument();
    expect(screen.getAllByText('1-20 of 45')[0]).toBeInTheDocument();
    expect(screen.queryByText('Why 20')).not.toBeInTheDocument();

    await userEvent.click(screen.getByRole('button', { name: 'Next Page' }));
    expect(await screen.findByText('Why 20')).toBeInTheDocument();
    expect(listAccessRequests).toHaveBeenLastCalledWith(
      expect.objectContaining({ scope: 'review', limit: 20, offset: 20 }),
    );
    // The filters' debounce, due 300 ms after the page opened, does not
    // send a reader who paged on at once back to the first page.
    await new Promise(resolve => setTimeout(resolve, 400));
    expect(screen.getByText('Why 20')).toBeInTheDocument();
    expect(screen.getAllByText('21-40 of 45')[0]).toBeInTheDocument();
    expect(screen.queryByText('Why 0')).not.toBeInTheDocument();
  });

  it('turns to the last page when deciding empties the one shown', async () => {
    let waiting = Array.from({ length: 21 }, (_, i) =>
      aRequest({
        id: `p${i}`,
        modelName: `model-${i}`,
        justification: `Why ${i}`,
      }),
    );
    const listAccessRequests = jest.fn(async (query?: AccessRequestQuery) => {
      const offset = query?.offset ?? 0;
      const limit = query?.limit ?? 500;
      const items =
        query?.status?.includes('granted') || query?.extension ? [] : waiting;
      return {
        items: items.slice(offset, offset + limit),
        total: items.length,
        offset,
        limit,
      };
    });
    const approveAccessRequest = jest.fn(async (id: string) => {
      const request = waiting.find(r => r.id === id)!;
      waiting = waiting.filter(r => r.id !== id);
      return { ...request, status: 'granted' as const };
    });
    render({ listAccessRequests, approveAccessRequest });
    await screen.findByText('Why 0');
    await userEvent.click(screen.getByRole('button', { name: 'Next Page' }));
    // The next page comes from the server: wait for it (slow under load).
    await userEvent.click(
      await screen.findByRole(
        'checkbox',
        { name: 'Select model-20 for alice' },
        { timeout: 5000 },
      ),
    );
    await userEvent.click(screen.getByRole('button', { name: 'Approve' }));
    await userEvent.click(
      within(await screen.findByRole('dialog')).getByRole('button', {
        name: 'Approve',
      }),
    );

    expect(approveAccessRequest).toHaveBeenCalledWith('p20', expect.anything());
    expect(await screen.findByText('Why 19')).toBeInTheDocument();
    expect(listAccessRequests).toHaveBeenLastCalledWith(
      expect.objectContaining({ offset: 0 }),
    );
    expect(screen.getByText('Waiting for review (20)')).toBeInTheDocument();
  });

  it('tints selected rows with the primary colour, not the secondary', async () => {
    let theme: Theme | undefined;
    const ThemeProbe = () => {
      theme = useTheme();
      return null;
    };
    renderInTestApp(
      <>
        <ThemeProbe />
        <ReviewQueuePage />
      </>,
      {
        mountedRoutes: catalogRoutes,
        apis: [
          [
            litemaasApiRef,
            fakeApi({
              listAccessRequests: async query => ({
                items: query?.extension ? [] : [alice, bob],
              }),
            }),
          ],
        ],
      },
    );
    await screen.findByText('Summaries for support tickets');
    const checkbox = screen.getByRole('checkbox', {
      name: 'Select gpt-4o for alice',
    });
    expect(checkbox.closest('.MuiCheckbox-root')).toHaveClass(
      'MuiCheckbox-colorPrimary',
    );
    await userEvent.click(checkbox);

    const rowOf = (name: string) =>
      screen.getByRole('checkbox', { name }).closest('tr')!;
    const { primary, secondary } = theme!.palette;
    const rgb = (color: string) =>
      decomposeColor(color.startsWith('#') ? hexToRgb(color) : color)
        .values.slice(0, 3)
        .join(', ');
    const tint = rowOf('Select gpt-4o for alice').style.backgroundColor;
    expect(tint).toBe(alpha(primary.main, 0.08));
    expect(tint).toContain(rgb(primary.main));
    expect(tint).not.toContain(rgb(secondary.main));
    expect(rowOf('Select o3 for bob').style.backgroundColor).toBe('');
  });

  it('says when nothing waits', async () => {
    render({ listAccessRequests: async () => ({ items: [] }) });
    expect(
      await screen.findByText('No requests waiting for you'),
    ).toBeInTheDocument();
  });
});

describe('Current grants', () => {
  it('changes a grant’s limits and ends a grant', async () => {
    const changeGrantLimits = jest
      .fn()
      .mockResolvedValue({ ...grantOfCarol, limits: { tpm: 1000, rpm: 30 } });
    const revokeAccess = jest
      .fn()
      .mockResolvedValue({ ...grantOfCarol, status: 'revoked' });
    render({ changeGrantLimits, revokeAccess });
    const table = await screen.findByRole('table', { name: 'Current grants' });
    expect(within(table).getByText('5K TPM · 30 RPM')).toBeInTheDocument();

    await userEvent.click(
      screen.getByRole('button', {
        name: 'Change limits of gpt-4o for user:default/carol',
      }),
    );
    const dialog = await screen.findByRole('dialog');
    const tpm = within(dialog).getByLabelText('Tokens per minute (TPM)');
    await userEvent.clear(tpm);
    await userEvent.type(tpm, '1000');
    await userEvent.type(
      within(dialog).getByLabelText('Why (optional)'),
      'Capacity',
    );
    await userEvent.click(
      within(dialog).getByRole('button', { name: 'Save limits' }),
    );
    expect(changeGrantLimits).toHaveBeenCalledWith('g1', {
      limits: { tpm: 1000, rpm: 30 },
      reason: 'Capacity',
    });

    await userEvent.click(
      screen.getByRole('button', {
        name: 'End the grant of gpt-4o for user:default/carol',
      }),
    );
    await userEvent.click(
      within(await screen.findByRole('dialog')).getByRole('button', {
        name: 'End grant',
      }),
    );
    expect(revokeAccess).toHaveBeenCalledWith('g1', undefined);
  });

  it('pages through the grants on the server', async () => {
    const grants = Array.from({ length: 25 }, (_, i) =>
      aRequest({
        id: `g${i}`,
        modelName: `granted-${i}`,
        status: 'granted',
      }),
    );
    const listAccessRequests = jest.fn(async (query?: AccessRequestQuery) => {
      const offset = query?.offset ?? 0;
      const limit = query?.limit ?? 500;
      let items = query?.status?.includes('granted') ? grants : [alice];
      if (query?.extension) items = [];
      return {
        items: items.slice(offset, offset + limit),
        total: items.length,
        offset,
        limit,
      };
    });
    render({ listAccessRequests });
    const table = await screen.findByRole('table', { name: 'Current grants' });
    expect(within(table).getByText('granted-0')).toBeInTheDocument();
    expect(within(table).queryByText('granted-20')).not.toBeInTheDocument();

    await userEvent.click(screen.getByRole('button', { name: 'Next Page' }));
    expect(await screen.findByText('granted-20')).toBeInTheDocument();
    expect(listAccessRequests).toHaveBeenLastCalledWith({
      scope: 'review',
      status: ['granted'],
      limit: 20,
      offset: 20,
    });
    expect(screen.queryByText('granted-0')).not.toBeInTheDocument();
  });
});
