// The blurred preview behind an image while it loads: the stored 16-pixel thumbnail, drawn
// through an SVG blur so it reads as a soft wash of colour rather than blocks. Pure.

export function blurBackground(
  blurDataUrl: string,
  width: number,
  height: number,
): { backgroundImage: string; backgroundSize: string; backgroundPosition: string; backgroundRepeat: string } {
  const w = 320;
  const h = Math.max(1, Math.round((height / width) * w));
  const svg =
    `<svg xmlns='http://www.w3.org/2000/svg' viewBox='0 0 ${w} ${h}'>` +
    `<filter id='b' color-interpolation-filters='sRGB'><feGaussianBlur stdDeviation='16'/><feComponentTransfer><feFuncA type='discrete' tableValues='1 1'/></feComponentTransfer></filter>` +
    `<image width='100%' height='100%' preserveAspectRatio='none' filter='url(%23b)' href='${blurDataUrl}'/></svg>`;
  return {
    backgroundImage: `url("data:image/svg+xml;charset=utf-8,${svg.replace(/</g, "%3C").replace(/>/g, "%3E")}")`,
    backgroundSize: "cover",
    backgroundPosition: "center",
    backgroundRepeat: "no-repeat",
  };
}
