import { useEffect, useState, type ReactNode, type MouseEvent } from 'react';

// A small history router: the app has a handful of screens and needs no more.
export function usePath(): string {
  const [path, setPath] = useState(location.pathname);
  useEffect(() => {
    const on = () => setPath(location.pathname);
    addEventListener('popstate', on);
    return () => removeEventListener('popstate', on);
  }, []);
  return path;
}

export function navigate(to: string): void {
  if (to !== location.pathname) history.pushState(null, '', to);
  dispatchEvent(new PopStateEvent('popstate'));
}

export function Link({ to, children, className }: { to: string; children: ReactNode; className?: string }) {
  const onClick = (e: MouseEvent<HTMLAnchorElement>) => {
    if (e.metaKey || e.ctrlKey || e.shiftKey || e.button !== 0) return;
    e.preventDefault();
    navigate(to);
  };
  const current = location.pathname === to ? 'page' : undefined;
  return (
    <a href={to} onClick={onClick} className={className} aria-current={current}>
      {children}
    </a>
  );
}
