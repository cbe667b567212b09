import { lessons } from '@brink/data';
import type { Metadata } from 'next';
import Link from 'next/link';
import { LessonList } from '../../src/components/LessonList';

export const metadata: Metadata = { title: 'Lessons' };

export default function Lessons() {
  return (
    <div className="lessons-page">
      <h1>Lessons</h1>
      <p className="lede">
        Each lesson asks one question about the article’s postures: read what the article says,
        commit to a prediction, run the model, and see how far you were off, and why. No account:
        your progress stays in this browser.
      </p>
      <LessonList lessons={lessons} />
      <p>
        New to the words? The <Link href="/glossary">glossary</Link> explains the rungs of the
        ladder, the outcomes, every parameter and where each rule comes from.
      </p>
      <p>
        Teaching with Brink? The <Link href="/teacher">teacher view</Link> lists every lesson with
        its goal and the scenarios it uses.
      </p>
    </div>
  );
}
