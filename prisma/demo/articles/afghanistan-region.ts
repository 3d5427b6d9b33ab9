import type { DemoArticle } from "../types";

export const articles: DemoArticle[] = [
  {
    slug: "afghanistan-winter-aid-appeal-funding-gap",
    title: "Aid agencies warn of a lean winter as Afghanistan appeal stalls at a third funded",
    standfirst:
      "With snow already closing the high passes, relief groups in Kabul say they have money for barely one in three of the families they planned to reach, and are choosing which districts to leave out.",
    excerpt:
      "Funding shortfalls are forcing humanitarian agencies to cut winter fuel, cash and food distributions across Afghanistan, just as hundreds of thousands of returnees from Iran and Pakistan need shelter for the cold months.",
    section: "afghanistan-region",
    authors: ["farid-rahimi"],
    tags: ["Humanitarian Aid", "Refugees", "Health"],
    dateline: "KABUL",
    daysAgo: 3,
    hour: 8,
    featured: true,
    image: "ridges",
    status: "PUBLISHED",
    body: `Aid agencies in Afghanistan have begun cutting the lists of families they will help through the winter, warning that a funding shortfall leaves them able to reach roughly one in three of the people they had planned to support in the coldest months of the year.

The country’s humanitarian appeal had received a little over 32 percent of the money it sought by the end of last month, according to figures circulated to donors in Kabul this week, making it one of the most poorly funded major appeals in the world. Winter programmes — heating fuel, blankets, cash grants and extra food for the months when work on building sites and farms dries up — have been hit hardest, because they depend on money arriving before the first snow.

“We are doing triage on a national scale,” said Marguerite Lindqvist, who heads the Kabul office of a coalition of international relief groups. “Every district we keep on the list means another one comes off it.”

## A narrowing window

Winter assistance has to be in place by November across much of the country. Above about 2,000 metres, in provinces such as Ghor, Bamiyan, Badakhshan and Daikundi, roads close for weeks at a time once the snow settles, and supplies that have not been stockpiled in district centres cannot be delivered until spring. Agencies say they have so far prepositioned around 40 percent of the stocks they consider necessary for the highlands.

Several organisations have already dropped plans to distribute cash for heating in urban areas, where families are judged slightly better able to cope, in order to concentrate what money they have on remote communities that will be cut off until the thaw.

> We have stopped talking about gaps and started talking about choices. This year the choice is between a family in a cold room in Kabul and a family in a valley that will be sealed off until March, and nobody should have to make it. — Obaidullah Sherzad, operations manager at a national relief organisation in Kabul

The shortfall follows two years of steep reductions in assistance to Afghanistan, as several large donors cut overseas budgets and others shifted money to crises in Sudan, Gaza and Ukraine. Food agencies have already reduced the number of people receiving monthly rations, and dozens of clinics that relied on international money have closed or scaled back their hours, relief officials said.

## Returnees add to the strain

Pressure on the system has been compounded by the return of large numbers of Afghans from Iran and Pakistan, both of which have stepped up deportations and pressed undocumented migrants to leave. Aid groups estimate that well over a million people have crossed back into Afghanistan this year, many arriving with little more than they could carry. Most have moved in with relatives in crowded homes in Kabul, Herat, Kandahar and Nangarhar, or into informal settlements on the edges of cities, where shelters of plastic sheeting and mud brick offer little protection from freezing nights.

“Returnee families are the ones we worry about most,” said Dr Nasrin Habibi, a paediatrician with a mobile health team in western Kabul. “They have no stored food, no fuel, often no documents, and their children are already thin when they arrive. When the temperature drops, pneumonia follows.”

>> Every district we keep on the list means another one comes off it.

## What is being cut

Relief officials described the measures now under way to stretch the money that remains:

- **Cash for fuel** has been reduced from three monthly payments to two in most provinces, and suspended in parts of several cities.
- **Winter food rations** are being targeted at households headed by women, families with disabled members and those with malnourished children.
- **Shelter kits** are being prioritised for returnees in informal settlements rather than shared out by district quotas.
- **Mobile health teams** in some highland districts will operate only until the passes close, instead of rotating through the winter.

Aid workers said restrictions on the employment of Afghan women by non-governmental organisations continued to complicate efforts to reach female-headed households, although exemptions in health and some education work allowed many teams to keep female staff in the field. The Taliban administration’s Ministry of Economy, which registers aid organisations, has asked agencies to coordinate distributions with provincial officials to avoid duplication.

## What happens next

Donors are due to meet in Geneva later this month to review humanitarian funding for the region, and agencies are hoping for pledges that can be disbursed before the end of the year. A late injection of money would still help in the cities, officials said, but supplies bought in December cannot be trucked into the mountains until the roads reopen.

“The honest answer is that money arriving now helps in Kabul, and money that arrived in August would have helped everywhere,” Ms Lindqvist said. “We will spend every dollar we are given. But winter does not wait for pledging conferences.”`,
  },
  {
    slug: "torkham-returnees-queue-pakistan-deadline",
    title: "At Torkham, returnees queue through the night as Pakistan’s deadline nears",
    standfirst:
      "Thousands of Afghan families a day are crossing the Khyber border with their belongings piled onto lorries. Many were born in Pakistan and are leaving the only home they have known.",
    excerpt:
      "Crossings at Torkham have surged as Pakistan presses Afghans without valid papers to leave. Families in Peshawar describe selling businesses in days, while reception centres across the border struggle to keep up.",
    section: "afghanistan-region",
    authors: ["farid-rahimi", "ayesha-siddiqui"],
    tags: ["Refugees", "Migration", "Borders"],
    dateline: "PESHAWAR",
    daysAgo: 17,
    hour: 14,
    status: "PUBLISHED",
    body: `Lorries piled with bed frames, water coolers, sacks of flour and rolled carpets stretched for more than six kilometres along the road to Torkham this week, as Afghan families hurried to cross into Afghanistan before a deadline set by Pakistani authorities for people without valid residence documents to leave.

Border officials said between 8,000 and 11,000 people a day had been crossing through Torkham in recent days, several times the usual number, with processing on the Pakistani side running through the night under floodlights. Many of those leaving had lived in Pakistan for decades. Some were born there and had never seen Afghanistan.

“My father came in the eighties. I was born in Peshawar, I married in Peshawar, my children go to school in Peshawar,” said Gul Zaman, 41, a fruit seller from the city’s Board Bazaar, waiting beside a hired truck loaded with his family’s possessions. “Now they tell me I am going home. I don’t know where home is.”

## A policy that keeps tightening

Pakistan launched a campaign to repatriate undocumented foreigners in late 2023 and has since widened it in stages, first to holders of Afghan Citizen Cards and later to refugees whose Proof of Registration cards were not renewed. The government describes the drive as a matter of law enforcement and national security, and has linked it to militant attacks in Khyber Pakhtunkhwa that it says are planned from Afghan soil — an accusation the authorities in Kabul reject.

Provincial officials in Peshawar said families were being given time to settle their affairs and that police had been told not to harass registered refugees. Lawyers and community elders described a different picture: night-time searches in some neighbourhoods, the detention of men on their way to work, and landlords evicting tenants to avoid fines.

> Our instruction is clear: the process must be orderly and dignified, and anyone holding a valid document will not be touched. Where there are complaints of misconduct, they are being investigated. — Tariq Mehmood Khattak, a spokesman for the Khyber Pakhtunkhwa home department

“The deadline makes people sell everything in a week,” said Rukhsana Afridi, a lawyer with a Peshawar legal aid group that has represented Afghan families in detention cases. “A shop that took twenty years to build is sold for the price of a truck rental.”

>> A shop that took twenty years to build is sold for the price of a truck rental.

## On the other side of the gate

Across the border in Nangarhar province, a reception centre run by the Afghan authorities with support from United Nations agencies and aid groups has struggled to keep pace. Returnees are offered a small cash grant, a hot meal, a SIM card and transport to their province of origin, but aid workers said the money for those packages had fallen sharply this year. Families who grew up in Pakistani cities often have no village to return to, and drift instead towards Jalalabad and Kabul in search of work, adding to pressure on rents and casual labour already strained by returns from Iran.

Aid officials at the crossing listed the most pressing needs:

1. Shelter for families who arrive after dark and wait in the open for onward transport.
2. Identity documents, since many children born in Pakistan have no Afghan papers.
3. Support for households headed by women, who face restrictions on movement and work.
4. Learning options for girls older than 12, who lose access to secondary school on crossing.

## Trade and ties under strain

The departures have rippled through Peshawar’s economy. Afghans have for decades been prominent in parts of the city’s wholesale trade in dried fruit, carpets and second-hand goods, and traders in Karkhano Market said business had slowed as customers, partners and workers left. Commercial traffic at Torkham, repeatedly halted by border closures during clashes between the two countries’ forces, has been held back further as officials give priority to family convoys.

“Everybody is losing — the families, the traders, the transporters,” said Haji Sher Alam Shinwari, who heads an association of cross-border transporters in Peshawar. “There has to be a way to do this that does not break the connections of forty years.”

The UN refugee agency and rights groups have urged Pakistan to exempt vulnerable people from removal, including women at risk, former journalists and members of minority communities, and to let those with pending resettlement cases in third countries stay until their applications are decided. Pakistani officials say such cases are being considered individually, and that the deadline will not be extended.`,
  },
  {
    slug: "harirud-herat-dam-iran-water-dispute",
    title: "Iran presses Kabul over falling Harirud flows as Herat’s new dam fills",
    standfirst:
      "Tehran says upstream dams near Herat are starving a reservoir that supplies Mashhad. Afghan engineers say the water is theirs to use, and that drought, not concrete, is to blame for the empty riverbed.",
    excerpt:
      "Iranian and Afghan technical teams are due to meet over the Harirud, a border river with no water-sharing treaty, after record-low summer flows set a new dam in Herat province against the needs of Iran’s second city.",
    section: "afghanistan-region",
    authors: ["farid-rahimi"],
    tags: ["Water", "Borders", "Diplomacy", "Climate"],
    dateline: "HERAT",
    daysAgo: 38,
    hour: 11,
    image: "river",
    status: "PUBLISHED",
    body: `Iran has formally asked the authorities in Kabul to release more water from dams on the upper Harirud, escalating a dispute over a river that forms part of the border between the two countries and feeds a reservoir that supplies Mashhad, Iran’s second-largest city.

The request, delivered through diplomatic channels this month, follows a summer in which flows reaching the border fell to some of the lowest levels Iranian water officials say they have recorded. It coincides with the filling of the Pashdan dam in Herat province’s Karukh district, a long-delayed project that the Afghan authorities present as the key to irrigating tens of thousands of hectares and supplying electricity to Herat city.

## A river without a treaty

The Harirud rises in the mountains of central Afghanistan, flows west past Herat and then turns north, marking the border with Iran and later with Turkmenistan before disappearing into the sands of the Karakum. Downstream, the Doosti dam, built jointly by Iran and Turkmenistan, stores water that Mashhad relies on for a large share of its drinking supply.

Unlike the Helmand, whose waters Iran and Afghanistan divided under a 1973 treaty, the Harirud is governed by no agreement at all. Iran has long argued that customary international law obliges upstream states not to cause significant harm to those downstream; Afghan officials reply that their country has for decades been unable to use its own rivers while neighbours built dams and canals.

> The people of Mashhad did not create the drought, and they should not pay twice for it. We are asking for a fair share and for information — how much is stored, how much is released, and when. — Hossein Rezvani, deputy director of water resources at the regional water company in Khorasan Razavi province

In Herat, officials reject the suggestion that the new reservoir is responsible for the empty riverbed at the border. Engineer Mohammad Nasim Ghori, who heads water management at the provincial directorate of energy and water, said rainfall across the upper catchment had been well below average for three years and that much of the river’s summer flow had been taken, as it has for centuries, by traditional canals serving farms in the Herat valley.

“The Salma dam has been working for ten years and Mashhad did not go dry,” Mr Ghori said. “This summer the snow did not come. A dam cannot release water that never arrived.”

## Drought or dams?

Independent specialists say both explanations contain some truth, and that without shared data neither side can prove its case. A recent study by the Almaty-based Central Asia Water Forum, *Rivers Without Rules*, estimated that upstream storage and expanded irrigation in Herat could reduce the Harirud’s average flow at the border by between a quarter and two-fifths in dry years, but that falling snowfall accounted for most of the decline seen since 2020. The full report is [available from the forum](https://example.org/reports/rivers-without-rules-harirud).

“Reservoirs change the timing of a river as much as its volume,” said Kamran Sultani, a transboundary water specialist who worked on the study. “If Afghanistan fills Pashdan in spring and Iran needs water in August, you can have a crisis in a year when the total amount is not unusual at all.”

The study recommended three steps that it said both sides could take without settling wider political differences:

- sharing daily readings from gauging stations upstream and downstream of the border;
- agreeing minimum summer releases in drought years, reviewed each season;
- a joint technical commission, including Turkmenistan, to plan operations at the Harirud’s reservoirs.

## What happens next

Officials on both sides said technical teams would meet in Herat or Mashhad in the coming weeks, the first such talks on the Harirud in several years. Diplomats in Kabul cautioned against expecting a quick deal. Water has become one of the most sensitive issues between the two governments, which have clashed in the past over flows in the Helmand, and both face domestic pressure — Iran from cities and farms in its parched east, the Afghan authorities from farmers who see the river as a national asset long denied to them.

Along the banks near Islam Qala, where the river should mark the frontier, farmers say the argument is academic for now. “Last year we watered twice a week,” said Abdul Rauf, who grows wheat and melons on a small plot close to the border. “This year there was nothing to argue about. The river was only stones.”`,
  },
  {
    slug: "trans-afghan-railway-termez-survey-financing",
    title: "Trans-Afghan railway survey reaches the Hindu Kush, but the money is still missing",
    standfirst:
      "Surveyors have mapped the route south from the Uzbek border for a line meant to link Central Asia with Pakistan’s ports. The hardest part — paying for tunnels through the mountains — remains unresolved.",
    excerpt:
      "Uzbek, Afghan and Pakistani officials say survey work for a railway from Termez to Peshawar is on schedule. Financing for the costly mountain sections and a mismatch of track gauges remain open questions.",
    section: "afghanistan-region",
    authors: ["farid-rahimi"],
    tags: ["Infrastructure", "Connectivity", "Central Asia", "Trade"],
    dateline: "TERMEZ",
    daysAgo: 64,
    hour: 7,
    image: "desert",
    status: "PUBLISHED",
    body: `At the cargo terminal on the edge of Termez, wagons of Uzbek flour, Kazakh steel and Russian fertiliser wait in long rows for the short run across the Amu Darya to Hairatan and on to Mazar-i-Sharif. For now, that 75-kilometre spur is as far as the railway goes. Officials from Uzbekistan, Afghanistan and Pakistan say they are closer than ever to taking it all the way to the Arabian Sea.

Survey teams working on the planned Trans-Afghan railway have completed the route study for the northern plains and are now mapping the mountain sections south of Mazar-i-Sharif, according to officials at a coordination meeting held in Termez this week. The line would run for roughly 650 to 760 kilometres, depending on the final alignment, through Kabul and the Nangarhar plain to the Pakistani border at Torkham and on to Peshawar.

“The engineering is difficult but it is not the problem,” said Sardor Yusupov, who oversees the project for Uzbekistan’s state railway. “We know how to build tunnels. What we need now is the money to build them.”

## The cost of the mountains

Estimates for the full project have ranged from about $5 billion to well above $7 billion, with the bulk of the expense concentrated in the Hindu Kush, where the line must climb through passes above 3,000 metres. The preliminary alignment includes dozens of tunnels and bridges, several of them longer than any on the existing Central Asian network.

The three governments signed a framework agreement for the feasibility study last year, and officials say talks are under way with development banks, Gulf investors and commercial lenders. But no institution has yet committed to financing construction, and diplomats in Tashkent say many lenders remain wary of the legal and reputational risks of large-scale lending in Afghanistan, whose government is not formally recognised by most states.

> A corridor like this is only as strong as its weakest guarantee. Investors will ask who protects the line, who settles disputes and who pays if traffic falls short of the forecasts, and those questions need answers before the first tunnel is bored. — Dilnoza Karimova, a transport economist at a Tashkent research institute

## Two gauges, one corridor

Beyond financing lies a technical puzzle. Railways in Uzbekistan and northern Afghanistan use the 1,520-millimetre gauge inherited from the Soviet network, while Pakistan’s railways run on a broader 1,676-millimetre track. Planners say cargo will have to be transferred between wagons, or wagons fitted with new axles, at a terminal somewhere along the route — most likely near the Pakistani border.

Pakistani railway officials said they were upgrading the line between Peshawar and the port of Karachi under a separate modernisation programme, which they argue would allow goods from Central Asia to reach the sea in a fraction of the time taken by current road routes. “The line from Peshawar south already exists,” said Imran Qadir, a planning official with Pakistan Railways. “The gap is the mountains, and that gap is in Afghanistan.”

Afghan officials, for their part, present the railway as a way to turn the country’s geography into an asset. Ahmad Jawed Safi, of the Afghan railway authority, said the line could carry up to 15 million tonnes of freight a year once fully built, generating transit fees and jobs along the route. Independent analysts consider that figure optimistic, noting that traffic on existing lines in northern Afghanistan has fluctuated sharply with border closures and political tensions.

---

## What happens next

Officials outlined the next steps agreed at the Termez meeting:

1. Completion of the mountain survey and geological testing by the end of next spring.
2. A revised cost estimate and traffic forecast, to be presented to potential lenders.
3. Agreement among the three governments on customs procedures and a joint operating company.

Back at the terminal, freight forwarders are cautious. Traffic through Hairatan has grown steadily, they say, but many remember earlier grand plans for Afghan railways that never left the drawing board. “Every few years someone brings a map with a long red line on it,” said one Termez logistics manager, who asked not to be named because he deals with all three governments. “When I see the first tunnel, I will believe it.”`,
  },
  {
    slug: "tajikistan-afghanistan-border-bazaars-reopen",
    title: "Tajikistan reopens border bazaars with Afghanistan as trade quietly outpaces politics",
    standfirst:
      "Dushanbe remains one of Kabul’s coolest neighbours. Yet along the Panj river, markets are reopening, Tajik electricity is flowing south and Afghan coal and produce are heading north.",
    excerpt:
      "Cross-border markets in Tajikistan’s Gorno-Badakhshan region are to reopen under a new trade protocol, as commerce with Afghanistan grows despite Dushanbe’s political reserve toward the authorities in Kabul.",
    section: "afghanistan-region",
    authors: ["farid-rahimi"],
    tags: ["Trade", "Central Asia", "Borders", "Energy"],
    dateline: "DUSHANBE",
    daysAgo: 97,
    hour: 16,
    image: "market",
    status: "PUBLISHED",
    body: `Tajikistan will reopen two cross-border markets on its frontier with Afghanistan before the end of the year, officials said, reviving a trade that once sustained remote communities on both banks of the Panj river and offering the clearest sign yet that economic ties are running ahead of a cool political relationship.

The markets at Ishkashim and near Khorog, in the mountainous Gorno-Badakhshan Autonomous Region, were closed during the Covid-19 pandemic and stayed shut after the change of government in Kabul. Under a protocol agreed by trade officials from both sides in Dushanbe this week, they will open on fixed days each week, with Afghan and Tajik traders allowed to cross bridges over the river without visas to buy and sell within a fenced area.

“For people in these valleys, the bazaar was never about politics,” said Firuza Nazarova, deputy head of the trade department in the regional administration in Khorog. “It was about flour, soap, rice and a place to sell apricots. The winter is long up here and the next city is very far.”

## Pragmatism over principle

Tajikistan has been the most outspoken of Afghanistan’s Central Asian neighbours in criticising the Taliban administration, and has not followed Uzbekistan, Kazakhstan and Turkmenistan in expanding official contacts with Kabul. It has hosted Afghan opposition figures and voiced concern about militant groups operating in the north-east of the country.

Trade, however, has grown steadily. Tajik customs figures show exports to Afghanistan — dominated by electricity, cement, flour and construction materials — rising by more than a fifth over the past year, while imports of Afghan coal, fruit and vegetables have also increased. Much of that traffic crosses at the bridge between Panji Poyon and Sher Khan Bandar in Kunduz province, the busiest crossing on the frontier.

> We separate the question of recognition from the question of livelihoods. Our border communities depend on this trade, and so do our power producers. That does not mean our concerns about security have changed. — Rustam Saidov, a senior official in Tajikistan’s Ministry of Economic Development and Trade

Electricity has become the backbone of the relationship. Tajikistan’s hydropower plants generate a surplus in summer, when the snowmelt fills the reservoirs, and sell much of it south to Afghanistan, where demand far outstrips domestic supply. Afghan traders say the power is one reason Kabul has been careful not to let political disputes spill into commerce.

>> For people in these valleys, the bazaar was never about politics. It was about flour, soap, rice and a place to sell apricots.

## Security at the river’s edge

The reopening comes with conditions. Officials said traders on both sides would be registered in advance, goods would be inspected at the bridges, and Tajik border guards would control access to the market areas. Tajikistan has reported periodic clashes with smugglers along the river, and drug trafficking from Afghanistan remains a central concern for Dushanbe and its partners in the Collective Security Treaty Organization.

Mirzo Davlatov, an economist in Dushanbe who studies the border economy, said the markets would matter less for national trade figures than for the people who live beside them. “These are some of the poorest districts in Central Asia, on both sides,” he said. “A weekly bazaar can decide whether a family buys enough flour for the winter.”

## What traders want

On the Afghan side, merchants in Badakhshan welcomed the move but said the new protocol left important questions open. Haji Abdul Qayum, a wholesaler from Faizabad who traded at the Ishkashim market before it closed, listed the issues traders hope to see resolved:

- permission to bring goods by lorry to the bridge rather than carrying them across by hand;
- a longer list of permitted goods, including livestock and dried fruit;
- clear rules on payment, with traders currently forced to settle accounts in cash dollars.

“Before the closure I crossed every Saturday, and so did half my village,” he said. “If they open it properly, people on both sides will eat better this winter.”`,
  },
  {
    slug: "balkh-community-classes-girls-education",
    title: "In Balkh’s villages, community classes keep girls learning as funding runs thin",
    standfirst:
      "Barred from secondary school, girls in northern Afghanistan are crowding into community classes and informal study circles. Teachers say the lessons are fragile, and the money behind them is shrinking.",
    excerpt:
      "Community-based classes in Balkh province remain one of the few places where Afghan girls can still study. Organisers say aid cuts and tighter oversight are pushing many of them towards closure.",
    section: "afghanistan-region",
    authors: ["farid-rahimi"],
    tags: ["Human Rights", "Education", "Humanitarian Aid"],
    dateline: "MAZAR-I-SHARIF",
    daysAgo: 131,
    hour: 10,
    status: "PUBLISHED",
    body: `In a mud-walled room on the edge of a village west of Mazar-i-Sharif, 34 girls sit cross-legged on a faded carpet, reciting multiplication tables in unison. The room belongs to a farmer who lends it for free; the blackboard, notebooks and the teacher’s modest salary are paid for by a non-governmental organisation whose funding, the teacher says, runs out in the spring.

Community-based classes like this one have become one of the few remaining places where girls in rural Afghanistan can receive any formal schooling. Set up over the past two decades to serve villages too far from government schools, they teach the primary curriculum in homes and mosques, usually with a teacher recruited from the village itself.

Since girls were barred from attending school beyond the sixth grade, the classes have taken on a new significance. Older girls who can no longer go to secondary school help younger pupils, and some classes quietly keep teenagers on as “assistants”, giving them a reason to keep studying.

## Fewer classes, more pupils

Aid workers in Balkh say the number of community classes in the province has fallen by roughly a third over the past two years, as international donors cut education budgets and several organisations withdrew. At the same time, enrolment in the classes that remain has risen, partly because of families returning from Iran and Pakistan with children who need places.

“We used to have 25 children in a class. Now 40 is normal,” said a teacher who asked to be identified only as Zarmina, because of the sensitivity of her work. “Mothers come to the door and ask me to take one more. How do I say no?”

> Community classes were designed as a bridge into the government system. For many girls they have become the whole of their education, and the bridge is being dismantled plank by plank. — Helena Martins, education adviser for an international aid consortium working in northern Afghanistan

The classes operate with the permission of local authorities, and organisers say provincial education officials have generally allowed them to continue. But they describe tighter oversight over the past year, including requests for lists of teachers and pupils, inspections of teaching materials and, in some districts, instructions that classes must be taught by women who are relatives of the household hosting them.

## Study beyond the sixth grade

For girls who have finished primary level, the options are narrower still. Some attend madrasas, religious schools that remain open to girls and where a few teachers include mathematics or languages alongside religious studies. Others join informal study circles in private homes, follow online courses when the family can afford mobile data, or work through old secondary textbooks with an elder sister.

**Mahnoor**, 15, was in the eighth grade when her school closed its doors to girls. She now spends three mornings a week at a neighbour’s house, where a former chemistry teacher helps a group of six girls with science and English. “I want to be a doctor,” she said. “Everyone tells me that is impossible now. I study anyway, so that when it is possible, I am ready.”

## What happens next

Organisers say the most immediate threat is financial rather than political. Several of the province’s remaining programmes are funded only until the end of the school year in spring, and aid officials say new commitments have been slow to arrive. A regional education coordinator for one organisation said it had identified funding for about half of its 120 classes in Balkh for next year, and was asking donors to prioritise villages with no other school within walking distance.

Back in the borrowed room, Zarmina is preparing for the end-of-term examination she sets for her pupils. She has already told the older girls who help her that the class may not reopen. “They asked me what they should do if it closes,” she said. “I told them to keep their books. Books can wait. So can girls, if someone keeps them learning.”`,
  },
];
