// Illustrations drawn by scripts/generate-demo-images.ts (public/media/demo/<key>.webp, 1500x1000).
export interface DemoImage {
  key: string;
  alt: string;
  caption: string;
}

export const CREDIT = "Illustration: The Meridian";

export const images: DemoImage[] = [
  {
    key: "harbour",
    alt: "Illustration of container cranes silhouetted against a dusk sky above stacked containers and dark water",
    caption: "Container cranes at dusk.",
  },
  {
    key: "summit",
    alt: "Illustration of a long conference table beneath a row of national flags",
    caption: "Delegations meet around the negotiating table.",
  },
  {
    key: "ridges",
    alt: "Illustration of layered blue mountain ridges under a pale sky with a low sun",
    caption: "Mountain ridges in the borderlands.",
  },
  {
    key: "market",
    alt: "Illustration of three market chart lines rising and falling over a dark grid",
    caption: "Markets have been volatile.",
  },
  {
    key: "circuit",
    alt: "Illustration of gold circuit-board traces around a black chip on a green board",
    caption: "The hardware beneath the network.",
  },
  {
    key: "river",
    alt: "Illustration of a blue river winding through green plains",
    caption: "A river crosses the plains.",
  },
  {
    key: "skyline",
    alt: "Illustration of a city skyline at night with lit windows under a starry sky",
    caption: "A city after dark.",
  },
  {
    key: "wheat",
    alt: "Illustration of golden wheat fields under a wide blue sky and a pale sun",
    caption: "Wheat fields before the harvest.",
  },
  {
    key: "grid",
    alt: "Illustration of three electricity pylons carrying power lines across open country",
    caption: "Transmission lines cross open country.",
  },
  {
    key: "desert",
    alt: "Illustration of a straight road running between orange sand dunes",
    caption: "A desert highway.",
  },
];
