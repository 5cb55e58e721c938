import { useShallow } from 'zustand/react/shallow';
import { useEditor } from '../../store/editorStore';

/** A node's validation errors (messages, one per line) and its place on the lit path of a test run. */
export function useNodeDecorations(nodeId: string) {
  return useEditor(
    useShallow((s) => {
      const errors = s.serverProblems.filter((p) => p.nodeId === nodeId && p.severity === 'error');
      return {
        errorCount: errors.length,
        errorText: errors.map((p) => p.message).join('\n'),
        lit: s.lit?.visited.includes(nodeId) ?? false,
        current: s.lit?.current === nodeId,
        faulted: s.lit?.faulted === nodeId,
      };
    }),
  );
}
