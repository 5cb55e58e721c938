import { describe, expect, it } from 'vitest';
import { allowedActions, canDelete, canEdit, codeLabel, formatPause, formatRate, formatSeconds, importProgress, progressOf, resultText, retryText } from './campaignDisplay';
import { fieldErrorsOf, fieldKeyOf, unplacedErrors } from './problemFields';
import { isoToWallTime, wallTimeToIso } from './zonedTime';

describe('formatting', () => {
  it('shows rates as percentages with at most one decimal', () => {
    expect([0, 0.05, 0.0312, 0.1234, 0.99999, 1, NaN].map(formatRate)).toEqual(['0 %', '5 %', '3.1 %', '12.3 %', '100 %', '100 %', '0 %']);
  });

  it('shows seconds as m:ss or h:mm:ss', () => {
    expect([0, 7.9, 75, 3723].map(formatSeconds)).toEqual(['0:00', '0:07', '1:15', '1:02:03']);
  });

  it('shows progress as done of contacts', () => {
    expect(progressOf({ contacts: 120, done: 30 })).toEqual({ text: '30 / 120', fraction: 0.25 });
    expect(progressOf(undefined)).toEqual({ text: '0 / 0', fraction: 0 });
  });
});

describe('disposition codes', () => {
  it('reads a code as words with a capital first letter', () => {
    expect(['interested', 'not-interested', 'call_back', 'do-not-call', 'wrongNumber', ' '].map(codeLabel))
      .toEqual(['Interested', 'Not interested', 'Call back', 'Do not call', 'Wrong number', ' ']);
  });
});

describe('results', () => {
  it('does not repeat a result that only says converted next to the badge', () => {
    expect([resultText('converted', true), resultText('Converted', false), resultText('paid', true), resultText(null, false)]).toEqual(['', 'Converted', 'paid', '']);
  });
});

describe('retry rules', () => {
  it('says pauses in seconds, minutes or hours and a single attempt as called once', () => {
    expect([1, 45, 900, 3600, 5400].map(formatPause)).toEqual(['1 s', '45 s', '15 min', '1 h', '1 h 30 min']);
    expect([retryText(1, 60), retryText(3, 900)]).toEqual(['called once', 'up to 3 calls, 15 min apart']);
  });
});

describe('lifecycle', () => {
  it('enables only the transitions the status allows', () => {
    expect(allowedActions('draft')).toEqual(['start', 'archive']);
    expect(allowedActions('active')).toEqual(['pause', 'stop']);
    expect(allowedActions('paused')).toEqual(['resume', 'stop']);
    expect(allowedActions('archived')).toEqual([]);
    expect([canEdit('paused'), canEdit('active'), canDelete('scheduled'), canDelete('completed')]).toEqual([true, false, false, true]);
  });
});

describe('import progress', () => {
  it('fills the first half while uploading and the second while the server reads', () => {
    expect(importProgress('uploading', 50, 100)).toBe(0.25);
    expect(importProgress('processing', 100, 100, 300, 400)).toBe(0.875);
    expect(importProgress('processing', 100, 100, 0, 0)).toBe(0.5);
    expect(importProgress('done', 0, 0)).toBe(1);
  });
});

describe('server field errors', () => {
  it('keys JSON paths and .NET names the way the form does', () => {
    expect(fieldKeyOf('$.schedule.from')).toBe('schedule.from');
    expect(fieldKeyOf('Retry.NoAnswer.MaxAttempts')).toBe('retry.noAnswer.maxAttempts');
    expect(fieldKeyOf('groupIds[1]')).toBe('groupIds');
    expect(fieldKeyOf('$.CommentTypes[1].Fields[0].Name', true)).toBe('commentTypes.1.fields.0.name');
  });

  it('joins messages per field and lists the ones no field shows', () => {
    const errors = fieldErrorsOf({ Name: ['Required.'], 'groupIds[0]': ['Unknown group g9.'], 'groupIds[1]': 'Unknown group g8.', trunk: ['No such trunk.'] });
    expect(errors).toEqual({ name: 'Required.', groupIds: 'Unknown group g9.\nUnknown group g8.', trunk: 'No such trunk.' });
    expect(unplacedErrors(errors, ['name', 'groupIds'])).toEqual(['trunk: No such trunk.']);
    expect(unplacedErrors(errors, (key) => key !== 'trunk')).toEqual(['trunk: No such trunk.']);
  });
});

describe('zoned wall time', () => {
  it('reads a datetime-local value in the zone, across daylight saving, and back', () => {
    expect(wallTimeToIso('2026-01-15T09:00', 'America/New_York')).toBe('2026-01-15T09:00:00-05:00');
    expect(wallTimeToIso('2026-07-15T09:00', 'America/New_York')).toBe('2026-07-15T09:00:00-04:00');
    expect(wallTimeToIso('2026-07-15T09:00', 'Asia/Kolkata')).toBe('2026-07-15T09:00:00+05:30');
    expect(isoToWallTime('2026-07-15T13:00:00Z', 'America/New_York')).toBe('2026-07-15T09:00');
    expect(wallTimeToIso('tomorrow', 'UTC')).toBeNull();
    expect(wallTimeToIso('2026-07-15T09:00', 'Nowhere/Land')).toBeNull();
  });
});
