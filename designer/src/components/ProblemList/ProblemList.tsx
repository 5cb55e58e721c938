import type { PathProblem } from './problems';

/** Problems listed by JSON path, errors first as the server sent them. */
export function ProblemList({ problems }: { problems: PathProblem[] }) {
  return (
    <ul className="path-problems" data-testid="problem-list">
      {problems.map((p, i) => (
        <li key={i} className={p.severity === 'warning' ? 'problem problem-warning' : 'problem'}>
          <code className="problem-path">{p.path}</code>
          {p.line != null && <span className="muted"> (line {p.line}{p.column != null ? `, column ${p.column}` : ''})</span>}
          <span className="problem-message">{p.message}</span>
        </li>
      ))}
    </ul>
  );
}
