import { createServer, type IncomingMessage, type ServerResponse, type Server } from "node:http";
import { connect, type AddressInfo } from "node:net";
import { afterEach, describe, expect, it } from "vitest";
import { drainAfterEarlyAnswer, drainBody } from "./refuse-and-drain";

let server: Server | undefined;
afterEach(() => {
  server?.closeAllConnections();
  server?.close();
});

async function serve(handle: (req: IncomingMessage, res: ServerResponse) => void) {
  server = createServer(handle);
  await new Promise<void>((resolve) => server!.listen(0, "127.0.0.1", resolve));
  return (server.address() as AddressInfo).port;
}

const CHUNK = Buffer.alloc(16 * 1024, "x");

/**
 * A client on a bare socket that declares `length` bytes, sends the first chunk, waits until the
 * server's answer has begun to arrive, and only then sends the rest: exactly the moment at which
 * a server that closes after answering makes it fail. Resolves with everything the server sent,
 * and how the connection ended.
 */
function sendAfterAnswer(port: number, length: number) {
  return new Promise<{ answer: string; sent: number; error?: string }>((resolve) => {
    const socket = connect(port, "127.0.0.1");
    const received: Buffer[] = [];
    let sent = 0;
    let error: string | undefined;
    let sending = false;
    const sendRest = async () => {
      while (sent < length && !socket.destroyed) {
        const piece = CHUNK.subarray(0, Math.min(CHUNK.length, length - sent));
        const ok = await new Promise<boolean>((done) => socket.write(piece, (e) => done(!e)));
        if (!ok) return;
        sent += piece.length;
      }
    };
    socket.on("data", (data) => {
      received.push(data);
      if (!sending) {
        sending = true;
        void sendRest();
      }
    });
    socket.on("error", (e: NodeJS.ErrnoException) => (error = e.code ?? e.message));
    socket.on("close", () => resolve({ answer: Buffer.concat(received).toString("latin1"), sent, error }));
    socket.write(`POST /upload HTTP/1.1\r\nHost: localhost\r\nContent-Length: ${length}\r\n\r\n`);
    socket.write(CHUNK);
    sent = CHUNK.length;
  });
}

describe("drainAfterEarlyAnswer", () => {
  it("gets a refusal to a client that is still sending its body, then closes", async () => {
    let drained = false;
    const port = await serve((req, res) => {
      req.on("end", () => (drained = true));
      drainAfterEarlyAnswer(req, res, { maxBytes: 4 * 1024 * 1024, maxMs: 10_000 });
      res.statusCode = 413;
      res.end("Too large");
    });
    const length = 2 * 1024 * 1024;
    const { answer, sent, error } = await sendAfterAnswer(port, length);
    expect(error).toBeUndefined();
    expect(sent).toBe(length);
    expect(answer).toMatch(/^HTTP\/1\.1 413 /);
    expect(answer).toMatch(/\r\nConnection: close\r\n/i);
    expect(answer).toMatch(/\r\nContent-Length: 9\r\n/i);
    expect(answer).toMatch(/\r\n\r\nToo large$/);
    expect(drained).toBe(true);
  });

  it("leaves an answer given after the whole body alone", async () => {
    const port = await serve((req, res) => {
      drainAfterEarlyAnswer(req, res, { maxBytes: 1024, maxMs: 10_000 });
      req.resume();
      req.on("end", () => res.end("ok"));
    });
    const first = await fetch(`http://127.0.0.1:${port}/`, { method: "POST", body: "x".repeat(100_000) });
    expect(first.status).toBe(200);
    expect(first.headers.get("connection")).not.toBe("close");
    expect(await first.text()).toBe("ok");
  });

  it("closes the connection once the client has sent more than the cap", async () => {
    let result: boolean | undefined;
    const port = await serve((req, res) => {
      drainAfterEarlyAnswer(req, res, { maxBytes: 64 * 1024, maxMs: 10_000 });
      res.on("finish", () => (result = req.readableEnded));
      res.statusCode = 413;
      res.end("Too large");
    });
    const length = 64 * 1024 * 1024;
    const { answer, sent } = await sendAfterAnswer(port, length);
    expect(answer).toMatch(/^HTTP\/1\.1 413 /);
    expect(sent).toBeLessThan(length);
    expect(result).toBe(false);
  });
});

describe("drainBody", () => {
  it("gives up on a client that stops sending", async () => {
    let result: boolean | undefined;
    const port = await serve((req, res) => {
      void drainBody(req, { maxBytes: 1024 * 1024, maxMs: 200 }).then((ended) => {
        result = ended;
        res.end();
        req.socket.destroy();
      });
    });
    await new Promise<void>((resolve) => {
      const socket = connect(port, "127.0.0.1");
      socket.on("error", () => {});
      socket.on("close", () => resolve());
      socket.resume();
      socket.write("POST / HTTP/1.1\r\nHost: localhost\r\nContent-Length: 1000\r\n\r\nonly this");
    });
    expect(result).toBe(false);
  });

  it("reads a body that other listeners are also reading", async () => {
    let seen = 0;
    let result: boolean | undefined;
    const port = await serve((req, res) => {
      req.on("data", (chunk: Buffer) => (seen += chunk.length));
      void drainBody(req, { maxBytes: 1024 * 1024, maxMs: 10_000 }).then((ended) => {
        result = ended;
        res.end();
      });
    });
    const answer = await fetch(`http://127.0.0.1:${port}/`, { method: "POST", body: "x".repeat(300_000) });
    expect(answer.status).toBe(200);
    expect(result).toBe(true);
    expect(seen).toBe(300_000);
  });
});
