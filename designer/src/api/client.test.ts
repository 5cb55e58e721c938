import { afterEach, describe, expect, it, vi } from 'vitest';
import { ApiError, answerOf, setUnauthorizedListener } from './client';

function answer(status: number, body: unknown, url: string, headers: Record<string, string> = {}): Promise<Response> {
  const response = new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/problem+json', ...headers } });
  Object.defineProperty(response, 'url', { value: url });
  return Promise.resolve(response);
}

describe('the API client on 401 and 429', () => {
  afterEach(() => setUnauthorizedListener(() => undefined));

  it('tells the app of a 401 with the request path, and still throws the problem', async () => {
    const heard = vi.fn();
    setUnauthorizedListener(heard);
    const sent = answerOf(answer(401, { title: 'Sign in required', detail: 'Sign in at /sign-in.' }, 'http://127.0.0.1:5180/api/flows?search=x'));
    await expect(sent).rejects.toThrow('Sign in at /sign-in.');
    expect(heard).toHaveBeenCalledWith('/api/flows');
  });

  it('does not speak of 403s: the caller is signed in, only not allowed', async () => {
    const heard = vi.fn();
    setUnauthorizedListener(heard);
    await expect(answerOf(answer(403, { title: 'Not allowed', permission: 'flows.write' }, 'http://h/api/flows'))).rejects.toBeInstanceOf(ApiError);
    expect(heard).not.toHaveBeenCalled();
  });

  it('keeps the Retry-After of a 429 for the sign-in page to say', async () => {
    const error = await answerOf(answer(429, { title: 'Too many attempts' }, 'http://h/api/session', { 'retry-after': '900' })).catch((e) => e);
    expect(error).toBeInstanceOf(ApiError);
    expect((error as ApiError).status).toBe(429);
    expect((error as ApiError).retryAfter).toBe('900');
  });
});
