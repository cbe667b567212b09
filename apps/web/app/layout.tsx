import type { Metadata, Viewport } from 'next';
import Link from 'next/link';
import type { ReactNode } from 'react';
import './globals.css';
import './analysis.css';

export const metadata: Metadata = {
  title: { default: 'Brink — escalation, step by step', template: '%s · Brink' },
  description:
    'Run a scenario of the Axis of Resistance after 7 October 2023 and watch each actor respond, with the rule and the sentence of the article behind every move.',
};

export const viewport: Viewport = { width: 'device-width', initialScale: 1 };

export default function RootLayout({ children }: { children: ReactNode }) {
  return (
    <html lang="en">
      <body>
        <a className="skip-link" href="#main">
          Skip to content
        </a>
        <header className="site-header">
          <Link href="/" className="brand">
            Brink
          </Link>
          <nav aria-label="Main">
            <Link href="/">Scenarios</Link>
            <Link href="/run?scenario=baseline&seed=42">Run</Link>
            <Link href="/batch?scenario=baseline&runs=1000&seed=42">Monte Carlo</Link>
            <Link href="/lessons">Lessons</Link>
            <Link href="/source">The article</Link>
          </nav>
        </header>
        <main id="main">{children}</main>
      </body>
    </html>
  );
}
