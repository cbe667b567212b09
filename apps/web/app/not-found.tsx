import Link from 'next/link';

export default function NotFound() {
  return (
    <div className="problem">
      <h1>Nothing here</h1>
      <p>This page does not exist.</p>
      <p>
        <Link href="/">Back to the scenarios</Link>
      </p>
    </div>
  );
}
