import type { DemoArticle } from "../types";

export const articles: DemoArticle[] = [
  {
    slug: "middle-powers-learned-to-bargain-can-they-build",
    title: "The middle powers have learned to bargain. Can they learn to build?",
    standfirst:
      "From the Gulf to South-east Asia, mid-sized states are winning better terms by refusing to pick sides. The harder test is whether deal-by-deal diplomacy can produce rules anyone will trust.",
    excerpt:
      "Hedging has served Ankara, Riyadh, New Delhi and Jakarta well. But transactions do not add up to an order, and the leverage that makes them possible is starting to run out.",
    section: "analysis",
    authors: ["hannah-weiss"],
    tags: ["Diplomacy", "Gulf", "United States", "China"],
    dateline: "LONDON",
    daysAgo: 4,
    hour: 7,
    featured: true,
    image: "summit",
    body: `The busiest diplomats of recent years have not worked in Washington, Beijing or Brussels. They have come from capitals that a generation ago would have been expected to choose a patron and stay loyal: Ankara, Riyadh, Abu Dhabi, New Delhi, Jakarta, Brasília. Each has found that in a world with more than one centre of gravity, refusing to commit is itself a source of leverage.

The practice now has a vocabulary — “multi-alignment”, “strategic autonomy”, “hedging” — but the vocabulary flatters it. What these states mostly do is transact. They buy weapons from one camp and energy from another, host one power’s naval logistics while signing the other’s infrastructure loans, and vote case by case at the United Nations. The argument here is that the approach has served them well in the short run, and will serve them less well as the costs of an order without agreed rules come due.

## Why hedging pays

Start with the case for the middle powers, which is stronger than critics in Western capitals tend to admit. The Gulf monarchies’ habit of keeping lines open to every major actor has made them indispensable venues for mediation, from prisoner exchanges to quiet de-escalation over shipping lanes. India has bought discounted energy while deepening technology partnerships with America and Europe. Turkey sits inside NATO yet sells drones and brokers arrangements on its own terms. Indonesia banned exports of raw nickel ore to force processing investment onshore — and investors from both East and West came anyway.

In each case the alternative, binding loyalty to a single camp, would probably have delivered less. Alliances priced in a unipolar era assumed that the patron would supply security, markets and finance. When the patron’s commitments start to look conditional, hedging is not opportunism. It is prudence.

> “Fifteen years ago we were asked which side we were on. Today we are asked what it would take. For a country of our size, that is the better question.” — Rashid al-Nuaimi, director of the Arabian Gulf Policy Forum

## The ceiling on transactions

Yet deal-making has a ceiling, and three problems suggest the middle powers are approaching it.

1. **Deals do not add up to rules.** A bilateral bargain over port access or arms sales settles one question between two parties. It does nothing for the shared goods — open sea lanes, a workable way to restructure sovereign debt, arms control, pandemic surveillance — on which middle powers depend more than great powers do, precisely because they cannot supply those goods alone.
2. **Leverage is perishable.** Playing suitors off against each other works only while both suitors want something. As America and China harden their positions on export controls, investment screening and data, the space to straddle is narrowing. A country can be useful to both sides in a tariff dispute; it is far harder to sit inside both supply chains for advanced semiconductors.
3. **Transactionalism is contagious.** When the largest powers also treat their commitments as renegotiable, the predictable backdrop that middle-power bargaining assumed begins to dissolve. A hedge is only valuable if the things being hedged against stay roughly where they are.

The plight of indebted developing countries shows what is at stake. The G20’s Common Framework took the better part of three years to deliver a deal for Zambia, largely because its biggest creditors could not agree on burden-sharing. Middle-income states with a direct interest in a faster process had little collective weight to bring to bear. Each negotiated its own exposure; none built the machinery.

## The counter-argument

Defenders of the transactional turn have a fair reply. The “rules-based order” was written largely by the powerful and enforced selectively; middle powers owe it less loyalty than its architects like to think. They can also point to evidence that they are capable of building. South-east Asian states anchored the Regional Comprehensive Economic Partnership, the world’s largest trade bloc by population. African governments negotiated a continental free-trade area without a great-power sponsor.

Both points are true, and both make the case for ambition rather than against it. Those agreements worked because their members accepted constraints on themselves in exchange for predictability. That is the opposite of keeping every option open.

>> Hedging is a strategy for surviving an order. It is not a strategy for building one.

## What building would look like

Building need not mean grand new institutions. It could mean small coalitions that take on a single public good and stick with it: a standing group of middle-income creditors and debtors proposing common terms for restructurings; maritime deconfliction arrangements in the Red Sea and the Gulf that do not depend on a single navy; shared standards for cross-border data that give smaller economies a seat before the rules are set elsewhere.

> “The middle powers are very good at saying no to everyone. The next step is saying yes to each other, in writing, and meaning it for longer than one electoral cycle.” — Priya Venkataraman, a senior fellow at the Centre for Multilateral Studies in New Delhi

None of this requires abandoning the bargaining habits that have served these states well. It requires recognising that leverage is worth more when it is spent on rules than when it is hoarded for the next deal. The middle powers have spent a decade proving that they cannot be taken for granted. The question for the decade ahead is whether they can be relied upon — by each other, above all.`,
  },
  {
    slug: "counter-terrorism-fails-without-political-consensus",
    title: "Why counter-terrorism keeps failing where the politics is divided",
    standfirst:
      "Military operations can clear ground and kill commanders. Without a lasting political compact on policing, courts and talks, the gains have a habit of quietly reversing.",
    excerpt:
      "Pakistan’s own history shows that consensus, not firepower, determines whether militancy stays down. A fractured political class is now repeating old mistakes on the north-western frontier.",
    section: "analysis",
    authors: ["hannah-weiss"],
    tags: ["Security", "Borders", "Human Rights"],
    dateline: "ISLAMABAD",
    daysAgo: 19,
    hour: 14,
    body: `Every surge in militant violence produces the same ritual. A grim attack, a meeting of the top security committee, a promise of a decisive operation, and — within weeks — a public argument between parties, provinces and institutions over who is to blame. The operation goes ahead; the argument never ends. It is worth asking why the second part matters so much more than the first.

The case made here is simple. Counter-terrorism is not primarily a military task that politics can complicate. It is a political task that the military can support. Where governments and oppositions share a minimum understanding of the threat and the response, security gains tend to hold. Where they do not, even well-executed operations buy time rather than results.

## The evidence from Pakistan’s own record

Pakistan offers the clearest test. After the massacre at the Army Public School in Peshawar in 2014, parties that agreed on almost nothing signed up to a National Action Plan. The plan was imperfect and unevenly applied, but for a few years it did something unusual: it made counter-terrorism a shared project rather than a partisan weapon. Military operations in the tribal districts were paired with new provincial counter-terrorism departments, a crackdown on militant financing and, eventually, the constitutional merger of the former tribal areas into Khyber Pakhtunkhwa. Fatalities from terrorism fell steeply over the following years.

The unravelling was just as political. Civilian reforms — of madrassah oversight, of criminal prosecution, of policing — stalled as governments changed and priorities shifted. The merged districts received less of the promised development money than planned. Policy towards negotiations with militant groups swung between governments, sometimes without parliament being told much at all. When violence returned to the north-west and Balochistan in recent years, it found institutions that had been built in haste and then left to wither.

> “We had the operations, we had the laws. What we never had was an agreement that would survive a change of government. Militants read our politics better than we do.” — Nadia Farooq, a former senior official in a provincial counter-terrorism department

## Why consensus matters so much

Three mechanisms explain the link.

- **Continuity of the unglamorous work.** Police training, forensic laboratories, witness protection and prosecutors take years to pay off. Only a cross-party understanding protects their budgets from the next fiscal squeeze or change of chief minister.
- **Legitimacy in contested areas.** Residents of districts where operations take place judge the state by what follows the soldiers. If one party promises compensation and the next disowns it, trust evaporates, and militants recruit from the resentment.
- **A single line on negotiations.** Talks with armed groups may sometimes be necessary. But when they are opened by one government and denounced by its successor, the groups learn that patience pays and that ceasefires are a chance to regroup.

The pattern is not unique to Pakistan. In Iraq, battlefield gains against al-Qaeda’s local franchise were squandered when sectarian politics excluded Sunni communities, helping to prepare the ground for the rise of the Islamic State. Across the Sahel, successive military campaigns have struggled where governments in the capital are themselves contested. A thorough [comparative review of post-conflict security reforms](https://example.org/reports/security-reform-after-operations) finds the same thing repeatedly: durability tracks political settlement more closely than it tracks troop numbers.

>> Operations buy time. Only politics decides what the time is used for.

## The strongest objections

Two counter-arguments deserve a hearing. The first is that consensus can be a cover for impunity. When every party agrees that terrorism must be crushed, few are left to ask awkward questions about enforced disappearances, military courts or collective punishment. That risk is real, and Pakistan’s experience with military courts, which were extended more than once with broad support, illustrates it.

The second is that some insurgencies have been ended by force alone. Sri Lanka defeated the Tamil Tigers militarily without any real cross-party reconciliation. But that example cuts both ways: the war ended at a terrible civilian cost, and the political grievances it left unresolved have shaped the country ever since. Victory without settlement is not the same as peace.

Neither objection undermines the central claim. They refine it. The consensus that matters is not unanimity about everything, and it must include agreement on limits as well as on force.

## What a minimum compact would contain

A workable compact would be modest. It would fix a multi-year budget floor for police and prosecutors in the most affected provinces; require that any talks with armed groups be reported to a parliamentary committee; commit all parties to completing the financial and administrative integration of the merged districts; and establish independent review of detentions. None of this is beyond a divided political class — if its members accept that terrorism is the one issue on which scoring points costs lives.

> “The parties do not have to like each other. They have to agree that the frontier is not a debating prop.” — Asad Mahmood, a retired brigadier and security analyst in Rawalpindi

The next major attack will bring the familiar ritual. The test is whether, this time, the argument that follows is about how to sustain a plan, rather than about whose fault it is that there isn’t one.`,
  },
  {
    slug: "adaptation-on-credit-climate-finance-debt-trap",
    title: "Adaptation on credit: the quiet debt trap inside climate finance",
    standfirst:
      "Vulnerable countries are borrowing to protect themselves from a crisis they did little to cause. The interest bill is now eating into the very budgets that adaptation depends on.",
    excerpt:
      "Most public climate finance still arrives as loans. For heavily indebted, flood- and drought-prone economies, that turns resilience into a liability. A better split between lending and grants is overdue.",
    section: "analysis",
    authors: ["hannah-weiss", "daniel-okafor"],
    tags: ["Climate", "Debt", "Economy"],
    dateline: "WASHINGTON",
    daysAgo: 61,
    hour: 9,
    body: `Ask a finance minister from a small island state or a flood-prone delta what adaptation costs, and the answer will rarely be about sea walls or seed varieties. It will be about interest. Across much of the developing world, the money to prepare for a hotter, wetter and less predictable climate arrives mainly as loans — and those loans are being stacked on top of debts that were already hard to carry.

The result is a quiet trap. Countries borrow to adapt; debt service rises; spending on health, schools and, yes, adaptation is squeezed to pay creditors; the next disaster hits a weaker state, which borrows again. This essay argues that the trap is avoidable, but only if lenders and donors stop treating all adaptation as if it were the same kind of investment.

## The shape of the problem

The scale is not in dispute. Estimates by the UN Environment Programme put the adaptation needs of developing countries in the hundreds of billions of dollars a year, while international public finance for adaptation runs at roughly a tenth of that. Analyses by aid monitors consistently find that most public climate finance is delivered as loans rather than grants, much of it on terms only modestly softer than the market.

Pakistan’s experience after the 2022 floods is instructive. An international assessment put damage and losses at about $30bn. When donors gathered in Geneva the following January, pledges exceeded $9bn — a headline success — but the great majority came as project and programme loans. Those loans were needed. They were also added to a public debt that was already absorbing most of federal revenue in interest payments.

![A river winding through flat plains under a pale sky](river "Floodplains bear much of the cost of a warming climate; who pays to protect them is the open question.")

## Two kinds of adaptation

The way out begins with a distinction that climate finance has been slow to make.

- **Adaptation that pays.** Drip irrigation, drought-tolerant crops, climate-proofed ports and better water tariffs can raise output or cut costs. They generate returns from which a loan can be repaid, and lending for them is appropriate.
- **Adaptation that protects.** Embankments, early-warning systems, mangrove restoration and the relocation of vulnerable communities avoid losses rather than create revenue. They are public goods whose benefit shows up as disasters that do not happen. Financing them with interest-bearing debt means charging the victims for prevention.

> “We are told adaptation is an investment. Some of it is. Much of it is insurance, and nobody borrows at six per cent to buy insurance.” — Lucía Herrera, a former Honduran finance ministry official now at the Center for Sovereign Risk in Washington

A sensible system would fund the first category mainly with loans and the second mainly with grants. Today the line is blurred, and the blurring favours lending, because loans are cheaper for donor budgets and easier to count towards headline pledges.

## The case for lending

The counter-arguments deserve a fair hearing. Lenders say loans impose discipline: projects must be appraised, procured and completed, and a borrower with repayment obligations has reason to choose carefully. Grant money, they argue, is politically scarce in donor capitals; insisting on grants could simply mean less money in total. Some also note that multilateral development banks can lend many times their capital, so every dollar of grant equivalent spent through them goes further.

These points are serious. But they are arguments for getting the terms of lending right, not for lending regardless of what is being financed. Discipline can come from results-based grants. Leverage is of little use if it pushes a borrower into restructuring, which is what happens when a country with high debt service is hit by a disaster it cannot insure against.

>> Charging interest on prevention is a policy choice, not a law of finance.

## What would help

Some tools already exist and need to become normal rather than exceptional.

1. **Climate-resilient debt clauses** that pause repayments after a qualifying disaster. Several Caribbean sovereigns have pioneered them, and some development lenders now offer them; they should be standard on all official lending to vulnerable countries.
2. **Debt-for-climate swaps**, in which creditors accept less in exchange for spending on conservation or resilience. Recent deals in Latin America and the Caribbean show the model works, though transaction costs are high and the volumes small.
3. **A grant-first rule for protective adaptation** in multilateral climate funds, with loans reserved for projects that produce measurable revenue or savings.

None of these will close the financing gap on its own. Together they would stop adaptation finance from deepening the fiscal weakness that makes countries vulnerable in the first place.

> “The shock is climatic, but the crisis is fiscal. If we do not design for that, we are financing the next default.” — Joseph Mensah-Owusu, an adviser to a group of climate-vulnerable finance ministers

The political moment is not promising. Donor aid budgets are under pressure, and appetite for new grant commitments is thin. That makes clarity more valuable, not less. If scarce grant money is going to be spent anywhere, it should be on the kind of adaptation no sensible borrower could repay — the sea wall, the warning siren, the village moved back from a river before it floods, rather than after.`,
  },
  {
    slug: "regional-connectivity-projects-do-they-deliver",
    title: "Do regional connectivity projects deliver? Only when someone needs to use them",
    standfirst:
      "Corridors, railways and pipelines have become the currency of geopolitical competition across Eurasia. The record suggests that border paperwork and real demand matter far more than steel and concrete.",
    excerpt:
      "From the China-Pakistan corridor to the Middle Corridor across the Caspian, connectivity schemes have a mixed record. The ones that work start with cargo, customs and costs, not with ribbon-cuttings.",
    section: "analysis",
    authors: ["hannah-weiss"],
    tags: ["Connectivity", "Infrastructure", "Central Asia", "Trade"],
    dateline: "BERLIN",
    daysAgo: 108,
    hour: 18,
    image: "desert",
    body: `Few phrases have travelled further in the past decade than “connectivity”. China’s Belt and Road Initiative made it a brand; the European Union answered with its Global Gateway; Gulf states, Turkey, India and the Central Asian republics have all launched corridors of their own. Maps in ministry presentations are crowded with arrows. The question worth asking, in Berlin as much as in Beijing, is how many of those arrows carry anything.

The answer this essay offers is that connectivity projects deliver when they are built to meet demand that already exists, and when the unglamorous “software” of trade — customs, standards, transit agreements, tariffs — is fixed alongside the hardware. Where projects are driven mainly by geopolitical signalling or construction finance, they tend to leave debt and underused assets behind.

## A mixed ledger

The record is genuinely mixed, which is why the debate is so polarised. Consider a few cases in broad strokes.

The China-Pakistan Economic Corridor added substantial power-generation capacity in its first phase and helped end the rolling blackouts that had crippled Pakistani industry. But the capacity payments attached to those plants have fed the power sector’s chronic “circular debt”, and the port of Gwadar, once billed as the corridor’s crown, still handles a fraction of the traffic its planners envisaged.

The Middle Corridor, running from China through Kazakhstan, across the Caspian and on via the Caucasus to Turkey and Europe, tells a different story. Traffic jumped once shippers sought routes avoiding Russia, demonstrating real demand. What held it back was not the absence of grand projects but ferry capacity, port congestion in Aktau and Baku, and the time lost at borders with incompatible paperwork.

Then there are the perennial projects. The Turkmenistan–Afghanistan–Pakistan–India gas pipeline has been “about to start” for three decades. The CASA-1000 power line linking Central and South Asia has advanced in fits, stalled by security and by politics in Kabul. Both show that a sound engineering case cannot overcome the absence of buyers willing and able to sign binding contracts.

> “We have spent too long measuring corridors in kilometres of track. The only number that matters to a shipper is how many days, and how many dollars, it takes to get a container from A to B.” — Jana Köhler, a transport economist at the Berlin Centre for Trade and Transport Studies

## What distinguishes the successes

Across regions, the projects that deliver tend to share four features:

1. **Demand before design.** They serve flows that exist or are clearly emerging, rather than flows that a new asset is expected to summon into being.
2. **Software alongside steel.** They come with single-window customs, mutual recognition of inspections and transit agreements. Studies under the Asian Development Bank’s regional programme for Central Asia have long found that time lost at borders adds more to costs than poor roads do.
3. **Bankable offtake.** Power lines and pipelines succeed when a creditworthy buyer commits to purchase, not when a memorandum of understanding says it might.
4. **Honest financing.** Terms that match the revenue the asset can plausibly earn, rather than terms that assume traffic forecasts will be met.

>> Connectivity is a verb before it is a noun. The road matters less than whether anyone can use it without a week of paperwork.

## The case for building ahead of demand

Defenders of ambitious corridors make a legitimate point: infrastructure is lumpy, and demand often follows supply. Rotterdam and Singapore were not built for the traffic they eventually handled; a railway judged a white elephant after five years may look visionary after thirty. Some projects also have strategic value that traffic figures miss — a second route provides resilience when the first is closed by war or sanctions, as the Middle Corridor’s sudden relevance showed.

This deserves weight. But building ahead of demand is a bet, and bets should be financed by those able to absorb losses. The problem with many connectivity schemes has been that the downside landed on the balance sheets of fragile host states, while the upside — contracts, influence, headlines — accrued elsewhere.

## A better test

European policymakers, keen to offer an alternative to Chinese lending, risk repeating the same error by counting announced investment rather than measured outcomes. A more useful scorecard would track average border crossing times, the cost of moving a container along a route, utilisation of new assets, and the debt burden carried by host governments. Those numbers are duller than a map full of arrows. They are also the only honest answer to whether a corridor works.

> “A corridor that nobody uses is not connectivity. It is a monument.” — Bakhtiyor Yusupov, a former customs official now advising on Central Asian trade facilitation in Tashkent

Regional connectivity can transform landlocked economies; Central Asia’s position between large markets makes that plain. But transformation comes from making trade cheaper and more predictable, not from the ceremony of breaking ground.`,
  },
  {
    slug: "post-aid-afghanistan-economy-who-it-leaves-behind",
    title: "What a post-aid Afghanistan economy looks like — and who it leaves behind",
    standfirst:
      "With donor money shrinking, Afghanistan is settling into a smaller, cash-based economy that runs on trade, remittances and regional deals. It is stable, after a fashion. It is not development.",
    excerpt:
      "The afghani holds steady and customs revenue flows, but incomes are flat, banks are cut off and women are shut out of work. A look at the low-level equilibrium replacing the aid economy.",
    section: "analysis",
    authors: ["farid-rahimi"],
    tags: ["Economy", "Humanitarian Aid", "Trade"],
    dateline: "KABUL",
    daysAgo: 163,
    hour: 11,
    image: "wheat",
    body: `In the wholesale lanes of Kabul’s Mandawi market, prices are quoted in afghanis, goods arrive from Pakistan, Iran and Uzbekistan, and almost nobody mentions donors any more. For two decades foreign money shaped everything here, from the salaries of teachers to the rents of city flats. That era is over. What has replaced it is neither the collapse many predicted nor the self-reliance its champions claim, but something in between: a smaller, poorer and more regional economy that has found a grim kind of balance.

This essay argues that the post-aid Afghan economy is best understood as a low-level equilibrium — stable enough to persist, too constrained to grow — and that its costs fall most heavily on women, returnees and the rural poor.

## From aid economy to trade economy

Before the change of government, grants financed roughly three-quarters of public spending and aid was equivalent to around 40 per cent of GDP. When it stopped abruptly, the economy contracted by about a fifth, and humanitarian funding replaced development money. In the past two years even humanitarian flows have fallen sharply as donor budgets tightened elsewhere.

Yet several indicators have held up better than expected. The afghani has been among the more stable currencies in the region, supported by tight controls on foreign exchange and by shipments of dollar banknotes for UN operations. Customs collection has risen, which observers attribute partly to less petty corruption at border posts. Exports of coal, dried fruit and fresh produce to Pakistan and Central Asia have grown, and regional companies have signed mining and transit agreements.

> “My business is smaller than it was, but it is predictable. I know what the border will cost me. Ten years ago I did not.” — Abdul Wahid, a dried-fruit wholesaler in Kabul

## Stability without growth

The problem is what this stability rests on. Prices have been falling for long stretches, a sign less of good management than of weak demand: households simply have less to spend. Incomes per person are far below their level before the aid stopped, and the population keeps growing by more than two per cent a year. An economy that barely expands while the number of mouths rises is getting poorer every year, however calm the currency looks.

Three constraints stand out:

- **A banking system cut off from the world.** Sanctions and the caution of foreign banks have left the financial sector isolated. Traders rely on the hawala network and cash, which works for small flows but makes large-scale investment and import finance extraordinarily difficult.
- **Half the workforce excluded.** Restrictions on women’s education and employment remove a large share of potential earners and entrepreneurs, and they shrink the pipeline of teachers, nurses and doctors for a generation.
- **Returnees without jobs.** Large numbers of Afghans have been pushed back from Iran and Pakistan. Many arrive with little but the clothes they wear, in provinces where there is no work to absorb them.

>> A steady currency is not the same thing as a working economy. Afghanistan has the first and lacks the second.

## The self-reliance argument

Some in Kabul, and some sympathetic observers abroad, argue that the end of aid has been healthy. The aid economy, they say, inflated wages, fuelled corruption and created a service sector that existed only to serve foreigners. Domestic revenue now funds a leaner state; security on the roads has improved, allowing trade to move; large projects such as the Qosh Tepa canal in the north, intended to irrigate vast areas of farmland from the Amu Darya, are being financed at home.

There is truth here. Aid dependency did distort the economy, and improved road security has undeniably helped traders. But self-reliance at this level of income means a state that can pay its own salaries while hospitals run short of medicine. The canal may expand farming, yet it also raises hard questions about water shared with downstream Uzbekistan and Turkmenistan.

> “The question is not whether Afghanistan can survive without aid. It has shown that it can. The question is whether it can do anything more than survive.” — Sediqa Noori, a former economist at Afghanistan’s central bank, now based in Islamabad

## What would change the trajectory

The levers are well known, even if the politics around them are not. Restoring limited, monitored links between Afghan banks and the international system would ease trade finance without rewarding the authorities. Allowing women to work and study would do more for growth than any mining concession. Regional partners who now buy Afghan coal and sell it fuel have an interest in a neighbour able to absorb its returnees.

Absent those shifts, the post-aid economy will look much as it does today: quieter, more regional, more cash-based — and, for millions of Afghans, steadily and almost invisibly poorer.`,
  },
  {
    slug: "gulf-war-risk-premiums-may-outlast-the-crisis",
    title: "Why war-risk premiums in Gulf shipping may outlast the crisis behind them",
    standfirst:
      "Insurers have repriced the danger of sailing through the region’s chokepoints. History suggests that premiums rise quickly and fall slowly, and that exporters pay the bill.",
    excerpt:
      "After a spate of incidents near the Strait of Hormuz, war-risk cover has become far more expensive. Even if tensions ease, underwriters have reasons to keep prices elevated for months.",
    section: "analysis",
    authors: ["hannah-weiss"],
    tags: ["Shipping", "Gulf", "Markets"],
    dateline: "LONDON",
    daysAgo: 200,
    hour: 16,
    status: "ARCHIVED",
    image: "harbour",
    body: `For shipowners, the most important number in the Gulf this season is not the price of crude but the cost of insuring a hull against acts of war. After a run of incidents involving tankers near the Strait of Hormuz, underwriters in London have sharply raised additional premiums for voyages into the region, and some owners report being quoted several times last year’s rates for a single transit.

The natural assumption is that these costs will fall once the immediate tension subsides. The argument here is that they are likely to stay high for longer than the headlines suggest.

## How the pricing works

War-risk cover is usually written on a voyage-by-voyage basis for areas listed as high risk by the market’s joint committee of underwriters. Once an area is listed, each call carries an extra premium calculated on the value of the ship. That structure makes prices responsive on the way up: a single serious incident can trigger repricing within days.

The way down is slower. Underwriters price on loss experience and on their reinsurers’ appetite. After a period of claims, reinsurers typically demand higher rates at renewal, and those contracts run for a year.

Recent history bears this out. When tankers were attacked off the coast of Fujairah in 2019, additional premiums for Gulf calls multiplied within weeks and took many months to ease, long after the incidents themselves had faded from the news. In the Red Sea, cover for ships with any perceived link to targeted flags stayed expensive well beyond the worst of the attacks on merchant vessels, and many owners simply chose the longer route around the Cape of Good Hope rather than pay.

> “The market has a long memory and a short fuse. It reacts to the first attack in hours and forgets it over a renewal cycle.” — Marcus Ellery, a marine underwriter in the City of London

## Who pays

Three groups carry the cost:

- **Exporters in the Gulf**, who see freight and insurance charges passed through into delivered prices and may face discounts to stay competitive.
- **Importers in South Asia and East Africa**, many of which rely on Gulf fuel and have little bargaining power over freight.
- **Smaller shipowners**, who lack the fleet scale to spread premiums and may avoid the region altogether, reducing competition.

## The counter-case

Optimists point out that capacity in the war-risk market is ample and competition among syndicates can erode premiums quickly once incidents stop. That has happened before. But it requires a sustained period without events, and the region offers few guarantees of that.

For governments, the lesson is practical. Naval escorts and information-sharing can reduce risk, yet insurers will want months of evidence before they lower rates. Policymakers hoping for quick relief at the pump would do well to plan for a slower descent.`,
  },
];
