'use client';

import Link from 'next/link';
import { useEffect, useState } from 'react';
import { withoutBasePath } from '../lib/basePath';

/**
 * What the 404 page says: it is one static page for every missing address, so it reads the
 * address after the first render and, for a lesson that does not exist, says so and points to
 * the lessons.
 */
export function NotFoundMessage() {
  const [lessonId, setLessonId] = useState<string | null>(null);
  useEffect(() => {
    const match = /^\/lessons\/([^/]+?)(?:\.html)?\/?$/.exec(
      withoutBasePath(window.location.pathname),
    );
    if (match) setLessonId(decodeURIComponent(match[1]!));
  }, []);
  if (lessonId !== null) {
    return (
      <div className="problem" role="alert">
        <h1>No such lesson</h1>
        <p>There is no lesson “{lessonId}”.</p>
        <p>
          <Link href="/lessons">See the lessons</Link> · <Link href="/">Back to the scenarios</Link>
        </p>
      </div>
    );
  }
  return (
    <div className="problem">
      <h1>Nothing here</h1>
      <p>This page does not exist.</p>
      <p>
        <Link href="/">Back to the scenarios</Link> · <Link href="/lessons">the lessons</Link>
      </p>
    </div>
  );
}
