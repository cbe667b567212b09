import './zodJitless';
import { type AnalysisMessage, type AnalysisTask, analyseExploration } from './analyseExploration';

// The Web Worker that analyses an exploration's runs (see runExploration), so the bootstrap of
// the indices never holds up the page. The runs themselves go to the batch workers.
const scope = self as unknown as {
  onmessage: ((event: MessageEvent<AnalysisTask>) => void) | null;
  postMessage(message: AnalysisMessage): void;
};
scope.onmessage = (event) => {
  scope.postMessage(analyseExploration(event.data));
};
