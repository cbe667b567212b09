import Link from 'next/link';

const PAGES = [
  { id: 'batch', label: 'Batch', href: '/batch?scenario=baseline&runs=1000&seed=42' },
  {
    id: 'sensitivity',
    label: 'Sensitivity',
    href: '/sensitivity?scenario=strike-on-iran&param=iran.params.riskAversion&values=0%3A3%3A0.25&runs=100&seed=42&outcome=iran-direct',
  },
  {
    id: 'compare',
    label: 'Compare',
    href: '/compare?a=baseline&b=strike-on-iran&runs=1000&seed=42',
  },
  { id: 'hindcast', label: 'Model vs record', href: '/hindcast?runs=100&seed=42' },
  {
    id: 'explore',
    label: 'Explore',
    href: '/explore?scenario=baseline&method=morris&outcome=hezbollah-near-daily-fire&runs=610&seed=42',
  },
] as const;

/** The Monte Carlo pages, one link each; the current one marked for assistive technology. */
export function AnalysisNav({ current }: { current: (typeof PAGES)[number]['id'] }) {
  return (
    <nav className="mc-tabs" aria-label="Monte Carlo">
      {PAGES.map((page) => (
        <Link
          prefetch={false}
          key={page.id}
          href={page.href}
          aria-current={page.id === current ? 'page' : undefined}
        >
          {page.label}
        </Link>
      ))}
    </nav>
  );
}
