// The text once the person has stopped typing it, by their own pace (typing-pause.ts).
import { useEffect, useRef, useState } from 'react';
import { createTypingPace } from './typing-pause.ts';

export function useSettledText(text: string): string {
  const [settled, setSettled] = useState(text);
  const pace = useRef(createTypingPace());
  const first = useRef(true);
  useEffect(() => {
    // The text it started with (from the URL) was not typed.
    if (first.current) {
      first.current = false;
      return undefined;
    }
    pace.current.keystroke(Date.now());
    const timer = window.setTimeout(() => setSettled(text), pace.current.pauseMs());
    return () => window.clearTimeout(timer);
  }, [text]);
  return settled;
}
