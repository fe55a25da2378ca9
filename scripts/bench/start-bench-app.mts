// The app under an HTTP benchmark (`bench -- http`, `bench -- export`): the production build in a
// private copy of the project (http/server.mts says why), served by `next start` on the
// benchmark's own database and port. One start-up for every benchmark, so they measure the same
// server: same environment, same copy, same clean-up.
import { prepareApp, serverEnv, startApp, type AppServer } from "./http/server.mts";

export type BenchApp = {
  /** The project copy the server runs from (its .next holds the server-reference manifest). */
  dir: string;
  server: AppServer;
  /** False once the server has stopped (a floor runs with the app stopped). */
  running: () => boolean;
  /** Stops the server; the copy stays for close(). Safe to call twice. */
  stopServer: () => Promise<void>;
  /** Stops the server (if running) and removes the copy. Safe to call twice. */
  close: () => Promise<void>;
};

export async function startBenchApp(o: {
  databaseUrl: string;
  port: number;
  log: (s: string) => void;
  env?: Record<string, string>;
}): Promise<BenchApp> {
  const env = { ...serverEnv(o.databaseUrl, o.port), ...o.env };
  const app = await prepareApp(env, o.log);
  let server: AppServer;
  try {
    server = await startApp(env, o.port, o.log, app.dir);
  } catch (e) {
    app.remove();
    throw e;
  }
  let running = true;
  const stopServer = async () => {
    if (!running) return;
    running = false;
    await server.stop();
  };
  return {
    dir: app.dir,
    server,
    running: () => running,
    stopServer,
    close: async () => {
      await stopServer().catch(() => {});
      app.remove();
    },
  };
}
