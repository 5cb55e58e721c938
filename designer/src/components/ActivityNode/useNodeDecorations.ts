import { useShallow } from 'zustand/react/shallow';
import { useEditor } from '../../store/editorStore';

/** A node's validation errors (messages, one per line) and its place on the lit path of a test run. */
export function useNodeDecorations(nodeId: string) {
  return useEditor(
    useShallow((s) => {
      const errors = s.problemIndex.get(nodeId);
      return {
        errorCount: errors?.count ?? 0,
        errorText: errors?.text ?? '',
        lit: s.litNodes.has(nodeId),
        current: s.lit?.current === nodeId,
        faulted: s.lit?.faulted === nodeId,
      };
    }),
  );
}
