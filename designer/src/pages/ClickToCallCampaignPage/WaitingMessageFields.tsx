import type { MessageFields } from '../../model/clickToCallForm';
import { FieldError } from '../../components/FieldError/FieldError';

/** One waiting message: text spoken by TTS, or an audio file of the media library, and the voice. */
export function WaitingMessageFields({ id, label, value, errors, errorKey, onChange }: {
  id: string; label: string; value: MessageFields; errors: Record<string, string>; errorKey: string; onChange: (m: MessageFields) => void;
}) {
  return (
    <>
      <label htmlFor={`${id}-text`}>{label}</label>
      <textarea id={`${id}-text`} rows={2} value={value.text} onChange={(e) => onChange({ ...value, text: e.target.value })} />
      <FieldError errors={errors} name={`${errorKey}.text`} />
      <span className="muted small">or play</span>
      <div className="inline-inputs">
        <input aria-label={`${label}: audio file`} placeholder="audio file (welcome.wav)" value={value.audioFile} onChange={(e) => onChange({ ...value, audioFile: e.target.value })} />
        <input aria-label={`${label}: voice`} placeholder="voice (server default)" value={value.voice} onChange={(e) => onChange({ ...value, voice: e.target.value })} />
      </div>
      <FieldError errors={errors} name={`${errorKey}.audioFile`} />
    </>
  );
}
