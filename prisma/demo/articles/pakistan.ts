import type { DemoArticle } from "../types";

export const articles: DemoArticle[] = [
  {
    slug: "pakistan-circular-debt-plan-power-sector",
    title: "Pakistan unveils plan to halt power-sector circular debt within three years",
    standfirst:
      "A refinancing deal with local banks, tougher targets for distribution companies and a shake-up of subsidies are meant to stop a debt that has swallowed the energy sector from growing any further.",
    excerpt:
      "Islamabad’s new circular-debt plan pairs a bank refinancing with loss-reduction targets for distribution companies and narrower subsidies. Economists welcome the ambition but warn that previous plans failed at the point of enforcement.",
    section: "pakistan",
    authors: ["ayesha-siddiqui"],
    tags: ["Energy", "Debt", "Economy"],
    dateline: "ISLAMABAD",
    daysAgo: 1,
    hour: 8,
    featured: true,
    image: "grid",
    body: `Pakistan’s government on Tuesday approved a plan to stop the growth of the power sector’s circular debt within three years, betting that a mix of refinancing, tougher performance targets for state-owned distribution companies and a narrower subsidy regime can break a cycle that has drained public finances for more than a decade.

The stock of unpaid bills, subsidies and late-payment charges that ripples between generators, fuel suppliers, the national grid operator and the distribution companies stands at roughly 2.3 trillion rupees, according to figures presented to the federal cabinet. Officials say about a third of the annual increase comes from electricity that is supplied but never paid for, and much of the rest from losses on ageing lines.

## What the plan contains

The plan, drafted by the Power Division with the finance ministry, has four main elements:

1. **Refinancing.** A consortium of domestic banks will refinance a large share of the debt parked in the sector’s holding company at a lower, floating rate, repaid through an existing surcharge on consumer bills rather than a new levy.
2. **Loss targets.** Each of the distribution companies will be given binding annual targets for line losses and bill recovery, with boards and chief executives assessed against them.
3. **Targeted subsidies.** Cross-subsidies for low-consumption households will be shifted gradually towards a register of eligible families, replacing the current system of slabs that officials say benefits many better-off users.
4. **Private management.** At least three of the weakest distribution companies will be offered to private operators under long-term concessions.

> The debt is not a single number we can pay off once. It is a leak. If we refinance without fixing the pipes, we will be back at this table in two years. — Kamran Baig, additional secretary at the Power Division

Mr Baig told reporters that the refinancing alone would save “tens of billions of rupees a year” in interest costs, money he said would be ring-fenced for grid upgrades in the worst-performing circles.

## A familiar promise

Economists noted that the goal of “zero flow” — no new additions to the debt — has appeared in several earlier plans. Each time, targets slipped as tariff increases were delayed for political reasons and recovery drives in high-loss areas stalled.

“The diagnosis has been right for years,” said Samina Qureshi, an energy economist at the Lahore Centre for Policy Research. “What is different this time is that the refinancing is tied to the surcharge, which is already in consumers’ bills. The hard part is still the distribution companies, where losses are a question of governance, not arithmetic.”

>> The hard part is still the distribution companies, where losses are a question of governance, not arithmetic.

The plan also assumes steady demand from industry, which has turned to rooftop solar and captive generation in large numbers as grid tariffs climbed. Falling grid sales spread the sector’s fixed costs, including capacity payments to independent power producers, over fewer units, pushing tariffs higher still.

## Industry and households

Business groups gave the announcement a cautious welcome. The government has promised that a separate, lower tariff for export-oriented industry will be retained for at least another year, a step exporters have lobbied for since the summer.

For households, the impact will depend on how quickly the subsidy register is rolled out. A summary prepared for the cabinet, and published in part as [a policy note](https://example.org/reports/power-sector-circular-debt-plan), suggests protected consumers would see no increase in the first year, while higher-consumption urban households could face modest rises.

Consumer advocates in Karachi and Lahore said the government had not explained how it would prevent a repeat of the billing protests that followed steep increases in the past. Officials said a public information campaign would accompany the changes.

## What happens next

The plan now goes to the regulator, the National Electric Power Regulatory Authority, which must approve tariff adjustments linked to the refinancing. The Power Division expects the first bank drawdowns within two months and the concession tenders for distribution companies to open early next year.

Lenders, including the International Monetary Fund, have long pressed Pakistan to tackle the debt, and officials acknowledged that the plan would feature in the next review of the country’s economic programme. “We are not doing this to satisfy anyone else,” Mr Baig said. “We are doing it because the alternative is paying for the same electricity twice.”`,
  },
  {
    slug: "torkham-crossing-reopens-after-closure",
    title: "Torkham crossing reopens after three-week closure strands thousands of trucks",
    standfirst:
      "Traffic resumed at the main border crossing between Pakistan and Afghanistan after officials agreed a mechanism to settle disputes, but traders say the shutdown has cost them dearly.",
    excerpt:
      "The Torkham border crossing reopened to cargo and pedestrians after a three-week shutdown. Traders on both sides count heavy losses on perishable goods as a backlog of trucks stretches back through the Khyber Pass.",
    section: "pakistan",
    authors: ["news-desk"],
    tags: ["Borders", "Trade", "Central Asia"],
    dateline: "PESHAWAR",
    daysAgo: 9,
    hour: 14,
    image: "ridges",
    body: `The Torkham border crossing between Pakistan and Afghanistan reopened on Sunday after a three-week closure that left thousands of cargo trucks stranded along the highway through the Khyber Pass and halted much of the overland trade between the two neighbours.

Customs officials on the Pakistani side said the first vehicles, mostly carrying fruit and vegetables, crossed shortly after dawn. Pedestrian traffic, including patients travelling for treatment in Peshawar, resumed later in the morning.

The crossing was shut after a dispute over construction work near the border line escalated into an exchange of fire between border forces. No casualties were reported on the Pakistani side, according to local officials.

## A new mechanism

Officials in Peshawar said the reopening followed several rounds of talks between border commanders and local elders from both sides, which produced an agreement to refer future disputes over construction and patrolling to a joint committee before either side acts.

> We have agreed that the gate will not be the first casualty of every disagreement. Trade and people should keep moving while the commanders talk. — Zahid Afridi, a member of the tribal elders’ committee that took part in the talks

It was not clear whether the arrangement had been endorsed at a higher level in Islamabad or Kabul. Similar understandings after earlier closures have broken down within months.

## Losses for traders

The Torkham crossing is the busiest of the routes linking Pakistan with Afghanistan and, through it, Central Asia. Traders estimate that several hundred trucks cross in each direction on a normal day, carrying produce, coal, cement, medicines and goods in transit.

Customs agents said the longest queue at the height of the closure stretched for more than 20 kilometres. Drivers slept in their cabs for days, and some exporters of perishable goods said entire consignments had rotted.

- Fruit exporters on the Afghan side said grapes and pomegranates had been sold off cheaply in local markets or dumped.
- Pakistani exporters of rice, medicines and construction materials reported cancelled orders from Afghan buyers.
- Transporters said they had continued to pay drivers and vehicle leases with no income for three weeks.

“Every closure teaches buyers in Kabul and beyond to look for another supplier,” said Noorullah Shinwari, who heads a customs clearing agents’ association in Peshawar. “Some of them will not come back.”

## Wider trade pressures

Bilateral trade has fallen from its peak over the past decade as relations between the two governments soured over security, refugees and transit rules. Afghan traders have increasingly routed goods through Iranian ports and Central Asian railways, while Pakistani businesses have complained of frequent, unannounced closures at the main crossings.

Officials in Khyber Pakhtunkhwa said extra customs staff had been deployed to clear the backlog, and that priority would be given to perishable goods and trucks that had been waiting longest. They expected normal traffic to resume within a week.

Economists in Peshawar said the closure highlighted the cost of treating border crossings as levers in wider disputes. The provincial chamber of commerce called for a formal guarantee that trade gates would remain open during future security incidents, a proposal that has been raised after previous closures without result.`,
  },
  {
    slug: "pakistan-wheat-support-price-ahead-of-sowing",
    title: "Pakistan sets wheat support price ahead of sowing, reversing deregulation push",
    standfirst:
      "The federal government has announced a minimum price for the coming wheat crop after farmers cut planting and protested losses, a move that could strain talks with international lenders.",
    excerpt:
      "A minimum wheat price of 3,600 rupees per 40 kilograms aims to reassure growers before sowing. Flour mills welcomed the clarity, but economists warn that provinces may again struggle to finance large purchases.",
    section: "pakistan",
    authors: ["news-desk"],
    tags: ["Agriculture", "Economy", "Debt"],
    dateline: "ISLAMABAD",
    daysAgo: 34,
    hour: 17,
    image: "wheat",
    body: `Pakistan’s federal government on Thursday set a minimum support price of 3,600 rupees per 40 kilograms for the wheat crop about to be sown, returning to a form of price guarantee after farmers complained of heavy losses under a more market-based system.

The decision, taken at a meeting of federal and provincial food officials, is intended to persuade growers to maintain the area under wheat, the country’s main staple, as the sowing season begins in Punjab and Sindh.

## Why the price matters

Over the past two seasons, the government had moved away from large state purchases, arguing that official procurement crowded out private traders, encouraged hoarding and added to the debts of provincial food departments. Without a guaranteed buyer, however, many farmers were forced to sell below their costs when prices fell at harvest.

> Farmers do not ask for charity. They ask to know, before they put seed in the ground, that they will not lose money on the crop the country needs most. — Ghulam Mustafa Joiya, president of a growers’ association in southern Punjab

Farm groups said the area sown to wheat had fallen last season as growers switched to oilseeds, fodder and vegetables, raising fears of a shortfall that would have to be covered by imports.

## How the new system will work

According to a summary circulated after the meeting, the support price will act as a floor rather than a fixed purchase price. Provinces will buy only what they need for strategic reserves, leaving the rest of the crop to private traders and flour mills.

Key elements include:

- a minimum price of 3,600 rupees per 40 kilograms, to be reviewed before harvest;
- provincial procurement limited to strategic reserve targets agreed with the federal food ministry;
- a warehouse receipt scheme allowing farmers to store grain in accredited facilities and borrow against it;
- restrictions on exports to be eased only if national stocks exceed an agreed threshold.

Officials said the floor price had been set close to estimated production costs, which have risen with the price of fertiliser, diesel and electricity for tube wells.

## Mills welcome clarity, economists sceptical

Flour millers in Lahore said the decision would bring stability to a market that has swung sharply between gluts and shortages. “What we cannot plan around is uncertainty,” said Imran Sheikh, a miller and member of a regional flour mills association. “A floor that everyone understands is better than a price that changes every few weeks.”

Economists were more cautious. Hamza Rasheed, an agricultural economist at the Islamabad Institute of Rural Studies, said that in previous years provincial food departments had borrowed heavily from commercial banks to buy wheat, and that those commodity debts had ended up on the public balance sheet.

“A support price is only credible if someone is willing to buy at it,” Mr Rasheed said. “If provinces do not have the money, the floor becomes a promise on paper, and farmers will remember that.”

The government is also expected to face questions from the International Monetary Fund, which has pressed Pakistan to reduce state intervention in commodity markets. Officials said the new framework was designed to limit public purchases and would be discussed with lenders during the next programme review.

Sowing in irrigated areas of Punjab typically continues until early December. Farm groups said they would watch closely whether provincial governments set aside funds for procurement in the spring.`,
  },
  {
    slug: "karachi-textile-exporters-recovery-orders",
    title: "Karachi textile exporters report recovery as garment orders return",
    standfirst:
      "After two difficult years of mill closures and lost buyers, Pakistan’s largest export industry is seeing a rebound led by value-added garments, though high energy costs still hold back spinning and weaving.",
    excerpt:
      "Textile exports have risen for five consecutive months, driven by knitwear and home textiles sold to Europe and the United States. Mill owners say the recovery is real but uneven, and fragile if energy prices rise.",
    section: "pakistan",
    authors: ["ayesha-siddiqui"],
    tags: ["Trade", "Economy", "Europe"],
    dateline: "KARACHI",
    daysAgo: 58,
    hour: 11,
    image: "market",
    body: `On the factory floor of a knitwear plant in Karachi’s Korangi industrial area, the second shift has returned. Eighteen months ago, the owners had cut production to four days a week and laid off a third of their workers. Now the lines are running around the clock to fill orders from European retailers for the winter season.

The plant’s story is being repeated across Pakistan’s largest export industry. Textile and clothing exports have risen year on year for five consecutive months, according to official trade data, led by knitwear, bed linen and towels. Industry groups say the sector is on course for its best year since the boom that followed the pandemic.

## What is driving the rebound

Exporters point to several factors working in their favour at once:

- **A stable currency.** The rupee has held broadly steady against the dollar, allowing exporters to quote prices months ahead with some confidence.
- **Buyer diversification.** Large retailers in Europe and the United States have sought suppliers beyond their traditional sources, and Pakistani firms have won new contracts in home textiles and denim.
- **Preferential access.** Pakistan’s duty-free access to the European Union under its GSP+ status continues to give it a price advantage over some competitors.
- **Lower borrowing costs.** Falling interest rates have eased pressure on working capital for firms that borrowed heavily to survive the downturn.

> Buyers are not coming back out of sentiment. They are coming back because we can deliver on time at a price that works for them. The question is whether we can keep that promise if our costs jump again. — Faisal Lakhani, managing director of a Karachi-based home textiles exporter

## An uneven recovery

The rebound has been concentrated at the higher-value end of the industry. Spinning mills, which produce yarn, and many weaving units have fared less well. Dozens closed over the past two years, blaming industrial electricity and gas tariffs that they say are among the highest in the region, and some have not reopened.

“The garment makers are doing better because their margins can absorb the energy bill,” said Rubina Memon, a trade economist at the Karachi School of Business Studies. “A spinning mill cannot. When yarn is imported because it is cheaper than making it at home, the industry loses the depth that made it competitive in the first place.”

>> When yarn is imported because it is cheaper than making it at home, the industry loses depth.

Yarn imports have indeed risen sharply, according to traders, as garment makers buy cheaper inputs from abroad. Mill owners have lobbied for changes to a scheme that allows exporters to import inputs duty-free, arguing that it disadvantages local producers.

## Workers and wages

For workers, the recovery has brought jobs back but little change in pay. Labour organisers in Karachi said many rehired workers had returned on contracts through third-party agencies rather than as permanent employees, leaving them without social security coverage.

“The orders came back, but the contracts did not,” said Nasreen Baloch, an organiser with a garment workers’ federation. She said her group had documented cases of overtime going unpaid during the rush to meet deadlines.

Factory owners said they were complying with labour laws and that agency hiring reflected uncertainty over how long the upturn would last.

## What comes next

Exporters say the outlook depends largely on decisions in Islamabad. The government has promised to keep a concessionary electricity tariff for export industries, but the power sector’s finances remain under strain. Cotton production, which has fallen in recent seasons because of pests, heat and farmers switching crops, is another concern.

Industry groups are also watching the review of the EU’s preferential trade scheme, which attaches conditions on labour rights and governance. Losing that access, Ms Memon said, would wipe out much of the advantage exporters have regained. For now, in Korangi, the looms and sewing lines are busy, and the owners are hiring.`,
  },
  {
    slug: "balochistan-sindh-water-share-dispute",
    title: "Balochistan accuses Sindh of withholding its share of Indus water as crops wither",
    standfirst:
      "Farmers in Balochistan’s eastern plains say canals fed by barrages in Sindh have run far below their allocated flows this season, reviving a long-running dispute over how the Indus is divided.",
    excerpt:
      "Balochistan’s irrigation department says the Pat Feeder and Kirthar canals received well below their allocated share this summer. Sindh blames overall shortages; rice farmers in Nasirabad say the argument has cost them their crop.",
    section: "pakistan",
    authors: ["ayesha-siddiqui"],
    tags: ["Water", "Agriculture", "Climate"],
    dateline: "QUETTA",
    daysAgo: 87,
    hour: 10,
    image: "river",
    body: `Balochistan’s provincial government has formally complained to the national water regulator that Sindh is withholding part of the province’s share of Indus water, as rice farmers in the eastern districts of Nasirabad and Jaffarabad report the worst shortages in years.

In a letter to the Indus River System Authority, Balochistan’s irrigation department said the two main canals that carry water to the province — the Pat Feeder and the Kirthar canal, both fed from barrages in Sindh — had run at well below their allocated flows for much of the summer cropping season.

## A long-running grievance

Under the 1991 Water Apportionment Accord, the agreement that divides the waters of the Indus between Pakistan’s four provinces, Balochistan is entitled to a fixed share of the river’s flows. Because the province has no barrages of its own on the Indus, that water must pass through Sindh’s canal system before reaching Balochistan’s fields. Officials in Quetta say this arrangement leaves them dependent on decisions made upstream. They argue that in shortage years, their share is cut first and restored last.

> We are at the tail of someone else’s canals. When there is scarcity, the tail always goes dry first, and our farmers are the ones who pay. — Abdul Wahid Lehri, secretary of Balochistan’s irrigation department

Mr Lehri said the province would ask the regulator to install independent, real-time flow meters at the points where the canals cross into Balochistan, a demand it has made repeatedly.

## Sindh’s response

Irrigation officials in Sindh rejected the accusation. They said the whole Indus system had faced shortages early in the season because of lower snowmelt and delayed monsoon rains, and that cuts had been shared proportionally among all canals.

“There is no deliberate withholding,” said Parvez Soomro, a senior engineer at one of the barrages. “When the river brings less water, every command area receives less. Our own farmers in the lower districts have suffered as much.”

Sindh itself has long accused Punjab, further upstream, of drawing more than its share, and the two provinces have clashed repeatedly over new canal projects. Water experts say the result is a chain of grievances that runs the length of the river.

>> Every province has its own numbers, and there is no single set that everyone trusts.

## Farmers count the cost

In the fields around Dera Murad Jamali, the main town of Nasirabad district, rice seedlings that should have been knee-high are yellow and stunted. Farmers said they had waited weeks for water that arrived in short bursts, if at all.

“I planted forty acres. I will be lucky to harvest ten,” said Muhammad Bakhsh Jamali, a farmer who grows rice on land irrigated by the Pat Feeder. He said many families in his village had borrowed money for seed and fertiliser and now had no way of repaying it.

Local officials estimate that tens of thousands of acres of rice, the region’s main cash crop, have been affected. Growers have also complained of theft of water by influential landowners along the canals, a problem both provinces acknowledge but have struggled to curb.

## What the regulator can do

The Indus River System Authority, which includes representatives of all four provinces and the federal government, is expected to take up Balochistan’s complaint at its next meeting. Experts say its options are limited without reliable measurement.

Nadia Khoso, a water-governance researcher at the Sukkur Institute of Irrigation Studies, said the dispute illustrated a wider problem. “Every province has its own numbers, and there is no single set that everyone trusts,” she said. “Until flows are measured transparently at every key point, these arguments will return every dry year, and climate change will make dry years more common.”`,
  },
  {
    slug: "punjab-budget-agricultural-income-tax-reform",
    title: "Punjab budget leans on farm income tax and services levy to close revenue gap",
    standfirst:
      "Pakistan’s most populous province has presented a budget that widens its tax net to large landowners and service providers, testing a political consensus that once kept agriculture almost untaxed.",
    excerpt:
      "Punjab’s new budget expands the collection of agricultural income tax, broadens the sales tax on services and raises development spending. Opposition lawmakers and farm lobbies say small farmers will bear the brunt.",
    section: "pakistan",
    authors: ["ayesha-siddiqui"],
    tags: ["Economy", "Agriculture", "Taxation"],
    dateline: "LAHORE",
    daysAgo: 121,
    hour: 19,
    body: `Punjab’s provincial government presented a budget on Friday that relies on a broader tax on agricultural income and an expanded levy on services to fund higher spending on schools, hospitals and roads, a test of whether Pakistan’s provinces can raise more of their own revenue.

The budget, worth about 5.9 trillion rupees, was presented to the provincial assembly in Lahore amid noisy protests from opposition benches. Officials said it aimed to raise the province’s own tax collection by roughly a fifth, while keeping a surplus pledged to the federal government under a national fiscal agreement.

## Taxing the farm

The most contested measures concern agriculture, which accounts for a large share of Punjab’s economy but has historically contributed little in direct taxes. Under changes to provincial law, income from farming above a threshold is now taxed at rates closer to those paid by salaried workers and businesses.

The budget sets out how the province intends to enforce the tax:

1. Land records will be linked to the national tax database so that large holdings can be identified.
2. Farmers with holdings below a set acreage will remain exempt, covering what officials say is the large majority of growers.
3. Collection will be handled by the Punjab Revenue Authority rather than district revenue offices, which critics say have long under-assessed large landowners.

> For decades the salaried clerk in Lahore has paid more tax than the owner of a thousand acres. That is not sustainable and it is not fair. — Sadia Malik, Punjab’s additional finance secretary

Ms Malik told reporters that the province expected revenue from the farm income tax to rise several-fold, though from a very low base.

![Wheat fields under a wide sky, the kind of land now coming into the tax net](wheat "Officials say holdings below a set acreage will remain exempt from the agricultural income tax.")

## Farm lobbies push back

Farm organisations said the measures came at a difficult time, after a season in which many growers sold wheat below their cost of production. They argued that input costs for fertiliser, diesel and electricity were already squeezing margins.

“The government says only big landowners will pay, but we have heard that before,” said Rana Ashfaq, spokesman for a farmers’ union in central Punjab. “In practice it is the middle farmer, with records and a bank account, who gets caught. The truly powerful find a way out.” Opposition lawmakers said the budget placed too much of the burden on rural voters while leaving urban property undertaxed.

## Services, property and spending

The sales tax on services, collected by the province, will be extended to several sectors that were previously exempt, including some professional and digital services. The rate on a handful of consumer-facing services, such as restaurants paying by card, will be reduced to encourage documentation.

On the spending side, the government announced higher allocations for health insurance, school repairs and rural roads, and a fund for climate adaptation after repeated floods in the province’s south. Development spending is set to rise by about a quarter in nominal terms.

## Why it matters beyond Punjab

Economists said the budget was closely watched because Pakistan’s fiscal system depends heavily on federal tax collection, much of which is transferred to the provinces under the National Finance Commission award. Lenders have urged provinces to raise more of their own revenue, particularly from agriculture and property.

“Punjab is the test case,” said Usman Ghani, a public-finance economist at the Lahore Centre for Policy Research. “If the largest province cannot make a farm income tax work, no one else will try. If it can, the argument changes across the country.”

The assembly is expected to debate the budget over the next two weeks before a vote. The government holds a comfortable majority, but officials acknowledged that the real test would be collection, not passage.`,
  },
  {
    slug: "gwadar-port-expansion-new-berths-approved",
    title: "Gwadar port expansion approved, but town’s residents still wait for water",
    standfirst:
      "Federal planners have approved new berths and a deeper channel at the south-western port, promising to turn it into a regional hub. In the town around it, fishermen and families ask what they will gain.",
    excerpt:
      "A plan to add multipurpose berths and deepen Gwadar’s approach channel has cleared federal approval. Traffic at the port remains thin, and residents say water shortages, security checkpoints and fishing rules weigh on daily life.",
    section: "pakistan",
    authors: ["ayesha-siddiqui"],
    tags: ["Infrastructure", "Shipping", "China"],
    dateline: "GWADAR",
    daysAgo: 143,
    hour: 7,
    image: "harbour",
    body: `Pakistan’s federal planning authorities have approved a long-delayed expansion of the port at Gwadar, on the Arabian Sea coast of Balochistan, adding new multipurpose berths and deepening the approach channel so that larger ships can call.

The project, part of the wider China-Pakistan Economic Corridor, is intended to turn Gwadar from a lightly used terminal into a hub for transit trade with Afghanistan and Central Asia and for bulk cargoes such as fertiliser, grain and coal. Officials said construction could begin within a year, subject to financing arrangements being finalised.

## What is planned

According to a summary of the approved scheme, the expansion will include:

- several new multipurpose berths alongside the existing three;
- dredging of the approach channel and turning basin to accommodate larger bulk carriers;
- expanded storage yards and a dedicated area for transit cargo;
- upgraded road links to the coastal highway and the expressway that connects the port to the town.

> The port today is a bottleneck of ambition rather than of cargo. With deeper water and more berths, we can give shipping lines a reason to include Gwadar in their schedules. — Tariq Jamaldini, a director at the Gwadar Port Authority

Mr Jamaldini acknowledged that traffic remained modest. Much of the cargo handled in recent years has been government-directed, including some public-sector imports of wheat and fertiliser that officials routed through Gwadar to build volumes.

## A town on the sidelines

Residents of Gwadar have heard promises of transformation for two decades. The town has a new airport, an expressway and a sprinkling of hotels, but many residents still rely on water tankers for drinking water and face frequent power cuts.

“They are building for ships from China and planes from the Gulf,” said Ghafoor Baloch, a fisherman who has worked from Gwadar’s west bay for thirty years. “But in my house, we buy water from a tanker. The port does not give us water.”

>> The port does not give us water.

Fishing communities have also protested against restrictions on access to parts of the coast near the port and against large trawlers, some from other provinces, operating illegally in local waters. A protest movement several years ago drew tens of thousands of people to the town’s streets, and its demands — on water, fishing rights and checkpoints — remain largely unmet, according to local organisers.

## Security and trust

Security remains a central concern. Separatist militants in Balochistan have repeatedly attacked projects linked to the economic corridor, and foreign workers in the province travel under heavy protection. Residents say the checkpoints that accompany this security make daily life more difficult and deepen a sense that development is being done to them rather than for them.

Shazia Rind, a researcher at the Quetta Institute for Regional Studies, said the expansion would only succeed if the local population saw tangible benefits. “Ports run on trust as much as on cranes,” she said. “If the people of Gwadar feel excluded, every delay and every incident becomes a political crisis.”

---

Provincial officials said the approved scheme included funds for a desalination plant and for vocational training for young people in port-related trades. Similar pledges accompanied earlier phases of the project, and local representatives said they would judge the plan by whether taps ran, not by the size of the berths.

The Gwadar Port Authority expects to publish tenders for dredging and construction in the coming months. Shipping analysts said the real test would be whether commercial lines, rather than government cargoes, begin calling regularly once the new berths are ready.`,
  },
  {
    slug: "draft-monsoon-flood-preparedness-review",
    title: "Flood review finds early warnings worked but embankments failed in the south",
    standfirst:
      "An internal review of this year’s monsoon response says forecasts reached more people than ever, but weak embankments and slow relief payments left the poorest districts exposed.",
    excerpt:
      "A government review of the monsoon season credits better early warning with saving lives but identifies breached embankments, blocked drains and delayed cash relief as recurring failures that must be fixed before next year.",
    section: "pakistan",
    authors: ["ayesha-siddiqui"],
    tags: ["Climate", "Water", "Humanitarian Aid"],
    dateline: "ISLAMABAD",
    daysAgo: 0,
    hour: 9,
    status: "DRAFT",
    body: `An internal government review of this year’s monsoon season has found that early warning systems reached more people than in any previous flood, but that breached embankments, blocked urban drains and slow relief payments left the poorest districts of southern Punjab and Sindh badly exposed.

The review, seen by The Meridian, was prepared for federal and provincial disaster management authorities and is due to be discussed at a meeting later this month. [TK: confirm meeting date with NDMA press office.]

## What worked

The review credits the expansion of text-message alerts and mosque loudspeaker announcements with helping to evacuate villages along the Indus and its tributaries before peak flows arrived. Officials estimate that several hundred thousand people were moved to higher ground or relief camps in the days before the worst flooding. [TK: exact figure — the review gives two different totals on pp. 4 and 17; check which is final.]

> The forecasts were right, and this time they reached people in time. That is a real change, and it saved lives. — Dr Sana Awan, a hydrologist who advised the review team

## What failed

The review is far less positive about physical defences. It lists a series of failures that it says repeated mistakes from earlier floods:

- embankments along several stretches of the Indus breached where maintenance funds had been diverted or not released;
- urban drains in several cities were blocked with solid waste, turning heavy rain into street flooding;
- cash relief for affected families took weeks to arrive in some districts because of disputes over beneficiary lists.

“We keep warning people better and then leaving them with nowhere safe to go back to,” said Khalid Mahar, a relief coordinator for a non-governmental group in Dadu district, who was interviewed for the review. [Note to desk: Mahar agreed to be quoted by name; second quote from him still to come.]

## Money and maintenance

The review recommends ring-fencing embankment maintenance budgets so that they cannot be reallocated mid-year, and creating a single register of households eligible for flood relief shared between federal and provincial agencies.

It also calls for a national audit of flood defences before next year’s monsoon, noting that many structures were built decades ago and designed for flows that are now exceeded more often as the climate warms. Provincial officials have told the review team that a full audit would require donor funding, which has yet to be requested. [TK: cost estimate — review cites a figure in an annex we have not seen.]

## Still to add

[Awaiting response from the Sindh irrigation department on the embankment breaches. Also need reaction from the Punjab disaster management authority and one affected family in Rajanpur — Ayesha to call Thursday. Consider a short box on what happens next: audit timeline, funding request to donors, pre-monsoon drills.]

Officials said a final version of the review would be made public once provinces had submitted their comments.`,
  },
];
