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
  [/is(e|es|ed|ing|ation|ations|er|ers)$/, 'iz$1'],
  [/ys(e|es|ed|ing)$/, 'yz$1'],
  [/our(s|ed|ing|ite|ites|able|ful|less)?$/, 'or$1'],
  [/our(?=[a-z])/, 'or'],
  [/([^aeiou])re(s|d)?$/, '$1er$2'],
  [/ll(ed|ing|er|ers)$/, 'l$1'],
  [/ogue(s)?$/, 'og$1'],
  [/ence(s)?$/, 'ense$1'],
  [/mme(s)?$/, 'm$1'],
  [/ae/, 'e'],
  [/oe/, 'e'],
  [/gement(s)?$/, 'gment$1'],
  [/([^l])l(ment|ments|s)?$/, '$1ll$2'],
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
