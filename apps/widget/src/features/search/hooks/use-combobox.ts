// Keyboard behaviour of the WAI-ARIA combobox with a listbox popup: focus stays in the input,
// arrow keys move the active option (aria-activedescendant), Enter opens it, Escape clears.
import { useEffect, useState, type KeyboardEvent } from 'react';

export function useCombobox<T extends { id: string }>({ options, onOpen, onClear, resetKey }: {
  options: readonly T[];
  onOpen: (option: T) => void;
  onClear: () => void;
  /** The active option resets whenever this changes (new results). */
  resetKey: unknown;
}) {
  const [activeIndex, setActiveIndex] = useState(-1);
  const [lastResetKey, setLastResetKey] = useState(resetKey);
  if (lastResetKey !== resetKey) {
    setLastResetKey(resetKey);
    setActiveIndex(-1);
  }
  const active = activeIndex >= 0 ? options[activeIndex] : undefined;

  useEffect(() => {
    if (!active) return;
    // jsdom has no scrollIntoView; browsers do.
    document.getElementById(active.id)?.scrollIntoView?.({ block: 'nearest' });
  }, [active]);

  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.nativeEvent.isComposing) return;
    const count = options.length;
    switch (event.key) {
      case 'ArrowDown':
        if (count === 0) return;
        event.preventDefault();
        setActiveIndex((index) => (index + 1) % count);
        break;
      case 'ArrowUp':
        if (count === 0) return;
        event.preventDefault();
        setActiveIndex((index) => (index <= 0 ? count - 1 : index - 1));
        break;
      case 'Enter':
        if (!active) return;
        event.preventDefault();
        onOpen(active);
        break;
      case 'Escape':
        event.preventDefault();
        setActiveIndex(-1);
        onClear();
        break;
    }
  };

  return { activeId: active?.id, activeIndex, setActiveIndex, onKeyDown };
}
