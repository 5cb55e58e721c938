import { describe, expect, it } from 'vitest';
import {
  checkNewApiKey, checkNewCompany, checkNewUser, creditLimitOf, emptyCompanyForm, checkSetup, checkSignIn, emailError, passwordError, retryAfterSeconds, tooManyAttemptsText, waitInWords,
} from './accountForms';

describe('account form checks', () => {
  it('checks e-mail addresses and names the one at fault', () => {
    expect(emailError('ann@example.com')).toBeNull();
    expect(emailError('')).toBe('Enter the e-mail address.');
    expect(emailError('ann@example')).toContain("'ann@example' is not an e-mail address");
  });

  it('wants passwords of 10 to 128 characters and says how long this one is', () => {
    expect(passwordError('a'.repeat(10))).toBeNull();
    expect(passwordError('short')).toBe('The password needs at least 10 characters (5 now).');
    expect(passwordError('a'.repeat(129))).toContain('at most 128');
  });

  it('sign-in needs an e-mail and a password, nothing more', () => {
    expect(checkSignIn({ email: 'ann@example.com', password: 'x' })).toEqual({});
    expect(Object.keys(checkSignIn({ email: '', password: '' }))).toEqual(['email', 'password']);
  });

  it('set-up asks for the token only when the server wants one', () => {
    const form = { companyName: 'Acme', name: 'Ann', email: 'ann@example.com', password: 'long enough!', token: '' };
    expect(checkSetup(form, false)).toEqual({});
    expect(Object.keys(checkSetup(form, true))).toEqual(['token']);
    expect(Object.keys(checkSetup({ ...form, companyName: ' ', password: 'x' }, false))).toEqual(['companyName', 'password']);
  });

  it('a new user needs an e-mail, a name and a good password', () => {
    expect(checkNewUser({ email: 'bo@example.com', name: 'Bo', role: 'manager', password: 'long enough!' })).toEqual({});
    expect(Object.keys(checkNewUser({ email: 'bo', name: '', role: 'manager', password: '' }))).toEqual(['email', 'name', 'password']);
  });

  it('a new API key needs a name and an expiry in the future, if any', () => {
    expect(checkNewApiKey({ name: 'CRM', role: 'viewer', expiresAt: '' }, '2026-12-06')).toEqual({});
    expect(checkNewApiKey({ name: 'CRM', role: 'viewer', expiresAt: '2027-01-01' }, '2026-12-06')).toEqual({});
    expect(Object.keys(checkNewApiKey({ name: '', role: 'viewer', expiresAt: '2026-12-06' }, '2026-12-06'))).toEqual(['name', 'expiresAt']);
  });
});

describe('a new company', () => {
  const good = { ...emptyCompanyForm(), name: 'Acme', adminEmail: 'ann@acme.example', adminName: 'Ann', adminPassword: 'long enough!' };

  it('needs a name and a first Admin; the id, e-mail and credit limit may stay empty', () => {
    expect(checkNewCompany(good)).toEqual({});
    expect(Object.keys(checkNewCompany(emptyCompanyForm()))).toEqual(['name', 'admin.email', 'admin.name', 'admin.password']);
  });

  it('refuses an id that is no slug and a negative or wordy credit limit', () => {
    expect(checkNewCompany({ ...good, id: 'Acme EU' }).id).toContain('lower-case');
    expect(checkNewCompany({ ...good, creditLimit: '-5' }).creditLimit).toContain('0 or more');
    expect(checkNewCompany({ ...good, creditLimit: '12,50' })).toEqual({});
    expect(creditLimitOf('12,50')).toBe(12.5);
    expect(creditLimitOf(' ')).toBeUndefined();
  });
});

describe('too many attempts', () => {
  it('reads Retry-After as seconds or as a date', () => {
    expect(retryAfterSeconds('900')).toBe(900);
    expect(retryAfterSeconds('Sun, 06 Dec 2026 15:00:30 GMT', new Date('2026-12-06T15:00:00Z'))).toBe(30);
    expect(retryAfterSeconds(null)).toBeNull();
    expect(retryAfterSeconds('soon')).toBeNull();
  });

  it('says the wait in words', () => {
    expect(waitInWords(900)).toBe('in 15 minutes');
    expect(waitInWords(61)).toBe('in 2 minutes');
    expect(waitInWords(60)).toBe('in 1 minute');
    expect(waitInWords(40)).toBe('in 40 seconds');
    expect(waitInWords(0)).toBe('in a moment');
    expect(waitInWords(3600)).toBe('in 1 hour');
    expect(tooManyAttemptsText(900)).toBe('Too many wrong attempts for this e-mail: try again in 15 minutes.');
    expect(tooManyAttemptsText(null)).toContain('try again later');
  });
});
