import type { FlowTemplate } from '../../api/views';

/** Template cards: name, description, trigger and node count; "Use template" picks one. */
export function TemplateGallery({ templates, onChoose }: { templates: FlowTemplate[]; onChoose: (t: FlowTemplate) => void }) {
  if (templates.length === 0) return <p className="muted">No templates are installed.</p>;
  return (
    <ul className="template-gallery">
      {templates.map((t) => (
        <li key={t.id} className="template-card" data-testid={`template-${t.id}`}>
          <h3>{t.name}</h3>
          <p className="muted">{t.description ?? 'No description.'}</p>
          <p className="template-meta">
            <span>{t.trigger ? `Trigger: ${t.trigger}` : 'No trigger'}</span>
            <span>{t.nodeCount} node{t.nodeCount === 1 ? '' : 's'}</span>
          </p>
          <button type="button" className="primary" aria-label={`Use template ${t.name}`} onClick={() => onChoose(t)}>Use template</button>
        </li>
      ))}
    </ul>
  );
}
