import { describe, expect, it } from 'vitest';
import { isRealDate, publicationDay } from '../../src/calendar.js';

describe('publicationDay', () => {
  it('reads the dates feeds give', async () => {
    expect(publicationDay('2026-01-14')).toBe('2026-01-14');
    expect(publicationDay('2026-01-14T09:30:00Z')).toBe('2026-01-14');
    expect(publicationDay('2026-01-14T23:30:00-05:00')).toBe('2026-01-14');
    expect(publicationDay('2026-01-14 08:00')).toBe('2026-01-14');
    expect(publicationDay('Wed, 14 Jan 2026 09:30:00 GMT')).toBe('2026-01-14');
    expect(publicationDay('2026-02-30')).toBeNull();
    expect(publicationDay('soon')).toBeNull();
    expect(publicationDay('14/01/2026')).toBeNull();
  });
});

describe('isRealDate', () => {
  it('accepts calendar days only', () => {
    expect(isRealDate('2024-02-29')).toBe(true);
    expect(isRealDate('2023-02-29')).toBe(false);
    expect(isRealDate('2024-2-9')).toBe(false);
  });
});
