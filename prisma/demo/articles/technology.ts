import type { DemoArticle } from "../types";

export const articles: DemoArticle[] = [
  {
    slug: "andaman-arc-subsea-cable-lands-singapore",
    title: "New subsea cable lands in Singapore, opening a route that skirts the Red Sea",
    standfirst:
      "The 11,000-kilometre Andaman Arc system, linking Singapore with Karachi, Oman and East Africa, comes ashore as carriers hunt for routes that avoid the region’s most fragile chokepoints.",
    excerpt:
      "A consortium of Asian and Gulf carriers has landed a high-capacity fibre cable on Singapore’s western coast. Its owners say traffic will flow from next spring, easing pressure on a corridor repeatedly cut by anchors and conflict.",
    section: "technology",
    authors: ["tomas-ferreira"],
    tags: ["Connectivity", "Infrastructure", "Telecoms", "Shipping"],
    dateline: "SINGAPORE",
    daysAgo: 3,
    hour: 8,
    featured: true,
    image: "harbour",
    body: `A cable ship hauled the shore end of a new subsea fibre system onto the coast at Tuas, on Singapore’s western edge, on Tuesday, completing the first of seven landings for a line designed to carry data between South-East Asia, South Asia and East Africa without passing through the Red Sea.

The Andaman Arc system, built by a consortium of six telecoms carriers and two cloud-infrastructure companies, will run roughly 11,000 kilometres from Singapore to Mombasa, with branches landing near Karachi, Colombo, Muscat and Djibouti. Its owners say it will carry up to 240 terabits per second across 16 fibre pairs once fully lit, which would make it one of the largest systems serving the Indian Ocean.

Engineers at the landing station said the first commercial traffic should flow in the second quarter of next year, subject to deep-sea splicing off Sri Lanka and outstanding permits in two of the landing countries.

## A corridor under strain

The project’s timing reflects a sharpening worry in the industry. Most data travelling between Asia and Europe passes through a narrow bundle of cables that crosses the Red Sea and Egypt. Several of those lines have been damaged in recent years, some by anchors dragged from stricken or drifting vessels, forcing carriers to reroute traffic at short notice and cloud providers to warn customers of slower connections.

Repairs in the area have taken weeks or months, because of the security risks to repair ships and the need for clearances from several governments. The Andaman Arc does not replace the Suez route to Europe. But by tying Asian networks directly to the Gulf and East Africa, from where traffic can continue on other systems, it gives operators another path when the main one fails.

> We are not pretending one cable solves the problem. What we are buying is choice. When something breaks near Bab el-Mandeb, we want to be able to move traffic in hours, not go begging for capacity for weeks. — Ravindra Menon, chief network officer at Straits Digital, one of the consortium members

Analysts say that argument carries weight with the biggest customers. “Every hyperscale buyer now asks the same first question: how many physically separate paths can you give me?” said Amira Haddad, a submarine-networks analyst at Bathymetric Research, a consultancy in Dubai. “Capacity is cheap. Diversity is what people pay for.”

>> Capacity is cheap. Diversity is what people pay for.

## Built for a busier seabed

The consortium says the system has been engineered with the congested, shallow waters of the Strait of Malacca and the Arabian Sea in mind. Among the features it highlighted:

- double-armoured cable buried up to three metres beneath the seabed in waters shallower than 1,500 metres, where anchors and trawlers pose the greatest risk;
- fibre-sensing equipment that turns the cable itself into a listening line, detecting the vibrations of vessels loitering nearby;
- branching units that can be switched remotely, allowing a damaged spur to be isolated without taking down the trunk.

Singapore already hosts more than two dozen international cable systems, and the authorities have set aside additional coastal land for new landing stations as the city-state competes with Johor, Jakarta and Batam to remain the region’s data hub. Officials have also tightened expectations on operators to report faults quickly and to share maintenance plans, reflecting a view that subsea cables are now critical national infrastructure rather than a purely commercial concern.

## What it means for Karachi

The Pakistani branch, due to land on the coast west of Karachi, may matter most to users. Pakistan relies on a small number of international systems, and a single fault has in the past slowed connections across the country for days.

> Every new landing reduces the chance that one bad afternoon at sea takes half the country offline. For banks, for freelancers, for hospitals, that resilience is worth more than the headline speed. — Nadia Baloch, operations director at a Karachi-based internet exchange

The consortium has not disclosed the total cost of the system, but two people familiar with the financing put it at between $550m and $600m. The main supply contract went to a manufacturer based in Japan, and the owners said no equipment from vendors subject to Western sanctions had been used, a condition several of the cloud customers had insisted on.

Next come the harder legs: the deep-water lay across the Bay of Bengal, and the branch into Djibouti, where permits are still under negotiation. The cable ship is due to leave Singapore at the end of the month.`,
  },
  {
    slug: "brussels-draft-ai-hiring-tools-audit-rules",
    title: "Brussels draft would make employers audit AI hiring tools before use",
    standfirst:
      "Draft guidance circulating among member states would oblige companies to test recruitment algorithms for bias, tell candidates when software has screened them and keep a person in charge of the final decision.",
    excerpt:
      "Employers warn of costly paperwork while workers’ advocates say the text leaves gaps. The draft sets out how Europe’s AI rules would apply to the software that sorts millions of job applications every year.",
    section: "technology",
    authors: ["tomas-ferreira"],
    tags: ["Artificial Intelligence", "Europe", "Human Rights"],
    dateline: "BRUSSELS",
    daysAgo: 19,
    hour: 14,
    image: "summit",
    body: `Companies in the European Union that use artificial intelligence to screen job applicants would have to test those systems for discrimination before switching them on, and repeat the exercise every year, under draft guidance prepared by the European Commission and circulated to national governments this week.

The 74-page text, seen by The Meridian, spells out how the bloc’s AI rules, which already classify recruitment and worker-management software as “high-risk”, would work in practice for the firms that buy such tools, rather than only the developers that build them. It is the most detailed attempt yet to turn broad legal principles into a checklist that a human-resources department could follow.

## What the draft asks of employers

The draft sets out obligations in plain terms. Employers deploying automated screening would be expected to:

1. carry out a documented bias assessment before use, testing outcomes across sex, age, disability and ethnic origin where lawful data exist;
2. inform every applicant, at the point of application, that software will assess or rank them, and explain in general terms what it looks at;
3. ensure that no candidate is rejected solely by an automated system without a named member of staff able to review and overturn the decision;
4. keep logs of the system’s recommendations for at least three years so that regulators and courts can examine them.

A Commission official involved in the drafting, who was not authorised to speak publicly, said the aim was to stop responsibility from “falling into the gap between vendor and customer”. Until now, the official said, employers have often assumed that a supplier’s certificate was enough.

> A company that buys a hiring tool is not buying a microwave. It is making decisions about people’s livelihoods, and it has to understand what the system does with the data it is given. — Commission official involved in the drafting

## Business pushes back

Employers’ groups have reacted warily. Hélène Marchetti, director of policy at the European Employers’ Digital Forum, a Brussels lobby group representing large recruiters, said the annual testing requirement would fall hardest on small firms that use off-the-shelf software and have no data scientists on staff.

“We support fair hiring, obviously,” she said. “But if every bakery chain with 300 staff must commission its own bias audit, the practical result is that smaller employers will either stop using these tools or stop telling anyone they use them.” The forum has asked for audits carried out by vendors to be accepted as sufficient for most customers.

Several national governments are also said to be uneasy. Two diplomats said at least four member states wanted the logging period shortened, arguing that three years of records would clash with data-minimisation duties under the EU’s privacy law.

## Advocates see gaps

Workers’ advocates welcomed the direction but said the draft was too soft in places. Jonas Lindqvist, a lawyer at the Workplace Rights Observatory, a Brussels-based research group, pointed to language allowing employers to rely on “proxy indicators” where data on ethnic origin are unavailable, which he said could allow discriminatory patterns to go undetected.

He also criticised the absence of any right for rejected applicants to see the score they were given. “Telling someone that an algorithm was involved, without telling them what it concluded, is transparency in name only,” he said.

Researchers have long warned that screening systems trained on past hiring decisions can reproduce old biases, for example by penalising gaps in employment that disproportionately affect women, or by favouring phrasing common among graduates of particular universities. The draft explicitly names career breaks and postcode data as features that should trigger extra scrutiny.

## What happens next

Member states have until the end of next month to submit comments, after which the Commission is expected to publish a revised version for public consultation. The guidance would not itself be legally binding, but national regulators and courts would be likely to treat it as the benchmark when judging whether an employer had met its obligations.

For the software industry, the stakes are considerable. By one industry estimate, more than half of large European employers now use some form of automated screening, and many applicants never have their CV read by a person at all.`,
  },
  {
    slug: "karachi-hospital-network-ransomware-paper-records",
    title: "Ransomware attack forces Karachi hospital network back to paper records",
    standfirst:
      "Nine hospitals run by Sahil Health diverted emergency cases and postponed surgery after attackers encrypted patient systems, in one of the most disruptive cyber incidents to hit Pakistan’s health sector.",
    excerpt:
      "Doctors are working from handwritten charts and scans are being carried between wards on discs. The group behind the attack is demanding payment in cryptocurrency and threatening to publish patient records.",
    section: "technology",
    authors: ["tomas-ferreira"],
    tags: ["Cybersecurity", "Health", "Security"],
    dateline: "KARACHI",
    daysAgo: 34,
    hour: 11,
    image: "circuit",
    body: `Doctors at one of Karachi’s largest private hospital networks were working from handwritten charts for a fourth day on Thursday after a ransomware attack encrypted the systems that hold patient records, laboratory results and radiology images across nine sites in Sindh.

Sahil Health, which treats more than 1.2 million outpatients a year, said it had diverted ambulances from three emergency departments over the weekend and postponed about 140 planned operations. Dialysis and chemotherapy sessions have continued, it said, using paper protocols and printed treatment histories that staff retrieved from backup copies on Monday.

The attack was claimed by a group calling itself BlackQuill, which posted screenshots on a leak site on Wednesday and said it had copied what it described as 900 gigabytes of data, including identity-card numbers and medical histories. It has demanded a payment in cryptocurrency and set a deadline of ten days before it begins publishing files.

## Inside the wards

Staff described a return to methods many younger doctors had never used. Laboratory results are being telephoned to wards and written on whiteboards; CT and MRI images are burned to discs and carried by hand; pharmacists are checking prescriptions against paper formularies.

> The clinical care has not stopped, but everything takes three times as long. A discharge that took twenty minutes now takes an afternoon, and every handwritten order is another chance for error. — a senior registrar at the network’s flagship hospital in Clifton, who asked not to be named

Patients and relatives waiting outside the emergency department on Tuesday described long delays. One man said his mother, admitted with a suspected stroke, had waited for hours while her earlier scans were located.

>> A discharge that took twenty minutes now takes an afternoon.

## How the attackers got in

Sahil Health’s chief executive, Dr Faisal Memon, said early findings pointed to stolen login credentials for a remote-access account used by an outside IT contractor. The account was not protected by a second authentication factor, he said, something the company was now enforcing across all its systems.

“We will not pretend this was sophisticated,” Dr Memon told reporters. “It was a door that should have been locked more securely, and we take responsibility for that.” He declined to say whether the company would negotiate with the attackers, saying only that it was “guided by law enforcement and by the interests of patients”.

Investigators from Pakistan’s national computer emergency response team and the cybercrime wing of the Federal Investigation Agency are assisting, according to the company. Independent researchers said BlackQuill appeared to be a recently rebranded offshoot of an older criminal operation that had targeted hospitals and universities in South-East Asia and the Gulf.

> Healthcare is targeted because downtime is unbearable. The attackers are betting that a hospital will pay faster than a factory, because the cost of delay is measured in patients. — Saima Raza, a threat-intelligence analyst at a Lahore-based security firm

## A sector exposed

The incident has renewed questions about cybersecurity in Pakistan’s health system, which has digitised rapidly since the pandemic but has few binding rules on how patient data must be protected. A personal-data protection bill has been discussed for years without being enacted, and there is no legal obligation on private hospitals to notify patients of a breach.

Security specialists say the weaknesses exploited at Sahil Health are common. They point to:

- remote-access accounts left open for contractors long after projects end;
- flat networks that let an intruder move from billing systems into clinical ones;
- backups stored on the same network as the systems they protect, where ransomware can reach them.

Sindh’s health department said it had asked all registered hospitals in the province to review remote access and backup arrangements within two weeks. Officials said they were also preparing guidance on incident reporting, though it was not clear whether it would be mandatory.

For patients, the more immediate worry is the stolen data. Sahil Health has opened a helpline and said it would contact anyone whose records were confirmed to have been taken. Restoration of core clinical systems is expected to take at least another week.`,
  },
  {
    slug: "kenya-mobile-wallet-boom-interoperability-startups",
    title: "Kenya’s new mobile wallets race for users as cross-network transfers take off",
    standfirst:
      "Cheaper transfers between rival wallets have unleashed a wave of start-ups, and a scramble for merchants, in the country that pioneered mobile money. Investors are betting the incumbents’ grip is finally loosening.",
    excerpt:
      "Nairobi’s fintech scene is crowded again. Since cross-network payments became cheap and instant, new wallets have signed up millions of users, but thin margins and rising fraud are testing how many can survive.",
    section: "technology",
    authors: ["tomas-ferreira", "mei-lin-tan"],
    tags: ["Startups", "Markets", "Economy", "Central Banks"],
    dateline: "NAIROBI",
    daysAgo: 52,
    hour: 9,
    image: "market",
    body: `At a fruit stall in Nairobi’s Gikomba market, Grace Wanjiru keeps four printed QR codes taped to a plank, one for each mobile wallet her customers use. A year ago she had one. “Now the young people come with these new apps and they want a discount if they pay with them,” she said. “So I take them all.”

Her plank is a small picture of a broader shift. Kenya, where mobile money became part of daily life more than a decade and a half ago, is seeing its most intense competition in years, as cheaper and instant transfers between rival wallets have lowered the cost for users of switching providers, or of holding several at once.

## A market that stopped being closed

For most of its history, Kenyan mobile money was dominated by a single large network, and sending funds to a rival wallet was slow and costly. Interoperability rules pushed by the central bank, and a shared switching platform built by banks and payment firms, have changed that. Transfers across networks now settle in seconds, at fees that for small amounts are close to zero.

According to figures compiled by Savannah Fintech Monitor, a Nairobi research firm, the number of active accounts on wallets other than the market leader has roughly doubled in eighteen months, to about 14 million. Cross-network transfers accounted for nearly a fifth of mobile-money transaction value in the latest quarter, up from under 5% two years earlier.

> Interoperability did what a decade of marketing could not. Once your customer can pay anyone, your wallet is no longer a walled garden, it is just an app, and apps compete on price and experience. — Peter Kamau, founder of the wallet start-up Lipa Haraka

## Money follows the users

Investors have noticed. Kenyan payment and wallet start-ups raised an estimated $410m in the past twelve months, by Savannah’s count, even as venture funding elsewhere in Africa has been subdued. Several of the newer entrants are backed by Gulf and Asian investors seeking exposure to a market in which more than three-quarters of adults already transact on their phones.

The new wallets compete in several ways:

- **Merchant incentives:** zero-fee acceptance for small traders for the first year, paid for by investors’ money;
- **Savings and credit:** interest-bearing “pockets” and small overdrafts linked to payment history;
- **Diaspora remittances:** cheaper inbound transfers from the Gulf, Britain and North America, a market worth several billion dollars a year to Kenya.

Yet the economics are hard. Fees on small transfers, which once generated the bulk of mobile-money revenue, are being competed away. “Everyone is subsidising growth and hoping to make money on lending later,” said Wairimu Njoroge, a fintech analyst at a Nairobi investment bank. “That model has a history, and it is not always a happy one.”

## Fraud and the regulators

Rapid growth has brought familiar problems. Consumer groups report rising cases of SIM-swap fraud and social-engineering scams, in which victims are talked into approving transfers. Because money can now move instantly across several networks, recovering stolen funds has become harder.

Digital lending is another worry. Regulators have spent years trying to rein in aggressive app-based lenders, and some analysts fear that wallets tying overdrafts to payment data could revive the problem of high-cost debt among low-income users. Officials have signalled that wallets offering credit will face the same licensing and disclosure requirements as dedicated lenders.

> We want competition, but not a race to the bottom on consumer protection. A wallet that lends is a lender, and it will be treated as one. — an official at the National Treasury familiar with payments policy

## Who survives

Bankers and investors in Nairobi expect consolidation within two to three years. Several smaller wallets are already said to be seeking buyers, and at least one regional bank is reported to be weighing an acquisition to build its own consumer base.

For now, the winners are traders like Ms Wanjiru, who pay less to accept money than ever before. Whether the dozen or so wallets courting her will all still be around when the investor-funded discounts end is another question.`,
  },
  {
    slug: "bengaluru-data-centres-water-drought",
    title: "Bengaluru’s data-centre boom collides with a drought and a fight over water",
    standfirst:
      "As borewells fail and tanker prices double, residents and officials in Karnataka are asking how much water the city’s fast-growing server farms consume, and who should go without when supplies run short.",
    excerpt:
      "Data centres on Bengaluru’s northern fringe draw millions of litres a day for cooling. With the monsoon weak and reservoirs low, activists want disclosure rules and the state is weighing limits on new projects.",
    section: "technology",
    authors: ["tomas-ferreira"],
    tags: ["Water", "Climate", "Infrastructure", "Artificial Intelligence"],
    dateline: "BANGALORE",
    daysAgo: 78,
    hour: 17,
    image: "skyline",
    body: `On the northern edge of Bengaluru, where new data-centre campuses rise behind high walls near the airport road, water tankers queue from before dawn. Some are headed for apartment blocks whose borewells have run dry. Others, residents say, are headed for the server halls.

A weak monsoon has left the reservoirs that supply India’s technology capital well below their usual levels, and the city’s water utility has cut piped supply to many neighbourhoods to alternate days. Tanker prices in some areas have doubled since the spring. Against that backdrop, the rapid growth of data centres, built to serve cloud computing and the surge in artificial-intelligence workloads, has become a political question.

## How much water, and from where

Data centres generate intense heat, and many of those around Bengaluru use evaporative cooling towers, which consume large volumes of water. Operators are not required to publish their consumption, and few do.

A report by the Cauvery Basin Research Collective, a Bengaluru-based group of hydrologists and urban planners, estimates that the dozen largest facilities in the metropolitan region together use between 6 and 9 million litres a day at peak, roughly the daily need of a town of 60,000 people. The report, [*Cooling the Cloud*](https://example.org/reports/cooling-the-cloud), relies on planning documents, power-consumption figures and industry benchmarks, and its authors acknowledge wide margins of error.

![A river winding through dry, pale plains](river "The Cauvery supplies much of Bengaluru’s piped water, pumped more than 100 kilometres uphill to the city.")

> The point is not that data centres are the main user; they are not. The point is that nobody outside these companies can say how much they use, where it comes from, or what they would do in a real shortage. — Dr Kavitha Raghunathan, hydrologist and co-author of the report

Much of the city’s piped water is pumped from the Cauvery river, more than 100 kilometres away and several hundred metres below the city. Residents on the fringes, where many data centres are located, depend heavily on groundwater, which has fallen sharply in recent decades.

>> Nobody outside these companies can say how much they use, or what they would do in a real shortage.

## The industry’s answer

Operators reject the suggestion that they are draining the city’s supply. An industry association representing data-centre firms in Karnataka said its members increasingly use treated wastewater, recycle cooling water several times and are switching new halls to closed-loop and air-based cooling systems that use little or no water.

“A modern facility designed today should use a fraction of the water of one built five years ago,” said Arvind Shenoy, the association’s secretary. “We are happy to work with the state on reporting, but we would ask that rules be based on measurement, not on assumptions drawn from American or European sites.”

Mr Shenoy also pointed to the industry’s economic weight. Karnataka has positioned itself as a hub for cloud and AI infrastructure, offering land and power incentives, and officials say the projects under construction represent several billion dollars of investment.

## Pressure for disclosure

Residents’ groups in Yelahanka and Devanahalli have petitioned the state government for mandatory reporting of water use by large commercial consumers, including data centres, and for a requirement that new facilities rely only on treated wastewater.

Officials in the state’s water and IT departments say they are considering both ideas. A senior official said a draft policy under discussion would:

- require facilities above a set power capacity to meter and publish water use each quarter;
- bar the use of fresh groundwater for cooling at new sites;
- give the water utility power to order cutbacks during declared shortages.

> We cannot tell a family to ration drinking water while a building next door evaporates it into the sky. Everybody must be inside the same rules. — Manjunath Gowda, an elected member of a local ward committee in Yelahanka

The debate in Bengaluru echoes disputes in other dry regions where data centres have clustered, from the American south-west to parts of Chile and Spain. What sets India apart is scale: the country’s data-centre capacity is projected to grow several-fold within the decade, much of it in cities already facing chronic water stress. Until the rains return, the tankers will keep queuing on the airport road.`,
  },
  {
    slug: "pakistan-satellite-internet-licence-terms",
    title: "Pakistan sets out satellite internet licence terms, with strings attached",
    standfirst:
      "Operators of low-orbit broadband constellations will have to route traffic through local gateways, keep some data in the country and comply with suspension orders under rules published by regulators in Islamabad.",
    excerpt:
      "Satellite broadband could reach villages that fibre never will, but the licensing framework gives the state wide powers over traffic and shutdowns. Operators and digital-rights groups are studying the fine print.",
    section: "technology",
    authors: ["tomas-ferreira"],
    tags: ["Telecoms", "Connectivity", "Security"],
    dateline: "ISLAMABAD",
    daysAgo: 107,
    hour: 6,
    body: `Pakistan’s regulators have published the terms under which foreign satellite broadband companies may sell internet access in the country, opening a market that officials say could bring connections to millions of people in remote areas, but attaching conditions that operators and rights groups say may limit its appeal.

Under the framework released on Monday, operators of low-earth-orbit constellations must obtain both a space-services registration and a telecoms licence, build or lease ground stations inside Pakistan, and route all user traffic through those local gateways rather than directly to facilities abroad.

## The main conditions

The licence conditions, set out in a 38-page document, include the following:

1. **Local gateways:** all traffic must pass through ground stations in Pakistan, where it can be subjected to the same lawful-interception arrangements as fixed and mobile networks.
2. **Data localisation:** subscriber records and certain traffic metadata must be stored on servers within the country.
3. **Suspension powers:** licensees must comply with government orders to suspend service in specified areas, on the same basis as mobile operators.
4. **Terminal registration:** every user terminal must be registered against a national identity card before activation.
5. **Fees:** an initial licence fee payable in US dollars, plus an annual charge of a percentage of gross revenue.

Officials framed the rules as a way of balancing access with security. A senior official at the Ministry of Information Technology, speaking at a briefing in Islamabad, said the aim was to allow “the same freedoms, and the same responsibilities, as every other operator in the country”.

> Satellite broadband is not a luxury product for us. There are valleys in Gilgit-Baltistan and districts in Balochistan where laying fibre would take decades. But a service that cannot be regulated like the others cannot be licensed like the others. — senior Ministry of Information Technology official

## The promise

Pakistan has more than 190 million mobile subscriptions, but fixed broadband remains scarce outside big cities, and mobile coverage is patchy in mountainous and desert regions. Satellite services could reach schools, clinics and small businesses in those areas, as well as provide backup links for banks and government offices when terrestrial networks fail.

Telecoms analysts say the price of user terminals, which can exceed a month’s average income, will limit early adoption to businesses, non-governmental organisations and wealthier households. “The first customers will be exporters, hotels in the north and aid agencies,” said Omar Farooq Sheikh, a telecoms analyst in Karachi. “The rural household is a long-term story, and it depends on subsidies.”

## The concerns

Digital-rights advocates focused on the suspension clause. Pakistan has repeatedly ordered mobile data shutdowns during protests, elections and security operations, and some had hoped satellite services might offer a more resilient alternative.

“The effect of these rules is to make satellite internet as easy to switch off as mobile internet,” said Zara Haider, a lawyer at the Digital Liberties Forum, an advocacy group in Lahore. “That is a choice, and it removes one of the main public benefits the technology could have offered.”

Industry representatives raised practical objections. Requiring traffic to land at local gateways increases costs and may add delay, they say, while terminal registration could deter business customers who move equipment between sites. Two people familiar with the discussions said at least one prospective operator had asked for a longer period to build gateways and for clarity on how often suspension orders could be issued.

## What comes next

Applications will open next month, and officials said the first licences could be granted within six months of a complete application. Operators must also secure spectrum coordination with the regional telecoms bodies and clear security vetting, which in the past has delayed other foreign investments in the sector.

Whether the market attracts more than a handful of applicants will depend on how strictly the conditions are enforced. For now, the regulators have opened the door, but kept a firm hand on the latch.`,
  },
  {
    slug: "penang-chip-plants-export-controls-ripple",
    title: "Chip export curbs ripple through Penang’s packaging and testing plants",
    standfirst:
      "Tighter controls on advanced semiconductors are reshaping orders at Malaysian factories that assemble and test chips, with some lines winning new work and others losing customers almost overnight.",
    excerpt:
      "Penang’s back-end chip plants sit between Washington’s rules and Chinese customers. Managers say new compliance demands are slowing shipments, even as firms relocating from China bring fresh orders.",
    section: "technology",
    authors: ["tomas-ferreira"],
    tags: ["Trade", "China", "United States", "Semiconductors"],
    dateline: "PENANG",
    daysAgo: 0,
    hour: 10,
    status: "DRAFT",
    body: `Factory managers in Penang, the Malaysian island that has assembled and tested chips for half a century, say the latest round of American export controls on advanced semiconductors is already changing what runs on their production lines, and for whom.

The rules, which extend restrictions on high-end processors and the tools used to make them, also tighten checks on where finished chips end up. For Penang’s packaging and testing plants, which sit at the back end of the supply chain, that has meant new paperwork, more customer audits and, in some cases, cancelled orders from clients whose end users are now in question.

## Winners and losers on the same street

The effect is uneven. Some plants are gaining work as chip designers move assembly out of China to reduce their exposure to the rules, a trend that has brought several expansion announcements to the island’s industrial parks over the past two years.

Others are losing business. A manager at a mid-sized testing firm in Bayan Lepas, who asked not to be named, said two Chinese customers had paused orders while they worked out whether the products concerned fell under the new thresholds.

> We are a contract manufacturer. We do not decide where a chip goes, but under these rules we are expected to know. That means more lawyers, more audits, and slower shipments. — testing-firm manager in Bayan Lepas

## Compliance as a cost

Industry consultants say the burden falls hardest on smaller firms without dedicated export-compliance teams. Lim Wei Jie, a supply-chain adviser at a Penang consultancy, estimated that screening and documentation now add between two and five working days to some shipments.

Malaysian officials have said the country will enforce its own strategic-trade laws and cooperate with partners, while seeking to remain open to investment from all sides. Analysts say that balancing act will be tested if restrictions widen to cover more mature chips, which make up the bulk of Penang’s output.

## What to watch

- whether further rules extend controls to older, high-volume chip categories;
- how quickly relocating firms turn announced investments into working lines;
- any move by Malaysia to require export licences for specific products.

For now, Penang’s plants are adapting as they have before, through booms, busts and shifting alliances. The difference this time, managers say, is that the rules are changing faster than the orders.`,
  },
];
