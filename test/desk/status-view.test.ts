import { describe, expect, it } from 'vitest';
import { statusView } from '../../src/desk/build-turn.ts';
import { statusReading } from '../helpers/status-readings.ts';

describe('statusView', () => {
  it('is made once per reading (the status service serves one reading until it changes), and anew for another', () => {
    const reading = statusReading('chatgpt_incident');
    const view = statusView(reading);
    expect(statusView(reading)).toBe(view);
    expect(view.summary.status).toBe('chatgpt_incident');
    const later = { ...reading, ageSeconds: (reading.ageSeconds ?? 0) + 60 };
    const other = statusView(later);
    expect(other).not.toBe(view);
    expect(other.summary.ageSeconds).toBe(later.ageSeconds);
  });
});
