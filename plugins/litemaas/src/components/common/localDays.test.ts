import {
  addDays,
  daysUntil,
  endOfLocalDay,
  isLocalDay,
  latestGrantDay,
  localDayOf,
} from './localDays';

describe('local days', () => {
  it('reads a picked day as the end of that day, local time', () => {
    expect(endOfLocalDay('2027-01-31')).toBe(
      new Date(2027, 0, 31, 23, 59, 59, 999).toISOString(),
    );
    expect(endOfLocalDay('2027-02-30')).toBeUndefined();
    expect(endOfLocalDay('31/01/2027')).toBeUndefined();
    expect(endOfLocalDay('')).toBeUndefined();
  });

  it('tells real days from others', () => {
    expect(isLocalDay('2028-02-29')).toBe(true);
    expect(isLocalDay('2027-02-29')).toBe(false);
    expect(isLocalDay('2027-1-5')).toBe(false);
  });

  it('counts calendar days across months and years', () => {
    expect(addDays('2026-12-30', 3)).toBe('2027-01-02');
    expect(addDays('2027-03-01', -1)).toBe('2027-02-28');
    expect(localDayOf(new Date(2027, 0, 31, 23, 59))).toBe('2027-01-31');
    expect(localDayOf(endOfLocalDay('2027-01-31')!)).toBe('2027-01-31');
  });

  it("gives the last day a grant may end on from the model's longest grant", () => {
    const now = new Date(2026, 11, 7, 15, 0);
    expect(latestGrantDay(30, now)).toBe('2027-01-06');
    expect(latestGrantDay(undefined, now)).toBeUndefined();
  });

  it('counts the calendar days left, whatever the hour', () => {
    const now = new Date(2026, 11, 7, 12, 0).getTime();
    // Later today.
    expect(daysUntil(new Date(2026, 11, 7, 15, 0).toISOString(), now)).toBe(0);
    // Tomorrow, early or late.
    expect(daysUntil(new Date(2026, 11, 8, 0, 1).toISOString(), now)).toBe(1);
    expect(
      daysUntil(new Date(2026, 11, 8, 23, 59, 59, 999).toISOString(), now),
    ).toBe(1);
    // The end of the day picked 14 days ahead: not 15.
    expect(
      daysUntil(new Date(2026, 11, 21, 23, 59, 59, 999).toISOString(), now),
    ).toBe(14);
    // Passed.
    expect(daysUntil(new Date(2026, 11, 1).toISOString(), now)).toBe(0);
    expect(daysUntil('not a date', now)).toBe(0);
  });
});
