import { useEffect, useState } from 'preact/hooks';
import type { Hint } from '../core/hints/hint';
import { useExtension } from '../ui/extension';

export function useHints() {
  const { ask } = useExtension();
  const [hints, setHints] = useState<Hint[]>([]);
  const [problem, setProblem] = useState('');
  useEffect(() => {
    ask('hints/list', {}).then(({ hints: loaded }) => setHints(loaded), () => setProblem('Could not load your key hints.'));
  }, [ask]);
  const apply = async (work: Promise<{ hints: Hint[] }>) => {
    try {
      setHints((await work).hints);
      setProblem('');
    } catch {
      setProblem('That change could not be saved. Try again.');
    }
  };
  /** Returns whether the hint was added; the key is passed on once and not kept here. */
  const add = async (value: string, label: string): Promise<boolean> => {
    try {
      const answer = await ask('hints/add', { value, label });
      setHints(answer.hints);
      setProblem(answer.problem ?? '');
      return answer.problem === null;
    } catch {
      setProblem('The hint could not be added. Try again.');
      return false;
    }
  };
  return {
    hints,
    problem,
    add,
    update: (id: string, change: { label?: string; note?: string }) => apply(ask('hints/update', { id, ...change })),
    remove: (id: string) => apply(ask('hints/delete', { id })),
    move: (id: string, by: -1 | 1) => apply(ask('hints/move', { id, by })),
  };
}
