import { ReactNode } from 'react';
import {
  TestApiProvider,
  mockApis,
  renderInTestApp,
} from '@backstage/frontend-test-utils';
import { UsageRow } from '@litemaas/backstage-plugin-litemaas-common';
import {
  fireEvent,
  render,
  screen,
  waitFor,
  within,
} from '@testing-library/react';
import userEventBase from '@testing-library/user-event';
import { aUsageRow } from '../../__testUtils__/fixtures';
import { formatCount, formatSpend, formatTokens } from '../format';
import { SpendPerDayChart, TokensPerDayChart } from './DailyUsageCharts';
import {
  ChartSeries,
  UsageChart,
  UsageTooltipContent,
  niceTicks,
} from './UsageChart';

// jsdom has no layout and no ResizeObserver: the charts keep the width they
// start with (INITIAL_CHART_WIDTH), so recharts draws them here too.

const userEvent = userEventBase.setup({ delay: null });

const days: UsageRow[] = [
  aUsageRow('2026-11-18', {
    promptTokens: 1000,
    completionTokens: 500,
    totalTokens: 1500,
    spend: 1.5,
  }),
  aUsageRow('2026-11-19'),
  aUsageRow('2026-11-20', {
    promptTokens: 200,
    completionTokens: 100,
    totalTokens: 300,
    spend: 0.0042,
  }),
];

const series: ChartSeries[] = [
  {
    id: 'prompt',
    label: 'Prompt',
    color: '#111111',
    value: row => row.promptTokens,
  },
  {
    id: 'completion',
    label: 'Completion',
    color: '#222222',
    value: row => row.completionTokens,
  },
];

/** The colours of the bars drawn. */
function barFills(chart: Element): Set<string | null> {
  return new Set(
    Array.from(chart.querySelectorAll('.recharts-bar-rectangle path')).map(
      bar => bar.getAttribute('fill'),
    ),
  );
}

describe('niceTicks', () => {
  it('reaches a round number at or above the highest value', () => {
    expect(niceTicks(0)).toEqual([0]);
    expect(niceTicks(10)).toEqual([0, 2.5, 5, 7.5, 10]);
    expect(niceTicks(13)).toEqual([0, 5, 10, 15]);
    expect(niceTicks(1_234_567)).toEqual([0, 500000, 1000000, 1500000]);
    expect(niceTicks(0.3)).toEqual([0, 0.1, 0.2, 0.3]);
    expect(niceTicks(0.0042)).toEqual([0, 0.002, 0.004, 0.006]);
  });
});

