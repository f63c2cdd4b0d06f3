import { Worker } from 'node:worker_threads';
import type { PageLinks } from './check-links.ts';
import type { ComponentInlines } from './csp/component-inlines.ts';

/**
 * Finishing the pages on a second thread. Astro renders pages on one thread. Finishing each page
 * (reading it, completing its policy, recording its ids and links) and writing the files that
 * mirror it ran on that thread too: at 10,000 entries, about 4 s of CPU for the finishing and 3 s
 * for the writes, and the records of 10,000 pages in the rendering thread's heap. Here a worker
 * thread does both as the pages arrive, while the main thread renders the next pages (two at a
 * time, so there is a next page to render; astro.config.mjs).
 */

/** What the main thread sends the worker (finish-worker.ts), handled in the order sent. */
export type FinisherRequest =
  | { kind: 'known'; known: ComponentInlines }
  | { kind: 'page'; id: number; sitePath: string; page: ArrayBuffer }
  | { kind: 'write'; path: string; text: string }
  | { kind: 'close' };

/** What the worker sends back. */
export type FinisherReply =
  | { kind: 'page'; id: number; page: ArrayBuffer }
  | { kind: 'page'; id: number; error: string }
  | { kind: 'closed'; report: FinisherReport };

/** What the worker learnt of the pages it finished, for the checks after the build. */
export interface FinisherReport {
  pages: Map<string, PageLinks>;
  completed: number;
  blocked: string[];
  /** The first file that could not be written, if any. */
  writeFailure?: string;
}

export interface Finisher {
  /** Finishes one rendered page (page-record.ts, `finishPage`); resolves to the page to write. */
  finish(page: ArrayBuffer, sitePath: string): Promise<ArrayBuffer>;
  /** Writes `text` to the absolute `path`, creating its folder, after everything sent before. */
  write(path: string, text: string): void;
  /** Waits for every page and file sent so far, stops the thread and returns its report. */
  close(): Promise<FinisherReport>;
}

/**
 * Starts the worker. `known` is read when the first page is sent, not now: the components' inline
 * code is collected while Vite loads them, after the build starts and before any page renders.
 */
export function startFinisher(known: () => ComponentInlines): Finisher {
  const worker = new Worker(new URL('./finish-worker.ts', import.meta.url));
  const waiting = new Map<number, { resolve: (page: ArrayBuffer) => void; reject: (error: Error) => void }>();
  let closing: { resolve: (report: FinisherReport) => void; reject: (error: Error) => void } | undefined;
  let sentKnown = false;
  let next = 0;
  /** Why the thread stopped early: every later request fails with it rather than wait forever. */
  let stopped: Error | undefined;
  const fail = (error: Error) => {
    stopped ??= error;
    for (const { reject } of waiting.values()) reject(error);
    waiting.clear();
    closing?.reject(error);
  };
  worker.on('error', fail);
  worker.on('exit', (code) => fail(new Error(`The page finisher's thread stopped (exit code ${code}).`)));
  worker.on('message', (reply: FinisherReply) => {
    if (reply.kind === 'closed') {
      closing?.resolve(reply.report);
      return;
    }
    const pending = waiting.get(reply.id);
    waiting.delete(reply.id);
    hold();
    if ('error' in reply) pending?.reject(new Error(reply.error));
    else pending?.resolve(reply.page);
  });
  const send = (request: FinisherRequest, transfer: ArrayBuffer[] = []) =>
    worker.postMessage(request, transfer);
  // The thread keeps the process alive only while a page or the closing is awaited from it, so a
  // build that fails before closing it still exits.
  const hold = () => (waiting.size > 0 || closing ? worker.ref() : worker.unref());
  hold();
  return {
    finish(page, sitePath) {
      if (stopped) return Promise.reject(stopped);
      if (!sentKnown) send({ kind: 'known', known: known() });
      sentKnown = true;
      const id = next++;
      const finished = new Promise<ArrayBuffer>((resolve, reject) => waiting.set(id, { resolve, reject }));
      send({ kind: 'page', id, sitePath, page }, [page]);
      hold();
      return finished;
    },
    write(path, text) {
      send({ kind: 'write', path, text });
    },
    async close() {
      if (stopped) throw stopped;
      const report = new Promise<FinisherReport>((resolve, reject) => (closing = { resolve, reject }));
      send({ kind: 'close' });
      hold();
      try {
        return await report;
      } finally {
        worker.removeAllListeners('exit');
        await worker.terminate();
      }
    },
  };
}
