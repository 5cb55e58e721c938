import { describe, expect, it } from 'vitest';
import type { ClickToCallCampaign } from '../api/clickToCallViews';
import {
  checkClickToCallForm, clickToCallBody, clickToCallErrorKey, clickToCallFieldErrors, formFromClickToCall, newClickToCallForm,
  type ClickToCallForm,
} from './clickToCallForm';

function validForm(): ClickToCallForm {
  return { ...newClickToCallForm('Europe/Berlin'), name: 'Boilers banner', operators: 'ext:101\n+4930123456' };
}

describe('checkClickToCallForm', () => {
  it('accepts a new form once it has a name and an operator', () => {
    expect(checkClickToCallForm(validForm())).toEqual({});
  });

  it('names every missing field by its API key with what to do', () => {
    const errors = checkClickToCallForm({ ...newClickToCallForm(), flowId: ' ', consentText: '', days: [] });
    expect(Object.keys(errors).sort()).toEqual(['consentText', 'flowId', 'hours.days', 'name', 'operators']);
    expect(errors.operators).toMatch(/ext:101/);
  });

  it('points at the operator, origin and e-mail that are wrong, quoting them', () => {
    const errors = checkClickToCallForm({ ...validForm(), operators: 'ext:101, bob', allowedOrigins: 'https://shop.example.com\nshop.example.com/page', reminderEmail: 'sales' });
    expect(errors.operators).toMatch(/'bob'/);
    expect(errors.operators).not.toMatch(/ext:101'/);
    expect(errors.allowedOrigins).toMatch(/'shop.example.com\/page'/);
    expect(errors.reminderEmail).toMatch(/'sales'/);
  });

  it('checks redials, their pause, the reminder, price, currency and ring time', () => {
    const errors = checkClickToCallForm({ ...validForm(), redials: '11', redialMinutes: '0', reminderMinutes: 'soon', price: '-1', currency: 'euro', ringSeconds: '2' });
    expect(Object.keys(errors).sort()).toEqual(['clientRetry.maxAttempts', 'clientRetry.pauseSeconds', 'currency', 'price', 'reminderMinutes', 'ringSeconds']);
    expect(checkClickToCallForm({ ...validForm(), reminderMinutes: '' })).toEqual({});
  });

  it('needs a waiting message text unless an audio file is named', () => {
    expect(checkClickToCallForm({ ...validForm(), clientMessage: { text: '', audioFile: '', voice: '' } })['clientMessage.text']).toMatch(/client hears/);
    expect(checkClickToCallForm({ ...validForm(), companyMessage: { text: '', audioFile: 'welcome.wav', voice: '' } })).toEqual({});
  });

  it('keys comment type problems by their position, and asks choice fields for options', () => {
    const form = validForm();
    form.commentTypes = [
      { name: 'sale', label: 'Sale', fields: [{ name: 'amount', label: 'Amount', type: 'number', required: true, options: '' }, { name: 'amount', label: 'Again', type: 'text', required: false, options: '' }] },
      { name: 'sale', label: '', fields: [{ name: 'topic', label: 'Topic', type: 'choice', required: true, options: ' , ' }] },
      { name: 'Call Later', label: 'Later', fields: [] },
    ];
    const errors = checkClickToCallForm(form);
    expect(errors['commentTypes.0.fields.1.name']).toMatch(/'amount' is used twice/);
    expect(errors['commentTypes.1.name']).toMatch(/'sale' is used twice/);
    expect(errors['commentTypes.1.label']).toBeDefined();
    expect(errors['commentTypes.1.fields.0.options']).toMatch(/choices/);
    expect(errors['commentTypes.2.name']).toMatch(/lower-case/);
    expect(errors['commentTypes.0.name']).toBeUndefined();
  });
});

describe('clickToCallBody', () => {
  it('turns "redial N times, every M minutes" into N + 1 attempts and seconds, and trims lists', () => {
    const body = clickToCallBody({ ...validForm(), redials: '2', redialMinutes: '5', allowedOrigins: 'https://shop.example.com/, https://b.example', price: '0,5', currency: 'eur', defaultCountry: 'de' });
    expect(body.clientRetry).toEqual({ maxAttempts: 3, pauseSeconds: 300 });
    expect(body.operators).toEqual(['ext:101', '+4930123456']);
    expect(body.allowedOrigins).toEqual(['https://shop.example.com', 'https://b.example']);
    expect(body.price).toBe(0.5);
    expect(body.currency).toBe('EUR');
    expect(body.defaultCountry).toBe('DE');
    expect(body.hours).toEqual({ from: '09:00', to: '18:00', days: ['monday', 'tuesday', 'wednesday', 'thursday', 'friday'], timeZone: 'Europe/Berlin' });
  });

  it('sends no reminder as null, leaves empty optional fields out, and gives choice fields their options', () => {
    const body = clickToCallBody({ ...validForm(), reminderMinutes: '' });
    expect(body.reminderMinutes).toBeNull();
    expect('clientCallerId' in body).toBe(false);
    expect('reminderEmail' in body).toBe(false);
    expect(body.clientMessage).toEqual({ text: 'Thank you for your request. Please hold while we connect you to an operator.' });
    const complaint = body.commentTypes.find((t) => t.name === 'complaint')!;
    expect(complaint.fields[0]).toEqual({ name: 'topic', label: 'Topic', type: 'choice', required: true, options: ['billing', 'service', 'other'] });
    expect(body.commentTypes.find((t) => t.name === 'sale')!.fields[0]).not.toHaveProperty('options');
  });

  it('round-trips through a stored campaign (the server may send the pause as a TimeSpan)', () => {
    const body = clickToCallBody({ ...validForm(), firstLeg: 'company', reminderEmail: 'desk@example.com', clientCallerId: '+4930999' });
    const stored: ClickToCallCampaign = {
      ...body, id: 'c1', key: 'k'.repeat(24), description: null, flowVersion: null, status: 'active', companyCallerId: null, trunk: null,
      reminderEmail: body.reminderEmail ?? null, clientCallerId: body.clientCallerId ?? null,
      clientRetry: { maxAttempts: 3, pause: '00:05:00' },
      hours: { ...body.hours, from: '09:00:00', to: '18:00:00', startAt: null, endAt: null },
    };
    const again = formFromClickToCall(stored);
    expect(again.redials).toBe('2');
    expect(again.redialMinutes).toBe('5');
    expect(again.from).toBe('09:00');
    expect(clickToCallBody(again)).toEqual(body);
  });
});

describe('clickToCallErrorKey', () => {
  it('maps .NET and JSON paths onto the form keys, keeping comment type positions', () => {
    expect(clickToCallErrorKey('ClientRetry.MaxAttempts')).toBe('clientRetry.maxAttempts');
    expect(clickToCallErrorKey('$.hours.from')).toBe('hours.from');
    expect(clickToCallErrorKey('commentTypes[1].fields[0].name')).toBe('commentTypes.1.fields.0.name');
    expect(clickToCallErrorKey('operators[2]')).toBe('operators');
    expect(clickToCallErrorKey('clientRetry.pause')).toBe('clientRetry.pauseSeconds');
  });

  it('joins several messages of one field', () => {
    expect(clickToCallFieldErrors({ 'Operators[0]': ['bad'], 'operators[1]': 'worse', '': ['general'] }))
      .toEqual({ operators: 'bad\nworse', form: 'general' });
  });
});
