import { describe, expect, it } from 'vitest';
import { SignInRedirect, redirectsOn401, safeNextPath, signInPathFor } from './signInRedirect';

describe('redirect on 401', () => {
  it('sends people to sign in for API reads, not for the requests whose 401 is the answer', () => {
    expect(redirectsOn401('/api/flows')).toBe(true);
    expect(redirectsOn401('/api/users/u1')).toBe(true);
    expect(redirectsOn401('/api/me')).toBe(false);
    expect(redirectsOn401('/api/session')).toBe(false);
    expect(redirectsOn401('/api/session/company')).toBe(false);
    expect(redirectsOn401('/api/setup')).toBe(false);
    expect(redirectsOn401('/api/operator/session')).toBe(false);
    expect(redirectsOn401('/api/public/click-to-call/x')).toBe(false);
    expect(redirectsOn401('/api/meetings')).toBe(true);
  });

  it('comes back to where the person was, query included', () => {
    expect(signInPathFor('/campaigns/c1?tab=attempts')).toBe('/sign-in?next=%2Fcampaigns%2Fc1%3Ftab%3Dattempts');
    expect(signInPathFor('/')).toBe('/sign-in');
  });

  it('never comes back to another site or to the sign-in page', () => {
    expect(safeNextPath('https://evil.example/')).toBe('/');
    expect(safeNextPath('//evil.example/')).toBe('/');
    expect(safeNextPath('/\\evil.example/')).toBe('/');
    expect(safeNextPath('/sign-in?next=/flows')).toBe('/');
    expect(safeNextPath(null)).toBe('/');
    expect(safeNextPath('/flows/f1')).toBe('/flows/f1');
  });

  it('navigates once for requests that fail together, and again after a sign-in', () => {
    const went: string[] = [];
    const redirect = new SignInRedirect((p) => went.push(p), () => '/flows/f1');
    expect(redirect.onUnauthorized('/api/flows/f1')).toBe(true);
    expect(redirect.onUnauthorized('/api/activities')).toBe(false);
    expect(went).toEqual(['/sign-in?next=%2Fflows%2Ff1']);
    redirect.reset();
    redirect.onUnauthorized('/api/flows');
    expect(went).toHaveLength(2);
  });

  it('does not move anyone already on the sign-in or set-up page (no loops)', () => {
    const went: string[] = [];
    let at = '/sign-in?next=%2Fflows';
    const redirect = new SignInRedirect((p) => went.push(p), () => at);
    expect(redirect.onUnauthorized('/api/flows')).toBe(false);
    at = '/setup';
    expect(redirect.onUnauthorized('/api/flows')).toBe(false);
    expect(redirect.onUnauthorized('/api/me')).toBe(false);
    expect(went).toEqual([]);
  });
});
