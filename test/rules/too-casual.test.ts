import { runRuleTests, type InvalidCase } from '../helpers/ruleTester.js';
import { expectEveryEntryMatches } from '../helpers/phraseCoverage.js';

const fm = '---\nfollowup: thank-you\nto: Dana Okafor\n---\n\n';
const body = (text: string): string => `${fm}Dear Dana,\n\n${text}\n\nBest regards,\nSam\n`;

const invalid: InvalidCase[] = [
  {
    name: 'hey as a greeting',
    text: `${fm}Hey Dana,\n\nThank you for your time today.\n`,
    errors: [{ messageId: 'casualGreeting', text: 'Hey' }],
    output: `${fm}Hello Dana,\n\nThank you for your time today.\n`,
  },
  {
    name: 'hiya there',
    text: `${fm}Hiya there,\n\nThank you for the tour of the lab.\n`,
    errors: [{ messageId: 'casualGreeting', text: 'Hiya there' }],
    output: `${fm}Hello,\n\nThank you for the tour of the lab.\n`,
  },
  {
    name: 'hi guys, to a panel',
    text: `${fm}Hi guys,\n\nThank you all for the panel interview today.\n`,
    errors: [{ messageId: 'casualGreeting', text: 'Hi guys' }],
    output: `${fm}Hello everyone,\n\nThank you all for the panel interview today.\n`,
  },
  {
    name: "what's up",
    text: `${fm}What's up Dana,\n\nThank you for the tour.\n`,
    errors: [{ messageId: 'casualGreeting', text: "What's up" }],
    output: `${fm}Hello Dana,\n\nThank you for the tour.\n`,
  },
  {
    name: 'yo, after a CRLF front matter',
    text: '---\r\nfollowup: thank-you\r\nto: Dana Okafor\r\n---\r\n\r\nYo Dana!\r\n\r\nThank you for your time.\r\n',
    errors: [{ messageId: 'casualGreeting', text: 'Yo' }],
    output: '---\r\nfollowup: thank-you\r\nto: Dana Okafor\r\n---\r\n\r\nHello Dana!\r\n\r\nThank you for your time.\r\n',
  },
  {
    name: 'xoxo on its own line',
    text: `${fm}Dear Dana,\n\nThank you for your time.\n\nxoxo\nSam\n`,
    errors: [{ messageId: 'casualSignOff', text: 'xoxo' }],
    output: `${fm}Dear Dana,\n\nThank you for your time.\n\nBest regards,\nSam\n`,
  },
  {
    name: 'xx on its own line',
    text: `${fm}Dear Dana,\n\nThank you for your time.\n\nxx\nSam\n`,
    errors: [{ messageId: 'casualSignOff', text: 'xx' }],
    output: `${fm}Dear Dana,\n\nThank you for your time.\n\nBest regards,\nSam\n`,
  },
  {
    name: 'catch you later',
    text: `${fm}Dear Dana,\n\nThank you for your time.\n\nCatch you later,\nSam\n`,
    errors: [{ messageId: 'casualSignOff', text: 'Catch you later' }],
    output: `${fm}Dear Dana,\n\nThank you for your time.\n\nBest regards,\nSam\n`,
  },
  {
    name: 'talk soon',
    text: `${fm}Dear Dana,\n\nThank you for your time.\n\nTalk soon!\nSam\n`,
    errors: [{ messageId: 'casualSignOff', text: 'Talk soon' }],
    output: `${fm}Dear Dana,\n\nThank you for your time.\n\nBest regards,\nSam\n`,
  },
  {
    name: 'talk to ya soon',
    text: `${fm}Dear Dana,\n\nThank you for your time.\n\nTalk to ya soon,\nSam\n`,
    errors: [{ messageId: 'casualSignOff', text: 'Talk to ya soon' }],
    output: `${fm}Dear Dana,\n\nThank you for your time.\n\nBest regards,\nSam\n`,
  },
  {
    name: 'see you around',
    text: `${fm}Dear Dana,\n\nThank you for your time.\n\nSee you around,\nSam\n`,
    errors: [{ messageId: 'casualSignOff', text: 'See you around' }],
    output: `${fm}Dear Dana,\n\nThank you for your time.\n\nBest regards,\nSam\n`,
  },
  {
    name: 'see ya',
    text: `${fm}Dear Dana,\n\nThank you for your time.\n\nSee ya\nSam\n`,
    errors: [{ messageId: 'casualSignOff', text: 'See ya' }],
    output: `${fm}Dear Dana,\n\nThank you for your time.\n\nBest regards,\nSam\n`,
  },
  {
    name: 'lots of love',
    text: `${fm}Dear Dana,\n\nThank you for your time.\n\nLots of love,\nSam\n`,
    errors: [{ messageId: 'casualSignOff', text: 'Lots of love' }],
    output: `${fm}Dear Dana,\n\nThank you for your time.\n\nBest regards,\nSam\n`,
  },
  {
    name: 'peace out',
    text: `${fm}Dear Dana,\n\nThank you for your time.\n\nPeace out,\nSam\n`,
    errors: [{ messageId: 'casualSignOff', text: 'Peace out' }],
    output: `${fm}Dear Dana,\n\nThank you for your time.\n\nBest regards,\nSam\n`,
  },
  {
    name: 'cheers mate',
    text: `${fm}Dear Dana,\n\nThank you.\n\nCheers mate,\nSam\n`,
    errors: [{ messageId: 'casualSignOff', text: 'Cheers mate' }],
    output: `${fm}Dear Dana,\n\nThank you.\n\nBest regards,\nSam\n`,
  },
  {
    name: 'xoxo and xx inside a line',
    text: `${fm}Dear Dana,\n\nThank you so much for the tour xoxo. It was a lovely day xx\n`,
    errors: [{ messageId: 'casualRemove', text: 'xoxo' }, { messageId: 'casualRemove', text: 'xx' }],
    output: `${fm}Dear Dana,\n\nThank you so much for the tour. It was a lovely day\n`,
  },
  {
    name: 'lol and gr8',
    text: `${fm}Dear Dana,\n\nThanks so much for the chat lol, it was gr8.\n`,
    errors: [{ messageId: 'casualRemove', text: 'lol' }, { messageId: 'casual', text: 'gr8' }],
    output: `${fm}Dear Dana,\n\nThanks so much for the chat, it was great.\n`,
  },
  {
    name: 'an opening interjection takes its comma; no fix before a lower-case word',
    text: `${fm}Dear Dana,\n\nHaha, the whiteboard story was great.\n`,
    errors: [{ messageId: 'casualRemove', text: 'Haha,' }],
    output: null,
  },
  {
    name: 'an opening interjection with a capital after it is removed',
    text: `${fm}Dear Dana,\n\nLol. That was the most fun panel I have had.\n`,
    errors: [{ messageId: 'casualRemove', text: 'Lol.' }],
    output: `${fm}Dear Dana,\n\nThat was the most fun panel I have had.\n`,
  },
  {
    name: 'between commas: flagged, no fix',
    text: `${fm}Dear Dana,\n\nThe demo, lol, was great.\n`,
    errors: [{ messageId: 'casualRemove', text: 'lol' }],
    output: null,
  },
  {
    name: 'thanks mate, btw, fyi',
    text: `${fm}Dear Dana,\n\nThanks mate, I enjoyed it. Btw, the deck is attached, and fyi the link expires Friday.\n`,
    errors: [{ messageId: 'casual', text: 'Thanks mate' }, { messageId: 'casual', text: 'Btw' }, { messageId: 'casual', text: 'fyi' }],
    output: `${fm}Dear Dana,\n\nThank you, I enjoyed it. Also, the deck is attached, and for your information the link expires Friday.\n`,
  },
  {
    name: 'tbh, imo, idk, lmk',
    text: `${fm}Dear Dana,\n\nTbh the case study was the best part. Imo the new dashboard is strong, idk whether you use dbt, so lmk.\n`,
    errors: [{ messageId: 'casual', text: 'Tbh' }, { messageId: 'casual', text: 'Imo' }, { messageId: 'casual', text: 'idk' }, { messageId: 'casual', text: 'lmk' }],
    output: `${fm}Dear Dana,\n\nHonestly the case study was the best part. In my view the new dashboard is strong, I am not sure whether you use dbt, so let me know.\n`,
  },
  {
    name: 'fwiw, ngl, tbf, afaik, iirc, irl',
    text: `${fm}Dear Dana,\n\nFwiw I loved the case study. Ngl it was hard, but tbf the data was messy. Afaik you ship weekly, and iirc the team meets irl on Fridays.\n`,
    errors: [
      { messageId: 'casual', text: 'Fwiw' },
      { messageId: 'casual', text: 'Ngl' },
      { messageId: 'casual', text: 'tbf' },
      { messageId: 'casual', text: 'Afaik' },
      { messageId: 'casual', text: 'iirc' },
      { messageId: 'casual', text: 'irl' },
    ],
    output: `${fm}Dear Dana,\n\nFor what it's worth I loved the case study. Honestly it was hard, but to be fair the data was messy. As far as I know you ship weekly, and if I remember correctly the team meets in person on Fridays.\n`,
  },
  {
    name: 'tysm, tyvm, np, ikr',
    text: `${fm}Dear Dana,\n\nTysm for the tour and tyvm for the coffee. The late start was np, and ikr the view from the roof was great.\n`,
    errors: [{ messageId: 'casual', text: 'Tysm' }, { messageId: 'casual', text: 'tyvm' }, { messageId: 'casual', text: 'np' }, { messageId: 'casualRemove', text: 'ikr' }],
    output: `${fm}Dear Dana,\n\nThank you so much for the tour and thank you very much for the coffee. The late start was no problem, and the view from the roof was great.\n`,
  },
  {
    name: 'thx, ty, pls',
    text: `${fm}Dear Dana,\n\nThx for your time, ty for the tour, and pls tell Ana I said hello.\n`,
    errors: [{ messageId: 'casual', text: 'Thx' }, { messageId: 'casual', text: 'ty' }, { messageId: 'casual', text: 'pls' }],
    output: `${fm}Dear Dana,\n\nThank you for your time, thank you for the tour, and please tell Ana I said hello.\n`,
  },
  {
    name: 'gonna and wanna',
    text: `${fm}Dear Dana,\n\nI'm gonna practise my SQL because I wanna be ready for the next round.\n`,
    errors: [{ messageId: 'casual', text: 'gonna' }, { messageId: 'casual', text: 'wanna' }],
    output: `${fm}Dear Dana,\n\nI'm going to practise my SQL because I want to be ready for the next round.\n`,
  },
  {
    name: 'gotta, three ways',
    text: `${fm}Dear Dana,\n\nI've gotta say the office was great. We have gotta talk about dbt, as you said, and you've gotta see the demo. I gotta go.\n`,
    errors: [{ messageId: 'casual', text: "I've gotta" }, { messageId: 'casual', text: 'We have gotta' }, { messageId: 'casual', text: "you've gotta" }, { messageId: 'casual', text: 'gotta' }],
    output: `${fm}Dear Dana,\n\nI have to say the office was great. We have to talk about dbt, as you said, and you have to see the demo. I have to go.\n`,
  },
  {
    name: 'kinda, sorta, dunno',
    text: `${fm}Dear Dana,\n\nIt was kinda fun and sorta hard, and I dunno if the deck arrived.\n`,
    errors: [{ messageId: 'casual', text: 'kinda' }, { messageId: 'casual', text: 'sorta' }, { messageId: 'casual', text: 'dunno' }],
    output: `${fm}Dear Dana,\n\nIt was somewhat fun and somewhat hard, and I do not know if the deck arrived.\n`,
  },
  {
    name: 'lemme, gimme, imma',
    text: `${fm}Dear Dana,\n\nLemme know if the link works, gimme a shout, and imma send the deck tomorrow.\n`,
    errors: [{ messageId: 'casual', text: 'Lemme' }, { messageId: 'casual', text: 'gimme' }, { messageId: 'casual', text: 'imma' }],
    output: `${fm}Dear Dana,\n\nLet me know if the link works, give me a shout, and I am going to send the deck tomorrow.\n`,
  },
  {
    name: 'prolly, srsly, convo, convos',
    text: `${fm}Dear Dana,\n\nI'll prolly be free Monday; srsly, our convo about dbt and the convos at lunch stayed with me.\n`,
    errors: [{ messageId: 'casual', text: 'prolly' }, { messageId: 'casual', text: 'srsly' }, { messageId: 'casual', text: 'convo' }, { messageId: 'casual', text: 'convos' }],
    output: `${fm}Dear Dana,\n\nI'll probably be free Monday; seriously, our conversation about dbt and the conversations at lunch stayed with me.\n`,
  },
  {
    name: "ppl, tho, y'all",
    text: `${fm}Dear Dana,\n\nThe ppl I met were great, and y'all were kind. It was a long day tho.\n`,
    errors: [{ messageId: 'casual', text: 'ppl' }, { messageId: 'casual', text: "y'all" }, { messageId: 'casual', text: 'tho' }],
    output: `${fm}Dear Dana,\n\nThe people I met were great, and you all were kind. It was a long day though.\n`,
  },
  {
    name: 'tmrw, b4, stoked',
    text: `${fm}Dear Dana,\n\nI'll send it tmrw, b4 noon. I'm stoked about the role.\n`,
    errors: [{ messageId: 'casual', text: 'tmrw' }, { messageId: 'casual', text: 'b4' }, { messageId: 'casual', text: 'stoked' }],
    output: `${fm}Dear Dana,\n\nI'll send it tomorrow, before noon. I'm excited about the role.\n`,
  },
  {
    name: 'rn, bc, ya, u',
    text: `${fm}Dear Dana,\n\nI'm free rn bc the move is done. See ya at the panel, and thank u again.\n`,
    errors: [{ messageId: 'casual', text: 'rn' }, { messageId: 'casual', text: 'bc' }, { messageId: 'casual', text: 'ya' }, { messageId: 'casual', text: 'u' }],
    output: `${fm}Dear Dana,\n\nI'm free right now because the move is done. See you at the panel, and thank you again.\n`,
  },
  {
    name: 'ur has no safe fix',
    text: `${fm}Dear Dana,\n\nLooking forward to ur reply.\n`,
    errors: [{ messageId: 'casualSpellOut', text: 'ur' }],
    output: null,
  },
  {
    name: 'cuz, yeah, nope',
    text: `${fm}Dear Dana,\n\nI left early cuz of the train. Yeah, I'd love to come back. Nope, no other questions.\n`,
    errors: [{ messageId: 'casual', text: 'cuz' }, { messageId: 'casual', text: 'Yeah' }, { messageId: 'casual', text: 'Nope' }],
    output: `${fm}Dear Dana,\n\nI left early because of the train. Yes, I'd love to come back. No, no other questions.\n`,
  },
  {
    name: 'dude mid-sentence, awesomesauce, super duper, no worries',
    text: `${fm}Dear Dana,\n\nThank you, dude. It was awesomesauce and super duper useful. No worries if not.\n`,
    errors: [{ messageId: 'casualRemove', text: 'dude' }, { messageId: 'casual', text: 'awesomesauce' }, { messageId: 'casual', text: 'super duper' }, { messageId: 'casual', text: 'No worries' }],
    output: `${fm}Dear Dana,\n\nThank you, dude. It was great and very useful. No problem if not.\n`,
  },
  {
    name: 'sup, at the start of the body',
    text: `${fm}Sup Dana,\n\nThank you for your time.\n`,
    errors: [{ messageId: 'casualGreeting', text: 'Sup' }],
    output: `${fm}Hello Dana,\n\nThank you for your time.\n`,
  },
];

