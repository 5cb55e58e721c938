// The checks the sign-in, set-up, user and API key forms make before they send anything (the server checks again).

export const PASSWORD_MIN = 10;
export const PASSWORD_MAX = 128;

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

export function emailError(email: string): string | null {
  if (!email.trim()) return 'Enter the e-mail address.';
  return EMAIL.test(email.trim()) ? null : `'${email.trim()}' is not an e-mail address: it looks like name@example.com.`;
}

export function passwordError(password: string): string | null {
  if (password.length < PASSWORD_MIN) return `The password needs at least ${PASSWORD_MIN} characters (${password.length} now).`;
  if (password.length > PASSWORD_MAX) return `The password may have at most ${PASSWORD_MAX} characters (${password.length} now).`;
  return null;
}

const required = (value: string, message: string) => (value.trim() ? null : message);

/** Only the fields that have an error. */
function only(errors: Record<string, string | null>): Record<string, string> {
  const found: Record<string, string> = {};
  for (const [key, message] of Object.entries(errors)) if (message) found[key] = message;
  return found;
}

export interface SignInForm { email: string; password: string }
export const checkSignIn = (f: SignInForm) => only({
  email: emailError(f.email),
  password: required(f.password, 'Enter your password.'),
});

export interface SetupForm { companyName: string; name: string; email: string; password: string; token: string }
export const checkSetup = (f: SetupForm, tokenRequired: boolean) => only({
  companyName: required(f.companyName, "Enter your company's name."),
  name: required(f.name, 'Enter your name.'),
  email: emailError(f.email),
  password: passwordError(f.password),
  token: tokenRequired ? required(f.token, "Enter the set-up token: the server printed it in its log at start ('Set-up token: …').") : null,
});

export interface NewUserForm { email: string; name: string; role: string; password: string }
export const checkNewUser = (f: NewUserForm) => only({
  email: emailError(f.email),
  name: required(f.name, 'Enter the name people see.'),
  password: passwordError(f.password),
});

export interface NewApiKeyForm { name: string; role: string; expiresAt: string }
export function checkNewApiKey(f: NewApiKeyForm, today: string): Record<string, string> {
  return only({
    name: required(f.name, 'Name the key after what uses it (CRM sync).'),
    expiresAt: f.expiresAt && f.expiresAt <= today ? 'The expiry date is in the future, or leave it empty for a key that does not expire.' : null,
  });
}

/** Seconds to wait from a Retry-After header: delay seconds or an HTTP date (null when absent or unreadable). */
export function retryAfterSeconds(header: string | null | undefined, now: Date = new Date()): number | null {
  if (!header) return null;
  if (/^\s*\d+\s*$/.test(header)) return Number(header);
  const at = Date.parse(header);
  return Number.isNaN(at) ? null : Math.max(0, Math.ceil((at - now.getTime()) / 1000));
}

/** "in 15 minutes", "in 1 minute", "in 40 seconds", "in a moment". */
export function waitInWords(seconds: number): string {
  if (seconds <= 1) return 'in a moment';
  if (seconds < 60) return `in ${seconds} seconds`;
  const minutes = Math.ceil(seconds / 60);
  if (minutes < 60) return minutes === 1 ? 'in 1 minute' : `in ${minutes} minutes`;
  const hours = Math.ceil(minutes / 60);
  return hours === 1 ? 'in 1 hour' : `in ${hours} hours`;
}

/** What the sign-in page says to a 429. */
export const tooManyAttemptsText = (seconds: number | null) =>
  `Too many wrong attempts for this e-mail: try again ${seconds === null ? 'later' : waitInWords(seconds)}.`;

export interface NewCompanyForm { name: string; id: string; email: string; timeZone: string; creditLimit: string; adminEmail: string; adminName: string; adminPassword: string }
export const emptyCompanyForm = (): NewCompanyForm =>
  ({ name: '', id: '', email: '', timeZone: 'UTC', creditLimit: '', adminEmail: '', adminName: '', adminPassword: '' });

/** The credit limit as typed: empty is none given (the server starts the company strictly prepaid), else a number >= 0. */
export const creditLimitOf = (text: string): number | undefined => (text.trim() === '' ? undefined : Number(text.trim().replace(',', '.')));

export const checkNewCompany = (f: NewCompanyForm) => only({
  name: required(f.name, "Enter the company's name."),
  id: f.id.trim() && !/^[a-z0-9][a-z0-9-]*$/.test(f.id.trim()) ? 'The id is lower-case letters, digits and dashes (acme-eu), or leave it empty to make one from the name.' : null,
  email: f.email.trim() ? emailError(f.email) : null,
  creditLimit: f.creditLimit.trim() && !(/^\s*\d+([.,]\d+)?\s*$/.test(f.creditLimit)) ? 'The credit limit is an amount of 0 or more (0: prepaid only), or empty.' : null,
  'admin.email': emailError(f.adminEmail),
  'admin.name': required(f.adminName, "Enter the first Admin's name."),
  'admin.password': passwordError(f.adminPassword),
});
