import { useState, type FormEvent } from 'react';
import { codeLabel } from '../../model/campaignDisplay';

/** During or after a call: how it went (one of the campaign's codes) and optional notes. */
export function DispositionForm({ codes, busy, onSubmit }: { codes: string[]; busy: boolean; onSubmit: (code: string, notes: string) => void }) {
  const [code, setCode] = useState('');
  const [notes, setNotes] = useState('');
  const submit = (e: FormEvent) => {
    e.preventDefault();
    if (code) onSubmit(code, notes.trim());
  };
  return (
    <form className="disposition-form" onSubmit={submit} data-testid="disposition-form">
      <h2>How did the call go?</h2>
      <p className="muted small">Choose the result now or after the call; you get the next contact once it is saved.</p>
      <div className="disposition-codes" role="radiogroup" aria-label="Disposition">
        {codes.map((c) => (
          <label key={c} className="checkbox"><input type="radio" name="disposition" value={c} checked={code === c} onChange={() => setCode(c)} />{codeLabel(c)}</label>
        ))}
      </div>
      <label htmlFor="disposition-notes">Notes</label>
      <textarea id="disposition-notes" rows={3} value={notes} onChange={(e) => setNotes(e.target.value)} />
      <div className="actions"><button type="submit" className="primary" disabled={!code || busy}>Submit</button></div>
    </form>
  );
}
