import { useRef } from 'react';

/**
 * The data to hand to the form library for one section. The library keeps
 * its own copy of what the user types; handing that copy straight back as a
 * prop makes it compare every prop deeply and compute its whole state a
 * second time on every key. So the prop keeps its reference while only the
 * user's typing changed the data, and takes the current data as soon as the
 * data came from elsewhere (a reload, a restored draft) or any other prop
 * changed: the library then recomputes from the current data, never from an
 * older one.
 */
export function useStableFormData<T>(data: T, otherProps: unknown[]) {
  const typed = useRef<unknown>(undefined);
  const shown = useRef<T>(data);
  const others = useRef<unknown[]>(otherProps);
  const othersChanged =
    otherProps.length !== others.current.length ||
    otherProps.some((prop, i) => prop !== others.current[i]);
  if (othersChanged || data !== typed.current) shown.current = data;
  others.current = otherProps;
  return {
    formData: shown.current,
    /** Records what the form reported, just before it becomes `data`. */
    typedByUser: (value: unknown) => {
      typed.current = value;
    },
  };
}
