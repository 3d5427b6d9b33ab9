import type { DemoArticle } from "../types";

export const articles: DemoArticle[] = [
  {
    slug: "security-council-draft-shield-water-power-infrastructure",
    title: "Security Council haggles over a draft to shield water and power plants in war",
    standfirst:
      "Negotiators in New York are trading line edits on a resolution that would single out dams, grids and treatment works for protection — and on how much bite it should carry.",
    excerpt:
      "A draft Security Council resolution on protecting civilian water and electricity systems in conflict has reached its fourth revision, with a vote possible next week if a dispute over reporting and accountability language can be settled.",
    section: "world",
    authors: ["daniel-okafor"],
    tags: ["Diplomacy", "Security", "Water", "Infrastructure"],
    dateline: "NEW YORK",
    daysAgo: 0,
    hour: 6,
    featured: true,
    image: "summit",
    body: `Diplomats on the United Nations Security Council worked past midnight on Thursday on a draft resolution that would, for the first time, single out water treatment works, electricity grids and dams as infrastructure whose destruction in armed conflict deserves specific attention from the council, according to four people familiar with the talks.

The text, now in its fourth revision, has been circulated by a group of elected members who argue that the damage done to civilian life by attacks on utilities is routinely larger and longer-lasting than the damage done by the fighting itself. Hospitals without power, pumping stations without fuel and cities without sewage treatment, they say, kill quietly and for years.

## What the draft says

The latest version, seen by The Meridian, stops short of creating any new legal obligation. Instead it restates existing protections under international humanitarian law and asks the secretary-general to report to the council every twelve months on attacks affecting “objects indispensable to the survival of the civilian population”.

Its most contested paragraphs would:

- ask UN humanitarian agencies to compile a shared register of damage to water and power systems in active conflicts;
- encourage parties to conflicts to agree “utility pauses” allowing repair crews safe passage;
- invite the council’s existing sanctions committees to consider whether deliberate attacks on such infrastructure could count as grounds for listing.

It is the third point that has slowed the negotiations. Two permanent members have told colleagues that they will not accept language that could, in their view, widen sanctions regimes by the back door, according to a diplomat from a delegation that supports the draft.

> We are not asking anyone to sign up to a new treaty. We are asking the council to look at what happens when the lights go out in a city of two million people, and to write it down. — Ingrid Solberg-Haas, deputy permanent representative of one of the co-sponsoring delegations

## Bargaining over one verb

Much of the week has been spent on a single verb. Early drafts asked the sanctions committees to “take into account” attacks on utilities. The fourth revision softens that to “consider, as appropriate”. Supporters of the text say they could live with the change; humanitarian organisations briefed on the talks say it risks hollowing out the resolution.

>> Hospitals without power and cities without sewage treatment kill quietly, and for years.

Rafael Mendonça, a humanitarian-law specialist at the Lisbon Institute for Conflict Studies, said the dispute reflected a familiar pattern. “The council is comfortable describing harm, and much less comfortable deciding what follows from it,” he said. “A reporting requirement is not nothing. Annual data, collected consistently, changes the conversation over time. But the sanctions language is where the text either matters or does not.”

Diplomats also disagree about whether the resolution should mention specific conflicts. The current draft names none, a choice its authors say is deliberate to avoid vetoes, but which some African and Latin American members regard as too cautious.

## What happens next

A vote requires at least nine votes in favour and no veto from any of the five permanent members. Co-sponsors say they have the nine votes; the question is whether the permanent members who object will abstain rather than block the text.

A further round of “silence procedure” — in which a text is deemed agreed unless a delegation objects by a deadline — is expected early next week. If that holds, the resolution could be put to a vote before the end of the month. If it breaks, one diplomat said, the sponsors may choose to put the stronger text to a vote anyway and force members to be seen voting against it.

Aid agencies will be watching closely. Officials at the International Committee of the Red Cross, which does not comment on draft council texts, have repeatedly warned that the repair of a single damaged pumping station can take longer than the fighting that destroyed it.`,
  },
  {
    slug: "doha-talks-sudan-aid-truce-stall-convoy-security",
    title: "Doha talks on a Sudan aid truce stall over who guards convoys in Darfur",
    standfirst:
      "A second week of Gulf-hosted mediation has produced agreement on prisoner lists but not on the harder question of armed escorts for food and medicine.",
    excerpt:
      "Mediators in Doha say the two sides in Sudan’s war have exchanged detainee lists and agreed a joint humanitarian committee, but a dispute over armed escorts for aid convoys into Darfur is holding up a wider truce.",
    section: "world",
    authors: ["daniel-okafor"],
    tags: ["Diplomacy", "Gulf", "Humanitarian Aid", "Security"],
    dateline: "DOHA",
    daysAgo: 4,
    hour: 14,
    image: "desert",
    body: `Indirect talks in Doha between delegations representing Sudan’s army-led government and the paramilitary Rapid Support Forces entered their second week on Sunday with modest progress on detainee releases but no agreement on the arrangement both sides say matters most: who protects aid convoys once they cross into Darfur.

The talks, hosted by Qatar with support from a small group of regional and Western governments, are being conducted through mediators shuttling between two floors of the same hotel. Neither delegation has met the other face to face, according to two officials involved in the process.

## What has been agreed

Mediators say the delegations have so far agreed three things in principle:

1. an exchange of lists of detained combatants and civilians, to be verified by the International Committee of the Red Cross;
2. a joint humanitarian committee, chaired by a UN official, to approve convoy routes;
3. a commitment not to levy fees or “taxes” on relief trucks at checkpoints.

None of these has yet been signed. A Qatari official close to the mediation described the lists as “the easiest step, and still not an easy one”, noting that each side had initially disputed the numbers submitted by the other.

> Nobody in these rooms believes a piece of paper will end the war. What we are trying to do is get flour and vaccines to people who have had neither for months, and to make that routine rather than a favour. — Khalid al-Mansoori, a Qatari foreign ministry official assisting the mediation

## The convoy question

The sticking point is security. Government negotiators want convoys escorted by police units under the authority of the state; the RSF rejects any armed presence it does not control in areas it holds. A compromise floated by the mediators — unarmed civilian monitors drawn from neighbouring states, with convoys travelling on pre-notified routes — has been accepted by neither side, though neither has rejected it outright.

Aid agencies are frustrated by the delay. Humanitarian officials in Port Sudan say warehouse stocks of therapeutic food for malnourished children are sufficient for only a few weeks in several states, and that the rainy season has already washed out several secondary roads.

>> The lists were the easiest step — and still not an easy one.

Amal Idris, a Sudanese researcher at the Horn Policy Forum in Nairobi, said the mediators were right to focus narrowly on relief. “Every previous round has collapsed when it tried to settle the political questions first,” she said. “If Doha can produce one functioning route into Darfur, that is worth more than a communiqué about a ceasefire nobody observes.”

## Pressure from outside

Diplomats say the Gulf states backing the talks have been pressing both delegations to show results before a donor conference planned for later in the quarter, at which pledges could be tied to verified access. Several Western governments have signalled that they would fund the monitoring mission proposed by the mediators if the two sides accepted it.

Both delegations have publicly committed to remaining in Doha for at least another week. Mediators hope to present a consolidated text on humanitarian access by then, leaving the prisoner exchange to proceed separately if the convoy dispute cannot be resolved.`,
  },
  {
    slug: "european-parliament-backs-return-rules-migration-pact",
    title: "European Parliament narrowly backs tougher return rules under migration pact",
    standfirst:
      "Lawmakers approved a regulation on deporting rejected asylum seekers by 41 votes, clearing the way for talks with member states on its most disputed provisions.",
    excerpt:
      "The European Parliament has voted 356 to 315 for a new regulation on returns of rejected asylum seekers, a central piece of the bloc’s migration overhaul, after amendments softened provisions on detention and offshore return centres.",
    section: "world",
    authors: ["news-desk"],
    tags: ["Migration", "Europe", "Refugees", "Human Rights"],
    dateline: "BRUSSELS",
    daysAgo: 17,
    hour: 11,
    body: `The European Parliament on Tuesday approved its position on a regulation governing the deportation of rejected asylum seekers, a central piece of the European Union’s overhaul of migration rules, by 356 votes to 315 with 28 abstentions.

The vote clears the way for negotiations with member states, which agreed their own, tougher version earlier this year. Officials hope to reach a final text by the summer, though several governments have said they will press for faster agreement.

## What lawmakers approved

The regulation is intended to close what the European Commission describes as a persistent gap in the bloc’s migration system: only a minority of people ordered to leave the EU actually do so. The text approved on Tuesday would:

- create a common European return order recognised across all member states;
- allow longer detention of people judged to pose a security risk or to be at high risk of absconding;
- permit returns to third countries with which the EU or a member state has an agreement, subject to safeguards.

Amendments adopted in the chamber narrowed the last provision, requiring that any such “return centre” outside the EU meet human-rights standards verified by an independent monitor, and excluding unaccompanied children from transfer altogether.

> This is not the text I would have written, but it is a text that can work and that respects the courts. The alternative was no common rule at all, and twenty-seven different practices. — Joris van Leeuwen, the lawmaker who steered the file through committee

## Divided chamber

The centre-right and much of the right voted in favour, joined by a share of liberal members. Greens, the left and most social democrats voted against, arguing that the detention provisions go further than necessary and that offshore returns would be impossible to supervise.

Elena Marković, a member from the social-democratic group, said the safeguards were “written on paper that the people being deported will never see”. Several refugee organisations issued a joint statement saying the regulation risked undermining the asylum procedures that took effect under the migration pact earlier this year.

## What happens next

Negotiations between Parliament, the Council of the EU and the Commission — known as trilogues — are expected to begin within weeks. The main differences to be resolved are:

1. the maximum length of detention, which member states want set higher than Parliament;
2. whether families with children can be detained at all;
3. the role of independent monitors in any third-country arrangement.

Diplomats from two member states said they expected the Council to accept stronger monitoring in exchange for longer detention periods. A spokesperson for the Commission welcomed the vote and said the institution would “work to bridge the remaining gaps quickly”.

Migration researchers cautioned against expecting rapid results. Return rates depend heavily on whether countries of origin agree to take their citizens back, which the regulation does not itself change, said Sofia Lindqvist of the Nordic Migration Observatory. “The EU can make its own procedures faster. It cannot legislate cooperation from the other end of the flight,” she said.`,
  },
  {
    slug: "nairobi-climate-finance-summit-adaptation-debt-pause",
    title: "Nairobi climate-finance summit ends with adaptation pledges and debt-pause clauses",
    standfirst:
      "Lenders agreed to write climate-disaster pause clauses into new loans to 42 vulnerable countries, but pledges for adaptation fell short of what African finance ministers had sought.",
    excerpt:
      "A three-day climate-finance summit in Nairobi closed with commitments on disaster debt-pause clauses and a new adaptation facility, though the money pledged is well below the sums vulnerable countries say they need.",
    section: "world",
    authors: ["daniel-okafor"],
    tags: ["Climate", "Debt", "Economy"],
    dateline: "NAIROBI",
    daysAgo: 38,
    hour: 19,
    featured: true,
    image: "river",
    body: `A three-day summit on climate finance closed in Nairobi on Friday with commitments from development banks and bilateral lenders to write “climate-resilient debt clauses” into new loans for 42 vulnerable countries, and with pledges of about $9bn to a new facility for adaptation — roughly a third of what African finance ministers had asked for going in.

The clauses allow a borrower to suspend principal and interest payments for up to two years after a qualifying disaster, such as a cyclone or a prolonged drought, without the pause counting as a default. Several lenders have offered such terms individually; the Nairobi commitment is the first time a broad group has agreed to make them standard in new lending.

## Money on the table

The adaptation facility, to be hosted by the African Development Bank, will finance projects such as flood defences, drought-resistant irrigation and early-warning systems. Contributions announced at the summit came from a mix of European governments, Gulf sovereign funds and two multilateral lenders.

![Pylons and power lines stretching across open country](grid "Grid and water projects dominated the summit’s list of adaptation priorities")

Finance ministers from the Horn of Africa and the Sahel said the numbers fell well short of need. A ministerial statement adopted on the final day noted that adaptation costs for developing countries run to several hundred billion dollars a year, and that public finance flows remain “an order of magnitude below” that figure.

> We came here with a bill and we are leaving with a receipt for part of it. That is better than leaving with nothing, and I will not pretend it is enough. — Wanjiru Mwangi, Kenya’s lead climate-finance negotiator at the summit

## What the debt clauses change

Economists say the pause clauses, while modest, address a real problem. Governments hit by disasters often face a cruel sequence: revenues collapse, reconstruction costs soar, and debt service falls due regardless. The result is either a default or cuts to health and education spending at the worst possible moment.

>> We came here with a bill and we are leaving with a receipt for part of it.

Tomás Aguirre, a sovereign-debt specialist at the Centre for Development Finance in Madrid, said the key weakness was that the clauses apply only to new lending. “Most of the debt that will fall due in the next five years has already been contracted,” he said. “Unless existing creditors, including private bondholders, adopt similar terms, the clauses protect the future more than the present.”

Private lenders were represented at the summit, but none signed the final commitment. A group of asset managers said in a statement that they were “open in principle” to pause clauses in new bond issues if they were priced and documented consistently.

## What happens next

Delegates agreed to a review in twelve months, at which lenders are to report on how many new loans carry the clauses. The summit’s organisers will also publish a technical note on trigger definitions — how severe a flood or drought must be before payments pause — which several ministers said would determine whether the mechanism works in practice. A draft is available on the [summit secretariat’s site](https://example.org/nairobi-climate-finance/trigger-definitions).

The results will feed into the next round of UN climate negotiations, where finance for adaptation is expected once again to be among the most divisive issues.`,
  },
  {
    slug: "bulk-carrier-struck-gulf-of-aden-red-sea-route",
    title: "Bulk carrier struck by projectile in Gulf of Aden as insurers weigh higher premiums",
    standfirst:
      "No one was hurt when a projectile hit the grain-laden vessel off Yemen’s coast, but the incident renewed concern over the security of one of the world’s busiest shipping lanes.",
    excerpt:
      "A Liberian-flagged bulk carrier carrying grain was damaged by a projectile in the Gulf of Aden. Its crew were unhurt, but shipping insurers and naval officials warn the incident could push more vessels away from the Red Sea route.",
    section: "world",
    authors: ["news-desk"],
    tags: ["Shipping", "Security", "Gulf", "Trade"],
    dateline: "DUBAI",
    daysAgo: 63,
    hour: 8,
    image: "harbour",
    body: `A Liberian-flagged bulk carrier carrying wheat was struck by a projectile in the Gulf of Aden early on Wednesday, causing a fire in a deck storage area that the crew extinguished within an hour, according to maritime security officials and the vessel’s managers.

All 21 crew members aboard the *Sorrel Bay* were reported safe. The ship, bound for Mombasa from the Black Sea after transiting the Suez Canal and the Red Sea, was about 80 nautical miles south-east of Aden when it was hit, the officials said. No group immediately claimed responsibility.

## What is known

A maritime security advisory issued shortly after the incident said the master had reported an explosion close to the port side, followed by smoke. A naval vessel operating under the European Union’s maritime security mission in the region reached the ship within three hours and escorted it towards Djibouti.

The vessel’s Athens-based managers said in a statement that damage was “limited and above the waterline” and that the cargo appeared unaffected. An inspection is planned once the ship reaches port.

> The crew did exactly what they were trained to do. They contained the fire, they mustered, and they kept the ship under way. We are grateful to the naval units that responded so quickly. — Nikos Stavridis, head of operations at the ship’s management company

## Pressure on the route

The incident follows a period of relative calm in which a growing number of carriers had begun to return to the Red Sea route after long diversions around the Cape of Good Hope. Diversions add between ten and fourteen days to voyages between Asia and Europe and raise fuel costs substantially.

Industry figures said the attack was likely to slow that return. War-risk premiums for Red Sea transits — charged as a percentage of a ship’s hull value for each voyage — had fallen sharply in recent months. Two London-market brokers said underwriters were already requoting cover for vessels due to transit this week.

Key points for shipping in the coming days:

- insurers are expected to review war-risk rates for vessels with links to specific flag states or cargo origins;
- several container lines that had resumed limited Red Sea services said they were “monitoring the situation” before confirming schedules;
- grain and fertiliser cargoes bound for East Africa, which have fewer alternative routes, may face the sharpest increases in cost.

## Regional concern

Officials in Djibouti and at the regional shipping association said the timing was particularly worrying for food importers in the Horn of Africa, where drought has increased dependence on imported grain.

Laila Haddad, a maritime security analyst at the Gulf Institute for Strategic Affairs in Dubai, said the incident showed how fragile the recent improvement had been. “A single strike, even one that causes little damage, changes the calculation for every operator,” she said. “Shipping runs on confidence, and confidence takes months to build and a morning to lose.”

Naval officials said patrols in the area would be increased over the coming week.`,
  },
  {
    slug: "horn-of-africa-three-year-grain-deal-drought",
    title: "Drought-hit Horn of Africa states sign three-year grain deal with major exporters",
    standfirst:
      "A Geneva-brokered pact sets a price band and deferred payment terms for wheat and maize. Supporters call it a template; critics say it locks in dependence on imports.",
    excerpt:
      "Four drought-affected countries in the Horn of Africa have signed a three-year grain supply agreement with exporters including Kazakhstan, Romania and Argentina, with price bands and payment guarantees backed by a regional lender.",
    section: "world",
    authors: ["daniel-okafor", "hannah-weiss"],
    tags: ["Agriculture", "Trade", "Climate", "Humanitarian Aid"],
    dateline: "GENEVA",
    daysAgo: 102,
    hour: 16,
    image: "wheat",
    body: `Four drought-affected countries in the Horn of Africa signed a three-year agreement in Geneva on Monday to secure wheat and maize from a group of major exporters at prices held within an agreed band, in what negotiators described as the first multi-year grain compact of its kind between food-importing and food-exporting states.

Ethiopia, Kenya, Somalia and Djibouti will buy up to 2.4m tonnes of grain a year from exporters including Kazakhstan, Romania and Argentina. Payments may be deferred by up to 18 months, backed by guarantees from the African Development Bank, and the World Food Programme will manage a shared reserve in Djibouti and Mombasa.

## Why now

The region is entering a fourth consecutive season of below-average rainfall in several areas. Domestic harvests have fallen, livestock herds have shrunk, and governments have faced repeated spikes in import costs whenever global markets tighten or shipping routes are disrupted.

The compact seeks to address both price and timing. Under its terms:

- prices for each delivery are set against a benchmark index, but cannot rise more than 15% above or fall more than 15% below the price agreed at signing;
- importers can draw on the shared reserve at short notice during emergencies and replenish it later;
- exporters receive guaranteed volumes, allowing them to plan shipments and storage.

> For once, we will not be negotiating for food in the middle of a crisis, when everyone knows how desperate we are. That alone changes the price. — Hodan Warsame, Somalia’s deputy minister for trade, speaking after the signing

## A template, or a trap?

Supporters describe the deal as a practical response to a climate that is making harvests in the region less predictable. Development officials involved in the negotiations said similar arrangements were being discussed for West African rice importers and for Pacific island states.

>> For once, we will not be negotiating for food in the middle of a crisis.

Critics raise two objections. The first is cost: a price band protects buyers when markets spike, but obliges them to pay more than the market when prices fall. Over three years, one economist estimated, the arrangement could cost importers more than buying on the open market — if nothing goes wrong.

The second concerns local agriculture. Farmers’ organisations in Kenya and Ethiopia argue that guaranteed cheap imports can undercut domestic producers at exactly the moment governments should be investing in drought-tolerant crops and irrigation. “A deal like this is insurance,” said Mercy Chebet of the East African Smallholder Alliance. “Insurance is sensible. But you do not build a house by buying more insurance.”

The agreement includes a clause committing signatories to review domestic production support after 18 months, though it sets no spending targets.

## The politics of guarantees

The involvement of the African Development Bank is central. Without its guarantees, exporters would have been reluctant to extend credit to governments with heavy debt burdens, two of which are in, or have recently emerged from, debt restructuring.

Officials from the bank said the guarantees were capped and that exporters would share some risk. They declined to give the total value of the exposure.

## What happens next

First deliveries under the compact are expected within two months, subject to shipping conditions in the Red Sea and Gulf of Aden. The World Food Programme will begin stocking the shared reserve immediately, using a bridging loan from donor governments.

Whether the compact becomes a model will depend on the next harvest in the exporting countries, and on whether the price band holds if global markets move sharply in either direction.`,
  },
  {
    slug: "asean-observers-thai-cambodian-border-ceasefire-mission",
    title: "ASEAN observers extend their watch over a fragile Thai-Cambodian border ceasefire",
    standfirst:
      "A small, unarmed monitoring team has kept a truce holding along a disputed stretch of frontier. Its mandate has been renewed, but its members say they lack the means to do more than count.",
    excerpt:
      "A regional team of unarmed observers monitoring the ceasefire on the Thai-Cambodian border will stay for another six months. Both governments praise its work, but the monitors say access and equipment limit what they can verify.",
    section: "world",
    authors: ["daniel-okafor"],
    tags: ["Borders", "Security", "Diplomacy"],
    dateline: "BANGKOK",
    daysAgo: 149,
    hour: 10,
    image: "ridges",
    body: `A team of unarmed regional observers monitoring the ceasefire along a disputed stretch of the border between Thailand and Cambodia will remain in place for at least six more months, after both governments agreed on Wednesday to renew its mandate at a meeting of foreign ministry officials in Bangkok.

The mission, drawn from member states of the Association of Southeast Asian Nations (ASEAN), has operated from two forward posts since the truce took hold. It reports no major exchange of fire in recent months, though it has logged dozens of minor incidents, most of them involving troop movements, drones or the laying of new barriers.

## A mission built to count

The observer team numbers fewer than 40 people, most of them serving or retired military officers. They travel in marked vehicles, may not carry weapons and can enter sensitive areas only after notifying both armies in advance.

Mission staff describe their work as methodical and limited. Each day they record reports from both sides, visit sites where incidents are alleged and file a joint log shared with the two governments. They do not apportion blame publicly.

> Our job is to make it harder for anyone to say something happened when it did not, or that nothing happened when it did. We are a memory, not a referee. — Colonel Ahmad Faizal Rahman, deputy head of the observer mission

## What the two sides want

Both governments praised the mission’s role in a joint statement, but their priorities diverge. Thai officials have pressed for clearer procedures on notification of troop rotations; Cambodian officials want observers given access to a wider area, including villages from which residents were displaced during the fighting.

The renewal text includes a compromise: observers will be allowed to visit an expanded zone on a trial basis, with a review after three months. Officials said the arrangement had taken several rounds of negotiation to agree.

## Limits of the mandate

Observers and outside analysts say the mission’s main constraint is equipment. It has no aerial surveillance capability of its own and relies on imagery shared by member states, which can take days to arrive.

Pichaya Somboon, a researcher at the Bangkok Forum for Regional Security, said the mission had exceeded expectations but warned against reading too much into the quiet. “The ceasefire is holding because both governments want it to, for now,” she said. “The observers make it easier to keep that commitment. They cannot make anyone keep it.”

Displaced families remain a pressing concern. Local authorities on both sides say thousands of people have yet to return home, in part because of unexploded ordnance in farmland near the line of contact. Demining teams have begun work in some areas, but officials say clearing the most affected districts could take years.

## What happens next

The next review of the mission is scheduled for the end of its renewed term. In the meantime, a joint boundary commission — suspended during the fighting — is expected to reconvene, taking up once more a dispute whose roots lie in maps drawn in the colonial era.

Diplomats involved in the renewal said the most useful outcome of the coming months would be a return to routine: regular meetings, predictable patrols and fewer reasons for the observers to leave their posts.`,
  },
  {
    slug: "eu-gulf-summit-draft-joint-communique-trade-energy",
    title: "Draft joint communiqué for EU–Gulf summit leans on trade, energy and Red Sea security",
    standfirst:
      "Negotiators have settled most of the text leaders will sign in Riyadh next week. The unresolved paragraphs — on visas, human rights and a free-trade timetable — show where the relationship still strains.",
    excerpt:
      "A near-final draft of the joint communiqué for next week’s summit between the European Union and the Gulf Cooperation Council commits both sides to deeper energy and trade ties, while leaving visas and human rights language in brackets.",
    section: "world",
    authors: ["daniel-okafor"],
    tags: ["Diplomacy", "Gulf", "Europe", "Trade"],
    dateline: "BRUSSELS",
    daysAgo: -2,
    hour: 9,
    status: "SCHEDULED",
    body: `Negotiators for the European Union and the six-member Gulf Cooperation Council have agreed most of the joint communiqué that leaders are expected to adopt at their summit in Riyadh next week, according to a near-final draft seen by The Meridian and three officials involved in preparing it.

The text commits both sides to expand cooperation on clean hydrogen and grid interconnection, to work towards a free-trade agreement that has been under discussion, on and off, for more than three decades, and to coordinate on maritime security in the Red Sea and the Gulf of Aden. Several paragraphs remain in square brackets, the diplomatic convention for language still in dispute.

## What is agreed

Officials say the agreed sections include:

- a pledge to establish a joint task force on hydrogen standards and certification, intended to ease future exports from the Gulf to European ports;
- support for a study of undersea electricity cables linking Gulf grids to southern Europe;
- a commitment to “regular consultation” between naval missions operating in the Red Sea region.

> The communiqué is a map, not a destination. What matters is whether the working groups it creates are still meeting in two years’ time. — Marta Kowalczyk, an EU official involved in the summit preparations

## What is not

Three issues remain open, and each reflects a long-running difference between the two blocs.

**Visas.** Gulf states want a firm timetable for visa-free travel to the Schengen area for all their citizens. Several EU member states, wary of domestic debates over migration, prefer language describing it as a shared “objective” without a date.

**Human rights.** European negotiators want a paragraph on human rights and the rule of law, as in previous joint statements. Gulf negotiators have sought to limit it to a general reference to the UN Charter and to “mutual respect for sovereignty”.

**Trade.** There is no agreement on whether to set a date for concluding free-trade talks. Some Gulf officials argue that a deadline would force progress; European trade officials say outstanding issues on public procurement and agricultural access make any date unrealistic.

Youssef Al-Harthy, a researcher at the Gulf-Europe Policy Institute in Abu Dhabi, said the brackets were typical of a relationship that is growing in substance faster than in trust. “Energy and investment are moving quickly because both sides need them,” he said. “Visas and values are slower because they touch domestic politics at home in every capital.”

## What happens next

Senior officials will meet in Riyadh on the eve of the summit to try to clear the remaining brackets. If they cannot, diplomats say, the disputed language is likely to be dropped rather than fought over in front of leaders — leaving a shorter communiqué and a longer list of unfinished business for the next meeting.`,
  },
];
