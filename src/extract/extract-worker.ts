import { parentPort, workerData } from 'node:worker_threads';
import { extractText } from './index';
import { loadLexicon } from './lexicon';

// One thread of the extraction pool (pool.ts): the rule extractor over the configured lexicon.
const { lexiconDir } = workerData as { lexiconDir?: string };
const lexicon = loadLexicon(lexiconDir);
// The first extraction loads the segmenter and the word lists: done before the pool is told this worker is ready.
extractText('Ready.', { lexicon });
parentPort!.postMessage({ ready: true });

parentPort!.on('message', ({ id, text }: { id: number; text: string }) => {
  try {
    const { sentences: _s, ...extraction } = extractText(text, { lexicon });
    parentPort!.postMessage({ id, extraction });
  } catch (err) {
    parentPort!.postMessage({ id, error: { name: (err as Error).name, message: (err as Error).message } });
  }
});
