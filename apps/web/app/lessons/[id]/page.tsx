import { getLesson, lessons } from '@brink/data';
import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { LessonPage } from '../../../src/components/LessonPage';

// A static export: one page per built-in lesson, and none for any other id (the 404 page says so).
export const dynamicParams = false;

export function generateStaticParams() {
  return lessons.map((lesson) => ({ id: lesson.id }));
}

export async function generateMetadata({
  params,
}: {
  params: Promise<{ id: string }>;
}): Promise<Metadata> {
  const lesson = getLesson((await params).id);
  return { title: lesson ? `Lesson: ${lesson.title}` : 'No such lesson' };
}

export default async function Lesson({ params }: { params: Promise<{ id: string }> }) {
  const lesson = getLesson((await params).id);
  if (!lesson) notFound();
  const next = lessons.find((candidate) => candidate.order === lesson.order + 1) ?? null;
  return <LessonPage lesson={lesson} next={next} />;
}
