import { useCallback } from 'react';
import TextField from '@material-ui/core/TextField';
import { useLitemaasText } from '../../translationText';
import { useLocaleFormat } from '../useLocaleFormat';
import { endOfLocalDay, isLocalDay } from './localDays';

/** Which days a grant's end may fall on ("2027-01-31", inclusive). */
export interface EndDayRange {
  min?: string;
  max?: string;
  required?: boolean;
}

/** A picked end day: the ISO end it stands for, or what is wrong with it. */
export interface CheckedEndDay {
  /** The end of the picked day, local time; absent when none was picked. */
  end?: string;
  error?: string;
}

/**
 * Checks picked end days against a range, with the messages in the
 * reader's language.
 */
export function useCheckEndDay(): (
  day: string,
  range: EndDayRange,
) => CheckedEndDay {
  const t = useLitemaasText();
  const format = useLocaleFormat();
  return useCallback(
    (day: string, range: EndDayRange) => {
      if (!day) {
        return range.required ? { error: t('access.endDate.required') } : {};
      }
      if (!isLocalDay(day)) return { error: t('access.endDate.invalid') };
      // Days in the same form compare as text.
      if (range.min && day < range.min) {
        return {
          error: t('access.endDate.tooEarly', {
            date: format.day(range.min, true),
          }),
        };
      }
      if (range.max && day > range.max) {
        return {
          error: t('access.endDate.tooLate', {
            date: format.day(range.max, true),
          }),
        };
      }
      return { end: endOfLocalDay(day) };
    },
    [t, format],
  );
}

/**
 * A grant's end, picked as a day: the grant lasts to the end of it. The
 * browser's picker offers only the days of the range.
 */
export function EndDateField(
  props: EndDayRange & {
    id: string;
    label?: string;
    value: string;
    onChange(day: string): void;
    error?: string;
    /** Shown when there is no error; says what the day means otherwise. */
    helperText?: string;
    disabled?: boolean;
  },
) {
  const t = useLitemaasText();
  return (
    <TextField
      id={props.id}
      type="date"
      label={props.label ?? t('access.endDate.label')}
      required={props.required}
      value={props.value}
      onChange={e => props.onChange(e.target.value)}
      error={Boolean(props.error)}
      helperText={
        props.error ?? props.helperText ?? t('access.endDate.endOfDay')
      }
      InputLabelProps={{ shrink: true }}
      inputProps={{
        ...(props.min && { min: props.min }),
        ...(props.max && { max: props.max }),
      }}
      disabled={props.disabled}
      variant="outlined"
      size="small"
      margin="normal"
      fullWidth
    />
  );
}