runRuleTests('too-casual', {
  valid: [
    { name: 'a professional greeting and sign-off', text: `${fm}Dear Dana,\n\nThank you for your time today.\n\nBest regards,\nSam\n` },
    { name: '"Hi all" to a panel is fine', text: `${fm}Hi all,\n\nThank you for the panel interview today.\n\nBest regards,\nSam\n` },
    { name: '"Hey Jude" mid-sentence is a song title, not a greeting', text: body('I enjoyed our chat about why Hey Jude still tops playlists.') },
    { name: '"Hey Jude" at the start of a hard-wrapped line', text: body('I have been humming\nHey Jude all week since you mentioned it.') },
    { name: '"U.S." and "U.N." are not text-speak', text: body('U.S. market data was the heart of our talk, and my U.N. project came up too.') },
    { name: 'Ty is a name', text: body('Please thank Ty for the tour of the lab.') },
    { name: 'NP is a nurse practitioner', text: body('The NP on your ward walked me through the triage board, which I found very useful.') },
    { name: 'RN and BC are acronyms', text: body('The RN staffing model you described made sense, and I hope the BC office opens on time.') },
    { name: 'FYI in capitals is ordinary business shorthand', text: body('FYI, I have attached the revised portfolio.') },
    { name: 'casual words inside a quoted earlier message', text: `${fm}Dear Dana,\n\nThank you again.\n\n> hey, gonna send the offer soon lol\n` },
    { name: 'casual words inside inline code', text: body('The `lol` flag and the `gonna_retry` job we discussed were fun.') },
    { name: 'casual words inside double quotes', text: body('You said "yeah, ship it" is the team motto, which I loved.') },
    { name: 'flat mate and onboarding buddy are ordinary words', text: body('You mentioned your flat mate works in logistics, and that new hires get an onboarding buddy.') },
    { name: '"talk soon" and "see you later" inside a sentence', text: body("I'd be glad to talk soon about the next steps, and I'll see you later this week at the panel.") },
    { name: 'later, love and peace as ordinary words', text: body('Later that day I rebuilt the query. I love how your team documents decisions, and peace of mind was the theme.') },
    { name: 'a band name with a capital mid-sentence', text: body('The Yeah Yeah Yeahs came up when we talked about music.') },
    { name: 'cos and totes', text: body('We discussed the cos and sin tables in the pricing model, and the branded totes were a nice touch.') },
    { name: 'XO in capitals', text: body('The XO of the ship spoke at the veterans event you mentioned.') },
    { name: 'cheers as thanks', text: body('Cheers for the tour of the warehouse; it was the highlight of my day.') },
  ],
  invalid,
});

expectEveryEntryMatches('too-casual', invalid.map((c) => c.text));
