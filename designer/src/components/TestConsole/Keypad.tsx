const KEYS = ['1', '2', '3', '4', '5', '6', '7', '8', '9', '*', '0', '#'];

/** A phone keypad; each key sends one DTMF digit to the simulated call. */
export function Keypad({ onPress, disabled }: { onPress: (key: string) => void; disabled: boolean }) {
  return (
    <div className="keypad" role="group" aria-label="Keypad">
      {KEYS.map((k) => (
        <button key={k} type="button" disabled={disabled} aria-label={`Key ${k}`} onClick={() => onPress(k)}>{k}</button>
      ))}
    </div>
  );
}
