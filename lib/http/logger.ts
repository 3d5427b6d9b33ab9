import pino from "pino";

// Structured JSON logs on standard output, one line per event. Request logs name the request id
// the client also sees (X-Request-Id). Cookies, authorisation and bodies are never logged.
export const logger = pino({
  level: process.env.LOG_LEVEL ?? "info",
  base: { pid: process.pid },
  redact: {
    paths: ["req.headers.cookie", "req.headers.authorization", "headers.cookie", "headers.authorization", "*.password"],
    remove: true,
  },
});
