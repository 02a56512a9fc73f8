import { renderHook } from '@testing-library/react';
import { useStableFormData } from './useStableFormData';

describe('useStableFormData', () => {
  const start = { tittel: 'A' };
  const errors = {};

  /** The hook after the form showed `start` and the user typed "B". */
  function afterTyping() {
    const hook = renderHook(
      ({ data, extraErrors }: { data: object; extraErrors: object }) =>
        useStableFormData(data, [extraErrors]),
      { initialProps: { data: start, extraErrors: errors } },
    );
    const typed = { tittel: 'AB' };
    hook.result.current.typedByUser(typed);
    hook.rerender({ data: typed, extraErrors: errors });
    return { ...hook, typed };
  }

  it('keeps handing the form its first data while only the user types', () => {
    const { result } = afterTyping();
    expect(result.current.formData).toBe(start);
  });

  it('hands over the current data when another prop changes, so nothing typed is lost', () => {
    const { result, rerender, typed } = afterTyping();
    rerender({ data: typed, extraErrors: { tittel: { __errors: ['kort'] } } });
    expect(result.current.formData).toBe(typed);
  });

  it('hands over data that came from elsewhere at once', () => {
    const { result, rerender } = afterTyping();
    const reloaded = { tittel: 'Fra serveren' };
    rerender({ data: reloaded, extraErrors: errors });
    expect(result.current.formData).toBe(reloaded);
  });
});
