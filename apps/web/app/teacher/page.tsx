import { lessons } from '@brink/data';
import type { Metadata } from 'next';
import { TeacherView } from '../../src/components/TeacherView';

export const metadata: Metadata = { title: 'Teacher view: the lessons' };

export default function Teacher() {
  return <TeacherView lessons={lessons} />;
}
