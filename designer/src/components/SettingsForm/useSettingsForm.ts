import { useState, type FormEvent } from 'react';
import { ApiError } from '../../api/client';
import { messageOf } from '../ProblemList/problems';

export interface SettingsFormRules<F> {
  /** The client's own checks: an error message by field key (empty when the form may be sent). */
  check: (form: F) => Record<string, string>;
  /** A 422's `errors` map keyed the way the form keys its fields. */
  fieldErrors: (errors: unknown) => Record<string, string>;
  /** The messages not shown next to a field, to go in the general message instead of getting lost. */
  unplaced: (errors: Record<string, string>, form: F) => string[];
}

export interface SettingsForm<F> {
  form: F;
  /** Changes some fields and forgets the server's errors (they spoke of the old values). */
  set: (patch: Partial<F>) => void;
  /** The client's checks (once a submit was tried) and the server's errors, by field key. */
  errors: Record<string, string>;
  /** The message at the bottom of the form, if any. */
  general: string | null;
  busy: boolean;
  submit: (e: FormEvent) => Promise<void>;
}

/**
 * The state of a settings form: client checks first (shown once a submit was tried), then `onSubmit`; a server 422 puts its
 * messages next to their fields and the rest at the bottom, any other failure at the bottom.
 */
export function useSettingsForm<F extends object>(initial: F, rules: SettingsFormRules<F>, onSubmit: (form: F) => Promise<void>): SettingsForm<F> {
  const [form, setForm] = useState(initial);
  const [tried, setTried] = useState(false);
  const [server, setServer] = useState<Record<string, string>>({});
  const [general, setGeneral] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const errors = { ...(tried ? rules.check(form) : {}), ...server };
  const set = (patch: Partial<F>) => { setForm((f) => ({ ...f, ...patch })); setServer({}); };

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    setTried(true);
    if (Object.keys(rules.check(form)).length > 0) {
      setGeneral('Some settings need attention: see the messages next to them.');
      return;
    }
    setBusy(true);
    setGeneral(null);
    try {
      await onSubmit(form);
    } catch (error) {
      if (error instanceof ApiError && error.problem.errors) {
        const fieldErrors = rules.fieldErrors(error.problem.errors);
        setServer(fieldErrors);
        const rest = rules.unplaced(fieldErrors, form);
        setGeneral(rest.length ? rest.join(' ') : 'The server refused some settings: see the messages next to them.');
      } else setGeneral(messageOf(error));
    } finally {
      setBusy(false);
    }
  };

  return { form, set, errors, general, busy, submit };
}
