import { useState } from 'react';
import { OPERATOR_STORAGE_KEY } from '../../model/clickToCallDisplay';

function stored(): string {
  try {
    return localStorage.getItem(OPERATOR_STORAGE_KEY) ?? '';
  } catch {
    return '';
  }
}

/** "Your extension or number" for call backs, remembered in this browser; empty rings the campaign's operators. */
export function useCallBackOperator(): [string, (value: string) => void] {
  const [operator, setOperator] = useState(stored);
  const set = (value: string) => {
    setOperator(value);
    try {
      if (value.trim()) localStorage.setItem(OPERATOR_STORAGE_KEY, value.trim());
      else localStorage.removeItem(OPERATOR_STORAGE_KEY);
    } catch { /* private mode: not remembered */ }
  };
  return [operator, set];
}

export function CallBackOperatorInput({ value, onChange }: { value: string; onChange: (v: string) => void }) {
  return (
    <div className="instance-filters">
      <label htmlFor="callback-operator">Your extension or number</label>
      <input id="callback-operator" value={value} placeholder="optional: 101 or +4930…" onChange={(e) => onChange(e.target.value)} />
      <span className="muted small">“Call back” rings you first, then the client; empty rings the campaign's operators.</span>
    </div>
  );
}
