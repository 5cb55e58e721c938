// Which side panel of the editor is open.
import { create } from 'zustand';

export type EditorPanel = 'properties' | 'settings' | 'versions' | 'test';

export const useEditorPanel = create<{ panel: EditorPanel; show(panel: EditorPanel): void; keysShown: boolean; showKeys(shown: boolean): void }>((set) => ({
  panel: 'properties',
  show: (panel) => set({ panel }),
  keysShown: false,
  showKeys: (keysShown) => set({ keysShown }),
}));
