// The click-to-call campaign form (/click-to-call/new, /click-to-call/{id}): its state as typed, the checks made before sending,
// and the conversion to and from the API (POST/PUT /api/click-to-call/campaigns).
import type { DayName } from '../api/campaignViews';
import type { ClickToCallCampaign, CommentFieldType, CommentTypeView, FirstLeg } from '../api/clickToCallViews';
import { DAYS, hhmm, pauseSecondsOf, splitList } from './campaignForm';
import { fieldErrorsOf, fieldKeyOf } from './problemFields';
import { isKnownTimeZone } from './zonedTime';

/** The flow every new campaign runs unless another is chosen (flow-templates/click-to-call.flow.json). */
export const DEFAULT_FLOW_ID = 'click-to-call';

export const COMMENT_FIELD_TYPES: readonly { type: CommentFieldType; label: string }[] = [
  { type: 'text', label: 'Text' }, { type: 'number', label: 'Number' }, { type: 'date', label: 'Date' },
  { type: 'dateTime', label: 'Date and time' }, { type: 'boolean', label: 'Yes / no' }, { type: 'choice', label: 'Choice' },
];

export interface CommentFieldRow {
  name: string;
  label: string;
  type: CommentFieldType;
  required: boolean;
  /** Choice fields: the options separated by commas. */
  options: string;
}

export interface CommentTypeRow {
  name: string;
  label: string;
  fields: CommentFieldRow[];
}

export interface MessageFields {
  text: string;
  audioFile: string;
  voice: string;
}

/** The form as typed: numbers and lists stay text until they are checked. */
export interface ClickToCallForm {
  name: string;
  description: string;
  flowId: string;
  firstLeg: FirstLeg;
  /** One call target a line or comma: ext:101, +4930123456. */
  operators: string;
  clientMessage: MessageFields;
  companyMessage: MessageFields;
  /** Redials after the first call ("Redial the client: N times"); the API's maxAttempts is this + 1. */
  redials: string;
  redialMinutes: string;
  /** '' for no reminder. */
  reminderMinutes: string;
  reminderEmail: string;
  from: string;
  to: string;
  days: DayName[];
  timeZone: string;
  price: string;
  currency: string;
  clientCallerId: string;
  companyCallerId: string;
  trunk: string;
  ringSeconds: string;
  defaultCountry: string;
  /** One web site origin a line or comma; empty: any site may embed the banner. */
  allowedOrigins: string;
  consentText: string;
  widgetTitle: string;
  commentTypes: CommentTypeRow[];
}

export interface ClickToCallBody {
  name: string;
  description?: string;
  flowId: string;
  firstLeg: FirstLeg;
  operators: string[];
  clientMessage: { text: string; audioFile?: string; voice?: string };
  companyMessage: { text: string; audioFile?: string; voice?: string };
  clientRetry: { maxAttempts: number; pauseSeconds: number };
  reminderMinutes: number | null;
  hours: { from: string; to: string; days: DayName[]; timeZone: string };
  price: number;
  currency: string;
  clientCallerId?: string;
  companyCallerId?: string;
  trunk?: string;
  ringSeconds: number;
  defaultCountry: string;
  allowedOrigins: string[];
  consentText: string;
  reminderEmail?: string;
  commentTypes: CommentTypeView[];
  widgetTitle: string;
}

export const DEFAULT_COMMENT_TYPES: readonly CommentTypeRow[] = [
  { name: 'note', label: 'Note', fields: [] },
  {
    name: 'sale', label: 'Sale', fields: [
      { name: 'amount', label: 'Amount', type: 'number', required: true, options: '' },
      { name: 'product', label: 'Product', type: 'text', required: false, options: '' },
    ],
  },
  { name: 'call-back-later', label: 'Call back later', fields: [{ name: 'when', label: 'When', type: 'dateTime', required: true, options: '' }] },
  { name: 'complaint', label: 'Complaint', fields: [{ name: 'topic', label: 'Topic', type: 'choice', required: true, options: 'billing, service, other' }] },
];

