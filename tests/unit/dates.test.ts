import { describe, it, expect } from 'vitest';
import { findDates } from '../../src/ingest/stages/dates.js';

// 2024-05-15 is a Wednesday.
const one = (t: string) => findDates(t, 0, '2024-05-15')[0]!;

describe('findDates', () => {
  it('reads no month abbreviation inside an accented name ("María", "Junín") but still reads "5 Mar 2024"', () => {
    expect(findDates('Minister María Fernanda spoke in Junín.', 0, '2024-05-15')).toHaveLength(0);
    expect(one('signed on 5 Mar 2024').past).toEqual({ value: '2024-03-05', precision: 'day' });
  });

  it('a day-first date without its year is a year back when told in the past, this year when ahead: "on 7 June", "4 April last year"', () => {
    expect(one('summoned the envoy on 7 June').past.value).toBe('2023-06-07');
    expect(one('will meet on 7 June').future.value).toBe('2024-06-07');
    expect(one('met on 2 May').past.value).toBe('2024-05-02');
    expect(one('the commission met on 4 April last year').past.value).toBe('2023-04-04');
  });

  it('reads weekdays backwards for the past and forwards for the future', () => {
    expect(one('met on Monday').past).toEqual({ value: '2024-05-13', precision: 'day' });
    expect(one('will meet on Friday').future).toEqual({ value: '2024-05-17', precision: 'day' });
    expect(one('on Wednesday').past.value).toBe('2024-05-15');
    expect(one('last Wednesday').past.value).toBe('2024-05-08');
  });

  it('"last May" in a May story is a year back, "last March" this year; "next May" a year on, "next June" this year', () => {
    expect(one('a conference in London last May').past.value).toBe('2023-05');
    expect(one('a conference in London last March').past.value).toBe('2024-03');
    expect(one('a summit next May').future.value).toBe('2025-05');
    expect(one('a summit next June').future.value).toBe('2024-06');
  });

  it('gives a season only its year: "this summer", "last summer" (not yet over in May), "next winter"', () => {
    expect(one('relations soured this summer').past).toEqual({ value: '2024', precision: 'year' });
    expect(one('they met last summer').past).toEqual({ value: '2023', precision: 'year' });
    expect(one('talks resume next winter').future).toEqual({ value: '2025', precision: 'year' });
  });

  it('reads a year that opens the sentence: "In 2021, ..."', () => {
    expect(one('In 2021, the bloc accused Minsk').past).toEqual({ value: '2021', precision: 'year' });
  });

  it('reads a possessive time only before an occasion: "last week\'s summit", not "this year\'s chair"', () => {
    expect(findDates('the host and this year\'s OSCE chair', 0, '2024-05-15')).toHaveLength(0);
    expect(one('at last week\'s summit in Lima').past).toEqual({ value: '2024-05', precision: 'month' });
  });

  it('resolves a month with a relative year ("in August last year")', () => {
    expect(one('in August last year').past).toEqual({ value: '2023-08', precision: 'month' });
  });

  it('resolves a bare month to the most recent past or the next future one', () => {
    expect(one('in November').past.value).toBe('2023-11');
    expect(one('in November').future.value).toBe('2024-11');
    expect(one('in March').past.value).toBe('2024-03');
  });

  it('gives month precision to week- and month-relative phrases', () => {
    expect(one('earlier this week').past).toEqual({ value: '2024-05', precision: 'month' });
    expect(one('last month').past.value).toBe('2024-04');
    expect(one('next month').past.value).toBe('2024-06');
  });

  it('reads explicit dates and years', () => {
    expect(one('on June 3, 2022').past).toEqual({ value: '2022-06-03', precision: 'day' });
    expect(one('on 9 July 2021').past.value).toBe('2021-07-09');
    expect(one('in 2015').past).toEqual({ value: '2015', precision: 'year' });
    // "later in the day" points back at the day just reported, which the sentence before gives (events.ts).
    expect(findDates('later in the day', 0, '2024-05-15')).toEqual([]);
  });

  it('reads "that year", "the same year" and "the following year" from the last year told before: "In 2020 ... In February that year", "later that year"', () => {
    const before = 'Tensions rose again in 2020. ';
    expect(findDates('In February that year, the talks failed.', 0, '2023-11-08', before)[0]?.past.value).toBe('2020-02');
    expect(findDates('Later that year, envoys met.', 0, '2023-11-08', before)[0]?.past.value).toBe('2020');
    expect(findDates('The following year the treaty was signed.', 0, '2023-11-08', before)[0]?.past.value).toBe('2021');
    expect(findDates('In March 2018 the port opened, and in May the same year it closed.', 0, '2023-11-08')[1]?.past.value).toBe('2018-05');
    // With no year told before, "that year" dates nothing.
    expect(findDates('Later that year, envoys met.', 0, '2023-11-08')).toEqual([]);
  });

  it('does not read the modal verb "may" as a month', () => {
    expect(findDates('They may meet soon.', 0, '2024-05-15')).toHaveLength(0);
  });
});
