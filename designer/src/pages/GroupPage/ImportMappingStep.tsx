import type { ContactField, ImportMode, ImportPreview } from '../../api/campaignViews';
import { mappingTargets } from '../../model/columnMapping';

const DELIMITER_NAMES: Record<string, string> = { ',': 'comma', ';': 'semicolon', '\t': 'tab', '|': 'vertical bar' };

export interface ImportMappingStepProps {
  preview: ImportPreview;
  fileName: string;
  fields: ContactField[];
  mapping: Record<string, string>;
  onMapping: (mapping: Record<string, string>) => void;
  mode: ImportMode;
  onMode: (mode: ImportMode) => void;
  dryRun: boolean;
  onDryRun: (dryRun: boolean) => void;
  problems: string[];
}

/** The file's first rows with a target drop-down over each column, and the import options. */
export function ImportMappingStep(p: ImportMappingStepProps) {
  const targets = mappingTargets(p.fields);
  return (
    <div data-testid="import-mapping">
      <p className="muted small" data-testid="import-detected">
        {p.fileName}: {DELIMITER_NAMES[p.preview.delimiter] ?? `“${p.preview.delimiter}”`} separated, {p.preview.encoding}, {p.preview.headers.length} columns.
      </p>
      <div className="table-scroll">
        <table className="mapping-table">
          <thead>
            <tr>{p.preview.headers.map((h) => <th key={h}>{h}</th>)}</tr>
            <tr>
              {p.preview.headers.map((h) => (
                <th key={h}>
                  <select aria-label={`Column ${h} goes to`} value={p.mapping[h] ?? 'ignore'} onChange={(e) => p.onMapping({ ...p.mapping, [h]: e.target.value })}>
                    {targets.map((t) => <option key={t.value} value={t.value}>{t.label}</option>)}
                  </select>
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {p.preview.sampleRows.map((row, i) => (
              <tr key={i}>{p.preview.headers.map((h, j) => <td key={h} className={p.mapping[h] === 'ignore' ? 'muted' : ''}>{row[j] ?? ''}</td>)}</tr>
            ))}
          </tbody>
        </table>
      </div>
      {p.problems.length > 0 && (
        <ul className="problem-list" data-testid="mapping-problems">{p.problems.map((m) => <li key={m}>{m}</li>)}</ul>
      )}
      <fieldset className="group">
        <legend>When some rows are wrong</legend>
        <label className="checkbox"><input type="radio" name="import-mode" checked={p.mode === 'validOnly'} onChange={() => p.onMode('validOnly')} />
          Import only valid rows (the others are listed for you to fix)</label><br />
        <label className="checkbox"><input type="radio" name="import-mode" checked={p.mode === 'allOrNothing'} onChange={() => p.onMode('allOrNothing')} />
          Import nothing if any row is rejected</label>
      </fieldset>
      <label className="checkbox"><input type="checkbox" checked={p.dryRun} onChange={(e) => p.onDryRun(e.target.checked)} />
        Check only (dry run): read and check every row, import nothing</label>
    </div>
  );
}
