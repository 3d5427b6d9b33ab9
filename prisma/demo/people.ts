// The demo publication's sections and bylines. Everyone here is fictional.
export const site = {
  siteName: "The Meridian",
  description: "Global affairs, read closely: news and analysis from South Asia, the region and the world.",
  locale: "en-GB",
  timeZone: "Asia/Karachi",
};

export const sections = [
  { slug: "world", name: "World", description: "Diplomacy, conflict and the institutions that try to manage both." },
  {
    slug: "pakistan",
    name: "Pakistan",
    description: "Politics, the economy and daily life across Pakistan's provinces.",
  },
  {
    slug: "afghanistan-region",
    name: "Afghanistan & Region",
    description: "Afghanistan, its neighbours and the borderlands between them.",
  },
  { slug: "business", name: "Business", description: "Markets, trade, energy and the money that moves the region." },
  {
    slug: "technology",
    name: "Technology",
    description: "Networks, platforms, artificial intelligence and the rules being written for them.",
  },
  { slug: "analysis", name: "Analysis", description: "Argued, evidence-led essays on the questions behind the news." },
  {
    slug: "explainers",
    name: "Explainers",
    description: "Background and key facts on the issues that keep coming back.",
  },
];

export const authors = [
  {
    slug: "news-desk",
    name: "News Desk",
    email: "desk@meridian.example",
    bio: "Reporting from The Meridian newsroom, drawing on our correspondents and agency material. Your trusted source for insightful journalism on global affairs, business and technology.",
  },
  {
    slug: "ayesha-siddiqui",
    name: "Ayesha Siddiqui",
    email: "ayesha.siddiqui@meridian.example",
    bio: "Ayesha Siddiqui is The Meridian's Pakistan correspondent, based in Islamabad. She covers politics, the economy and the provinces.",
  },
  {
    slug: "daniel-okafor",
    name: "Daniel Okafor",
    email: "daniel.okafor@meridian.example",
    bio: "Daniel Okafor is diplomatic editor. He has reported from Geneva, New York and the Gulf on negotiations, sanctions and the United Nations.",
  },
  {
    slug: "farid-rahimi",
    name: "Farid Rahimi",
    email: "farid.rahimi@meridian.example",
    bio: "Farid Rahimi covers Afghanistan and its neighbours, from Kabul and Peshawar to the Central Asian border crossings.",
  },
  {
    slug: "mei-lin-tan",
    name: "Mei Lin Tan",
    email: "mei-lin.tan@meridian.example",
    bio: "Mei Lin Tan is business and economics editor, writing on markets, trade, energy and central banks from Singapore and Dubai.",
  },
  {
    slug: "tomas-ferreira",
    name: "Tomás Ferreira",
    email: "tomas.ferreira@meridian.example",
    bio: "Tomás Ferreira is technology correspondent, covering networks, artificial intelligence, cybersecurity and digital policy.",
  },
  {
    slug: "hannah-weiss",
    name: "Hannah Weiss",
    email: "hannah.weiss@meridian.example",
    bio: "Hannah Weiss is senior analyst and a columnist for The Meridian, writing on geopolitics, security and the politics of climate finance.",
  },
];
