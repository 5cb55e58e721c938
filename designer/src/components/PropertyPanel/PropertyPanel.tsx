// The right-hand panel: the selected block's label and inputs, generated from its activity's input
// JSON Schema, with the server's validation messages on the field at fault.
import { useShallow } from 'zustand/react/shallow';
import { findDescriptor } from '../../model/descriptors';
import { selectSelectedCount, selectSelectedNode, useEditor } from '../../store/editorStore';
import { fieldErrors } from './fieldErrors';
import { SchemaField } from './SchemaField';

export function PropertyPanel() {
  const node = useEditor(selectSelectedNode);
  const count = useEditor(selectSelectedCount);
  const descriptor = useEditor((s) => (node ? findDescriptor(s.descriptors, node.data.type) : undefined));
  const problems = useEditor(useShallow((s) => (node ? s.serverProblems.filter((p) => p.nodeId === node.id) : [])));
  const readOnly = useEditor((s) => s.readOnly);
  const { setInput, setLabel } = useEditor.getState();

  if (!node) {
    return (
      <aside className="properties" aria-label="Properties">
        <p className="muted">{count > 1 ? `${count} blocks selected. Delete, copy or drag them together.` : 'Select a block to edit it, or drag one from the palette.'}</p>
      </aside>
    );
  }
  const errors = fieldErrors(problems, node.id);
  const schema = descriptor?.inputSchema;
  const required = new Set(schema?.required ?? []);
  return (
    <aside className="properties" aria-label="Properties" data-testid="properties">
      <h2>{descriptor?.displayName ?? node.data.type}</h2>
      {descriptor?.description && <p className="field-help">{descriptor.description}</p>}
      <div className="field">
        <label htmlFor="node-label">Label</label>
        <input id="node-label" type="text" value={node.data.label ?? ''} placeholder={node.id} readOnly={readOnly} onChange={(e) => setLabel(node.id, e.target.value)} />
        <div className="field-help">Id <code>{node.id}</code> — later blocks read its outputs as <code>outputs.{node.id}.name</code>.</div>
      </div>
      {errors.get('') && <div className="field-error" role="alert" data-testid="node-error">{errors.get('')}</div>}
      {!descriptor && <div className="field-error">This flow uses an activity type the server does not know: {node.data.type}. Install its plugin or replace the block.</div>}
      {schema &&
        Object.entries(schema.properties ?? {}).map(([name, propertySchema]) => (
          <SchemaField
            key={`${node.id}.${name}`}
            name={name}
            schema={propertySchema}
            value={node.data.inputs[name]}
            required={required.has(name)}
            error={errors.get(name)}
            readOnly={readOnly}
            onChange={(value) => setInput(node.id, name, value)}
          />
        ))}
      {descriptor && descriptor.outputs.length > 0 && (
        <details className="outputs">
          <summary>Outputs</summary>
          <ul>
            {descriptor.outputs.map((o) => (
              <li key={o.name}>
                <code>outputs.{node.id}.{o.name}</code> <span className="muted">({o.type})</span> {o.description}
              </li>
            ))}
          </ul>
        </details>
      )}
    </aside>
  );
}
