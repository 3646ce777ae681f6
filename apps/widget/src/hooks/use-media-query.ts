// Whether a media query matches now, following changes (a tablet's keyboard attached, a window
// moved to another screen). False where the browser cannot tell (jsdom).
import { useEffect, useState } from 'react';

function matches(query: string): boolean {
  return typeof window.matchMedia === 'function' && window.matchMedia(query).matches;
}

export function useMediaQuery(query: string): boolean {
  const [matched, setMatched] = useState(() => matches(query));
  useEffect(() => {
    if (typeof window.matchMedia !== 'function') return;
    const list = window.matchMedia(query);
    const onChange = () => setMatched(list.matches);
    onChange();
    list.addEventListener('change', onChange);
    return () => list.removeEventListener('change', onChange);
  }, [query]);
  return matched;
}

/** A touch screen is the main pointer: a phone or a tablet. */
export const COARSE_POINTER = '(pointer: coarse)';
