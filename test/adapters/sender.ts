import { Worker } from 'node:worker_threads';

export interface Request {
  url: string;
  headers: Record<string, string>;
  body: string;
}

/**
 * Sends requests from a thread of its own, all at once, and resolves with their statuses. From the
 * test's thread they would wait for it, and it is held by the slow answer whose effect is tested.
 */
export function sendFromAnotherThread(requests: Request[]): Promise<number[]> {
  const code = `
    const { parentPort, workerData } = require('node:worker_threads');
    Promise.all(workerData.map((r) => fetch(r.url, { method: 'POST', headers: r.headers, body: r.body }).then((res) => res.status)))
      .then((statuses) => parentPort.postMessage(statuses), (error) => parentPort.postMessage(String(error)));
  `;
  const worker = new Worker(code, { eval: true, workerData: requests });
  return new Promise((resolve, reject) => {
    worker.once('message', (message: number[] | string) => {
      void worker.terminate();
      if (typeof message === 'string') reject(new Error(message));
      else resolve(message);
    });
    worker.once('error', reject);
  });
}
