import type { ReactNode } from "react";

export function PageHeader({ kicker, title, children }: { kicker?: string; title: string; children?: ReactNode }) {
  return (
    <header className="mb-10 border-b border-rule pb-6">
      {kicker ? <p className="text-xs font-bold uppercase tracking-wider text-accent">{kicker}</p> : null}
      <h1 className="mt-1 font-serif text-4xl font-bold tracking-tight sm:text-5xl">{title}</h1>
      {children ? <div className="mt-3 max-w-2xl text-lg text-muted">{children}</div> : null}
    </header>
  );
}