describe('UsageChart', () => {
  it('draws stacked bars with a legend, axis titles and a summary', async () => {
    const { container } = await renderInTestApp(
      <UsageChart
        title="Tokens per day"
        days={days}
        series={series}
        format={formatCount}
        formatTick={formatTokens}
        yLabel="Tokens"
      />,
    );
    const chart = screen.getByRole('group', { name: /^Tokens per day/ });
    expect(chart).toHaveAccessibleName(
      'Tokens per day: Nov 18, 2026 to Nov 20, 2026; highest 1,500 on Nov 18, 2026.',
    );
    // recharts' keyboard-navigable surface, titled and described.
    const surface = within(chart).getByRole('application', {
      name: 'Tokens per day',
    });
    expect(surface.querySelector('desc')).toHaveTextContent(
      'Nov 18, 2026 to Nov 20, 2026; highest 1,500 on Nov 18, 2026.',
    );
    expect(within(chart).getByText('Tokens')).toBeInTheDocument();
    expect(within(chart).getByText('Day (UTC)')).toBeInTheDocument();
    // Ticks of the y axis come from niceTicks, formatted for the axis.
    for (const tick of ['0', '500', '1K', '1.5K']) {
      expect(within(chart).getByText(tick)).toBeInTheDocument();
    }
    expect(within(chart).getByText('Nov 18')).toBeInTheDocument();

    // One bar series per stacked part, in its colour (once the bars have
    // grown in).
    await waitFor(() =>
      expect(barFills(container)).toEqual(new Set(['#111111', '#222222'])),
    );

    // The legend names the series; a day per list item for screen readers.
    const legend = screen.getByTestId('usage-chart-legend');
    expect(legend).toHaveTextContent('PromptCompletion');
    expect(within(chart).getAllByRole('listitem')).toHaveLength(3);
    expect(
      within(chart).getByRole('listitem', {
        name: 'Nov 18, 2026: 1,500 (1,000 prompt, 500 completion)',
      }),
    ).toBeInTheDocument();
  });

  it('shows a day in the tooltip as the keyboard moves along the bars', async () => {
    await renderInTestApp(
      <UsageChart
        title="Tokens per day"
        days={days}
        series={series}
        format={formatCount}
        yLabel="Tokens"
      />,
    );
    const surface = screen.getByRole('application', { name: 'Tokens per day' });
    expect(screen.queryByRole('status')).not.toBeInTheDocument();
    // Focus shows the first day; the arrow keys move from day to day.
    fireEvent.focus(surface);
    expect(await screen.findByRole('status')).toHaveTextContent(
      'Nov 18, 2026Prompt: 1,000Completion: 500Total: 1,500',
    );
    fireEvent.keyDown(surface, { key: 'ArrowRight' });
    fireEvent.keyDown(surface, { key: 'ArrowRight' });
    await waitFor(() =>
      expect(screen.getByRole('status')).toHaveTextContent(
        'Nov 20, 2026Prompt: 200Completion: 100Total: 300',
      ),
    );
  });

  it('formats the tooltip with the series and the total', () => {
    // The tooltip's words come from the app's translation API.
    const wrapper = ({ children }: { children?: ReactNode }) => (
      <TestApiProvider apis={[mockApis.translation(), mockApis.error()]}>
        {children}
      </TestApiProvider>
    );
    const { container, rerender } = render(
      <UsageTooltipContent
        active
        payload={[{ payload: days[0] }]}
        series={series}
        format={formatCount}
      />,
      { wrapper },
    );
    expect(container).toHaveTextContent(
      'Nov 18, 2026Prompt: 1,000Completion: 500Total: 1,500',
    );

    rerender(
      <UsageTooltipContent
        active
        payload={[{ payload: days[2] }]}
        series={[{ ...series[0], value: row => row.spend }]}
        format={formatSpend}
      />,
    );
    // One series: the figure alone, in the spend format.
    expect(container).toHaveTextContent(/^Nov 20, 2026<\$0\.01$/);

    rerender(
      <UsageTooltipContent
        active={false}
        payload={[{ payload: days[0] }]}
        series={series}
        format={formatCount}
      />,
    );
    expect(container).toBeEmptyDOMElement();
  });

  it('shows the same figures as a table, and goes back to the chart', async () => {
    await renderInTestApp(
      <UsageChart
        title="Tokens per day"
        days={days}
        series={series}
        format={formatCount}
        yLabel="Tokens"
      />,
    );
    await userEvent.click(
      screen.getByRole('button', { name: 'Show as table' }),
    );
    const table = screen.getByRole('table', { name: 'Tokens per day' });
    const rows = within(table).getAllByRole('row');
    expect(rows[0]).toHaveTextContent('DayPromptCompletionTokens');
    expect(rows[1]).toHaveTextContent('Nov 18, 20261,0005001,500');
    expect(rows).toHaveLength(4);
    expect(screen.queryByRole('application')).not.toBeInTheDocument();

    await userEvent.click(
      screen.getByRole('button', { name: 'Show as chart' }),
    );
    expect(
      screen.getByRole('application', { name: 'Tokens per day' }),
    ).toBeInTheDocument();
  });

  it('says when there are no days, or nothing was recorded', async () => {
    await renderInTestApp(
      <>
        <UsageChart
          title="Tokens per day"
          days={[]}
          series={series}
          format={formatCount}
          yLabel="Tokens"
        />
        <UsageChart
          title="Spend per day"
          days={[aUsageRow('2026-11-19')]}
          series={[{ ...series[0], value: row => row.spend }]}
          format={formatSpend}
          yLabel="Spend (USD)"
        />
      </>,
    );
    expect(
      screen.getByRole('group', { name: 'Tokens per day: No days.' }),
    ).toHaveTextContent('No days to show.');
    expect(
      screen.getByRole('group', {
        name: 'Spend per day: Nov 19, 2026 to Nov 19, 2026; nothing recorded.',
      }),
    ).toBeInTheDocument();
  });
});

describe('daily usage charts', () => {
  it("draw in the theme's colours", async () => {
    const { container } = await renderInTestApp(
      <>
        <SpendPerDayChart days={days} />
        <TokensPerDayChart days={days} />
      </>,
    );
    const spend = screen.getByRole('group', { name: /^Spend per day/ });
    const tokens = screen.getByRole('group', { name: /^Tokens per day/ });
    // Backstage's light theme: primary #1F5493; secondary is MUI's default.
    await waitFor(() => {
      expect(barFills(spend)).toEqual(new Set(['#1F5493']));
      expect(barFills(tokens)).toEqual(new Set(['#1F5493', '#f50057']));
    });
    expect(container).toHaveTextContent('Spend (USD)');
    expect(
      within(spend).getByRole('listitem', { name: 'Nov 20, 2026: <$0.01' }),
    ).toBeInTheDocument();
  });
});
