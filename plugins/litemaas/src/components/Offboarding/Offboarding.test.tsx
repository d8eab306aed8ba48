import { mockApis, renderInTestApp } from '@backstage/frontend-test-utils';
import {
  Departure,
  OffboardingReport,
  OffboardingStatus,
} from '@litemaas/backstage-plugin-litemaas-common';
import { screen, waitFor, within } from '@testing-library/react';
import userEventBase from '@testing-library/user-event';
import { litemaasApiRef } from '../../api';
import {
  FakeApiOverrides,
  aKey,
  aRequest,
  allowAll,
  fakeApi,
} from '../../__testUtils__/fixtures';
import { englishLeft, languageApis } from '../../__testUtils__/i18n';
import { catalogRoutes } from '../../testing/catalogRoutes';
import de from '../../translations/de';
import { KeysAdminPage } from '../KeysAdminPage';
import { Offboarding } from './Offboarding';

// A section of Keys admin, which only admins open: that it stays closed to
// everyone else is in LiteMaasPage.nonAdmin.test.tsx (usePermission caches
// per test file).

const userEvent = userEventBase.setup({ delay: null });

const DAY = 24 * 3600 * 1000;
const ERIN = 'user:default/erin';
const ago = (days: number) => new Date(Date.now() - days * DAY).toISOString();
const inDays = (days: number) =>
  new Date(Date.now() + days * DAY).toISOString();

function aDeparture(overrides: Partial<Departure> = {}): Departure {
  return {
    subjectRef: 'user:default/erin',
    status: 'departing',
    firstMissingAt: ago(2),
    confirmedAt: ago(1),
    offboardAt: inDays(6),
    ...overrides,
  };
}

/** One of each state. */
const everyone: Departure[] = [
  aDeparture({ subjectRef: 'user:default/erin' }),
  aDeparture({
    subjectRef: 'user:default/frank',
    status: 'suspected',
    firstMissingAt: ago(0),
    confirmedAt: undefined,
    offboardAt: undefined,
  }),
  aDeparture({
    subjectRef: 'user:default/gina',
    status: 'kept',
    keptBy: 'user:default/dana',
  }),
  aDeparture({
    subjectRef: 'user:default/hal',
    status: 'offboarded',
    firstMissingAt: ago(20),
    confirmedAt: ago(19),
    offboardAt: ago(12),
    offboardedAt: ago(12),
    keysRevoked: 2,
    grantsEnded: 3,
  }),
];

function aReport(overrides: Partial<OffboardingReport> = {}) {
  return {
    checked: 12,
    missing: 2,
    confirmed: 1,
    offboarded: 0,
    returned: 0,
    ...overrides,
  };
}

function aStatus(overrides: Partial<OffboardingStatus> = {}) {
  const at = new Date(Date.now() - 60_000).toISOString();
  return {
    status: 'ok',
    startedAt: at,
    finishedAt: at,
    reportAt: at,
    report: aReport(),
    ...overrides,
  } as OffboardingStatus;
}

function render(
  overrides: FakeApiOverrides,
  options: {
    apis?: Array<[any, any]>;
    element?: JSX.Element;
    path?: string;
  } = {},
) {
  const alertApi = mockApis.alert();
  renderInTestApp(options.element ?? <Offboarding pollIntervalMs={1} />, {
    mountedRoutes: catalogRoutes,
    initialRouteEntries: options.path ? [options.path] : undefined,
    apis: [
      [
        litemaasApiRef,
        fakeApi({
          getOffboardingStatus: async () => aStatus(),
          // Erin holds a key and a grant; the search also finds erin2's key.
          listKeys: async query => ({
            items:
              query?.search === ERIN
                ? [
                    aKey({ subjectRef: ERIN }),
                    aKey({ id: 'k2', subjectRef: `${ERIN}2` }),
                  ]
                : [],
          }),
          listAccessRequests: async query => ({
            items:
              query?.subject === ERIN
                ? [aRequest({ subjectRef: ERIN, status: 'granted' })]
                : [],
          }),
          ...overrides,
        }),
      ],
      allowAll(),
      alertApi,
      ...(options.apis ?? []),
    ],
  });
  return { alertApi };
}

const rowOf = (name: string) =>
  screen.getByText(name, { exact: true }).closest('tr') as HTMLElement;