export function newClickToCallForm(timeZone = 'UTC'): ClickToCallForm {
  return {
    name: '', description: '', flowId: DEFAULT_FLOW_ID, firstLeg: 'client', operators: '',
    clientMessage: { text: 'Thank you for your request. Please hold while we connect you to an operator.', audioFile: '', voice: '' },
    companyMessage: { text: 'A visitor of the web site asked to be called back. Connecting you now.', audioFile: '', voice: '' },
    redials: '2', redialMinutes: '5', reminderMinutes: '15', reminderEmail: '',
    from: '09:00', to: '18:00', days: ['monday', 'tuesday', 'wednesday', 'thursday', 'friday'], timeZone,
    price: '0.50', currency: 'EUR', clientCallerId: '', companyCallerId: '', trunk: '', ringSeconds: '30', defaultCountry: 'US',
    allowedOrigins: '', consentText: 'I agree to be called back at this number about my enquiry.', widgetTitle: 'Call me back',
    commentTypes: DEFAULT_COMMENT_TYPES.map((t) => ({ ...t, fields: t.fields.map((f) => ({ ...f })) })),
  };
}

const trimNumber = (n: number) => String(Math.round(n * 1000) / 1000);
const message = (m: { text?: string; audioFile?: string | null; voice?: string | null } | undefined): MessageFields =>
  ({ text: m?.text ?? '', audioFile: m?.audioFile ?? '', voice: m?.voice ?? '' });

/** A stored campaign back into the form. */
export function formFromClickToCall(c: ClickToCallCampaign): ClickToCallForm {
  const attempts = Math.max(1, c.clientRetry?.maxAttempts ?? 1);
  return {
    name: c.name, description: c.description ?? '', flowId: c.flowId, firstLeg: c.firstLeg, operators: c.operators.join('\n'),
    clientMessage: message(c.clientMessage), companyMessage: message(c.companyMessage),
    redials: String(attempts - 1), redialMinutes: trimNumber(pauseSecondsOf(c.clientRetry ?? { maxAttempts: 1 }) / 60),
    reminderMinutes: c.reminderMinutes === null || c.reminderMinutes === undefined ? '' : trimNumber(c.reminderMinutes),
    reminderEmail: c.reminderEmail ?? '',
    from: hhmm(c.hours.from), to: hhmm(c.hours.to), days: [...c.hours.days], timeZone: c.hours.timeZone || 'UTC',
    price: c.price.toFixed(2), currency: c.currency, clientCallerId: c.clientCallerId ?? '', companyCallerId: c.companyCallerId ?? '',
    trunk: c.trunk ?? '', ringSeconds: String(c.ringSeconds), defaultCountry: c.defaultCountry, allowedOrigins: (c.allowedOrigins ?? []).join('\n'),
    consentText: c.consentText, widgetTitle: c.widgetTitle,
    commentTypes: (c.commentTypes ?? []).map((t) => ({
      name: t.name, label: t.label,
      fields: t.fields.map((f) => ({ name: f.name, label: f.label, type: f.type, required: !!f.required, options: (f.options ?? []).join(', ') })),
    })),
  };
}

const wholeNumber = (text: string) => (/^\s*\d+\s*$/.test(text) ? Number(text) : NaN);
const decimal = (text: string) => (/^\s*\d+([.,]\d+)?\s*$/.test(text) ? Number(text.trim().replace(',', '.')) : NaN);
const TARGET = /^(ext:\d{2,10}|group:[a-z0-9-]+|\d{2,10}|\+[1-9]\d{6,14}|sip:[^@\s]+@[^@\s]+)$/;
const PHONE = /^\+?[0-9]{2,20}$/;
const ORIGIN = /^https?:\/\/[a-z0-9.-]+(:\d{1,5})?$/i;
const COMMENT_NAME = /^[a-z0-9][a-z0-9-]*$/;

function checkMessage(errors: Record<string, string>, key: string, m: MessageFields, who: string) {
  if (!m.text.trim() && !m.audioFile.trim()) errors[`${key}.text`] = `Write what ${who} hears while waiting, or name an audio file.`;
}

