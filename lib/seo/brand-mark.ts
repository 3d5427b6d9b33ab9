// The demo publication's mark, The Meridian: a globe with its prime meridian, paper on the
// masthead red. The one drawing behind every icon: scripts/generate-icons.ts renders it into
// public/ (favicon.ico, apple-touch-icon.png, the web manifest's icons), and app/icon.tsx and
// app/logo.png render it for the metadata and structured data. A publication of its own replaces
// this drawing and runs the script again.

export const BRAND_RED = "#a61b1b";
export const BRAND_PAPER = "#fbfaf7";

/**
 * Full bleed, square, with the globe inside the central circle of 80% that a maskable icon
 * keeps, so one drawing serves the favicon, the home-screen icon and the maskable icon.
 */
export const brandMarkSvg = `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 512 512" width="512" height="512">
  <rect width="512" height="512" fill="${BRAND_RED}"/>
  <g fill="none" stroke="${BRAND_PAPER}" stroke-linecap="round">
    <circle cx="256" cy="256" r="150" stroke-width="30"/>
    <ellipse cx="256" cy="256" rx="64" ry="150" stroke-width="22"/>
    <line x1="110" y1="256" x2="402" y2="256" stroke-width="22"/>
    <line x1="256" y1="106" x2="256" y2="406" stroke-width="22"/>
  </g>
</svg>
`;
