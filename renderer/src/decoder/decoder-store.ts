import { create } from 'zustand';
import type { CodeSource } from '../../../shared/kb';

/** What the person typed in the decoder; kept while they visit other tabs. */
interface DecoderState {
  input: string;
  source: CodeSource | '';
  setInput(input: string): void;
  setSource(source: CodeSource | ''): void;
}

export const useDecoderStore = create<DecoderState>((set) => ({
  input: '',
  source: '',
  setInput: (input) => set({ input }),
  setSource: (source) => set({ source }),
}));
