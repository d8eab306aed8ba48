import { useCallback, useState } from 'react';

/**
 * What a dialog acts on, kept after it closes so the title does not go
 * blank while the dialog fades out.
 */
export function useDialogTarget<T>() {
  const [state, setState] = useState<{ target?: T; open: boolean }>({
    open: false,
  });
  const show = useCallback((target: T) => setState({ target, open: true }), []);
  const hide = useCallback(
    () => setState(current => ({ ...current, open: false })),
    [],
  );
  return { target: state.target, open: state.open, show, hide };
}
