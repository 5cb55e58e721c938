import { Fragment, useState, type FormEvent } from 'react';
import { ApiError } from '../../api/client';
import { clickToCallApi } from '../../api/clickToCallClient';
import type { CommentTypeView, CommentView } from '../../api/clickToCallViews';
import { messageOf } from '../../components/ProblemList/problems';
import { checkComment, commentFieldsBody, emptyValues, inputFor, type CommentValues } from '../../model/clickToCallComments';
import { fieldErrorsOf } from '../../model/problemFields';
import { FieldError } from '../../components/FieldError/FieldError';
import { useCan } from '../../store/authStore';

const browserZone = () => Intl.DateTimeFormat().resolvedOptions().timeZone || 'UTC';

/** "Add comment": the type first, then the fields that type asks for, then free text. */
export function CommentForm({ requestId, types, onAdded }: { requestId: string; types: CommentTypeView[]; onAdded: (c: CommentView) => void }) {
  const control = useCan('clickToCall.control');
  const [typeName, setTypeName] = useState(types[0]?.name ?? '');
  const type = types.find((t) => t.name === typeName);
  const [values, setValues] = useState<CommentValues>(() => emptyValues(type));
  const [text, setText] = useState('');
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [busy, setBusy] = useState(false);

  const choose = (name: string) => {
    setTypeName(name);
    setValues(emptyValues(types.find((t) => t.name === name)));
    setErrors({});
  };

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    const found = checkComment(type, text, values);
    setErrors(found);
    if (!type || Object.keys(found).length > 0) return;
    setBusy(true);
    try {
      const added = await clickToCallApi.addComment(requestId, { type: type.name, text: text.trim(), fields: commentFieldsBody(type, values, browserZone()) });
      onAdded(added);
      setText('');
      setValues(emptyValues(type));
    } catch (error) {
      if (error instanceof ApiError && error.problem.errors) setErrors(fieldErrorsOf(error.problem.errors));
      else setErrors({ form: messageOf(error) });
    } finally {
      setBusy(false);
    }
  };

  const id = (name: string) => `comment-${requestId}-${name}`;
  return (
    <form className="comment-form" onSubmit={submit} noValidate data-testid="comment-form">
      <label htmlFor={id('type')}>Comment type</label>
      <select id={id('type')} value={typeName} onChange={(e) => choose(e.target.value)}>
        {types.map((t) => <option key={t.name} value={t.name}>{t.label}</option>)}
      </select>
      <FieldError errors={errors} name="type" />
      {type?.fields.map((f) => {
        const input = inputFor(f);
        const value = values[f.name] ?? '';
        const set = (v: string) => setValues((all) => ({ ...all, [f.name]: v }));
        const label = `${f.label}${f.required ? ' *' : ''}`;
        return (
          <Fragment key={`${type.name}.${f.name}`}>
            <label htmlFor={id(f.name)}>{label}</label>
            {input.element === 'checkbox' ? (
              <input id={id(f.name)} type="checkbox" checked={value === 'true'} onChange={(e) => set(e.target.checked ? 'true' : 'false')} />
            ) : input.element === 'select' ? (
              <select id={id(f.name)} value={value} onChange={(e) => set(e.target.value)}>
                <option value="">{f.required ? 'Choose…' : '(none)'}</option>
                {input.options.map((o) => <option key={o} value={o}>{o}</option>)}
              </select>
            ) : (
              <input id={id(f.name)} type={input.type} step={input.type === 'number' ? 'any' : undefined} value={value} onChange={(e) => set(e.target.value)} />
            )}
            <FieldError errors={errors} name={`fields.${f.name}`} />
          </Fragment>
        );
      })}
      <label htmlFor={id('text')}>Comment</label>
      <textarea id={id('text')} rows={2} value={text} onChange={(e) => setText(e.target.value)} />
      <FieldError errors={errors} name="text" />
      <FieldError errors={errors} name="form" />
      <div className="actions"><button type="submit" className="primary" disabled={busy || !type || !control.allowed} title={control.title}>Add comment</button></div>
    </form>
  );
}
