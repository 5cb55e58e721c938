import { describe, expect, it } from 'vitest';
import type { Campaign } from '../api/campaignViews';
import { campaignBody, checkCampaignForm, formFromCampaign, newCampaignForm, pauseSecondsOf, type CampaignForm } from './campaignForm';

function validForm(): CampaignForm {
  return { ...newCampaignForm('Europe/London'), name: 'Winter reminders', flowId: 'reminder', groupIds: ['debtors-x1'] };
}

describe('checkCampaignForm', () => {
  it('accepts a filled-in auto-informer form', () => {
    expect(checkCampaignForm(validForm())).toEqual({});
  });

  it('names every missing required field with what to do', () => {
    const errors = checkCampaignForm({ ...newCampaignForm(), days: [] });
    expect(Object.keys(errors).sort()).toEqual(['flowId', 'groupIds', 'name', 'schedule.days']);
    expect(errors.groupIds).toMatch(/at least one contact group/);
  });

  it('asks for operators only in operator modes, and checks the abandonment limit only in predictive', () => {
    expect(checkCampaignForm({ ...validForm(), mode: 'autoInformer', abandonLimitPercent: 'lots' })).toEqual({});
    const errors = checkCampaignForm({ ...validForm(), mode: 'predictive', abandonLimitPercent: '150' });
    expect(errors.operators).toMatch(/needs operators/);
    expect(errors.abandonLimit).toMatch(/0 to 100/);
  });

  it('keys retry problems by the API path of the rule at fault', () => {
    const form = validForm();
    form.retry.noAnswer = { attempts: '0', pauseMinutes: '-5' };
    const errors = checkCampaignForm(form);
    expect(errors['retry.noAnswer.maxAttempts']).toMatch(/No answer: attempts must be 1 to 20/);
    expect(errors['retry.noAnswer.pauseSeconds']).toMatch(/No answer/);
    expect(errors['retry.busy.maxAttempts']).toBeUndefined();
  });

  it('refuses an end before the start, equal calling hours, an unknown zone and a lettered caller id', () => {
    expect(checkCampaignForm({ ...validForm(), startAt: '2026-12-10T10:00', endAt: '2026-12-09T10:00' })['schedule.endAt']).toMatch(/after the start/);
    expect(checkCampaignForm({ ...validForm(), from: '10:00', to: '10:00' })['schedule.to']).toMatch(/later/);
    expect(checkCampaignForm({ ...validForm(), timeZone: 'Mars/Olympus' })['schedule.timeZone']).toMatch(/Mars\/Olympus/);
    expect(checkCampaignForm({ ...validForm(), callerId: 'ACME' }).callerId).toMatch(/digits/);
  });
});

describe('campaignBody', () => {
  it('converts minutes to seconds, percent to a fraction, the wall time in the campaign zone to an instant, and lists', () => {
    const form: CampaignForm = {
      ...validForm(), mode: 'predictive', operators: ['101', '102'], abandonLimitPercent: '2,5', startAt: '2026-07-01T09:00',
      dispositionCodes: 'sale,  call-back\nno', conversionResults: '', days: ['friday', 'monday'],
    };
    form.retry.busy = { attempts: '4', pauseMinutes: '1.5' };
    const body = campaignBody(form);
    expect(body.retry.busy).toEqual({ maxAttempts: 4, pauseSeconds: 90 });
    expect(body.abandonLimit).toBeCloseTo(0.025);
    expect(body.schedule.startAt).toBe('2026-07-01T09:00:00+01:00');
    expect(body.schedule.endAt).toBeUndefined();
    expect(body.schedule.days).toEqual(['monday', 'friday']);
    expect(body.dispositionCodes).toEqual(['sale', 'call-back', 'no']);
    expect(body.conversionResults).toEqual([]);
    expect(body.operators).toEqual(['101', '102']);
  });

  it('drops operators and the abandonment limit for an auto-informer', () => {
    const body = campaignBody({ ...validForm(), operators: ['101'] });
    expect(body.operators).toEqual([]);
    expect(body).not.toHaveProperty('abandonLimit');
    expect(body).not.toHaveProperty('callerId');
  });
});

describe('formFromCampaign', () => {
  const stored: Campaign = {
    id: 'c1', name: 'Survey', description: null, flowId: 'survey', flowVersion: null, groupIds: ['g1'], mode: 'progressive',
    schedule: { startAt: '2026-12-07T08:00:00Z', endAt: null, from: '09:00:00', to: '18:30:00', days: ['monday'], timeZone: 'Europe/Berlin' },
    maxConcurrentCalls: 5, callerId: '+4930123', trunk: null, channel: 'simulator', ringSeconds: 25,
    retry: { busy: { maxAttempts: 3, pauseSeconds: 600 }, noAnswer: { maxAttempts: 2, pause: '01:00:00' }, failed: { maxAttempts: 1, pause: '1.00:00:00' }, abandoned: { maxAttempts: 2, pauseSeconds: 90 } },
    operators: ['101'], abandonLimit: 0.03, conversionResults: ['yes'], dispositionCodes: ['a', 'b'], wrapUpSeconds: 20,
    status: 'draft', error: null, createdAt: '', updatedAt: '', startedAt: null, completedAt: null,
  };

  it('reads the schedule in the campaign zone, TimeSpan or seconds pauses, and round-trips to the same body', () => {
    const form = formFromCampaign(stored);
    expect(form.startAt).toBe('2026-12-07T09:00');
    expect(form.from).toBe('09:00');
    expect(form.to).toBe('18:30');
    expect(form.retry.noAnswer).toEqual({ attempts: '2', pauseMinutes: '60' });
    expect(form.retry.failed.pauseMinutes).toBe('1440');
    expect(form.retry.abandoned.pauseMinutes).toBe('1.5');
    expect(form.abandonLimitPercent).toBe('3');
    const body = campaignBody(form);
    expect(body.schedule.startAt).toBe('2026-12-07T09:00:00+01:00');
    expect(body.retry.abandoned.pauseSeconds).toBe(90);
    expect(body.channel).toBe('simulator');
    expect(body).not.toHaveProperty('trunk');
    expect(body.callerId).toBe('+4930123');
  });

  it('reads unknown pause text as 0 seconds', () => {
    expect(pauseSecondsOf({ maxAttempts: 1, pause: 'soon' })).toBe(0);
  });
});
