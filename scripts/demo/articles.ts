/**
 * Demo articles written for this project (not real reporting). They exercise what anchoring
 * must get right: a sentence that appears twice, curly quotes, em dashes, non-breaking
 * spaces, numbers and a link.
 */
export const demoArticles = [
  {
    title: "Council backs $48 million plan to redesign Riverside bus network",
    outlet: "The Riverside Ledger",
    author: "Maya Okafor",
    url: "https://example.org/riverside/bus-network-plan",
    publishedAt: "2026-10-14",
    html: `
<p>RIVERSIDE — The city council voted 7–2 on Tuesday to approve a $48&nbsp;million overhaul of the bus network, the largest change to public transit in the city since 1994.</p>
<p>“This is the single biggest investment in buses this city has ever made,” said Mayor Elena Ruiz, who championed the plan. <strong>The plan would cut average commute times by 12 minutes.</strong></p>
<p>Under the proposal, the number of routes would fall from 41 to 29, while buses on the busiest corridors would arrive every 8 minutes instead of every 20. The transit agency says ridership has grown 18% since 2022.</p>
<h2>Critics question the numbers</h2>
<p>Council member David Chen, one of two no votes, said the agency’s projections were “optimistic at best.” He pointed to a 2019 study that found only 6% of riders changed their travel habits after a similar redesign in a neighbouring county.</p>
<blockquote><p>“We have been promised faster buses before — twice,” Chen said. “I want to see the evidence first.”</p></blockquote>
<p>Agency director Priya Nair defended the estimate. The plan would cut average commute times by 12 minutes. She added that the figure came from the agency’s own travel model, which <a href="https://example.org/riverside/travel-model">the agency has published online</a>.</p>
<ul>
<li>Routes: 41 → 29</li>
<li>Peak frequency: every 8 minutes on 6 corridors</li>
<li>Cost: $48 million over 3 years, 60% from federal grants</li>
</ul>
<p>Construction of new bus shelters is due to begin in March, and the first redesigned routes would open in September 2027.</p>`,
  },
  {
    title: "Heat wave drives Lake Marlow reservoir to a record low",
    outlet: "Valley Daily Report",
    author: "Tomás Lindqvist",
    url: "https://example.org/valley/lake-marlow-record-low",
    publishedAt: "2026-08-03",
    html: `
<p>Lake Marlow, which supplies drinking water to about 1.2 million people, fell to 31% of capacity this week — the lowest level since records began in 1957, the regional water authority said on Monday.</p>
<p>Temperatures topped 40°C on nine consecutive days in July. “We have never seen evaporation losses like this,” said hydrologist Dr. Amara Bello.</p>
<p>The authority said households used an average of 142 litres per person per day in July, up from 128 litres a year earlier. Officials urged residents to cut use by a fifth.</p>
<h2>Restrictions on the way</h2>
<p>From 15 August, watering gardens with hoses will be banned between 8 a.m. and 8 p.m. Farmers, who account for roughly 70% of the lake’s withdrawals, will see allocations cut by 25%.</p>
<p>Opposition leader Karen Holt said the government had “ignored every warning for a decade.” The authority’s chair, Samuel Osei, rejected that, saying the region had invested €310 million in new pipelines since 2016.</p>
<p>Forecasters expect below-average rainfall through October.</p>`,
  },
  {
    // A press release repeating the first article's claims in its own words: "already checked".
    title: "Riverside Transit welcomes approval of the bus network redesign",
    outlet: "Riverside Transit (press release)",
    author: "Riverside Transit press office",
    url: "https://example.org/riverside-transit/news/redesign-approved",
    publishedAt: "2026-10-15",
    html: `
<p>Riverside Transit welcomes the council’s decision.</p>
<p>On Tuesday the city council voted 7–2 to back the $48 million redesign of the bus network.</p>
<p>The redesign will cut average commute times by 12 minutes, according to the agency’s travel model.</p>
<p>Bus ridership has grown by 18% since 2022, and buses on six corridors will arrive every 8 minutes.</p>
<p>We are delighted that the council shares our vision for a faster, simpler network.</p>
<p>For interviews, please contact press@example.org.</p>`,
  },
];

type DemoClaim = {
  quote: string;
  occurrence?: number;
  statement: string;
  claimant: string;
  status: "DRAFT" | "IN_REVIEW" | "VERIFIED";
  verdictId: string | null;
  rationale: string | null;
  sources: { url: string; title: string; publisher: string; kind: "PRIMARY_DATA" | "OFFICIAL_STATEMENT" | "EXPERT" | "NEWS_REPORT" | "OTHER"; stance: "SUPPORTS" | "REFUTES" | "ADDS_CONTEXT" }[];
};

export const demoClaims: DemoClaim[] = [
  {
    quote: "The city council voted 7–2 on Tuesday",
    statement: "The council approved the plan 7–2.",
    claimant: "The Riverside Ledger",
    status: "VERIFIED",
    verdictId: "verdict_true",
    rationale: "The council minutes record seven votes for and two against.",
    sources: [{ url: "https://example.org/riverside/council-minutes", title: "Council minutes, 14 October", publisher: "City of Riverside", kind: "PRIMARY_DATA", stance: "SUPPORTS" }],
  },
  {
    quote: "The plan would cut average commute times by 12 minutes.",
    occurrence: 1,
    statement: "The redesign would cut average commutes by 12 minutes.",
    claimant: "Priya Nair",
    status: "IN_REVIEW",
    verdictId: "verdict_mostly_false",
    rationale: "The agency’s model assumes every rider switches to a frequent route; its own appendix gives 4 to 7 minutes.",
    sources: [{ url: "https://example.org/riverside/travel-model", title: "Travel model, appendix C", publisher: "Riverside Transit", kind: "PRIMARY_DATA", stance: "REFUTES" }],
  },
  {
    quote: "ridership has grown 18% since 2022",
    statement: "Bus ridership grew 18% since 2022.",
    claimant: "Riverside Transit",
    status: "DRAFT",
    verdictId: null,
    rationale: null,
    sources: [],
  },
];
