// CodeMirror is the largest part of the designer: it is loaded the first time a code field is shown,
// with a plain text area standing in meanwhile.
import { lazy, Suspense } from 'react';
import type { CodeEditorProps } from './CodeEditor';

const Editor = lazy(() => import('./CodeEditor').then((m) => ({ default: m.CodeEditor })));

export function CodeEditor(props: CodeEditorProps) {
  const fallback = (
    <textarea className="code-editor-loading" aria-label={props.ariaLabel} value={props.value} readOnly rows={props.minLines ?? 3} />
  );
  return (
    <Suspense fallback={fallback}>
      <Editor {...props} />
    </Suspense>
  );
}
