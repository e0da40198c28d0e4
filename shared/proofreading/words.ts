/**
 * Words the en_US Hunspell dictionary lacks but follow-up notes use all the
 * time (job and tech vocabulary), and the British and Commonwealth spellings
 * the notes' writers use, accepted by rewriting to the US form. Lower case;
 * matched case-insensitively.
 */

const VOCABULARY = `
onboarding onboard onboarded onboards offboarding
microservice microservices frontend frontends backend backends fullstack devops
roadmap roadmaps scalable upskill upskilled upskilling upskills reskill reskilled reskilling
cofounder cofounders codebase codebases repo repos deployable serverless
api apis sdk sdks saas kanban standup standups stakeholder stakeholders
résumé résumés resumé resumés cv cvs linkedin timezone timezones
mentee mentees fintech edtech healthtech proptech insurtech ecommerce omnichannel crossfunctional
learnings touchpoint touchpoints walkthrough walkthroughs whiteboarding onsite onsites
hackathon hackathons bootcamp bootcamps runbook runbooks observability uptime
cybersecurity infosec javascript typescript nosql postgres postgresql mysql mongodb graphql
nodejs golang kubernetes terraform ansible jenkins github gitlab jira figma salesforce hubspot
gantt handoff handoffs preceptor preceptors preceptorship planogram planograms
dataset datasets wellbeing followup followups teammate teammates workflow workflows
email emails emailed emailing inbox inboxes webinar webinars upsell upselling
dashboarding prioritization deprioritize deprioritized reorg reorgs postmortem postmortems
async sync syncs unblock unblocked unblocking timeline timelines
paraeducator paraprofessional telehealth
learnt spelt dreamt burnt leapt spoilt
dbt scikit numpy scipy jupyter pytest matplotlib seaborn sklearn pyspark airflow kafka redis nginx
webpack vite npm yaml json csv xlsx etl elt looker tableau powerbi snowflake databricks bigquery
redshift tensorflow pytorch keras llm llms genai chatbot chatbots frontend
sprint sprints retro retros okr okrs kpi kpis roi cx ux ui qa ci cd devsecops sre
dockerized containerized microfrontend monorepo monorepos refactor refactors refactored refactoring
bono vitae syllabi cron crontab triaging triaged triages kindergartener kindergarteners laminator
bursty rebrand rebrands rebranded rebranding backpressure failover stormwater workpaper workpapers timeframe timeframes
upstream downstream geospatial biostatistics pharmacovigilance
webhook webhooks rollout rollouts hotfix hotfixes shader shaders gameplay esports netcode
phlebotomy phlebotomist phlebotomists onboardings influencer influencers summative formulary formularies
mise surg
preprint organoid organoids transcriptomics proteomics metabolomics electrocatalysis electrocatalyst electrocatalysts
pipetting microfluidics nanomaterial nanomaterials externship externships tagout palletizing palletize palletized
busser bussers rostering rebar lakh lakhs crore crores prepone preponed dedupe deduped deduplicate deduplicated deduplication
kerning signup signups accretive midmarket presales biller billers upsells cross-sell cross-selling
beurre blanc vide garde patissier pâtissier amuse-bouche sommelier sommeliers brunoise chiffonade tournant saucier voir priori posteriori shortener ok
prem ageing grey greys jewellery tyre tyres skilful skilfully aluminium maths storey storeys mould moulds moulded amongst
`;

let vocabulary: Set<string> | undefined;

/** The built-in vocabulary (lower case). */
export function builtinVocabulary(): ReadonlySet<string> {
  vocabulary ??= new Set(VOCABULARY.split(/\s+/).filter(Boolean));
  return vocabulary;
}

/**
 * British spellings rewritten to US ones, tried in order when a word is not
 * found as written: organise -> organize, colour -> color, centre -> center,
 * travelled -> traveled, programme -> program, analyse -> analyze, …
 * A rewrite only ever makes a word acceptable if its US form is a word.
 */
const BRITISH: ReadonlyArray<[RegExp, string]> = [
  // Each pattern names the British shape closely (a suffix, a stem of some
  // length, or the words themselves): a loose one would accept typos that
  // happen to become a US word ("othre" -> "other", "hel" -> "hell").
  [/^([a-z]{3,})is(e|es|ed|ing|ation|ations|er|ers)$/, '$1iz$2'],
  [/^([a-z]{3,})ys(e|es|ed|ing)$/, '$1yz$2'],
  [/^([a-z]{2,})our(s|ed|ing|ite|ites|able|ably|ful|less|al|ally|ism|er|ers|hood|hoods|isation|ization|ise|ize)?$/, '$1or$2'],
  [/^((?:kilo|centi|milli)?(?:cent|theat|met|lit|fib|calib|somb|spect|lust|meag|manoeuv|sab|mit|och|scept|reconnoit))re(s|d)?$/, '$1er$2'],
  [/^([a-z]{3,})ll(ed|ing|er|ers)$/, '$1l$2'],
  [/^([a-z]{3,})ogue(s)?$/, '$1og$2'],
  [/^(lic|def|off|pret)ence(s)?$/, '$1ense$2'],
  [/^practis(e|es|ed|ing)$/, 'practic$1'],
  [/^([a-z]{4,})mme(s)?$/, '$1m$2'],
  [/^([a-z]+)ae(?=[a-z]{3})/, '$1e'],
  [/^([a-z]*)oe(?=[a-z]{4})/, '$1e'],
  [/^([a-z]{3,})gement(s)?$/, '$1gment$2'],
  [/^([a-z]{3,}[aeiou])l(ment|ments|s)?$/, '$1ll$2'],
];

/** US spellings to try for a word that may be British ("organisation" -> "organization"). */
export function usVariants(lower: string): string[] {
  const out: string[] = [];
  let all = lower;
  for (const [pattern, replacement] of BRITISH) {
    if (!pattern.test(lower)) continue;
    const v = lower.replace(pattern, replacement);
    if (v !== lower) out.push(v);
    all = all.replace(pattern, replacement);
  }
  // Several changes at once: "manoeuvre" -> "maneuver".
  if (out.length > 1 && !out.includes(all)) out.push(all);
  return out;
}
