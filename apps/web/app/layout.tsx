import type { Metadata, Viewport } from 'next';
import Link from 'next/link';
import type { ReactNode } from 'react';
import { ProjectorToggle } from '../src/components/ProjectorToggle';
import { ScenarioLink } from '../src/components/ScenarioLink';
import './globals.css';
import './analysis.css';
import './lessons.css';
import './teacher.css';
import './media.css';

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
          <Link prefetch={false} href="/" className="brand">
            Brink
          </Link>
          {/* No prefetching: a prefetch preloads the target page's styles, which Chrome reports as
              unused on a page left open — the Monte Carlo pages are, while batches run. */}
          <nav aria-label="Main">
            <Link prefetch={false} href="/">
              Scenarios
            </Link>
            <ScenarioLink to="run">Run</ScenarioLink>
            <ScenarioLink to="batch">Monte Carlo</ScenarioLink>
            <Link prefetch={false} href="/lessons">
              Lessons
            </Link>
            <Link prefetch={false} href="/source">
              The article
            </Link>
          </nav>
          <ProjectorToggle />
        </header>
        <main id="main">{children}</main>
      </body>
    </html>
  );
}
