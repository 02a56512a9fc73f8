import { renderHook } from '@testing-library/react';
import { useStableFormData } from './useStableFormData';

describe('useStableFormData', () => {
  const start = { tittel: 'A' };

  function setup() {
    return renderHook(
      ({ data, errors }: { data: object; errors: object }) =>
        useStableFormData(data, [errors]),
      { initialProps: { data: start, errors: {} as object } },
    );
  }

  it('keeps handing the form its first data while only the user types', () => {
    const { result, rerender } = setup();
    const errors = {};
    rerender({ data: start, errors });
    const typed = { tittel: 'AB' };
    result.current.typedByUser(typed);
    rerender({ data: typed, errors });
    expect(result.current.formData).toBe(start);
  });

  it('hands over the current data when another prop changes, so nothing typed is lost', () => {
    const { result, rerender } = setup();
    const errors = {};
    rerender({ data: start, errors });
    const typed = { tittel: 'AB' };
    result.current.typedByUser(typed);
    rerender({ data: typed, errors });
    rerender({ data: typed, errors: { tittel: { __errors: ['for kort'] } } });
    expect(result.current.formData).toBe(typed);
  });

  it('hands over data that came from elsewhere at once', () => {
    const { result, rerender } = setup();
    const errors = {};
    rerender({ data: start, errors });
    const reloaded = { tittel: 'Fra serveren' };
    rerender({ data: reloaded, errors });
    expect(result.current.formData).toBe(reloaded);
  });
});
