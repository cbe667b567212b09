import { NotFoundMessage } from '../src/components/NotFoundMessage';

export default function NotFound() {
  return <NotFoundMessage />;
}
