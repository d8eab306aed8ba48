import { screen } from '@testing-library/react';
import { renderInTestApp } from '@backstage/frontend-test-utils';
import { EndsSoonChip } from './GrantEnd';

describe('EndsSoonChip', () => {
  // 7 Dec 2026, 10:00 in the reader's time zone.
  const now = new Date(2026, 11, 7, 10).getTime();
  const at = (day: number, hour: number) =>
    new Date(2026, 11, day, hour).toISOString();

  it('counts calendar days: today, tomorrow, then days', async () => {
    await renderInTestApp(
      <>
        <EndsSoonChip end={at(7, 23)} now={now} />
        <EndsSoonChip end={at(8, 1)} now={now} />
        <EndsSoonChip end={at(10, 23)} now={now} />
      </>,
    );
    expect(screen.getByText('Ends today')).toBeInTheDocument();
    expect(screen.getByText('Ends in 1 day')).toBeInTheDocument();
    // The 10th is three days away at any hour, not four.
    expect(screen.getByText('Ends in 3 days')).toBeInTheDocument();
  });
});
