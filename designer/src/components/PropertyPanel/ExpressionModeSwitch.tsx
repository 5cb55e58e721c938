import type { ExpressionMode } from '../../model/expressionMode';

const MODES: [ExpressionMode, string, string][] = [
  ['literal', 'Value', 'A fixed value'],
  ['template', '{{ }}', 'A text with {{ }} placeholders, e.g. Hello {{input.name}}'],
  ['javascript', 'JS', 'A JavaScript expression, e.g. vars.attempts < 3'],
];

/** Three small toggles: a field's value is a literal, a {{ }} template or JavaScript. */
export function ExpressionModeSwitch({ mode, onChange, field, disabled }: { mode: ExpressionMode; onChange: (m: ExpressionMode) => void; field: string; disabled?: boolean }) {
  return (
    <span className="mode-switch" role="radiogroup" aria-label={`${field} mode`}>
      {MODES.map(([m, label, title]) => (
        <button
          key={m}
          type="button"
          role="radio"
          aria-checked={mode === m}
          className={mode === m ? 'on' : ''}
          title={title}
          disabled={disabled}
          data-testid={`mode-${field}-${m}`}
          onClick={() => onChange(m)}
        >
          {label}
        </button>
      ))}
    </span>
  );
}