function checkCommentTypes(errors: Record<string, string>, rows: CommentTypeRow[]) {
  const seen = new Set<string>();
  rows.forEach((row, i) => {
    const name = row.name.trim();
    if (!COMMENT_NAME.test(name)) errors[`commentTypes.${i}.name`] = 'Use lower-case letters, digits and "-" (call-back-later).';
    else if (seen.has(name)) errors[`commentTypes.${i}.name`] = `'${name}' is used twice: give each comment type its own name.`;
    seen.add(name);
    if (!row.label.trim()) errors[`commentTypes.${i}.label`] = 'Give the comment type a label people read.';
    const fieldNames = new Set<string>();
    row.fields.forEach((field, j) => {
      const fieldName = field.name.trim();
      const key = `commentTypes.${i}.fields.${j}`;
      if (!/^[A-Za-z][A-Za-z0-9_-]*$/.test(fieldName)) errors[`${key}.name`] = 'A field name starts with a letter: letters, digits, "-" and "_".';
      else if (fieldNames.has(fieldName)) errors[`${key}.name`] = `'${fieldName}' is used twice in this comment type.`;
      fieldNames.add(fieldName);
      if (field.type === 'choice' && splitList(field.options).length === 0) errors[`${key}.options`] = 'List the choices, separated by commas.';
    });
  });
}

/**
 * What is wrong with the form, by the API's field key ("name", "hours.days", "clientRetry.maxAttempts", "commentTypes.1.label"),
 * each message saying what to do. Empty when it can be sent.
 */
export function checkClickToCallForm(form: ClickToCallForm): Record<string, string> {
  const errors: Record<string, string> = {};
  if (!form.name.trim()) errors.name = 'Give the campaign a name.';
  if (!form.flowId.trim()) errors.flowId = `Choose the flow each request runs (the "${DEFAULT_FLOW_ID}" template if unsure).`;
  const operators = splitList(form.operators);
  if (operators.length === 0) errors.operators = 'Who answers for the company? Add at least one extension (ext:101) or number (+4930123456).';
  else {
    const bad = operators.filter((o) => !TARGET.test(o));
    if (bad.length) errors.operators = `${bad.map((b) => `'${b}'`).join(', ')}: write an extension (ext:101) or a full number with + (+4930123456).`;
  }
  checkMessage(errors, 'clientMessage', form.clientMessage, 'the client');
  checkMessage(errors, 'companyMessage', form.companyMessage, 'the operator');
  const redials = wholeNumber(form.redials);
  if (!(redials >= 0 && redials <= 10)) errors['clientRetry.maxAttempts'] = 'Redial the client 0 to 10 times.';
  const pause = decimal(form.redialMinutes);
  if (!(pause >= 1 && pause <= 1440)) errors['clientRetry.pauseSeconds'] = 'Redial every 1 to 1440 minutes (a day).';
  if (form.reminderMinutes.trim()) {
    const reminder = wholeNumber(form.reminderMinutes);
    if (!(reminder >= 1 && reminder <= 10080)) errors.reminderMinutes = 'Remind after 1 to 10080 minutes (a week), or leave it empty for no reminder.';
  }
  if (form.reminderEmail.trim() && !/^[^@\s]+@[^@\s]+\.[^@\s]+$/.test(form.reminderEmail.trim()))
    errors.reminderEmail = `'${form.reminderEmail.trim()}' is not an e-mail address.`;
  if (!isKnownTimeZone(form.timeZone)) errors['hours.timeZone'] = `'${form.timeZone}' is not a time zone; pick one like Europe/Berlin.`;
  if (!/^\d{2}:\d{2}$/.test(form.from)) errors['hours.from'] = 'Enter when calls may start, e.g. 09:00.';
  if (!/^\d{2}:\d{2}$/.test(form.to)) errors['hours.to'] = 'Enter when calls must stop, e.g. 18:00.';
  else if (form.from === form.to) errors['hours.to'] = 'The hours end when they start: make "to" later than "from".';
  if (form.days.length === 0) errors['hours.days'] = 'Tick at least one day of the week.';
  const price = decimal(form.price);
  if (!(price >= 0 && price <= 10000)) errors.price = 'The price per completed request is a number like 0.50 (0 for none).';
  if (!/^[A-Za-z]{3}$/.test(form.currency.trim())) errors.currency = 'The currency is a three-letter code like EUR or USD.';
  if (form.clientCallerId.trim() && !PHONE.test(form.clientCallerId.trim())) errors.clientCallerId = 'A caller id is a phone number of digits, optionally starting with +.';
  if (form.companyCallerId.trim() && !PHONE.test(form.companyCallerId.trim())) errors.companyCallerId = 'A caller id is a phone number of digits, optionally starting with +.';
  const ring = wholeNumber(form.ringSeconds);
  if (!(ring >= 5 && ring <= 300)) errors.ringSeconds = 'Ring each side for 5 to 300 seconds.';
  if (!/^[A-Za-z]{2}$/.test(form.defaultCountry.trim())) errors.defaultCountry = 'The default country is a two-letter code like DE or US.';
  const badOrigins = splitList(form.allowedOrigins).filter((o) => !ORIGIN.test(o));
  if (badOrigins.length) errors.allowedOrigins = `${badOrigins.map((o) => `'${o}'`).join(', ')}: write a web site as https://shop.example.com (no path).`;
  if (!form.consentText.trim()) errors.consentText = 'Write the sentence visitors agree to when they ask to be called.';
  checkCommentTypes(errors, form.commentTypes);
  return errors;
}

