// The part of autocannon 9's API the benchmarks use.
declare module 'autocannon' {
  import type { EventEmitter } from 'node:events';

  namespace autocannon {
    interface Request {
      method?: string;
      path?: string;
      body?: string;
      headers?: Record<string, string>;
      setupRequest?: (
        req: Request,
        context: Record<string, unknown>,
      ) => Request;
    }
    interface Options {
      url: string;
      connections?: number;
      duration?: number;
      amount?: number;
      headers?: Record<string, string>;
      requests?: Request[];
    }
    interface Result {
      errors: number;
      timeouts: number;
      non2xx: number;
      requests: { average: number; total: number };
      latency: Record<string, number>;
    }
  }
  function autocannon(
    options: autocannon.Options,
    callback: (error: unknown, result: autocannon.Result) => void,
  ): EventEmitter;
  export = autocannon;
}
