// A TCP port free on 127.0.0.1 right now (the OS picks it), for a local Neo4j or a test server.
import { createServer } from "node:net";

export async function findFreePort(): Promise<number> {
  return new Promise((resolvePort, reject) => {
    const server = createServer();
    server.unref();
    server.on("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const address = server.address();
      const port = typeof address === "object" && address !== null ? address.port : 0;
      server.close(() => (port > 0 ? resolvePort(port) : reject(new Error("Could not get a free port"))));
    });
  });
}