const optional = (text: string) => (text.trim() ? text.trim() : undefined);
const messageBody = (m: MessageFields) => ({
  text: m.text.trim(), ...(optional(m.audioFile) ? { audioFile: m.audioFile.trim() } : {}), ...(optional(m.voice) ? { voice: m.voice.trim() } : {}),
});

/** The API body of a form that passed {@link checkClickToCallForm}. */
export function clickToCallBody(form: ClickToCallForm): ClickToCallBody {
  return {
    name: form.name.trim(),
    ...(optional(form.description) ? { description: form.description.trim() } : {}),
    flowId: form.flowId.trim(),
    firstLeg: form.firstLeg,
    operators: splitList(form.operators),
    clientMessage: messageBody(form.clientMessage),
    companyMessage: messageBody(form.companyMessage),
    clientRetry: { maxAttempts: Number(form.redials) + 1, pauseSeconds: Math.round(Number(form.redialMinutes.replace(',', '.')) * 60) },
    reminderMinutes: form.reminderMinutes.trim() ? Number(form.reminderMinutes) : null,
    hours: { from: form.from, to: form.to, days: DAYS.filter((d) => form.days.includes(d)), timeZone: form.timeZone },
    price: Math.round(Number(form.price.trim().replace(',', '.')) * 100) / 100,
    currency: form.currency.trim().toUpperCase(),
    ...(optional(form.clientCallerId) ? { clientCallerId: form.clientCallerId.trim() } : {}),
    ...(optional(form.companyCallerId) ? { companyCallerId: form.companyCallerId.trim() } : {}),
    ...(optional(form.trunk) ? { trunk: form.trunk.trim() } : {}),
    ringSeconds: Number(form.ringSeconds),
    defaultCountry: form.defaultCountry.trim().toUpperCase(),
    allowedOrigins: splitList(form.allowedOrigins).map((o) => o.replace(/\/+$/, '')),
    consentText: form.consentText.trim(),
    ...(optional(form.reminderEmail) ? { reminderEmail: form.reminderEmail.trim() } : {}),
    commentTypes: form.commentTypes.map((t) => ({
      name: t.name.trim(), label: t.label.trim(),
      fields: t.fields.map((f) => ({
        name: f.name.trim(), label: f.label.trim() || f.name.trim(), type: f.type, required: f.required,
        ...(f.type === 'choice' ? { options: splitList(f.options) } : {}),
      })),
    })),
    widgetTitle: form.widgetTitle.trim() || 'Call me back',
  };
}

/**
 * A 422's error path as this form keys its fields: "ClientRetry.MaxAttempts" → "clientRetry.maxAttempts", "$.commentTypes[1].fields[0].name"
 * → "commentTypes.1.fields.0.name"; list fields shown as one box (operators, allowedOrigins) lose their index.
 */
export function clickToCallErrorKey(path: string): string {
  const key = fieldKeyOf(path, true);
  const list = /^(operators|allowedOrigins)\.\d+$/.exec(key);
  if (list) return list[1];
  return key.replace(/^clientRetry\.pause$/, 'clientRetry.pauseSeconds');
}

/** Every message of a 422's `errors` map by {@link clickToCallErrorKey} (several paths of one key are joined). */
export function clickToCallFieldErrors(errors: unknown): Record<string, string> {
  return fieldErrorsOf(errors, clickToCallErrorKey);
}
