// Automated clients announce themselves in their user agent; they are not readers. Headless
// browsers count as automated too (test suites, prerenderers, screenshot services).
const AUTOMATED =
  /bot|crawl|spider|slurp|archiver|headless|lighthouse|pagespeed|preview|facebookexternalhit|embedly|whatsapp|telegram|discord|monitor|pingdom|uptime|phantom|selenium|puppeteer|playwright|curl|wget|python|httpclient|http-client|okhttp|axios|node-fetch|undici|go-http|java\/|libwww|scrapy|feed|rss/i;

/** True when the request does not come from a person's browser. No user agent at all counts as automated. */
export function isAutomated(userAgent: string | null | undefined): boolean {
  if (!userAgent || userAgent.length > 1000) return true;
  return AUTOMATED.test(userAgent) || !/^Mozilla\/|^Opera\//.test(userAgent);
}
