import { axisPack } from '@brink/data';
import type { Metadata } from 'next';
import { Glossary } from '../../src/components/Glossary';

export const metadata: Metadata = { title: 'Glossary' };

export default function GlossaryPage() {
  return <Glossary pack={axisPack} />;
}
