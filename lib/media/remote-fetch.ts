import { lookup } from "node:dns/promises";
import http from "node:http";
import https from "node:https";
import type { LookupFunction } from "node:net";
import { UserError } from "@/lib/errors";
import { isPublicAddress } from "./address-guard";
import { MAX_UPLOAD_BYTES, MAX_UPLOAD_LABEL } from "./limits";

// Fetches a picture someone pasted from another site, so that it can go into the media library
// instead of being linked to. The server makes the request, so the address is the danger: only
// http and https, only public addresses (lib/media/address-guard.ts) after resolving the name
// here, a connection to exactly the address checked (a second DNS answer cannot switch it), every
// redirect checked the same way, and limits on size and time.

/** An expected refusal, with the words the desk shows beside the image. */
export class RemoteImageError extends UserError {}

export type Resolved = { address: string; family: 4 | 6 };
export type Resolver = (hostname: string) => Promise<Resolved[]>;

export interface RemoteFetchOptions {
  /** Name resolution; the system's by default. */
  resolve?: Resolver;
  /** Which resolved addresses may be connected to; public ones only by default. */
  isAllowed?: (address: string) => boolean;
  timeoutMs?: number;
  maxBytes?: number;
}

export interface FetchedImage {
  data: Buffer;
  /** A file name for the library, from the address's last segment. */
  name: string;
  /** The address the picture finally came from, after redirects. */
  url: string;
}

const MAX_REDIRECTS = 3;
const TIMEOUT_MS = 10_000;
const REDIRECTS = new Set([301, 302, 303, 307, 308]);

const systemResolver: Resolver = async (hostname) =>
  (await lookup(hostname, { all: true, verbatim: true })).map(({ address, family }) => ({
    address,
    family: family === 6 ? 6 : 4,
  }));

const refuse = (message: string) => new RemoteImageError(message);

/** A pasted address as the fetch accepts it: http or https, no user name or password. */
export function parseImageAddress(raw: string): URL {
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    throw refuse("This is not a web address an image can be fetched from.");
  }
  if (url.protocol !== "http:" && url.protocol !== "https:")
    throw refuse("Only images at http or https addresses can be fetched.");
  if (url.username || url.password) throw refuse("Addresses with a user name or password are not fetched.");
  return url;
}

/** The one address this hop may connect to: every answer must be public, or nothing is fetched. */
async function checkedAddress(url: URL, resolve: Resolver, isAllowed: (a: string) => boolean): Promise<Resolved> {
  // The URL parser writes an IPv6 literal in brackets, and has already normalised 0x7f.1 and the like.
  const host = url.hostname.replace(/^\[(.*)\]$/, "$1");
  let answers: Resolved[];
  try {
    answers = await resolve(host);
  } catch {
    throw refuse(`The site ${url.hostname} could not be found.`);
  }
  if (!answers.length) throw refuse(`The site ${url.hostname} could not be found.`);
  if (!answers.every((a) => isAllowed(a.address)))
    throw refuse(`${url.hostname} is not a public address on the internet, so nothing is fetched from it.`);
  return answers[0]!;
}

type Answer = { kind: "redirect"; location: string } | { kind: "image"; data: Buffer };

/** One request to one checked address; the body read only up to `maxBytes`. */
function requestOnce(url: URL, to: Resolved, signal: AbortSignal, maxBytes: number): Promise<Answer> {
  const pinned: LookupFunction = (_hostname, options, callback) => {
    if (options.all) callback(null, [to]);
    else callback(null, to.address, to.family);
  };
  return new Promise((resolvePromise, reject) => {
    const request = (url.protocol === "https:" ? https : http).request(
      url,
      {
        // No pooled connection: a socket kept for this host name could lead anywhere later.
        agent: false,
        lookup: pinned,
        signal,
        headers: { accept: "image/*", "user-agent": "Broadsheet image import" },
      },
      (response) => {
        const status = response.statusCode ?? 0;
        const location = response.headers.location;
        if (REDIRECTS.has(status) && location) {
          response.resume();
          return resolvePromise({ kind: "redirect", location });
        }
        if (status < 200 || status > 299) {
          response.resume();
          return reject(refuse(`${url.hostname} answered with an error (${status}) instead of the image.`));
        }
        const stop = (error: RemoteImageError) => {
          reject(error);
          request.destroy();
        };
        // A web page's address is the common mistake: no need to read the page to say so.
        if (/^text\//i.test(response.headers["content-type"] ?? ""))
          return stop(refuse(`The address on ${url.hostname} leads to a web page, not an image.`));
        const tooLarge = () => refuse(`The image on ${url.hostname} is over ${MAX_UPLOAD_LABEL}.`);
        if (Number(response.headers["content-length"]) > maxBytes) return stop(tooLarge());
        const chunks: Buffer[] = [];
        let total = 0;
        response.on("data", (chunk: Buffer) => {
          total += chunk.length;
          if (total > maxBytes) stop(tooLarge());
          else chunks.push(chunk);
        });
        response.on("end", () => resolvePromise({ kind: "image", data: Buffer.concat(chunks, total) }));
        response.on("error", reject);
      },
    );
    request.on("error", reject);
    request.end();
  });
}

function fileName(url: URL): string {
  const last = url.pathname.split("/").filter(Boolean).pop() ?? "";
  try {
    return decodeURIComponent(last) || url.hostname;
  } catch {
    return last || url.hostname;
  }
}

/** Fetches the picture at `raw`, following at most three redirects; throws RemoteImageError with the reason. */
export async function fetchRemoteImage(raw: string, options: RemoteFetchOptions = {}): Promise<FetchedImage> {
  const { resolve = systemResolver, isAllowed = isPublicAddress } = options;
  const maxBytes = options.maxBytes ?? MAX_UPLOAD_BYTES;
  const deadline = AbortSignal.timeout(options.timeoutMs ?? TIMEOUT_MS);
  let url = parseImageAddress(raw);
  const timedOut = () => refuse(`${url.hostname} took too long to send the image.`);
  try {
    for (let hop = 0; ; hop++) {
      // A resolver that never answers is held to the same deadline as the transfer.
      const to = await Promise.race([
        checkedAddress(url, resolve, isAllowed),
        new Promise<never>((_, reject) => deadline.addEventListener("abort", () => reject(timedOut()), { once: true })),
      ]);
      const answer = await requestOnce(url, to, deadline, maxBytes);
      if (answer.kind === "image") return { data: answer.data, name: fileName(url), url: url.href };
      if (hop === MAX_REDIRECTS) throw refuse(`The image’s address redirected more than ${MAX_REDIRECTS} times.`);
      url = parseImageAddress(new URL(answer.location, url).href);
    }
  } catch (e) {
    if (e instanceof RemoteImageError) throw e;
    if (deadline.aborted) throw timedOut();
    throw refuse(`The image could not be fetched from ${url.hostname}.`);
  }
}
