import { useLitemaasText } from '../../translationText';
import { useCallback, useMemo } from 'react';
import { useSearchParams } from 'react-router-dom';
import TextField from '@material-ui/core/TextField';
import { makeStyles } from '@material-ui/core/styles';
import ToggleButton from '@material-ui/lab/ToggleButton';
import ToggleButtonGroup from '@material-ui/lab/ToggleButtonGroup';
import { useLocaleFormat } from '../useLocaleFormat';
import {
  DayRange,
  MAX_RANGE_DAYS,
  RANGE_PRESETS,
  formatPeriod,
  presetRange,
  rangeIssue,
  utcDay,
} from './range';

const DEFAULT_PRESET = '30';

/** The usage views' toolbar: range, scope, exports and reload in a row. */
export const useUsageToolbarStyles = makeStyles(theme => ({
  toolbar: {
    display: 'flex',
    flexWrap: 'wrap',
    alignItems: 'center',
    gap: theme.spacing(2),
    marginBottom: theme.spacing(2),
  },
  spacer: { flex: 1 },
  toggle: { textTransform: 'none', padding: theme.spacing(0.5, 1.5) },
  date: { width: 170 },
}));

/** A usage view's range, kept in the URL so it can be linked to. */
export interface UsageRangeState {
  /** A preset's number of days, or `custom`. */
  preset: string;
  range: DayRange;
  /** What is wrong with a custom range, if anything. */
  problem?: string;
  setPreset(preset: string): void;
  setDay(field: 'from' | 'to', day: string): void;
}

/**
 * The range from the URL (`range`, and `from`/`to` for custom days): a
 * preset, 30 days by default, or custom days.
 */
export function useUsageRange(): UsageRangeState {
  const t = useLitemaasText();
  const [params, setParams] = useSearchParams();
  const requested = params.get('range') ?? DEFAULT_PRESET;
  const preset =
    requested === 'custom' || RANGE_PRESETS.some(p => String(p) === requested)
      ? requested
      : DEFAULT_PRESET;
  const from = params.get('from') ?? '';
  const to = params.get('to') ?? '';
  const range = useMemo(
    () => (preset === 'custom' ? { from, to } : presetRange(Number(preset))),
    [preset, from, to],
  );
  const update = (change: (next: URLSearchParams) => void) =>
    setParams(
      current => {
        const next = new URLSearchParams(current);
        change(next);
        return next;
      },
      { replace: true },
    );
  const issue = rangeIssue(range);
  return {
    preset,
    range,
    problem:
      issue && t(`usage.range.${issue}`, { max: String(MAX_RANGE_DAYS) }),
    setPreset: next =>
      update(p => {
        if (next === 'custom') {
          // Custom starts from the days on screen, to adjust rather than type.
          p.set('from', range.from);
          p.set('to', range.to);
        } else {
          p.delete('from');
          p.delete('to');
        }
        if (next === DEFAULT_PRESET) p.delete('range');
        else p.set('range', next);
      }),
    setDay: (field, day) => update(p => p.set(field, day)),
  };
}

/** The presets (1, 7, 30, 90 days) and, for custom, the first and last day. */
export function RangePicker(props: {
  /** Makes the date fields' ids unique on the page. */
  idPrefix: string;
  state: UsageRangeState;
}) {
  const t = useLitemaasText();
  const format = useLocaleFormat();
  const classes = useUsageToolbarStyles();
  const { preset, range, problem, setPreset, setDay } = props.state;
  return (
    <>
      <ToggleButtonGroup
        exclusive
        size="small"
        value={preset}
        onChange={(_, next: string | null) => next && setPreset(next)}
        aria-label={t('usage.range.label')}
      >
        {RANGE_PRESETS.map(days => (
          <ToggleButton
            key={days}
            value={String(days)}
            className={classes.toggle}
          >
            {days === 1
              ? t('usage.range.oneDay')
              : t('usage.range.days', { days: format.count(days) })}
          </ToggleButton>
        ))}
        <ToggleButton value="custom" className={classes.toggle}>
          {t('usage.range.custom')}
        </ToggleButton>
      </ToggleButtonGroup>
      {preset === 'custom' &&
        (['from', 'to'] as const).map(field => (
          <TextField
            key={field}
            id={`${props.idPrefix}-${field}`}
            label={t(`usage.range.${field}`)}
            type="date"
            size="small"
            variant="outlined"
            className={classes.date}
            InputLabelProps={{ shrink: true }}
            inputProps={{ max: utcDay(Date.now()) }}
            value={range[field]}
            onChange={e => setDay(field, e.target.value)}
            error={Boolean(problem)}
            // Below the last field, so it reads as about both.
            helperText={field === 'to' ? problem : undefined}
          />
        ))}
    </>
  );
}

/** A range's caption, "Nov 17, 2026 – Nov 23, 2026", in the reader's language. */
export function useFormatPeriod(): (range: DayRange) => string {
  const t = useLitemaasText();
  const format = useLocaleFormat();
  return useCallback(
    (range: DayRange) =>
      formatPeriod(range, format.day, (from, to) =>
        t('usage.range.period', { from, to }),
      ),
    [format, t],
  );
}
