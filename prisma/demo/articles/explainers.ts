import type { DemoArticle } from "../types";

export const articles: DemoArticle[] = [
  {
    slug: "what-is-the-indus-waters-treaty-and-how-are-disputes-settled",
    title: "What is the Indus Waters Treaty, and how are disputes under it settled?",
    standfirst:
      "The 1960 agreement divides six rivers between India and Pakistan and has outlasted wars. Its three-step system for settling quarrels is now being tested as never before.",
    excerpt:
      "A guide to the treaty that governs the Indus basin: which rivers go to whom, how the Permanent Indus Commission, neutral experts and courts of arbitration are meant to work, and what the current stand-off means.",
    section: "explainers",
    authors: ["news-desk"],
    tags: ["Water", "Diplomacy", "Agriculture"],
    dateline: "LAHORE",
    daysAgo: 27,
    hour: 10,
    featured: false,
    status: "PUBLISHED",
    image: "river",
    body: `For more than six decades, the rivers that rise in the Himalaya and the Karakoram and spill across the plains of Punjab have been governed by a single document. The Indus Waters Treaty, signed in Karachi in 1960 after nine years of talks brokered by the World Bank, survived three wars and countless diplomatic crises. It is now under greater strain than at any point in its history: India said in 2025 that it was holding the treaty “in abeyance”, while Pakistan insists that no such status exists in the text or in international law.

Understanding the quarrel means understanding two things: how the treaty divides the water, and how its unusual, graduated machinery for resolving disagreements is supposed to work.

## The background

Partition in 1947 drew a border straight through the canal network of the Indus basin, leaving key headworks in India and much of the irrigated land they served in Pakistan. A brief cut-off of flows to Pakistani canals in 1948 convinced both sides, and the World Bank, that an arrangement was needed.

The solution was division rather than joint management. The three eastern rivers — the Ravi, Beas and Sutlej — were allocated to India for unrestricted use. The three western rivers — the Indus, Jhelum and Chenab — went to Pakistan, and together carry roughly four-fifths of the system’s water. India may still use the western rivers for household needs, limited irrigation and “run-of-the-river” hydropower, but only within detailed design rules set out in the treaty’s annexures, covering everything from the height of intakes to the volume of water a dam may hold back. Pakistan, in turn, built replacement works, including the Mangla and Tarbela dams, with money from an international fund.

## How the dispute mechanism works

Article IX of the treaty sets out a ladder with three rungs, each intended for a different kind of disagreement.

1. **Questions** go first to the Permanent Indus Commission, made up of one commissioner from each country. It is meant to meet at least once a year, exchange river-flow data and inspect works on either side of the border.
2. **Differences** — essentially technical disagreements listed in the treaty, such as whether a dam’s spillway is designed within the rules — can be sent to a Neutral Expert, a highly qualified engineer whose decision is final and binding.
3. **Disputes**, which involve wider questions of interpretation or law, go to a seven-member Court of Arbitration, with the chair and other neutral members chosen jointly or, failing that, by named international office-holders.

The World Bank’s role is largely procedural: it helps appoint experts and arbitrators but is not a guarantor of the treaty. The system has produced real rulings. A Court of Arbitration in 2013 allowed India to divert water for its Kishenganga hydropower project but required it to leave a minimum flow in the river for downstream users. Later quarrels over the Kishenganga and Ratle projects exposed a flaw, however: Pakistan asked for a court, India for a neutral expert, and for years the two processes were stalled, then run in parallel, with India declining to take part in the court.

> The treaty was drafted by engineers for engineers. It assumed that if you could reduce a quarrel to a technical question, you could take the politics out of it. That assumption is what is being tested now. — Saira Bokhari, a water-law specialist at the Lahore Centre for Policy Research

## Why it matters

The Indus system supplies the bulk of the water for Pakistan’s irrigated agriculture, which in turn feeds most of the country and employs a large share of its workforce. India does not have the storage on the western rivers to stop their flow in any meaningful way, and engineers on both sides agree it could not build it quickly. But the timing of releases during the sowing seasons, the flushing of silt from reservoirs and, above all, the sharing of flood data can matter a great deal to farmers downstream.

>> The treaty has no exit clause. It ends only when both governments sign something to replace it.

For India, the treaty’s critics argue that the design rules are outdated and have hampered hydropower development in Jammu and Kashmir. Arvind Menon, a former irrigation engineer who now teaches at a policy school in New Delhi, said the debate in India had shifted from “how to use the treaty” to “whether it still serves us”.

## What happens next

The treaty contains no clause allowing either party to leave it unilaterally; Article XII says it can be modified or ended only by a new, duly ratified treaty between the two governments. Pakistan has said it will continue to pursue the arbitration and neutral-expert routes, and to treat any interference with the western rivers as a serious breach. Whether the Permanent Indus Commission meets again, and whether flood data continue to flow before the next monsoon, are the most immediate tests.

Looming over all of it is a problem the drafters never imagined: a warming climate that is changing glacier melt and the timing of river flows across the basin.

### Key facts

- Signed in Karachi in 1960, after talks brokered by the World Bank
- Eastern rivers (Ravi, Beas, Sutlej) to India; western rivers (Indus, Jhelum, Chenab) to Pakistan
- Three-tier dispute system: the Permanent Indus Commission, a Neutral Expert and a Court of Arbitration
- No unilateral exit clause: change requires a new treaty ratified by both countries`,
  },
  {
    slug: "what-is-the-wakhan-corridor-and-why-does-it-matter",
    title: "What is the Wakhan Corridor, and why does a thin strip of mountains matter?",
    standfirst:
      "A finger of Afghan territory drawn by empires as a buffer now sits at the junction of four countries. Renewed talk of a road to China has put it back on the map.",
    excerpt:
      "The Wakhan Corridor separates Tajikistan from Pakistan and touches China at its far eastern tip. Here is how it came to exist, who lives there and why its remote passes draw attention from Kabul to Beijing.",
    section: "explainers",
    authors: ["farid-rahimi"],
    tags: ["Borders", "Central Asia", "China", "Connectivity"],
    dateline: "FAIZABAD",
    daysAgo: 103,
    hour: 8,
    featured: false,
    status: "PUBLISHED",
    image: "ridges",
    body: `On a map of Afghanistan, the Wakhan Corridor looks like an afterthought: a thin finger of territory pointing east from Badakhshan province into the high Pamir. It is roughly 350 km long and in places little more than 15 km wide. To its north lies Tajikistan, across the Panj river; to its south, over the Hindu Kush, lies Pakistan; and at its far eastern end it meets China along a short, high border that few people ever see.

In recent months officials in Kabul have spoken repeatedly of upgrading the track that runs the length of the corridor and of opening a trade route over the Wakhjir Pass into China’s Xinjiang region. That talk has revived interest in one of the most isolated places in Asia — and in the reasons it exists at all.

## The background

The Wakhan is a product of the nineteenth-century rivalry between the British and Russian empires known as the Great Game. Neither power wanted its frontier to touch the other’s. Agreements in 1873 and 1895, the second following the work of a joint Pamir boundary commission, fixed the line along the Panj and left a narrow strip under Afghan rule as a buffer between Russian Central Asia and British India. The Afghan ruler of the day is said to have accepted the responsibility with little enthusiasm.

The short eastern boundary with China was formally settled in a treaty between Afghanistan and the People’s Republic in 1963. For most of the twentieth century the corridor was sealed in practice, first by the Soviet frontier to the north and later by conflict.

## Who lives there

The corridor is home to perhaps 15,000 people. Most are Wakhi, Ismaili Muslims who farm barley and keep livestock in villages along the river valley. Higher up, in the grasslands of the Little and Great Pamir, a small community of Kyrgyz herders lives at altitudes above 4,000 metres with yaks, sheep and goats. Winter snow cuts many settlements off for months, and access to clinics, schools and markets is among the poorest in the country.

> We are at the end of every road. When the snow closes the valley, a sick child must wait or be carried for days. A real road would change that before it changes anything for China. — Shah Ismail, a Wakhi elder in the village of Qala-e Panja

The upper corridor is also one of Afghanistan’s few protected landscapes. A national park declared in 2014 covers habitat for snow leopards and Marco Polo sheep, and conservationists worry that heavy traffic could damage it.

## Why it matters

Geography gives the Wakhan an importance far beyond its population. It is Afghanistan’s only land border with China, its passes lead south towards Chitral and Gilgit-Baltistan in Pakistan, and the Tajik side of the river carries the Pamir Highway. For Kabul, a route to China promises trade, customs revenue and a diplomatic gesture of connection at a time of limited international recognition.

Beijing’s calculations are more cautious. Chinese officials have long worried about militants crossing into Xinjiang, and a road through the corridor could carry goods and people in both directions. The Wakhjir Pass, at close to 4,900 metres, is snowbound for much of the year, and no formal crossing operates there.

- **Tajikistan** shares the longest stretch of border, and has bridges and markets at Ishkashim.
- **Pakistan** lies across high passes such as the Broghil, used by herders and traders for centuries.
- **China** touches the corridor for fewer than 100 km at its eastern tip.

Nilufar Saidova, a researcher on the Pamir borderlands at a Dushanbe policy institute, said the economics of a Wakhan trade route were “thin at best” given the altitude and the short season. “The value is symbolic and strategic,” she said. “A road signals that Afghanistan is a bridge, not a dead end.”

## What happens next

Road crews have been reported working on sections of the valley track, and local officials say they hope to make the corridor passable by truck for more of the year. Any opening of the Wakhjir crossing, however, would require agreement with Beijing on customs, security and infrastructure on the Chinese side, and there is no public sign that such a deal is close. For the people of the Wakhan, the more immediate question is whether new investment brings clinics and winter access, or simply faster traffic through their valley.

### Key facts

- Length: about 350 km; width from roughly 15 km to 65 km
- Borders: Tajikistan to the north, Pakistan to the south, China to the east
- Created as a buffer by Anglo-Russian agreements in 1873 and 1895
- Population: roughly 15,000, mostly Wakhi, with Kyrgyz herders in the high Pamir`,
  },
  {
    slug: "how-does-an-imf-programme-work",
    title: "How does an IMF programme work, from staff-level deal to the final review?",
    standfirst:
      "Countries short of foreign currency turn to the International Monetary Fund for loans that arrive in slices, each one tied to targets. Here is how the process runs, step by step.",
    excerpt:
      "Staff-level agreements, prior actions, performance criteria and quarterly reviews: a plain guide to the machinery of an IMF bailout, why it matters beyond the money itself and what happens when a country misses its targets.",
    section: "explainers",
    authors: ["mei-lin-tan"],
    tags: ["Debt", "Economy", "Central Banks"],
    dateline: "ISLAMABAD",
    daysAgo: 9,
    hour: 7,
    featured: false,
    status: "PUBLISHED",
    body: `Few phrases move markets in Pakistan, Egypt or Sri Lanka quite like “staff-level agreement”. Yet the machinery behind an International Monetary Fund programme — how money is promised, released and sometimes withheld — is rarely explained. As another round of talks between the Fund and a string of cash-strapped governments gets under way, here is how a programme actually works.

## The background

The IMF is, in essence, a cooperative of more than 190 member countries that pool reserves according to a quota based roughly on the size of their economies. When a member faces a balance-of-payments crisis — it cannot earn or borrow enough foreign currency to pay for imports and service its debts — it can borrow from that pool.

The Fund offers several kinds of loan. A Stand-By Arrangement is designed for short-term trouble and typically runs for one to two years. An Extended Fund Facility lasts three or four years and is aimed at deeper structural problems, with repayment stretched over as long as ten years. Poorer countries can borrow on concessional terms through a separate trust, and newer facilities target pandemics, food shocks and climate resilience. How much a country can borrow is set as a multiple of its quota; very large loans carry extra charges.

## How a deal is struck

It begins with a formal request and a visit by an IMF “mission” of economists to the capital. Over several weeks, sometimes months, they negotiate with the finance ministry and the central bank over a budget, a monetary framework and a list of reforms. The result is written up in a Memorandum of Economic and Financial Policies, attached to a letter of intent signed by the finance minister and central bank governor.

When the two teams agree, they announce a staff-level agreement. That is not yet a loan. The Fund’s Executive Board, representing all members, must approve it, and before it does so the government usually has to complete “prior actions” — raising electricity tariffs, say, or passing a budget. The Fund must also receive “financing assurances”: evidence that other creditors will roll over or provide enough money to close the country’s financing gap for at least the next year, and that its debt is sustainable. Only then is the first tranche released.

> The board meeting is the headline, but the real negotiation happens over the prior actions. By the time the board votes, most of the painful decisions have already been taken. — Kamran Aftab, a former finance ministry official who now advises the Karachi Institute of Fiscal Studies

### The conditions

The rest of the money arrives in instalments, each tied to a review, usually every three or six months. Conditions come in three broad kinds:

- **Quantitative performance criteria**, such as a floor on the central bank’s net international reserves or a ceiling on the budget deficit, which must be met for money to flow
- **Indicative targets**, such as tax collection or minimum social spending, which are monitored but less strictly enforced
- **Structural benchmarks**, such as passing a central bank law or publishing audits of state-owned companies

Missing a performance criterion does not automatically end a programme. The board can grant a waiver if the miss was minor or corrective steps are taken, but repeated slippage delays reviews, and a programme that goes “off track” can lapse with money undisbursed.

>> An IMF programme is less a loan than a seal of approval — and the seal is what other lenders are waiting for.

## Why it matters

The Fund’s own money is often modest relative to a country’s needs. Its significance lies in the signal. Bilateral lenders, the World Bank, regional development banks and bond investors frequently make their own support conditional on an active IMF programme. A completed review can unlock several times its own value in other financing; a failed one can close those doors.

Critics argue that programmes front-load austerity that falls hardest on the poor, and that repeated programmes in the same countries show that the underlying problems are not being fixed. The Fund says its recent programmes include floors on social spending and targeted cash transfers. A [recent review of programme design by a Karachi think tank](https://example.org/reports/imf-programme-design-review) found that tax reforms were the conditions most often delayed or diluted.

## What happens next

After the final review, the borrowing country begins repaying on a fixed schedule. If its outstanding debt to the Fund remains large, it enters “post-programme monitoring”, with regular staff visits but no new conditions. Many countries, however, return to the Fund within a few years, and the cycle starts again.

### Key facts

- Staff-level agreement is a deal between negotiators; only the Executive Board can approve a loan
- Money is released in tranches after each successful review
- Performance criteria are binding; indicative targets and structural benchmarks are monitored
- Extended Fund Facility loans are repaid over four and a half to ten years`,
  },
  {
    slug: "how-are-sovereign-credit-ratings-set",
    title: "How are sovereign credit ratings set, and why can a single notch cost so much?",
    standfirst:
      "Three agencies dominate the business of grading governments’ debts. Their decisions follow a committee process and published methods, but a single step up or down can reprice a country’s borrowing.",
    excerpt:
      "What goes into a sovereign credit rating, who decides it, why the line between investment grade and junk matters so much to pension funds, and how governments can — and cannot — challenge the agencies’ verdicts.",
    section: "explainers",
    authors: ["news-desk"],
    tags: ["Debt", "Markets", "Economy"],
    dateline: "LONDON",
    daysAgo: 164,
    hour: 17,
    featured: false,
    status: "PUBLISHED",
    body: `When a credit rating agency upgrades or downgrades a country, finance ministers issue statements, bond prices move and opposition politicians find a ready-made talking point. But how is a sovereign rating actually decided, and why does it carry so much weight?

## The background

A sovereign credit rating is an opinion on how likely a government is to repay its debts in full and on time. The market is dominated by three agencies — S&P Global Ratings, Moody’s and Fitch Ratings — which together account for the great majority of ratings worldwide. Smaller and regional agencies exist, but most large investors and regulators look to the big three.

Each uses a letter scale. At the top is AAA (Aaa at Moody’s); at the bottom, a rating that signals default. Within each band there are “notches”, so that BBB+ sits above BBB, which sits above BBB-. Agencies also attach an “outlook” — positive, stable or negative — indicating the likely direction over the next year or two, and can place a rating “on watch” when a change may come sooner.

## How a rating is decided

The process begins with analysts who cover a country, meet officials from the finance ministry and central bank, and build a model using the agency’s published methodology. Although the details differ, the agencies weigh broadly similar factors:

- **Institutions and governance**: the predictability of policy, the rule of law and the track record of honouring debts
- **Economic strength**: income per person, growth prospects and the diversity of the economy
- **Public finances**: the size of the debt, the cost of servicing it and the share of revenue it consumes
- **External position**: foreign-exchange reserves, the current account and reliance on foreign-currency borrowing
- **Monetary flexibility**: the independence and credibility of the central bank and the exchange-rate regime

The model produces an indicative range. The final decision is taken by a rating committee, not by the lead analyst alone, and the committee may adjust the result for risks the model does not capture, such as political instability or contingent liabilities in state-owned companies. The government is usually shown the draft announcement beforehand to check for factual errors and may ask for a review, but it cannot veto the outcome. In the European Union, agencies must publish a calendar of dates on which they may change sovereign ratings, to limit market surprises.

> A rating committee is closer to an argument than a calculation. The model gets you into the right neighbourhood; the debate decides which house. — Eleanor Marsh, a former sovereign analyst who now teaches at a London business school

## Why it matters

The most important line on the scale is the boundary between investment grade (BBB- or Baa3 and above) and speculative grade, often called “junk”. Many pension funds, insurers and index-tracking funds are limited or barred from holding bonds below that line, so a downgrade across it can force selling and raise a government’s borrowing costs sharply. An upgrade back above it can have the opposite effect.

Ratings also cascade. Banks and companies in a country are rarely rated above their government, so a sovereign downgrade can raise borrowing costs across the economy. Critics argue that the agencies react late to crises and then amplify them, and that their methods favour rich countries. The agencies reply that they publish their criteria and that their default studies show ratings broadly predict risk.

---

## What happens next

Agencies review each sovereign regularly — in the EU at least every six months — and whenever major events occur: an election, a default on a bilateral loan, a new IMF programme. Governments seeking an upgrade typically focus on what analysts can measure — a credible budget, rising reserves and a lower share of foreign-currency debt — while investors watch the outlook for an early sign of where the agencies are heading.

### Key facts

- Three agencies — S&P Global Ratings, Moody’s and Fitch — dominate the market
- Investment grade begins at BBB- (Baa3 at Moody’s)
- Decisions are taken by committees using published methodologies
- EU rules require agencies to publish calendars of possible sovereign rating actions`,
  },
  {
    slug: "why-do-undersea-cables-matter",
    title: "Why do undersea cables matter, and what happens when one of them breaks?",
    standfirst:
      "Almost all the world’s intercontinental internet traffic travels along fibre-optic lines on the seabed. They are robust, but few in number near some coasts, and repairs can take weeks.",
    excerpt:
      "Undersea cables carry nearly all international data, from video calls to bank transfers. A guide to how they work, why they fail, who fixes them and why countries such as Pakistan worry about depending on a handful of landing stations.",
    section: "explainers",
    authors: ["news-desk"],
    tags: ["Infrastructure", "Telecoms", "Connectivity", "Security"],
    dateline: "KARACHI",
    daysAgo: 58,
    hour: 14,
    featured: false,
    status: "PUBLISHED",
    image: "circuit",
    body: `When internet speeds across South Asia and the Gulf slowed sharply after faults on cables in the Red Sea, many users were surprised to learn that their connection to the rest of the world depended on a few strands of glass lying on the seabed thousands of kilometres away. Yet that is how almost all intercontinental data travels. Satellites carry only a small fraction of it.

## The background

The first telegraph cable crossed the Atlantic in 1858; modern fibre-optic systems date from the late 1980s. Today there are more than 500 cable systems in service or under construction, stretching well over a million kilometres. In deep water a cable is about the thickness of a garden hose: a core of hair-thin glass fibres, wrapped in copper, steel wire and polyethylene. Near the shore, where the risks are greater, it is armoured more heavily and often buried in the seabed.

Cables come ashore at landing stations, from which traffic is routed into national networks. Many are owned by consortiums of telecoms operators; increasingly, large technology companies build their own.

## Why it matters

Everything from streaming and cloud computing to bank settlements and airline bookings relies on these links. Because traffic can usually be rerouted, a single break rarely cuts a country off. But where several cables share the same narrow route — the Red Sea and the Strait of Malacca are well-known chokepoints — or land at the same few stations, one incident can damage several systems at once.

Pakistan’s international traffic comes ashore at a small number of landing stations in and around Karachi, with most systems running west through the Arabian Sea towards the Gulf, the Red Sea and Europe. Engineers have long argued for more diverse routes and landing sites.

> People imagine the internet as a cloud. In Karachi it is a few buildings near the sea, and a lot of work to keep them talking to the world. — Rizwan Haider, a network engineer who has worked on cable landing stations in Karachi

## Why cables break

Most faults are accidental. Industry estimates suggest there are roughly 150 to 200 faults worldwide each year, the majority caused by fishing gear and ships’ anchors dragged along the seabed. Earthquakes, undersea landslides and strong currents account for others. Deliberate sabotage is rare and hard to prove, but a series of incidents in the Baltic Sea, and the damage in the Red Sea linked to a stricken ship, have pushed governments to treat cables as critical security infrastructure.

>> A single ship dragging its anchor can do what no hacker could.

Repairing a cable is a slow, specialised job. A repair ship must sail to the site, often after waiting for permits to work in a country’s waters. Crews use grapnels or remotely operated vehicles to lift the damaged ends, splice in a new section on deck and lower it again. In calm, permitted waters this can take a week or two; in conflict zones it can take far longer. Fewer than a hundred repair vessels serve the whole world, and many are ageing.

## What happens next

International law offers limited protection. The 1884 convention on submarine telegraph cables and the UN Convention on the Law of the Sea make it an offence to damage cables wilfully or through culpable negligence, but enforcement in international waters is weak. Governments are now considering tighter rules on anchoring near cable routes, more patrols, and public funding for repair ships. Operators, meanwhile, are building new routes that avoid chokepoints, including cables linking South Asia with East Africa and the Far East.

### Key facts

- Undersea cables carry roughly 99 per cent of intercontinental data traffic
- More than 500 cable systems are in service or under construction worldwide
- Fishing and anchors cause most of the roughly 150 to 200 faults each year
- Repairs can take from days to several weeks, depending on location and permits`,
  },
];
