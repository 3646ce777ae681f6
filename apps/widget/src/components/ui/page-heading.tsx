import { useLayoutEffect, useRef, type ReactNode } from 'react';
import { takePendingFocus } from '../../lib/navigation.ts';

/** The page's h1; it takes focus after an in-app navigation so screen readers hear the new page. */
export function PageHeading({ children, className }: { children: ReactNode; className?: string }) {
  const ref = useRef<HTMLHeadingElement>(null);
  useLayoutEffect(() => {
    if (takePendingFocus()) ref.current?.focus();
  }, []);
  return (
    <h1 ref={ref} tabIndex={-1} className={className}>
      {children}
    </h1>
  );
}