describe('Offboarding', () => {
  it('is the Offboarding section of Keys admin, where notifications link', async () => {
    render(
      { listDepartures: async () => ({ items: [aDeparture()] }) },
      { element: <KeysAdminPage />, path: '/?section=offboarding' },
    );
    expect(await screen.findByText('erin', { exact: true })).toBeVisible();
    expect(screen.getByRole('tab', { name: 'Offboarding' })).toHaveAttribute(
      'aria-selected',
      'true',
    );
  });

  it('shows that the list is loading', async () => {
    render({ listDepartures: () => new Promise(() => {}) });
    expect(
      await screen.findByRole('status', {
        name: 'the users missing from the catalog',
      }),
    ).toBeInTheDocument();
  });

  it('says when nobody left the catalog and the task has not run', async () => {
    render({
      listDepartures: async () => ({ items: [] }),
      getOffboardingStatus: async () => ({ status: 'idle' }),
    });
    expect(
      await screen.findByText(
        'Nobody with personal keys or grants has left the catalog.',
      ),
    ).toBeInTheDocument();
    expect(
      screen.getByText('Offboarding has not run since the portal started.'),
    ).toBeInTheDocument();
    // The rule is explained, and the trail is one link away.
    expect(
      screen.getByText(/missing from two consecutive reads/),
    ).toBeVisible();
    expect(screen.getByText(/holds back|hold-back allows/)).toBeVisible();
    expect(
      screen.getByRole('link', { name: 'Offboarding in the audit trail' }),
    ).toHaveAttribute('href', '/litemaas/audit?search=offboarding');
  });

  it('says when the list fails to load, and tries again', async () => {
    const listDepartures = jest
      .fn()
      .mockRejectedValueOnce(new Error('catalog down'))
      .mockResolvedValue({ items: [aDeparture()] });
    render({ listDepartures });
    expect(
      await screen.findByText(
        'Could not load the users missing from the catalog: catalog down',
      ),
    ).toBeInTheDocument();
    await userEvent.click(screen.getByRole('button', { name: 'Try again' }));
    expect(
      await screen.findByText('erin', { exact: true }),
    ).toBeInTheDocument();
  });

  it('lists each user with where they stand, and Keep only where it can act', async () => {
    render({ listDepartures: async () => ({ items: everyone }) });
    await screen.findByText('erin', { exact: true });
    expect(
      screen.getByText('Users missing from the catalog (4)'),
    ).toBeInTheDocument();
    expect(screen.getAllByRole('status')[0]).toHaveTextContent(
      'Last run 1 minute ago: users with access: 12 · missing: 2 · now departing: 1',
    );

    const erin = rowOf('erin');
    expect(within(erin).getByText('Departing')).toBeInTheDocument();
    expect(within(erin).getByText(/^departing since/)).toBeInTheDocument();
    expect(
      within(erin).getByText(/^Keys and grants end on /),
    ).toBeInTheDocument();
    expect(
      within(erin).getByRole('button', { name: 'Keep erin' }),
    ).toBeInTheDocument();
    // What offboarding would end.
    expect(
      await within(erin).findByText('Personal keys: 1'),
    ).toBeInTheDocument();
    expect(
      within(erin).getByText('Grants and requests: 1'),
    ).toBeInTheDocument();

    const frank = rowOf('frank');
    expect(within(frank).getByText('Missing once')).toBeInTheDocument();
    expect(
      within(frank).getByText('Checked again at the next run'),
    ).toBeInTheDocument();
    expect(
      within(frank).getByRole('button', { name: 'Keep frank' }),
    ).toBeInTheDocument();
    expect(
      await within(frank).findByText('Grants and requests: 0'),
    ).toBeInTheDocument();

    const gina = rowOf('gina');
    expect(within(gina).getByText('Kept')).toBeInTheDocument();
    expect(
      within(gina).getByText('Kept by dana: nothing ends'),
    ).toBeInTheDocument();
    expect(within(gina).queryByRole('button')).toBeNull();

    const hal = rowOf('hal');
    expect(within(hal).getByText('Offboarded')).toBeInTheDocument();
    expect(
      within(hal).getByText('Keys revoked: 2 · grants and requests ended: 3'),
    ).toBeInTheDocument();
    expect(within(hal).queryByRole('button')).toBeNull();
  });

  it('keeps a departing user after asking, and shows the list again', async () => {
    const keepDeparture = jest
      .fn()
      .mockResolvedValue(
        aDeparture({ status: 'kept', keptBy: 'user:default/admin' }),
      );
    const listDepartures = jest
      .fn()
      .mockResolvedValueOnce({ items: [aDeparture()] })
      .mockResolvedValue({
        items: [aDeparture({ status: 'kept', keptBy: 'user:default/admin' })],
      });
    const { alertApi } = render({ listDepartures, keepDeparture });
    await userEvent.click(
      await screen.findByRole('button', { name: 'Keep erin' }),
    );
    const dialog = await screen.findByRole('dialog', { name: 'Keep erin?' });
    expect(dialog).toHaveTextContent(/catalog is wrong about them/);
    expect(keepDeparture).not.toHaveBeenCalled();
    await userEvent.click(within(dialog).getByRole('button', { name: 'Keep' }));
    await waitFor(() =>
      expect(keepDeparture).toHaveBeenCalledWith('user:default/erin'),
    );
    expect(
      await screen.findByText('Kept by admin: nothing ends'),
    ).toBeInTheDocument();
    expect(listDepartures).toHaveBeenCalledTimes(2);
    expect(
      screen.queryByRole('button', { name: 'Keep erin' }),
    ).not.toBeInTheDocument();
    expect(alertApi.getAlerts()).toContainEqual(
      expect.objectContaining({ message: 'erin is kept.' }),
    );
  });

  it('runs the task now, waits for it and shows the new run and list', async () => {
    const requestedAt = new Date().toISOString();
    const later = new Date(Date.now() + 1000).toISOString();
    const runOffboarding = jest
      .fn()
      .mockResolvedValue(aStatus({ status: 'running', requestedAt }));
    const getOffboardingStatus = jest
      .fn()
      .mockResolvedValueOnce(aStatus())
      .mockResolvedValueOnce(aStatus({ status: 'running', requestedAt }))
      .mockResolvedValue(
        aStatus({
          requestedAt,
          startedAt: later,
          finishedAt: later,
          reportAt: later,
          report: aReport({ checked: 13, offboarded: 1 }),
        }),
      );
    const listDepartures = jest.fn().mockResolvedValue({ items: [] });
    const { alertApi } = render({
      runOffboarding,
      getOffboardingStatus,
      listDepartures,
    });
    await screen.findByText(
      'Nobody with personal keys or grants has left the catalog.',
    );
    await userEvent.click(screen.getByRole('button', { name: 'Run now' }));
    await waitFor(() =>
      expect(screen.getAllByRole('status')[0]).toHaveTextContent(
        'users with access: 13 · missing: 2 · now departing: 1 · offboarded: 1',
      ),
    );
    expect(runOffboarding).toHaveBeenCalledTimes(1);
    expect(getOffboardingStatus).toHaveBeenCalledTimes(3);
    expect(listDepartures).toHaveBeenCalledTimes(2);
    expect(alertApi.getAlerts()).toContainEqual(
      expect.objectContaining({ message: 'Offboarding ran.' }),
    );
  });

  it('says when the last run held back', async () => {
    render({
      listDepartures: async () => ({ items: [] }),
      getOffboardingStatus: async () =>
        aStatus({
          report: aReport({ heldBack: '14 of 20 users are missing' }),
        }),
    });
    expect(
      await screen.findByText(/The last run held back/),
    ).toBeInTheDocument();
  });

  it('speaks German, with no English left', async () => {
    render(
      { listDepartures: async () => ({ items: everyone }) },
      { apis: languageApis('de', de) },
    );
    await screen.findByText('erin', { exact: true });
    expect(
      screen.getByRole('button', { name: 'Jetzt ausführen' }),
    ).toBeInTheDocument();
    expect(within(rowOf('erin')).getByText('Scheidet aus')).toBeInTheDocument();
    await userEvent.click(
      screen.getByRole('button', { name: 'erin behalten' }),
    );
    await screen.findByRole('dialog', { name: 'erin behalten?' });
    expect(englishLeft(de)).toEqual([]);
  });
});
