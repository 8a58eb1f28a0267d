import { say } from '../i18n/say';
import { useEffect, useState } from 'preact/hooks';
import { t } from '../i18n/t';
import type { Hint } from '../core/hints/hint';
import { useExtension } from '../ui/extension';

export function useHints() {
  const { ask } = useExtension();
  const [hints, setHints] = useState<Hint[]>([]);
  const [problem, setProblem] = useState('');
  useEffect(() => {
    ask('hints/list', {}).then(({ hints: loaded }) => setHints(loaded), () => setProblem(t('hints_load_failed')));
  }, [ask]);
  const apply = async (work: Promise<{ hints: Hint[] }>) => {
    try {
      setHints((await work).hints);
      setProblem('');
    } catch {
      setProblem(t('hints_change_failed'));
    }
  };
  /** Returns whether the hint was added; the key is passed on once and not kept here. */
  const add = async (value: string, label: string): Promise<boolean> => {
    try {
      const answer = await ask('hints/add', { value, label });
      setHints(answer.hints);
      setProblem(answer.problem ? say(answer.problem) : '');
      return answer.problem === null;
    } catch {
      setProblem(t('hints_add_failed'));
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
