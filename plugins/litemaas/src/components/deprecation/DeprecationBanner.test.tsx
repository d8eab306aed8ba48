import { mockApis, renderInTestApp } from '@backstage/frontend-test-utils';
import { ModelDeprecationInfo } from '@litemaas/backstage-plugin-litemaas-common';
import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { litemaasApiRef } from '../../api';
import { aModel, fakeApi, freezeDate } from '../../__testUtils__/fixtures';
import { englishLeft, languageApis } from '../../__testUtils__/i18n';
import de from '../../translations/de';
import { catalogRoutes } from '../../testing/catalogRoutes';
import { endOfLocalDay } from '../common';
import { ModelDetailPage } from '../ModelDetailPage';
import { DeprecationBanner } from './DeprecationBanner';
import { ModelNameChip } from './DeprecationChips';

// Today is 7 Dec 2026, 10:00 in the reader's time zone.
const NOW = new Date(2026, 11, 7, 10);

const deprecated: ModelDeprecationInfo = {
  state: 'deprecated',
  replacement: 'gpt-4.1',
  retireAt: endOfLocalDay('2026-12-21')!,
  note: 'Same prompts work; mind the new rate limits.',
};
const retired: ModelDeprecationInfo = {
  state: 'retired',
  replacement: 'gpt-4.1',
  retireAt: endOfLocalDay('2026-12-01')!,
};

describe('DeprecationBanner', () => {
  beforeEach(() => freezeDate(NOW.toISOString()));
  afterEach(() => jest.useRealTimers());

  it('says when a deprecated model retires, what to move to and why', async () => {
    await renderInTestApp(
      <DeprecationBanner
        deprecation={deprecated}
        campaignLink="/litemaas/review?tab=deprecations&model=gpt-4o"
      />,
    );
    expect(
      screen.getByText('Deprecated: retires on Dec 21, 2026 (in 14 days).'),
    ).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'gpt-4.1' })).toHaveAttribute(
      'href',
      '/litemaas/models/gpt-4.1',
    );
    expect(screen.getByText(/^Move to/)).toHaveTextContent('Move to gpt-4.1.');
    expect(
      screen.getByText('Note: Same prompts work; mind the new rate limits.'),
    ).toBeInTheDocument();
    expect(
      screen.getByRole('link', { name: 'Follow the campaign' }),
    ).toHaveAttribute('href', '/litemaas/review?tab=deprecations&model=gpt-4o');
  });

  it('counts down to tomorrow and today, and says when no replacement was named', async () => {
    await renderInTestApp(
      <>
        <DeprecationBanner
          deprecation={{
            state: 'deprecated',
            retireAt: endOfLocalDay('2026-12-08')!,
          }}
        />
        <DeprecationBanner
          deprecation={{
            state: 'deprecated',
            retireAt: endOfLocalDay('2026-12-07')!,
          }}
        />
      </>,
    );
    expect(
      screen.getByText('Deprecated: retires on Dec 8, 2026 (tomorrow).'),
    ).toBeInTheDocument();
    expect(
      screen.getByText('Deprecated: retires on Dec 7, 2026 (today).'),
    ).toBeInTheDocument();
    expect(
      screen.getAllByText('No replacement was named: ask the model’s owner.'),
    ).toHaveLength(2);
  });

  it('says a retired model is gone', async () => {
    await renderInTestApp(<DeprecationBanner deprecation={retired} />);
    expect(screen.getByText('Retired on Dec 1, 2026.')).toBeInTheDocument();
    expect(screen.getByText(/^Use/)).toHaveTextContent('Use gpt-4.1 instead.');
    expect(screen.getByRole('alert')).toHaveClass('MuiAlert-standardError');
  });

  it('shows nothing for a model in service', async () => {
    await renderInTestApp(<DeprecationBanner />);
    expect(screen.queryByRole('alert')).toBeNull();
  });

  it('speaks German with no English left', async () => {
    await renderInTestApp(
      <>
        <DeprecationBanner deprecation={deprecated} campaignLink="/x" />
        <DeprecationBanner deprecation={retired} />
      </>,
      { apis: [...languageApis('de', de)] },
    );
    expect(
      screen.getByText(
        'Abgekündigt: wird am 21.12.2026 eingestellt (in 14 Tagen).',
      ),
    ).toBeInTheDocument();
    expect(englishLeft(de)).toEqual([]);
  });
});

describe('ModelNameChip', () => {
  beforeEach(() => freezeDate(NOW.toISOString()));
  afterEach(() => jest.useRealTimers());

  it('marks a deprecated or retired model on a key, saying why on hover', async () => {
    await renderInTestApp(
      <>
        <ModelNameChip name="gpt-4o" deprecation={deprecated} />
        <ModelNameChip name="o1" deprecation={retired} />
        <ModelNameChip name="claude-sonnet" />
      </>,
    );
    const chip = screen.getByLabelText(
      'gpt-4o: Deprecated: retires on Dec 21, 2026; move to gpt-4.1',
    );
    expect(chip).toHaveAttribute('data-deprecation', 'deprecated');
    expect(
      screen.getByLabelText('o1: Retired on Dec 1, 2026; use gpt-4.1'),
    ).toHaveAttribute('data-deprecation', 'retired');
    expect(screen.getByText('claude-sonnet')).toBeInTheDocument();
    await userEvent.hover(screen.getByText('gpt-4o'));
    expect(
      await screen.findByRole('tooltip', {
        name: 'Deprecated: retires on Dec 21, 2026; move to gpt-4.1',
      }),
    ).toBeInTheDocument();
  });
});

describe('ModelDetailPage of a deprecated model', () => {
  beforeEach(() => freezeDate(NOW.toISOString()));
  afterEach(() => jest.useRealTimers());

  function render(deprecation: ModelDeprecationInfo, canReview = false) {
    const model = aModel({ name: 'gpt-4o', deprecation, canReview });
    renderInTestApp(<ModelDetailPage />, {
      mountedRoutes: catalogRoutes,
      mountPath: '/litemaas/models/:name',
      initialRouteEntries: ['/litemaas/models/gpt-4o'],
      apis: [
        [litemaasApiRef, fakeApi({ getModel: async () => ({ model }) })],
        mockApis.identity({
          userEntityRef: 'user:default/alice',
          ownershipEntityRefs: ['user:default/alice'],
        }),
      ],
    });
  }

  it('still lets people ask for a deprecated model, warning them', async () => {
    render(deprecated, true);
    expect(
      await screen.findByText(
        'Deprecated: retires on Dec 21, 2026 (in 14 days).',
      ),
    ).toBeInTheDocument();
    expect(
      screen.getByRole('link', { name: 'Follow the campaign' }),
    ).toHaveAttribute('href', '/litemaas/review?tab=deprecations&model=gpt-4o');
    await userEvent.click(
      screen.getByRole('button', { name: 'Request access' }),
    );
    expect(
      await screen.findByTestId('request-deprecation-warning'),
    ).toHaveTextContent(
      'gpt-4o is deprecated and retires on Dec 21, 2026: access to it ends then. Consider gpt-4.1 instead.',
    );
  });

  it('disables asking for a retired model, saying why', async () => {
    render(retired);
    expect(
      await screen.findByText('Retired on Dec 1, 2026.'),
    ).toBeInTheDocument();
    const button = screen.getByRole('button', { name: 'Request access' });
    expect(button).toBeDisabled();
    expect(button).toHaveAccessibleDescription(
      'Retired on Dec 1, 2026: it can no longer be requested.',
    );
    expect(
      screen.queryByRole('link', { name: 'Follow the campaign' }),
    ).toBeNull();
  });
});
