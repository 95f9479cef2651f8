import type { ReactNode } from "react";
import "./ViewHeader.css";

/** Each view's title block: what you're looking at, in words, before the picture. */
export function ViewHeader({
  title,
  eyebrow,
  description,
  children,
}: {
  title: string;
  eyebrow?: ReactNode;
  description?: ReactNode;
  children?: ReactNode;
}) {
  return (
    <header className="view-header">
      <div>
        {eyebrow && <div className="eyebrow">{eyebrow}</div>}
        <h1>{title}</h1>
        {description && <p className="view-description">{description}</p>}
      </div>
      {children && <div className="view-header-actions">{children}</div>}
    </header>
  );
}
