// Keyboard behaviour of the WAI-ARIA combobox with a listbox popup: focus stays in the input,
// arrow keys move the active option (aria-activedescendant), Enter opens it (with none active,
// the default one: the top result), Escape clears.
import { useEffect, useState, type KeyboardEvent } from 'react';

export function useCombobox<T extends { id: string }>({ options, defaultOption, onOpen, onClear, resetKey }: {
  options: readonly T[];
  /** What Enter opens when no option is active; none while the results shown are not yet those of the text. */
  defaultOption?: T | undefined;
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
      case 'Enter': {
        const chosen = active ?? defaultOption;
        if (!chosen) return;
        event.preventDefault();
        onOpen(chosen);
        break;
      }
      case 'Escape':
        event.preventDefault();
        setActiveIndex(-1);
        onClear();
        break;
    }
  };

  return { activeId: active?.id, activeIndex, setActiveIndex, onKeyDown };
}
