import Link from 'next/link';
import type { ReactNode } from 'react';

/** A page that cannot be shown: what is wrong, and a way back. */
export function Problem({
  title,
  problems,
  children,
}: {
  title: string;
  problems: readonly string[];
  children?: ReactNode;
}) {
  return (
    <div className="problem" role="alert">
      <h1>{title}</h1>
      <ul>
        {problems.map((problem) => (
          <li key={problem}>{problem}</li>
        ))}
      </ul>
      <p>
        {children}
        {children ? ' · ' : ''}
        <Link href="/">Back to the scenarios</Link>
      </p>
    </div>
  );
}
